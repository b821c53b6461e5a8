"""A second day after a month and day is a day of its own: "over January 28 and 29" names both days, and "over
September 15, 16 and 17" all three.

The date rules read "January 28" and leave the bare "29" that shares its month; a total over both days is then
dated the first, and whatever the story tells next is put on the wrong day. The bare day counts only when
nothing but punctuation, a year or the sentence's end follows it ("28 and 29 Ukrainians" counts people).
"""

from typing import Final

from services.extractor.rules.date_words import DateMention

_JOINS: Final = frozenset({"and", "to", "-", "–", "through"})
_LIST_JOINS: Final = _JOINS | {","}  # "September 15, 16 and 17"
_MAX_DAY: Final = 31


def _closes(tokens: list[str], at: int) -> bool:
    """True when the token after a bare day leaves it a day: the end, punctuation or a year."""
    if at >= len(tokens):
        return True
    word = tokens[at]
    return not word[:1].isalnum() or (len(word) == 4 and word.isdigit())


def _listed_days(tokens: list[str], at: int, day: int) -> list[tuple[int, int]]:
    """The (position, day) of the bare days from `at` on, each later than the one before, in a list "16 and 17" or
    "16, 17 and 18" whose last day follows "and" (or "to") and is closed as `_closes` says; else empty."""
    found: list[tuple[int, int]] = []
    while at < len(tokens) and tokens[at].isdigit() and day < int(tokens[at]) <= _MAX_DAY:
        day = int(tokens[at])
        found.append((at, day))
        if tokens[at - 1] in _JOINS:
            return found if _closes(tokens, at + 1) else []
        at += 2  # "September 15, 16 and 17": a comma, then the next day of the list
        if tokens[at - 1 : at] == [] or tokens[at - 1] not in _LIST_JOINS:
            return []
    return []


def with_second_days(tokens: list[str], dates: list[DateMention]) -> list[DateMention]:
    """`dates` with the bare days after "<Month> <day> and" or "<Month> <day>, <day> and" added, in the same
    month and year."""
    found: list[DateMention] = []
    for mention in dates:
        found.append(mention)
        at = mention.last + 2
        if mention.kind != "explicit" or not mention.day or at >= len(tokens) or tokens[at - 1] not in _LIST_JOINS:
            continue
        if tokens[mention.last] != str(mention.day):
            continue  # "28 January and 29" is not written; only "January 28 and 29"
        listed = _listed_days(tokens, at, mention.day)
        found += [mention._replace(first=k, last=k, day=d, weekday=-1) for k, d in listed]
    return found
