"""Turn figures into head counts: find the noun phrase each figure counts and what it says.

"307 Ukrainian prisoners of war" is a military head count of Ukrainians;
"three women and 387 men" two generic ones; "1,000-for-1,000" a paired
count; "released 1,000 in the coming days" a bare count after an exchange
verb. "58-year-old", "37 months" or "30-day" have no person head and are
dropped here.
"""

from dataclasses import dataclass

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
from services.extractor.rules.numbers import Quantity
from services.extractor.rules.tokens import Token

_BARE_AFTER_VERBS = frozenset(
    "exchanged exchange exchanging swapped swap swapping released release releasing freed free freeing returned "
    "return returning received receive got handed transferred repatriated back home".split()
)
_SKIPPABLE_BEFORE = frozenset(
    "another a further some about nearly almost around roughly over more than at least up to just an additional "
    "all".split()
)
_BARE_FOLLOWERS = frozenset(
    "in on at to from and each apiece , . ; : — – ) ” \" ’ people prisoners were was have had".split()
)
_MODIFIERS_MAX = 3
_OWNERS = frozenset({"its", "our", "their"})
_FORCES = frozenset({"military", "army", "forces", "guard", "navy"})


@dataclass(frozen=True, slots=True)
class Mention:
    """A head count: the figure, its noun phrase end, category and the nationality it names."""

    quantity: Quantity
    end: int  # last token of the noun phrase (the figure itself for a bare count)
    category: str  # military | civilian | generic | gender | wounded
    nationality: str | None  # ukraine | russia | both | None
    ours: bool = False  # "of our people": the speaker's side
    owner: str | None = None  # "of its soldiers"
    each: bool = False  # "390 each", "1,000-for-1,000"
    pair: bool = False  # the "N-for-N" form
    bare: bool = False


def _head_category(word: str) -> str | None:
    if word in MILITARY_HEADS:
        return "military"
    if word in CIVILIAN_HEADS:
        return "civilian"
    if word in GENDER_HEADS:
        return "gender"
    if word in GENERIC_HEADS:
        return "generic"
    return None


def _special_head(tokens: list[Token], j: int) -> tuple[str, int] | None:
    """Match multi-word military heads: "prisoners of war", "members of the Russian military"."""
    words = [t.text for t in tokens[j : j + 6]]
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


def _noun_phrase(tokens: list[Token], start: int) -> tuple[str, int, set[str], str | None] | None:
    """Scan for a person head after a figure: (category, end, nationalities, owner) or None."""
    nationalities: set[str] = set()
    owner: str | None = None
    j = start
    if j + 1 < len(tokens) and tokens[j].text == "of" and tokens[j + 1].text in _OWNERS:
        owner = tokens[j + 1].text
        j += 2
    modifiers = 0
    category_hint: str | None = None
    while j < len(tokens) and modifiers <= _MODIFIERS_MAX:
        token = tokens[j]
        special = _special_head(tokens, j)
        if special is not None:
            return special[0], special[1], nationalities, owner
        word = token.text
        if word in NATIONALITY:
            nationalities.add(NATIONALITY[word])
        category = _head_category(word)
        followed_by_head = j + 1 < len(tokens) and (
            tokens[j + 1].text in PERSON_HEADS or _special_head(tokens, j + 1) is not None
        )
        if category is not None and not (word in {"military", "civilian"} and followed_by_head):
            if word in {"ukrainians", "russians"} and category_hint:
                category = category_hint
            return category, j, nationalities, owner
        if word in {"military", "civilian"}:
            category_hint = "military" if word == "military" else "civilian"
        if word in WOUNDED_HEADS and not followed_by_head and not (
            j + 2 < len(tokens) and tokens[j + 2].text in PERSON_HEADS
        ):
            return "wounded", j, nationalities, owner
        if not token.is_word or word in NP_STOP:
            return None
        modifiers += 1
        j += 1
    return None


def _compound(tokens: list[Token], end: int, category: str, nationalities: set[str]) -> tuple[str, int]:
    """Extend "390 Russians and Ukrainians" or "soldiers and civilians" to a single generic phrase."""
    if end + 2 < len(tokens) and tokens[end + 1].text == "and":
        other = tokens[end + 2].text
        other_category = _head_category(other)
        if other_category is not None and not (end + 3 < len(tokens) and tokens[end + 3].is_digits):
            if other in NATIONALITY:
                nationalities.add(NATIONALITY[other])
            return ("generic" if other_category != category else category), end + 2
    return category, end


def _is_each(tokens: list[Token], end: int) -> bool:
    """True for "390 each", "307 apiece", "307 per side", "307 from each country" right after the phrase."""
    words = [t.text for t in tokens[end + 1 : end + 4]]
    if words[:1] in (["each"], ["apiece"]) or words[:2] == ["per", "side"]:
        return True
    return words[:2] in (["from", "each"], ["on", "each"], ["for", "each"], ["to", "each"])


def _pair_end(tokens: list[Token], quantity: Quantity, following: Quantity | None) -> bool:
    """True when `quantity` opens "1,000-for-1,000" / "1,000 for 1,000" and `following` closes it."""
    if following is None or following.value != quantity.value:
        return False
    gap = [t.text for t in tokens[quantity.last + 1 : following.first]]
    return gap in (["-", "for", "-"], ["for"], ["-", "for"], ["for", "-"])


def _bare_allowed(tokens: list[Token], quantity: Quantity) -> bool:
    """A figure without a head counts people right after an exchange verb ("released 1,000 in ...")."""
    k = quantity.first - 1
    while k >= 0 and tokens[k].text in _SKIPPABLE_BEFORE:
        k -= 1
    if k < 0:
        return False
    before = tokens[k].text
    nxt = tokens[quantity.last + 1].text if quantity.last + 1 < len(tokens) else "."
    if nxt not in _BARE_FOLLOWERS:
        return False
    return before in _BARE_AFTER_VERBS or (before == "of" and k > 0 and tokens[k - 1].text == "total")


def find_mentions(tokens: list[Token], quantities: list[Quantity]) -> list[Mention]:
    """Return the head counts among `quantities` (ranges and unit figures are not head counts)."""
    mentions: list[Mention] = []
    skip_next = False
    for index, quantity in enumerate(quantities):
        if skip_next:
            skip_next = False
            continue
        if quantity.in_range:
            continue
        following = quantities[index + 1] if index + 1 < len(quantities) else None
        pair = _pair_end(tokens, quantity, following)
        tail = following.last if pair and following is not None else quantity.last
        skip_next = pair
        ours = quantity.first > 0 and tokens[quantity.first - 1].text == "our"
        phrase = _noun_phrase(tokens, tail + 1)
        if phrase is None:
            if pair or _is_each(tokens, tail) or _bare_allowed(tokens, quantity) or gapped(tokens, quantity):
                mentions.append(Mention(quantity, tail, "generic", None, ours, None, pair or _is_each(tokens, tail),
                                        pair, bare=True))
            continue
        category, end, nationalities, owner = phrase
        category, end = _compound(tokens, end, category, nationalities)
        nationality = "both" if len(nationalities) > 1 else next(iter(nationalities), None)
        ours = ours or owner == "our" or (end >= 1 and "our" in [t.text for t in tokens[tail + 1 : end]])
        mentions.append(
            Mention(quantity, end, category, nationality, ours, owner, pair or _is_each(tokens, end), pair)
        )
    return mentions


def gapped(tokens: list[Token], quantity: Quantity) -> bool:
    """True for the second half of "Ukraine received 230 and Russia 248": a country right before a figure."""
    k = quantity.first - 1
    if k < 1 or tokens[k].text not in {"russia", "ukraine", "moscow", "kyiv", "kiev"}:
        return False
    return tokens[k - 1].text in {"and", ",", "while", "whereas"}
