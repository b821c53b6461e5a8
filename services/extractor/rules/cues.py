"""Side cues in a sentence: who acts, towards whom, and words about both sides at once.

"Russia released ..." (an agent that gives), "Kyiv got back ..." (an agent
that receives), "... from Russian captivity" and "... to Ukraine"
(directions), "each"/"both sides" (symmetric), "in all"/"by the two sides"
(combined), "as many"/"the same number" (mirror), "home" (the speaker's
side), and third countries acting ("Hungary received ...").
"""

from typing import Final, NamedTuple

from services.extractor.rules.betweenthem import between_them
from services.extractor.rules.bringing import BRINGING
from services.extractor.rules.fronted import fronted_destination
from services.extractor.rules.givencounts import gives_a_count
from services.extractor.rules.interjections import subject_before_aside
from services.extractor.rules.lexicon import (
    BE_FORMS,
    COUNTRY,
    GIVE_VERBS,
    NATIONALITY,
    OTHER,
    PERSON_HEADS,
    PRONOUNS,
    RECEIVE_VERBS,
    Side,
)
from services.extractor.rules.ownreturn import unmarked_return
from services.extractor.rules.participles import participle_subject
from services.extractor.rules.tokens import is_figure, is_word

_LOOKBACK_STOP: Final = frozenset({",", ";", "“", "”", '"', ":", "(", ")"})
_MEMBERSHIP: Final = frozenset({"armed", "army", "navy", "forces", "military", "marines"})
_REGION_WORDS: Final = frozenset({"region", "regions", "oblast", "border", "kursk", "belgorod", "bryansk", "city"})
_EXCHANGE_VERBS: Final = RECEIVE_VERBS | GIVE_VERBS | {"exchanged", "swapped", "brought", "sent"}
_PARTICLES: Final = frozenset({"back", "over", "home"})
_COMBINED_PAIRS: Final = frozenset(
    {("in", "all"), ("in", "total"), ("total", "of"), ("by", "both"), ("by", "the"), ("from", "both")}
)
_HOME: Final = frozenset({"home", "homeland", "homecoming"})
_TOTAL_NOUN_REACH: Final = 4  # "a total of 1,000 Russian servicemen": figure, then the noun phrase
THIRD_PARTY: Final = "third party"
_THIRD_PARTIES: Final = frozenset(
    "hungary budapest belarus minsk america washington germany berlin poland warsaw israel hamas britain london "
    "vatican armenia yerevan azerbaijan baku iran tehran venezuela caracas".split()
)
_DETERMINERS: Final = frozenset({"the", "a", "an", "those", "these", "newly", "recently"})
OWN_RETURN: Final = frozenset(
    "returned returning return returns freed home homecoming rescued repatriated released liberated".split()
)
GIVING: Final = frozenset("handed transferred gave give sent hands transfers".split())
_DIRECTED: Final = _EXCHANGE_VERBS | {"return", "handover", "transfer"}
_TRIGGERS: Final = RECEIVE_VERBS | GIVE_VERBS | _HOME | BRINGING | {
    "brought", "took", "sent", "from", "captivity", "to", "by", "in", "total", "combined", "altogether", "involving",
    "involved", "each", "apiece", "both", "two", "as", "same", "equal", "reciprocal", "reciprocally", "between",
}


class Cue(NamedTuple):
    """A side cue at token `at`: kind agent | direction | symmetric | combined | mirror | home."""

    at: int
    kind: str
    side: Side | None = None
    receive: bool = False  # an agent cue whose verb receives ("got back") rather than gives ("released")


def country(word: str) -> Side | None:
    side = COUNTRY.get(word)
    if side is None and "-" in word:
        side = COUNTRY.get(word.split("-", 1)[0])
    return side


def joint(tokens: list[str], k: int) -> bool:
    """True when the country at `k` is half of a joint subject ("Russia and Ukraine")."""
    before = tokens[max(k - 2, 0) : k]
    after = tokens[k + 1 : k + 3]
    return (len(before) == 2 and before[1] == "and" and country(before[0]) is not None) or (
        len(after) == 2 and after[0] == "and" and country(after[1]) is not None
    )


def _subject(tokens: list[str], verb: int, speaker: Side | None) -> Side | str | None:
    """Find the side acting as the subject of the verb at `verb`, looking back a few tokens.

    A third country as the subject ("Hungary said it had received 11 Ukrainian prisoners") is returned as
    THIRD_PARTY: that handover is not between Russia and Ukraine.
    """
    aside = subject_before_aside(tokens, verb - 1) if verb else None  # "Russia, for its part, received"
    aside = participle_subject(tokens, verb) if aside is None else aside  # "Kyiv held it, bringing home 90"
    start = verb - 1 if aside is None else aside
    for k in range(start, max(start - 6, -1), -1):
        word = tokens[k]
        if word in _THIRD_PARTIES:
            return THIRD_PARTY
        if word in _LOOKBACK_STOP or is_figure(word) or word == "each" or word in PERSON_HEADS:
            return None  # "185 Russian soldiers had returned": the people are the subject, no country is
        side = country(word)
        if side is not None:
            return None if joint(tokens, k) else side
        if word in PRONOUNS:
            if word == "we":
                return speaker
            for m in range(k - 1, max(k - 16, -1), -1):
                if tokens[m] in _THIRD_PARTIES:
                    return THIRD_PARTY
                side = country(tokens[m])
                if side is not None and not joint(tokens, m):
                    return side
            return None
    return None


_RETURN_FORMS: Final = frozenset({"returned", "return", "returns", "returning"})
_RETURN_WINDOW: Final = 8
_CLAUSE_END: Final = frozenset({",", ";", ":", "—", "and", "while", "whereas", "but"})


def _brought_back(tokens: list[str], verb: int) -> bool:
    """ "Ukraine returned 103 defenders from Russian captivity" / "returned home": the subject receives."""
    for word in tokens[verb + 1 : verb + 1 + _RETURN_WINDOW]:
        if word in _CLAUSE_END:
            return False
        if word in {"captivity", "home", "homeland"}:
            return True
    return False


def _agent(tokens: list[str], i: int, speaker: Side | None) -> Cue | None:
    word = tokens[i]
    nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
    receive = word in RECEIVE_VERBS or (word in BRINGING and nxt in _PARTICLES)  # "brings home", "took back"
    receive = receive or (word in _RETURN_FORMS and (_brought_back(tokens, i) or unmarked_return(tokens, i)))
    give = not receive and (word in GIVE_VERBS or (word == "sent" and nxt in _PARTICLES))
    if not (receive or give) or gives_a_count(tokens, i):
        return None
    prev = tokens[i - 1] if i else ""
    prev2 = tokens[i - 2] if i > 1 else ""
    progressive = word.endswith("ing")  # "Kyiv was releasing 80 sailors": active voice
    if (not progressive and (prev in BE_FORMS or (prev2 in BE_FORMS and prev.endswith("ly")))) or (
        prev in _DETERMINERS
    ):
        return None  # a passive, or an adjective: "the returned Ukrainians", "the freed men"
    if nxt == "of":
        return None  # a noun: "Ukraine wins release of 108 women" names no giver
    if receive or word in _RETURN_FORMS:  # "To Ukraine returned 207 persons": the fronted destination receives
        fronted = fronted_destination(tokens, i, country)
        if fronted is not None:
            return Cue(i, "agent", "ukraine" if fronted == "ukraine" else "russia", True)
    subject = _subject(tokens, i, speaker)
    if subject is None:
        return None
    if subject == THIRD_PARTY:
        return Cue(i, THIRD_PARTY)
    side: Side = "ukraine" if subject == "ukraine" else "russia"
    return Cue(i, "agent", side if receive else OTHER[side], receive)


def _nearest_exchange_verb_passive(tokens: list[str], i: int) -> bool | None:
    """For "by X" at `i`: True if the verb before is a passive give-verb, False if receive, None if none."""
    for k in range(i - 1, max(i - 5, -1), -1):
        word = tokens[k]
        if word in GIVE_VERBS or word in {"exchanged", "swapped"}:
            return True
        if word in RECEIVE_VERBS:
            return False
    return None


def _direction(tokens: list[str], i: int) -> Cue | None:
    word = tokens[i]
    ahead = tokens[i + 1 : i + 6]
    if word == "from":
        for k, nxt in enumerate(ahead):
            side = country(nxt)
            if side is not None:
                if any(w in _REGION_WORDS for w in ahead[k + 1 : k + 3]) or any(w in _REGION_WORDS for w in ahead):
                    return None
                if not _MEMBERSHIP.isdisjoint(ahead[k + 1 : k + 3]):
                    return None  # "prisoners of war from the Ukrainian armed forces": whose soldiers, not whence
                return Cue(i, "direction", OTHER[side])
            if nxt in {"each", "both"} or not is_word(nxt):
                return None
    elif word == "captivity" and i > 0:
        side = country(tokens[i - 1])
        if side is not None:
            return Cue(i, "direction", OTHER[side])
    elif word == "to" and ahead:
        target = ahead[1] if ahead[0] == "the" and len(ahead) > 1 else ahead[0]
        side = country(target)
        if side is not None and (any(t in _DIRECTED for t in tokens[max(i - 8, 0) : i]) or _fronted(tokens, i)):
            return Cue(i, "direction", side)
    elif word == "by" and ahead:
        side = country(ahead[0] if ahead[0] != "the" or len(ahead) < 2 else ahead[1])
        passive = _nearest_exchange_verb_passive(tokens, i)
        if side is not None and passive is not None:
            return Cue(i, "direction", OTHER[side] if passive else side)
    return None


def _fronted(tokens: list[str], to: int) -> bool:
    """ "To the Russian side were transferred 95": a goal put before its passive verb ("to X [side] were handed")."""
    k = to + 2 + (tokens[to + 1 : to + 2] == ["the"])
    k += tokens[k : k + 1] == ["side"]
    be, verb = (tokens[k : k + 2] + ["", ""])[:2]
    return be in BE_FORMS and verb in GIVE_VERBS


def _both_countries(words: list[str]) -> bool:
    """ "Moscow and Kyiv", "Ukraine and Russia": the two sides of the war named together."""
    if len(words) < 3 or words[1] != "and":
        return False
    return {country(words[0]), country(words[2])} == {"ukraine", "russia"}


def _group_cue(tokens: list[str], i: int) -> Cue | None:
    """Cues about both sides at once: symmetric, combined, mirror."""
    word = tokens[i]
    nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
    prev = tokens[i - 1] if i else ""
    if (word, nxt) in _COMBINED_PAIRS:
        after = tokens[i + 2] if i + 2 < len(tokens) else ""
        if word in {"by", "from"} and not (nxt == "both" or after == "two"):
            return None
        if word == "total" and not NATIONALITY.keys().isdisjoint(tokens[i + 2 : i + 2 + _TOTAL_NOUN_REACH]):
            return None  # "a total of 1 000 Russians": the noun names one side
        return Cue(i, "combined")
    if word in {"combined", "altogether", "involving", "involved"}:
        return Cue(i, "combined")
    if word == "between" and (_both_countries(tokens[i + 1 : i + 4]) or between_them(tokens, i)):  # `betweenthem`
        return Cue(i, "combined")  # "its mediation between Moscow and Kyiv freed 230 captives": both sides at once
    prev2 = tokens[i - 2] if i > 1 else ""
    if word in {"each", "apiece"} or (word in {"both", "two"} and nxt in {"sides", "countries"} and prev not in
                                      {"by", "from", "between"} and prev2 not in {"by", "from", "between"}):
        return Cue(i, "symmetric")
    if (word, nxt) in {("as", "many"), ("same", "number"), ("equal", "number"), ("same", "amount")}:
        return Cue(i, "mirror")
    if word in {"reciprocal", "reciprocally"}:
        return Cue(i, "mirror")
    if word in _HOME:
        return Cue(i, "home")
    return None


def find_cues(tokens: list[str], speaker: Side | None) -> list[Cue]:
    """Return every side cue of a sentence in token order."""
    cues: list[Cue] = []
    for i in [k for k, word in enumerate(tokens) if word in _TRIGGERS]:  # the loop visits only the few triggers
        cue = _agent(tokens, i, speaker) or _direction(tokens, i) or _group_cue(tokens, i)
        if cue is not None:
            cues.append(cue)
    return cues
