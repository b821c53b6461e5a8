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

from dataclasses import dataclass

from services.extractor.rules.lexicon import BE_FORMS, COUNTRY, GIVE_VERBS, OTHER, PRONOUNS, RECEIVE_VERBS, Side
from services.extractor.rules.mentions import Mention
from services.extractor.rules.tokens import Token

STRONG, MEDIUM, WEAK = 2, 1, 0
_LOOKBACK_STOP = frozenset({",", ";", "“", "”", '"', ":", "(", ")"})
_REGION_WORDS = frozenset({"region", "regions", "oblast", "border", "kursk", "belgorod", "bryansk", "city"})
_EXCHANGE_VERBS = RECEIVE_VERBS | GIVE_VERBS | {"exchanged", "swapped", "brought", "sent"}
_PARTICLES = frozenset({"back", "over", "home"})
_COMBINED_PAIRS = frozenset(
    {("in", "all"), ("in", "total"), ("total", "of"), ("by", "both"), ("by", "the"), ("from", "both")}
)
_HOME = frozenset({"home", "homeland", "homecoming"})


@dataclass(frozen=True, slots=True)
class Cue:
    """A side cue at token `index`: kind agent | direction | symmetric | combined | mirror | home."""

    index: int
    kind: str
    side: Side | None = None
    receive: bool = False  # an agent cue whose verb receives ("got back") rather than gives ("released")


def _country(word: str) -> Side | None:
    side = COUNTRY.get(word)
    if side is None and "-" in word:
        side = COUNTRY.get(word.split("-", 1)[0])
    return side


def _joint(tokens: list[Token], k: int) -> bool:
    """True when the country at `k` is half of a joint subject ("Russia and Ukraine")."""
    before = [t.text for t in tokens[max(k - 2, 0) : k]]
    after = [t.text for t in tokens[k + 1 : k + 3]]
    return (len(before) == 2 and before[1] == "and" and _country(before[0]) is not None) or (
        len(after) == 2 and after[0] == "and" and _country(after[1]) is not None
    )


def _subject(tokens: list[Token], verb: int, speaker: Side | None) -> Side | None:
    """Find the side acting as the subject of the verb at `verb`, looking back a few tokens."""
    for k in range(verb - 1, max(verb - 7, -1), -1):
        word = tokens[k].text
        if word in _LOOKBACK_STOP or tokens[k].is_digits or word == "each":
            return None
        side = _country(word)
        if side is not None:
            return None if _joint(tokens, k) else side
        if word in PRONOUNS:
            if word == "we":
                return speaker
            for m in range(k - 1, max(k - 16, -1), -1):
                side = _country(tokens[m].text)
                if side is not None and not _joint(tokens, m):
                    return side
            return None
    return None


def _agent(tokens: list[Token], i: int, speaker: Side | None) -> Cue | None:
    word = tokens[i].text
    nxt = tokens[i + 1].text if i + 1 < len(tokens) else ""
    receive = word in RECEIVE_VERBS or (word in {"brought", "took"} and nxt in _PARTICLES)
    give = word in GIVE_VERBS or (word == "sent" and nxt in _PARTICLES)
    if not (receive or give):
        return None
    prev = tokens[i - 1].text if i else ""
    prev2 = tokens[i - 2].text if i > 1 else ""
    if prev in BE_FORMS or (prev2 in BE_FORMS and prev.endswith("ly")):
        return None
    subject = _subject(tokens, i, speaker)
    if subject is None:
        return None
    return Cue(i, "agent", subject if receive else OTHER[subject], receive)


def _nearest_exchange_verb_passive(tokens: list[Token], i: int) -> bool | None:
    """For "by X" at `i`: True if the verb before is a passive give-verb, False if receive, None if none."""
    for k in range(i - 1, max(i - 5, -1), -1):
        word = tokens[k].text
        if word in GIVE_VERBS or word in {"exchanged", "swapped"}:
            return True
        if word in RECEIVE_VERBS:
            return False
    return None


def _direction(tokens: list[Token], i: int) -> Cue | None:
    word = tokens[i].text
    ahead = [t.text for t in tokens[i + 1 : i + 6]]
    if word == "from":
        for k, nxt in enumerate(ahead):
            side = _country(nxt)
            if side is not None:
                if any(w in _REGION_WORDS for w in ahead[k + 1 : k + 3]) or any(w in _REGION_WORDS for w in ahead):
                    return None
                return Cue(i, "direction", OTHER[side])
            if nxt in {"each", "both"} or not tokens[i + 1 + k].is_word:
                return None
    elif word == "captivity" and i > 0:
        side = _country(tokens[i - 1].text)
        if side is not None:
            return Cue(i, "direction", OTHER[side])
    elif word == "to" and ahead:
        target = ahead[1] if ahead[0] == "the" and len(ahead) > 1 else ahead[0]
        side = _country(target)
        if side is not None and any(t.text in _EXCHANGE_VERBS | {"return", "handover", "transfer"}
                                    for t in tokens[max(i - 8, 0) : i]):
            return Cue(i, "direction", side)
    elif word == "by" and ahead:
        side = _country(ahead[0] if ahead[0] != "the" or len(ahead) < 2 else ahead[1])
        passive = _nearest_exchange_verb_passive(tokens, i)
        if side is not None and passive is not None:
            return Cue(i, "direction", OTHER[side] if passive else side)
    return None


def _group_cue(tokens: list[Token], i: int) -> Cue | None:
    """Cues about both sides at once: symmetric, combined, mirror."""
    word = tokens[i].text
    nxt = tokens[i + 1].text if i + 1 < len(tokens) else ""
    prev = tokens[i - 1].text if i else ""
    if (word, nxt) in _COMBINED_PAIRS:
        after = tokens[i + 2].text if i + 2 < len(tokens) else ""
        if word in {"by", "from"} and not (nxt == "both" or after == "two"):
            return None
        return Cue(i, "combined")
    if word in {"combined", "altogether", "involving", "involved"}:
        return Cue(i, "combined")
    if word in {"each", "apiece"} or (word in {"both", "two"} and nxt in {"sides", "countries"} and prev not in
                                      {"by", "from", "between"}):
        return Cue(i, "symmetric")
    if (word, nxt) in {("as", "many"), ("same", "number"), ("equal", "number"), ("same", "amount")}:
        return Cue(i, "mirror")
    if word in {"reciprocal", "reciprocally"}:
        return Cue(i, "mirror")
    if word in _HOME:
        return Cue(i, "home")
    return None


def find_cues(tokens: list[Token], speaker: Side | None) -> list[Cue]:
    """Return every side cue of a sentence in token order."""
    cues: list[Cue] = []
    for i in range(len(tokens)):
        cue = _agent(tokens, i, speaker) or _direction(tokens, i) or _group_cue(tokens, i)
        if cue is not None:
            cues.append(cue)
    return cues


@dataclass(frozen=True, slots=True)
class SideCall:
    """Who a head count went to (`ukraine`, `russia`, `both` or `combined`) and how sure the call is."""

    side: str
    strength: int


def resolve_side(
    tokens: list[Token], mention: Mention, cues: list[Cue], clause: tuple[int, int], speaker: Side | None
) -> SideCall | None:
    """Apply the cues, strongest first, to one head count within its clause."""
    if mention.nationality is not None:
        return SideCall(mention.nationality, STRONG)
    if mention.each:
        return SideCall("both", STRONG)
    if (mention.ours or mention.owner == "our") and speaker is not None:
        return SideCall(speaker, STRONG)
    first = mention.quantity.first
    gap = tokens[first - 1].text if first > 0 else ""
    if _country(gap) is not None and first > 1 and tokens[first - 2].text in {"and", ",", "while", "whereas"}:
        agents = [c for c in cues if c.kind == "agent" and c.index < first - 1]
        subject = _country(gap)
        if agents and subject is not None:
            return SideCall(subject if agents[-1].receive else OTHER[subject], STRONG)
    start, end = clause
    inside = [c for c in cues if start <= c.index < end]
    before = [c for c in inside if c.index < first and c.kind == "agent"]
    if before and before[-1].side is not None:
        return SideCall(before[-1].side, STRONG)
    after = [c for c in inside if c.index > mention.end and c.kind == "direction"]
    if after and after[0].side is not None:
        return SideCall(after[0].side, STRONG)
    earlier = [c for c in inside if c.index < first and c.kind == "direction"]
    if earlier and earlier[-1].side is not None:
        return SideCall(earlier[-1].side, MEDIUM)
    kinds = {c.kind for c in inside}
    if "symmetric" in kinds:
        return SideCall("both", STRONG)
    if "combined" in kinds:
        return SideCall("combined", MEDIUM)
    if "home" in kinds and speaker is not None:
        return SideCall(speaker, MEDIUM)
    words = {t.text for t in tokens[start:end]}
    if words & {"exchanged", "swapped", "exchange", "swap", "exchanging", "swapping"}:
        return SideCall("both", WEAK)
    return None

