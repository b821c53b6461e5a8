"""A second day after a month and day is a day of its own: "over January 28 and 29" names both days.

The date rules read "January 28" and leave the bare "29" that shares its month; a total over both days is then
dated the first, and whatever the story tells next is put on the wrong day. The bare day counts only when
nothing but punctuation, a year or the sentence's end follows it ("28 and 29 Ukrainians" counts people).
"""

from typing import Final

from services.extractor.rules.date_words import DateMention

_JOINS: Final = frozenset({"and", "to", "-", "–", "through"})
_MAX_DAY: Final = 31


def _closes(tokens: list[str], at: int) -> bool:
    """True when the token after a bare day leaves it a day: the end, punctuation or a year."""
    if at >= len(tokens):
        return True
    word = tokens[at]
    return not word[:1].isalnum() or (len(word) == 4 and word.isdigit())


def with_second_days(tokens: list[str], dates: list[DateMention]) -> list[DateMention]:
    """`dates` with the bare day after "<Month> <day> and" added, in the same month and year."""
    found: list[DateMention] = []
    for mention in dates:
        found.append(mention)
        at = mention.last + 2
        if mention.kind != "explicit" or not mention.day or at >= len(tokens) or tokens[at - 1] not in _JOINS:
            continue
        word = tokens[at]
        if tokens[mention.last] != str(mention.day) or not word.isdigit() or not mention.day < int(word) <= _MAX_DAY:
            continue  # "28 January and 29" is not written; only "January 28 and 29"
        if _closes(tokens, at + 1):
            found.append(mention._replace(first=at, last=at, day=int(word), weekday=-1))
    return found
