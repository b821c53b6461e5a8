"""The person noun phrase after a figure: its head, category and the nationality it names.

"307 Ukrainian prisoners of war" ends on a military head and names Ukrainians; "390 Russians and
Ukrainians" is one generic phrase naming both; "58-year-old" or "37 months" has no person head. Kept
apart from `mentions`, which decides which figures are head counts at all.
"""

from typing import Final

from services.extractor.rules.droppedof import dropped_of
from services.extractor.rules.lexicon import (
    CIVILIAN_HEADS,
    GENDER_HEADS,
    GENERIC_HEADS,
    MILITARY_HEADS,
    NATIONALITY,
    NP_STOP,
    PERSON_HEADS,
    WOUNDED_HEADS,
)
from services.extractor.rules.statuswords import status_category
from services.extractor.rules.tokens import is_figure, is_word

_MODIFIERS_MAX: Final = 3
_OWNERS: Final = frozenset({"its", "our", "their"})
_FORCES: Final = frozenset({"military", "army", "forces", "guard", "navy"})


def category_of(word: str) -> str | None:
    if word in MILITARY_HEADS:
        return "military"
    if word in CIVILIAN_HEADS:
        return "civilian"
    if word in GENDER_HEADS:
        return "gender"
    if word in GENERIC_HEADS:
        return "generic"
    return None


def _special_head(tokens: list[str], j: int) -> tuple[str, int] | None:
    """Match multi-word military heads: "prisoners of war", "members of the Russian military"."""
    words = tokens[j : j + 6]
    if words[:3] in (["prisoners", "of", "war"], ["prisoner", "of", "war"]):
        return "military", j + 2
    if words[:2] in (["service", "members"], ["service", "personnel"]):
        return "military", j + 1
    if words[:2] == ["members", "of"]:
        for k, word in enumerate(words[2:], start=2):
            if word in _FORCES:
                return "military", j + k
            if word not in {"the", "russian", "ukrainian", "armed", "national", "ukraine", "russia"}:
                break
    return None


def noun_phrase(tokens: list[str], start: int) -> tuple[str, int, set[str], str | None] | None:
    """Scan for a person head after a figure: (category, end, nationalities, owner) or None."""
    nationalities: set[str] = set()
    owner: str | None = None
    j = start
    if j + 1 < len(tokens) and tokens[j] == "of" and tokens[j + 1] in _OWNERS:
        owner = tokens[j + 1]
        j += 2
        if j < len(tokens) and tokens[j] == "own" and (j + 1 == len(tokens) or not is_word(tokens[j + 1])):
            return "generic", j, nationalities, owner  # "Russia got back 95 of its own"
    elif dropped_of(tokens, j):
        owner, j = tokens[j], j + 1  # "64 its soldiers": "64 of its soldiers" without the "of"
    modifiers = 0
    category_hint: str | None = None
    while j < len(tokens) and modifiers <= _MODIFIERS_MAX:
        word = tokens[j]
        special = _special_head(tokens, j) if word in {"prisoners", "prisoner", "service", "members"} else None
        if special is not None:
            return special[0], special[1], nationalities, owner
        if word in NATIONALITY:
            nationalities.add(NATIONALITY[word])
        category = category_of(word)
        followed_by_head = j + 1 < len(tokens) and (
            tokens[j + 1] in PERSON_HEADS or _special_head(tokens, j + 1) is not None
        )
        if category is not None and not (word in {"military", "civilian"} and followed_by_head):
            return status_category(category_hint, category), j, nationalities, owner  # "95 military persons"
        if word in {"military", "civilian"}:
            category_hint = "military" if word == "military" else "civilian"
        if word in WOUNDED_HEADS and not followed_by_head and not (
            j + 2 < len(tokens) and tokens[j + 2] in PERSON_HEADS
        ):
            return "wounded", j, nationalities, owner
        if not is_word(word) or word in NP_STOP:
            return None
        modifiers += 1
        j += 1
    return None


def head_category(tokens: list[str], start: int) -> str | None:
    """The category of the person noun phrase starting at `start` ("serving members of the armed forces")."""
    phrase = noun_phrase(tokens, start)
    return None if phrase is None else phrase[0]


def compound(tokens: list[str], end: int, category: str, nationalities: set[str]) -> tuple[str, int]:
    """Extend "390 Russians and Ukrainians" or "soldiers and civilians" to a single generic phrase."""
    if end + 2 < len(tokens) and tokens[end + 1] == "and":
        other = tokens[end + 2]
        other_category = category_of(other)
        if other_category is not None and not (end + 3 < len(tokens) and is_figure(tokens[end + 3])):
            if other in NATIONALITY:
                nationalities.add(NATIONALITY[other])
            return ("generic" if other_category != category else category), end + 2
    return category, end


_OF_FORCES: Final = frozenset({"the", "armed", "forces", "of", "army", "military", "national", "guard", "side"})


def trailing_nationality(tokens: list[str], end: int) -> set[str]:
    """Nationality given after the head: "prisoners of war of the Ukrainian armed forces", "... of Ukraine"."""
    if end + 2 >= len(tokens) or tokens[end + 1] != "of":
        return set()
    for word in tokens[end + 2 : end + 8]:
        if word in NATIONALITY or word in {"ukraine", "russia"}:
            return {NATIONALITY.get(word, word)}
        if word not in _OF_FORCES:
            return set()
    return set()
