"""Turn figures into head counts: find the noun phrase each figure counts and what it says.

"307 Ukrainian prisoners of war" is a military head count of Ukrainians;
"three women and 387 men" two generic ones; "1,000-for-1,000" a paired
count; "released 1,000 in the coming days" a bare count after an exchange
verb. "58-year-old", "37 months" or "30-day" have no person head and are
dropped here.
"""

from typing import Final, NamedTuple

from services.extractor.rules.crews import crew_category
from services.extractor.rules.destlabels import destination_label
from services.extractor.rules.factbox import label_side, labelled_count
from services.extractor.rules.heads import category_of, compound, noun_phrase, trailing_nationality
from services.extractor.rules.informants import informants
from services.extractor.rules.lexicon import NATIONALITY, NP_STOP, PERSON_HEADS, THIRD_NATIONALITY
from services.extractor.rules.numberfreed import number_freed
from services.extractor.rules.numbers import Quantity
from services.extractor.rules.partapposed import apposes_a_part
from services.extractor.rules.raisedto import raised_to_first
from services.extractor.rules.rates import per_period
from services.extractor.rules.tokens import is_figure, is_word

_BARE_AFTER_VERBS: Final = frozenset(
    "exchanged exchange exchanging swapped swap swapping released release releasing freed free freeing returned "
    "return returning received receive receiving got getting handed transferred repatriated back home".split()
)
_SKIPPABLE_BEFORE: Final = frozenset(
    "another a further some about nearly almost around roughly over more than at least up to just an additional "
    "all".split()
)
_BARE_FOLLOWERS: Final = frozenset(
    "in on at to from and each apiece , . ; : — – ) ” \" ’ people prisoners were was have had".split()
)


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


def _is_each(tokens: list[str], end: int) -> bool:
    """True for "390 each", "307 apiece", "307 per side", "307 from each country" right after the phrase."""
    words = tokens[end + 1 : end + 4]
    if per_period(tokens, end):
        return False  # "plus 5,000 for each month held": a rate, not a count for each side
    if words[:1] in (["each"], ["apiece"]) or words[:2] == ["per", "side"]:
        return True
    return words[:2] in (["from", "each"], ["on", "each"], ["for", "each"], ["to", "each"])


def _pair_end(tokens: list[str], quantity: Quantity, following: Quantity | None) -> bool:
    """True when `quantity` opens "1,000-for-1,000" / "1,000 for 1,000" / "1,000 prisoners for 1,000" and
    `following` closes it (the noun said once, between the two halves)."""
    if following is None or following.value != quantity.value:
        return False
    gap = tokens[quantity.last + 1 : following.first]
    if len(gap) == 2 and gap[1] == "for" and gap[0] in PERSON_HEADS:
        return True
    return gap in (["-", "for", "-"], ["for"], ["-", "for"], ["for", "-"])


def _bare_allowed(tokens: list[str], quantity: Quantity) -> bool:
    """A figure without a head counts people right after an exchange verb ("released 1,000 in ...")."""
    k = quantity.first - 1
    while k >= 0 and tokens[k] in _SKIPPABLE_BEFORE:
        k -= 1
    if k < 0:
        return False
    before = tokens[k]
    if raised_to_first(tokens, quantity.first, quantity.last):  # "brought to 870 the number of prisoners freed"
        return True
    nxt = tokens[quantity.last + 1] if quantity.last + 1 < len(tokens) else "."
    if nxt not in _BARE_FOLLOWERS and tokens[quantity.last + 1 : quantity.last + 3] != ["as", "well"]:
        return False  # "received 205 as well": the clause ends with the figure
    if before in _BARE_AFTER_VERBS or (before == "of" and k > 0 and tokens[k - 1] == "total"):
        return True
    if labelled_count(tokens, k, _BARE_AFTER_VERBS) or destination_label(tokens, k):  # "Returned to Ukraine: 150"
        return True  # "- Ukrainians freed: 41": a fact box's label, then the count
    return quantity.first > 0 and tokens[quantity.first - 1] == "to" and (_number_of_people(
        tokens, quantity.first - 1) or number_freed(tokens, quantity.first - 1))  # "the number freed ... to 697"


_RAISING: Final = frozenset({"bringing", "brings", "brought", "raising", "raises", "taking", "takes"})
_RAISED_REACH: Final = 16


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
        if _margin(tokens, tail) or _speaker(tokens, quantity) or informants(tokens, tail):  # "two sources said"
            continue
        if tail + 1 < len(tokens) and tokens[tail + 1] == "others" and mentions and not mentions[-1].bare:
            model = mentions[-1]  # "84 servicemen were freed, a day after 60 others": more of the same people
            mentions.append(model._replace(quantity=quantity, end=tail + 1, each=False, pair=False))
            continue
        ours = quantity.first > 0 and tokens[quantity.first - 1] == "our"
        phrase = noun_phrase(tokens, _label_end(tokens, quantity.first, tail)) or _predicate(
            tokens, quantity.first, tail + 1)
        if phrase is None and following is not None and not spaced_pair and _coordinated(tokens, tail, following):
            shared = noun_phrase(tokens, following.last + 1)
            if shared is None:
                continue  # "received 1,212 and 1,200 bodies": the first figure counts what the second does, no people
            if _respectively(tokens, shared[1]):
                phrase = shared[0], shared[1], set(shared[2]), shared[3]  # "60 and 84 soldiers respectively"
        if phrase is None:
            if pair and quantity.value == 1:
                continue  # "the swap was one for one": a ratio of parity, not one person each
            if pair or _is_each(tokens, tail) or _bare_allowed(tokens, quantity) or gapped(tokens, quantity):
                labelled = label_side(tokens, quantity.first, _BARE_AFTER_VERBS)  # "- Ukrainians freed: 41"
                mentions.append(Mention(quantity, tail, "generic", labelled.pop() if len(labelled) == 1 else None,
                                        ours, None, pair or _is_each(tokens, tail), pair, bare=True))
            continue
        category, end, nationalities, owner = phrase
        category, end = compound(tokens, end, category, nationalities)
        category = crew_category(tokens, tail + 1, end, category)  # "72 sailors from merchant ships"
        if not nationalities and not THIRD_NATIONALITY.isdisjoint(tokens[quantity.last + 1 : end]):
            continue  # "three Nepalese citizens": people of a third country, returned to neither side
        if not nationalities:
            nationalities |= trailing_nationality(tokens, end) or _apposed(tokens, quantity.first) or label_side(
                tokens, quantity.first, _BARE_AFTER_VERBS)
        if category in {"generic", "gender"} and tokens[end + 1 : end + 3] in (
                [",", "residents"], [",", "civilians"]) and not apposes_a_part(tokens, end + 2):  # not "among them"
            category = "civilian"  # "eight Russian citizens, residents of the Kursk region"
        nationality = "both" if len(nationalities) > 1 else next(iter(nationalities), None)
        ours = ours or owner == "our" or "our" in tokens[tail + 1 : end]
        mentions.append(
            Mention(quantity, end, category, nationality, ours, owner, pair or _is_each(tokens, end), pair)
        )
    return mentions


def _respectively(tokens: list[str], end: int) -> bool:
    """True when "respectively" follows the noun two figures share: each figure counts that noun."""
    return "respectively" in tokens[end + 1 : end + 3]


_GROUPS: Final = PERSON_HEADS | {"returnees", "returnee"}
_COUNTRIES: Final = {"ukraine": "ukraine", "kyiv": "ukraine", "russia": "russia", "moscow": "russia"}


def _apposed(tokens: list[str], first: int) -> set[str]:
    """ "Ukraine's returnees (71 servicemen and four civilians)": a breakdown set beside a group its country
    names (the brackets are gone from the tokens) counts that country's people."""
    k = first - 1 - (first > 0 and tokens[first - 1] in {",", "—", "–", ":"})
    if k < 1 or tokens[k] not in _GROUPS:
        return set()
    word = tokens[k - 1]
    side = NATIONALITY.get(word) or _COUNTRIES.get(word)
    return {side} if side else set()


_COMPARATIVES: Final = frozenset({"more", "fewer", "less"})
_MARGIN_REACH: Final = 4  # "86,000 more people than": the "than" closes a short noun phrase


def _margin(tokens: list[str], tail: int) -> bool:
    """True for "86,000 more people than departed": a figure before "more/fewer ... than" is a difference
    between two counts, not a head count ("another 50 more prisoners" has no "than" and still counts)."""
    if tail + 1 >= len(tokens) or tokens[tail + 1] not in _COMPARATIVES:
        return False
    return "than" in tokens[tail + 2 : tail + 2 + _MARGIN_REACH]


_SPEECH: Final = frozenset({"said", "says", "told", "added", "recalled", "explained", "asked", "wrote"})
_UNIVERSAL: Final = frozenset({"every", "any", "no"})


def _speaker(tokens: list[str], quantity: Quantity) -> bool:
    """ '"...," said one woman whose husband is held': "one" after a speech verb introduces the speaker,
    an unnamed individual, not a count of people handed over; "every one of our people" (or "any one",
    "no one") quantifies over a whole group and counts no one either."""
    first = quantity.first
    if quantity.value != 1 or first == 0 or tokens[first] != "one":
        return False
    return tokens[first - 1] in _SPEECH or tokens[first - 1] in _UNIVERSAL


_LABEL_DASHES: Final = frozenset({"—", "–", "-"})
_BULLETS: Final = frozenset({"•", "*", "-", "—", "–", "·", "▪"})


def _label_end(tokens: list[str], first: int, tail: int) -> int:
    """Where the noun phrase of a figure starts: right after it, or after the dash of a fact-box line
    ("• 185 — Ukrainian soldiers released ..."), where a figure opening the line labels what follows."""
    if tail + 1 < len(tokens) and tokens[tail + 1] in _LABEL_DASHES and _BULLETS.issuperset(tokens[:first]):
        return tail + 2
    return tail + 1


def _coordinated(tokens: list[str], tail: int, following: Quantity) -> bool:
    """True for "1,212 and 1,200 bodies": a bare figure joined to the next one, whose noun is a word after it."""
    return tokens[tail + 1 : following.first] in (["and"], ["or"]) and following.last + 1 < len(tokens) and is_word(
        tokens[following.last + 1]) and not following.in_range


_PREDICATE_HEADS: Final = frozenset({"military", "civilian", "civilians", "soldiers", "servicemen", "women", "men",
                              "officers", "conscripts", "pows", "servicewomen", "defenders", "fighters", "warriors",
                              "sailors", "seamen"})
_POSSESSIVES: Final = frozenset({"our", "its", "their"})
_GROUP_REACH: Final = 12


def _predicate(tokens: list[str], first: int, start: int) -> tuple[str, int, set[str], str | None] | None:
    """ "Of the Ukrainians who came home, 33 were military and 51 were civilians": a head after "were".

    The nationality comes from a leading "of the Ukrainians ..." before the figure, if any.
    """
    nationalities: set[str] = set()
    if start < len(tokens) and tokens[start] == "of":  # "97 of the freed women were servicewomen"
        start, nationalities = _past_partitive(tokens, start)
    if start + 1 >= len(tokens) or tokens[start] not in {"were", "are", "was"}:
        return None
    if start + 2 < len(tokens) and tokens[start + 1] in _POSSESSIVES:
        start += 1  # "99 of them are our warriors": whose people they are leaves what they are
    head, end = tokens[start + 1], start + 1
    if head not in _PREDICATE_HEADS:
        return None
    if start + 2 < len(tokens) and tokens[start + 2] in PERSON_HEADS:
        if head not in {"civilian", "military"}:
            return None
        end = start + 2  # "72 of them were civilian sailors": the status word says which people they are
    category = category_of(head) or "generic"
    for k in range(first - 1, max(first - _GROUP_REACH, 1), -1):
        word = tokens[k]
        if word in NATIONALITY and "of" in tokens[max(k - 3, 0) : k - 1] and tokens[k - 1] != "of":
            nationalities.add(NATIONALITY[word])  # "of the Ukrainians", "of the 50 Ukrainians"
            break
        if is_figure(word) or word == ";":
            break
    return category, end, nationalities, None


_PARTITIVE_REACH: Final = 5


def _past_partitive(tokens: list[str], start: int) -> tuple[int, set[str]]:
    """Skip "of the freed Ukrainian women" / "of them" after a figure: the index of the verb after, and the
    nationality the group names."""
    nationalities: set[str] = set()
    for k in range(start + 1, min(len(tokens), start + 1 + _PARTITIVE_REACH)):
        word = tokens[k]
        if word in {"were", "are", "was"}:
            return k, nationalities
        after = said_aside(tokens, k)  # "72 of them, he said, were sailors"
        if after is not None and after < len(tokens) and tokens[after] in {"were", "are", "was"}:
            return after, nationalities
        if is_figure(word) and tokens[k - 1] in {"the", "those", "these"}:
            continue  # "61 of the 76 freed were servicemen": the group's own count
        if not is_word(word) or (word in NP_STOP and word not in {"the", "them", "those", "these"}):
            break
        if word in NATIONALITY:
            nationalities.add(NATIONALITY[word])
    return start, set()


_ASIDE_REACH: Final = 6  # ", a local official said,": a short speaker phrase


def said_aside(tokens: list[str], comma: int) -> int | None:
    """The token after a speech aside opening at `comma` (", he said,"), else None."""
    if tokens[comma] != ",":
        return None
    for k in range(comma + 1, min(len(tokens), comma + 2 + _ASIDE_REACH)):
        if tokens[k] == ",":
            return k + 1 if not _SPEECH.isdisjoint(tokens[comma + 1 : k]) else None
        if not is_word(tokens[k]):
            return None
    return None


def gapped(tokens: list[str], quantity: Quantity) -> bool:
    """True for the second half of "Ukraine received 230 and Russia 248": a country right before a figure."""
    k = quantity.first - 1
    if k < 1 or tokens[k] not in {"russia", "ukraine", "moscow", "kyiv", "kiev"}:
        return False
    return tokens[k - 1] in {"and", ",", "while", "whereas"}
