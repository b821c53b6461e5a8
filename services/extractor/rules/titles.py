"""Weekday names that open a capitalised title ("Sunday Morning World"): a programme or a paper, not a day.

Kept apart from `dates` because it reads the raw, cased text rather than the sentence's tokens.
"""

from typing import Final

from services.extractor.rules.date_words import MONTHS, WEEKDAYS

_TITLE_WORDS: Final = 2  # capitalised words after the weekday: "Sunday Morning World", "Saturday Night Live"
_DAY_PREPOSITIONS: Final = frozenset({"on", "last", "this", "next", "since", "until", "by", "from", "before", "after",
                               "early", "late", "every", "and", "or"})


def titled_weekdays(text: str, weekdays: set[int]) -> set[int]:
    """Those of `weekdays` that open a capitalised name ("Transcript: Sunday Morning World"): a programme or a
    paper, no day.

    The weekday must be followed by two capitalised words and come after no preposition ("On Sunday Morning ..."
    in a title-case headline still dates). Only the few places the weekday is written capitalised are looked at.
    """
    found: set[int] = set()
    for weekday in weekdays:
        name = _WEEKDAY_NAMES[weekday]
        at = text.find(name)
        while at != -1:
            after = at + len(name) + 1
            if text[after : after + 1].isupper() and _titled(text, at, after):
                found.add(weekday)
                break
            at = text.find(name, after)
    return found


_WEEKDAY_NAMES: Final = [name.capitalize() for name in WEEKDAYS]


def _titled(text: str, at: int, after: int) -> bool:
    words = text[after : after + 60].split(" ", _TITLE_WORDS)[:_TITLE_WORDS]
    before = text[max(at - 12, 0) : at].split()
    if before and before[-1].lower() in _DAY_PREPOSITIONS:
        return False
    return len(words) == _TITLE_WORDS and all(
        w[:1].isupper() and w.isalpha() and w.lower() not in MONTHS for w in words)
