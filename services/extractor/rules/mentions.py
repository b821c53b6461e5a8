"""Turn figures into head counts: find the noun phrase each figure counts and what it says.

"307 Ukrainian prisoners of war" is a military head count of Ukrainians;
"three women and 387 men" two generic ones; "1,000-for-1,000" a paired
count; "released 1,000 in the coming days" a bare count after an exchange
verb. "58-year-old", "37 months" or "30-day" have no person head and are
dropped here.
"""

from typing import NamedTuple

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
from services.extractor.rules.tokens import is_figure, is_word

_BARE_AFTER_VERBS = frozenset(
    "exchanged exchange exchanging swapped swap swapping released release releasing freed free freeing returned "
    "return returning received receive receiving got getting handed transferred repatriated back home".split()
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


class Mention(NamedTuple):
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


def _noun_phrase(tokens: list[str], start: int) -> tuple[str, int, set[str], str | None] | None:
    """Scan for a person head after a figure: (category, end, nationalities, owner) or None."""
    nationalities: set[str] = set()
    owner: str | None = None
    j = start
    if j + 1 < len(tokens) and tokens[j] == "of" and tokens[j + 1] in _OWNERS:
        owner = tokens[j + 1]
        j += 2
        if j < len(tokens) and tokens[j] == "own" and (j + 1 == len(tokens) or not is_word(tokens[j + 1])):
            return "generic", j, nationalities, owner  # "Russia got back 95 of its own"
    modifiers = 0
    category_hint: str | None = None
    while j < len(tokens) and modifiers <= _MODIFIERS_MAX:
        word = tokens[j]
        special = _special_head(tokens, j) if word in {"prisoners", "prisoner", "service", "members"} else None
        if special is not None:
            return special[0], special[1], nationalities, owner
        if word in NATIONALITY:
            nationalities.add(NATIONALITY[word])
        category = _head_category(word)
        followed_by_head = j + 1 < len(tokens) and (
            tokens[j + 1] in PERSON_HEADS or _special_head(tokens, j + 1) is not None
        )
        if category is not None and not (word in {"military", "civilian"} and followed_by_head):
            if word in {"ukrainians", "russians"} and category_hint:
                category = category_hint
            return category, j, nationalities, owner
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
    phrase = _noun_phrase(tokens, start)
    return None if phrase is None else phrase[0]


def _compound(tokens: list[str], end: int, category: str, nationalities: set[str]) -> tuple[str, int]:
    """Extend "390 Russians and Ukrainians" or "soldiers and civilians" to a single generic phrase."""
    if end + 2 < len(tokens) and tokens[end + 1] == "and":
        other = tokens[end + 2]
        other_category = _head_category(other)
        if other_category is not None and not (end + 3 < len(tokens) and is_figure(tokens[end + 3])):
            if other in NATIONALITY:
                nationalities.add(NATIONALITY[other])
            return ("generic" if other_category != category else category), end + 2
    return category, end


_OF_FORCES = frozenset({"the", "armed", "forces", "of", "army", "military", "national", "guard", "side"})


def _trailing_nationality(tokens: list[str], end: int) -> set[str]:
    """Nationality given after the head: "prisoners of war of the Ukrainian armed forces", "... of Ukraine"."""
    if end + 2 >= len(tokens) or tokens[end + 1] != "of":
        return set()
    for word in tokens[end + 2 : end + 8]:
        if word in NATIONALITY or word in {"ukraine", "russia"}:
            return {NATIONALITY.get(word, word)}
        if word not in _OF_FORCES:
            return set()
    return set()


def _is_each(tokens: list[str], end: int) -> bool:
    """True for "390 each", "307 apiece", "307 per side", "307 from each country" right after the phrase."""
    words = tokens[end + 1 : end + 4]
    if words[:1] in (["each"], ["apiece"]) or words[:2] == ["per", "side"]:
        return True
    return words[:2] in (["from", "each"], ["on", "each"], ["for", "each"], ["to", "each"])


def _pair_end(tokens: list[str], quantity: Quantity, following: Quantity | None) -> bool:
    """True when `quantity` opens "1,000-for-1,000" / "1,000 for 1,000" and `following` closes it."""
    if following is None or following.value != quantity.value:
        return False
    gap = tokens[quantity.last + 1 : following.first]
    return gap in (["-", "for", "-"], ["for"], ["-", "for"], ["for", "-"])


def _bare_allowed(tokens: list[str], quantity: Quantity) -> bool:
    """A figure without a head counts people right after an exchange verb ("released 1,000 in ...")."""
    k = quantity.first - 1
    while k >= 0 and tokens[k] in _SKIPPABLE_BEFORE:
        k -= 1
    if k < 0:
        return False
    before = tokens[k]
    nxt = tokens[quantity.last + 1] if quantity.last + 1 < len(tokens) else "."
    if nxt not in _BARE_FOLLOWERS:
        return False
    if before in _BARE_AFTER_VERBS or (before == "of" and k > 0 and tokens[k - 1] == "total"):
        return True
    return quantity.first > 0 and tokens[quantity.first - 1] == "to" and _number_of_people(tokens, quantity.first - 1)


_RAISING = frozenset({"bringing", "brings", "brought", "raising", "raises", "taking", "takes"})
_RAISED_REACH = 16


def _number_of_people(tokens: list[str], to: int) -> bool:
    """ "bringing the number of people each side has received since Friday to 1,000": the people come first."""
    window = tokens[max(to - _RAISED_REACH, 0) : to]
    for k in range(len(window) - 4):
        if window[k] in _RAISING and window[k + 1] == "the" and "of" in window[k + 2 : k + 4]:
            head = window[k + 3] if window[k + 2] == "of" else window[k + 4]
            return head in PERSON_HEADS or head in NATIONALITY
    return False


def find_mentions(tokens: list[str], quantities: list[Quantity]) -> list[Mention]:
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
        pair = quantity.pair or _pair_end(tokens, quantity, following)
        spaced_pair = pair and not quantity.pair
        tail = following.last if spaced_pair and following is not None else quantity.last
        skip_next = spaced_pair
        ours = quantity.first > 0 and tokens[quantity.first - 1] == "our"
        phrase = _noun_phrase(tokens, tail + 1) or _predicate(tokens, quantity.first, tail + 1)
        if phrase is None and following is not None and not spaced_pair and _coordinated(tokens, tail, following) and (
            _noun_phrase(tokens, following.last + 1) is None
        ):
            continue  # "received 1,212 and 1,200 bodies": the first figure counts what the second does, no people
        if phrase is None:
            if pair or _is_each(tokens, tail) or _bare_allowed(tokens, quantity) or gapped(tokens, quantity):
                mentions.append(Mention(quantity, tail, "generic", None, ours, None, pair or _is_each(tokens, tail),
                                        pair, bare=True))
            continue
        category, end, nationalities, owner = phrase
        category, end = _compound(tokens, end, category, nationalities)
        if not nationalities:
            nationalities |= _trailing_nationality(tokens, end)
        if category in {"generic", "gender"} and tokens[end + 1 : end + 3] in ([",", "residents"], [",", "civilians"]):
            category = "civilian"  # "eight Russian citizens, residents of the Kursk region"
        nationality = "both" if len(nationalities) > 1 else next(iter(nationalities), None)
        ours = ours or owner == "our" or "our" in tokens[tail + 1 : end]
        mentions.append(
            Mention(quantity, end, category, nationality, ours, owner, pair or _is_each(tokens, end), pair)
        )
    return mentions


def _coordinated(tokens: list[str], tail: int, following: Quantity) -> bool:
    """True for "1,212 and 1,200 bodies": a bare figure joined to the next one, whose noun is a word after it."""
    return tokens[tail + 1 : following.first] in (["and"], ["or"]) and following.last + 1 < len(tokens) and is_word(
        tokens[following.last + 1]) and not following.in_range


_PREDICATE_HEADS = frozenset({"military", "civilian", "civilians", "soldiers", "servicemen", "women", "men",
                              "officers", "conscripts", "pows", "servicewomen", "defenders", "fighters"})
_GROUP_REACH = 12


def _predicate(tokens: list[str], first: int, start: int) -> tuple[str, int, set[str], str | None] | None:
    """ "Of the Ukrainians who came home, 33 were military and 51 were civilians": a head after "were".

    The nationality comes from a leading "of the Ukrainians ..." before the figure, if any.
    """
    nationalities: set[str] = set()
    if start < len(tokens) and tokens[start] == "of":  # "97 of the freed women were servicewomen"
        start, nationalities = _past_partitive(tokens, start)
    if start + 1 >= len(tokens) or tokens[start] not in {"were", "are", "was"}:
        return None
    head = tokens[start + 1]
    if head not in _PREDICATE_HEADS or (start + 2 < len(tokens) and tokens[start + 2] in PERSON_HEADS):
        return None
    category = _head_category(head) or "generic"
    for k in range(first - 1, max(first - _GROUP_REACH, 1), -1):
        word = tokens[k]
        if word in NATIONALITY and "of" in tokens[max(k - 3, 0) : k - 1] and tokens[k - 1] != "of":
            nationalities.add(NATIONALITY[word])  # "of the Ukrainians", "of the 50 Ukrainians"
            break
        if is_figure(word) or word == ";":
            break
    return category, start + 1, nationalities, None


_PARTITIVE_REACH = 5


def _past_partitive(tokens: list[str], start: int) -> tuple[int, set[str]]:
    """Skip "of the freed Ukrainian women" / "of them" after a figure: the index of the verb after, and the
    nationality the group names."""
    nationalities: set[str] = set()
    for k in range(start + 1, min(len(tokens), start + 1 + _PARTITIVE_REACH)):
        word = tokens[k]
        if word in {"were", "are", "was"}:
            return k, nationalities
        if not is_word(word) or (word in NP_STOP and word not in {"the", "them", "those", "these"}):
            break
        if word in NATIONALITY:
            nationalities.add(NATIONALITY[word])
    return start, set()


def gapped(tokens: list[str], quantity: Quantity) -> bool:
    """True for the second half of "Ukraine received 230 and Russia 248": a country right before a figure."""
    k = quantity.first - 1
    if k < 1 or tokens[k] not in {"russia", "ukraine", "moscow", "kyiv", "kiev"}:
        return False
    return tokens[k - 1] in {"and", ",", "while", "whereas"}
