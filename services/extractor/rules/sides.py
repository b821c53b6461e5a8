"""Decide who the people of a head count were *returned to*.

Cues, strongest first: the nationality in the noun phrase ("307 Ukrainian
POWs"); "each"/"N-for-N"; "of our people" (the speaker's side); the second
half of "Ukraine received 230 and Russia 248"; the nearest subject-verb pair
before the figure ("Russia released ..." gives to Ukraine, "Russia received
..." to Russia); a direction after it ("... from Russian captivity", "... to
Ukraine"); "both sides"/"each side" in the clause; "brought home" (the
speaker's side). A bare "Russia and Ukraine exchanged 307" defaults to both
sides, weakly: the assembly lets explicit figures overrule it.
"""

from typing import Final, NamedTuple

from services.extractor.rules.betweenfront import fronted_between
from services.extractor.rules.cues import GIVING, OWN_RETURN, THIRD_PARTY, Cue, country, joint
from services.extractor.rules.eachlater import each_of_later_clause
from services.extractor.rules.fronted import fronted_gap
from services.extractor.rules.hands import changed_hands
from services.extractor.rules.lexicon import OTHER, PERSON_HEADS, Side
from services.extractor.rules.listtail import follows_named_item
from services.extractor.rules.mentions import Mention
from services.extractor.rules.numberof import counted_nationals
from services.extractor.rules.numbers import find_quantities
from services.extractor.rules.relatives import relative_agent
from services.extractor.rules.togetherfront import fronted_together
from services.extractor.rules.tokens import is_figure

STRONG, MEDIUM, WEAK = 2, 1, 0
_COMBINED_REACH: Final = 3  # tokens: "a total of 206", "combined 300"


class SideCall(NamedTuple):
    """Who a head count went to (`ukraine`, `russia`, `both` or `combined`) and how sure the call is."""

    side: str
    strength: int


def _nearer_figure(tokens: list[str], mention: Mention, at: int) -> bool:
    """True when another figure stands between a head count and a later cue: the cue is that figure's."""
    between = tokens[mention.end + 1 : at]  # "eight ..., so that a hundred and three in all": words count too
    return at > mention.end and (any(is_figure(t) for t in between) or bool(find_quantities(between)))


def resolve_side(
    tokens: list[str], mention: Mention, cues: list[Cue], clause: tuple[int, int], speaker: Side | None
) -> SideCall | None:
    """Apply the cues, strongest first, to one head count within its clause."""
    start, end = clause
    first = mention.quantity.first
    acting = [c for c in cues if start <= c.at < first and c.kind in {"agent", THIRD_PARTY}]
    if acting and acting[-1].kind == THIRD_PARTY:
        return None  # "Hungary said it had received 11 Ukrainian prisoners": not a Russia-Ukraine handover
    if mention.nationality is not None:
        return SideCall(mention.nationality, STRONG)
    counted = counted_nationals(tokens, first) if mention.bare else None  # "the number of Ukrainians ... to 230"
    if counted is not None:
        return SideCall(counted, STRONG)
    if mention.each:
        return SideCall("both", STRONG)
    if (mention.ours or mention.owner == "our") and speaker is not None:
        return SideCall(speaker, STRONG)
    if mention.owner in {"its", "their"}:  # "150 of its soldiers": the country named before
        for k in range(mention.quantity.first - 1, -1, -1):
            owner = country(tokens[k])
            if k + 1 < len(tokens) and tokens[k + 1] in PERSON_HEADS:
                continue  # "handed over 150 Ukrainian prisoners ... received 150 of its own": a people's adjective
            if owner is not None and not joint(tokens, k):
                return SideCall(owner, STRONG)
    first = mention.quantity.first
    fronted = fronted_gap(tokens, first, country)  # "..., to Russia 190 soldiers": a destination, verb left out
    if fronted is not None and any(c.kind == "agent" and c.receive for c in cues if c.at < first - 2):
        return SideCall("ukraine" if fronted == "ukraine" else "russia", STRONG)
    gap = tokens[first - 1] if first > 0 else ""
    if country(gap) is not None and first > 1 and tokens[first - 2] in {"and", ",", "while", "whereas"}:
        agents = [c for c in cues if c.kind == "agent" and c.at < first - 1]
        subject = country(gap)
        if agents and subject is not None:
            return SideCall(subject if agents[-1].receive else OTHER[subject], STRONG)
    start, end = clause
    inside = [c for c in cues if start <= c.at < end]
    before = [c for c in inside if c.at < first and c.kind == "agent"]
    if before and before[-1].side is not None:
        return SideCall(before[-1].side, STRONG)
    receiver = relative_agent(tokens, mention, inside)  # "the 40 prisoners it received"
    if receiver is not None:
        return SideCall(receiver, STRONG)
    after = [c for c in inside if c.at > mention.end and c.kind == "direction"]
    if after and after[0].side is not None:
        return SideCall(after[0].side, STRONG)
    earlier = [c for c in inside if c.at < first and c.kind == "direction"]
    if earlier and earlier[-1].side is not None:
        return SideCall(earlier[-1].side, MEDIUM)
    kinds = {c.kind for c in inside}
    if changed_hands(tokens, mention):
        return SideCall("combined", MEDIUM)  # "240 detainees changed hands": both directions at once
    if any(c.kind == "combined" and (first - _COMBINED_REACH <= c.at < first or mention.end < c.at <= mention.end
                                      + _COMBINED_REACH or fronted_between(tokens, c.at, start, first))
           for c in inside):  # `betweenfront`: "Between them, the two sides freed 240"
        return SideCall("combined", MEDIUM)  # "a total of 206 prisoners ... 103 from each side": the each is 103's
    if "symmetric" in kinds and fronted_together(tokens, start, first):  # "Together, the two sides freed 240"
        return SideCall("combined", MEDIUM)
    if "symmetric" in kinds and not each_of_later_clause(tokens, mention, inside):  # "860 freed as 430 ... each"
        return SideCall("both", STRONG)
    if any(c.kind == "combined" and not _nearer_figure(tokens, mention, c.at) for c in inside) and not (
            follows_named_item(tokens, first)):  # "In all, 150 Ukrainian soldiers and five civilians"
        return SideCall("combined", MEDIUM)
    if "home" in kinds and speaker is not None:
        return SideCall(speaker, MEDIUM)
    words = set(tokens[start:end])
    if tokens[mention.end] in {"defenders", "defender"} and "home" in kinds:
        return SideCall("ukraine", MEDIUM)  # "140 defenders home": Kyiv's word for its own soldiers
    if words & {"exchanged", "swapped", "exchange", "swap", "exchanging", "swapping"}:
        return SideCall("both", WEAK)
    if speaker is not None and (words & OWN_RETURN or _came_back(words)) and not words & GIVING:
        return SideCall(speaker, WEAK)  # a government describing returnees speaks of its own people
    return None


_COME: Final = frozenset({"came", "come", "comes", "coming"})


def _came_back(words: set[str]) -> bool:
    """ "Twenty civilians also came back, the ministry added": coming back is a return, like "returned"."""
    return "back" in words and not words.isdisjoint(_COME)
