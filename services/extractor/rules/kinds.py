"""What a head count means: a handover (stage), a running total, an agreed target, or background.

Cues are looked for in the figure's clause, written as short phrases over
the clause's words joined by single spaces, so each rule reads like the
English it matches. Agreement cues must sit right before the figure (or
"agreed" right after it), so that "in a major swap deal" elsewhere in a
headline does not turn a handover into a target.
"""

import re

from services.extractor.rules.mentions import Mention
from services.extractor.rules.tokens import Token

_AGREEMENT_BEFORE = frozenset(
    "agreed agree agreement agreements deal plan plans planned negotiated negotiate will would expected expects "
    "expect set due pledged promised intend intends proposal proposed envisaged envisages foresees target "
    "arranged aims aim shall".split()
)
_INFINITIVE_VERBS = frozenset("exchange swap release free return hand transfer receive repatriate bring".split())
_AGREEMENT_AFTER = frozenset({"agreed", "planned", "envisaged", "promised"})
_WINDOW_STOP = frozenset({",", ";", ":", "—", "–", "(", ")"})
_PAIR_AGREEMENT = re.compile(
    r" (?:agree\w*|deal|negotiat\w*|plan\w*|will|would|expected|talks|istanbul|accord|under the|part of|of the"
    r"|target|envisag\w*) "
)
_PAIR_REALISED = re.compile(
    r" (?:took place|carried out|completed|conducted|held|happened|mediated|brokered|facilitated|exchanged|"
    r"swapped|released|freed|returned|received) "
)
_NUMBER = r"(?:two|three|four|five|six|seven|\d)"
_CUMULATIVE = re.compile(
    r" (?:so far|thus far|(?:in|over|during|across|within) (?:just |only )?(?:the |these |those )?"
    r"(?:past |last |first )?" + _NUMBER + r" (?:days|stages|rounds|phases)|(?:in|over|across) (?:both|all|the two|"
    r"the three) (?:days|stages|rounds|phases)|over the weekend|since (?:monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday)|since the (?:exchange|swap) (?:began|started)|(?:brings|bringing|brought|raises|raising) "
    r"the (?:total|number|tally)|the total number) "
)
_SUPERLATIVE_BEFORE_TO_DATE = re.compile(r" (?:largest|biggest|most|first|only|record|record-setting)\b[^,]{0,40}"
                                         r" to date ")
_TO_DATE = " to date "
_HARD_BACKGROUND = re.compile(
    r" since (?:the (?:start|beginning|outbreak) of (?:the )?(?:full-scale |russian )?(?:war|invasion)|"
    r"(?:february |feb )?2022|2014|the (?:full-scale )?(?:war|invasion)|russia (?:launched|invaded|began))|"
    r"(?:during|throughout|over the course of|in the course of) the (?:whole |entire )?war|in total since "
)
_SOFT_BACKGROUND = re.compile(
    r" (?:previous|last|earlier|prior|past|similar|preceding) (?:such )?(?:prisoner )?(?:exchanges?|swaps?|"
    r"releases?|rounds?)|last time|last year|a previous|in previous|the last such "
)
_ADDITIVE = re.compile(
    r" (?:on top|in addition|additionally|goodwill|separately|outside (?:of )?the|beyond the|over and above|"
    r"extra|as well) "
)
_CORRECTION = re.compile(
    r" (?:correct\w*|revised|revises|erroneously|mistakenly|incorrectly|wrongly|misstated|clarified|"
    r"earlier version|previously reported|initially reported|originally reported|updated) "
)
_RETRACTION_MARKERS = frozenset(
    "incorrectly wrongly erroneously mistakenly initially originally previously earlier not from instead "
    "rather".split()
)
_ORDINAL = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10,
}
_STAGE_WORDS = frozenset({"stage", "round", "phase", "part", "leg", "batch", "day"})


def phrase_text(tokens: list[Token], start: int, end: int) -> str:
    """Return the words of tokens[start:end] joined by spaces and padded, for phrase matching."""
    return " " + " ".join(t.text for t in tokens[start:end]) + " "


def _window_before(tokens: list[Token], first: int, clause_start: int, limit: int = 8) -> list[str]:
    words: list[str] = []
    for k in range(first - 1, max(clause_start, first - limit) - 1, -1):
        word = tokens[k].text
        if word in _WINDOW_STOP or tokens[k].is_digits:
            break
        words.append(word)
    return words


def _window_after(tokens: list[Token], end: int, clause_end: int, limit: int = 6) -> list[str]:
    words: list[str] = []
    for k in range(end + 1, min(clause_end, end + 1 + limit)):
        word = tokens[k].text
        if word in _WINDOW_STOP or tokens[k].is_digits:
            break
        words.append(word)
    return words


def is_agreement(tokens: list[Token], mention: Mention, clause: tuple[int, int], dated: bool) -> bool:
    """True when the figure is an agreed or planned total rather than people already handed over."""
    before = _window_before(tokens, mention.quantity.first, clause[0])
    after = _window_after(tokens, mention.end, clause[1])
    infinitive = any(before[k] in _INFINITIVE_VERBS and before[k + 1] == "to" for k in range(len(before) - 1))
    if infinitive or _AGREEMENT_BEFORE.intersection(before) or _AGREEMENT_AFTER.intersection(after):
        return True
    if " in the coming days " in phrase_text(tokens, mention.end + 1, clause[1]):
        return True
    if mention.pair:
        text = phrase_text(tokens, clause[0], clause[1])
        if _PAIR_AGREEMENT.search(text):
            return True
        return not (dated or _PAIR_REALISED.search(text))
    return False


def is_cumulative(text: str) -> bool:
    """True when the clause presents a running total ("in just these two days", "so far")."""
    if _CUMULATIVE.search(text):
        return True
    return _TO_DATE in text and not _SUPERLATIVE_BEFORE_TO_DATE.search(text)


_SUPERLATIVES = frozenset({"largest", "biggest", "first", "most", "record", "only", "such", "longest", "major"})


def background(text: str) -> str | None:
    """Return "hard" for war-long totals, "soft" for mentions of earlier exchanges, else None.

    "The largest swap since the war began" is a superlative, not a total since the war.
    """
    for match in _HARD_BACKGROUND.finditer(text):
        before = text[: match.start()].split()[-8:]
        if not _SUPERLATIVES.intersection(before):
            return "hard"
    if _SOFT_BACKGROUND.search(text):
        return "soft"
    return None


def is_additive(text: str, mention: Mention) -> bool:
    """True for people freed on top of the exchange ("plus 22 seriously wounded", "as a goodwill gesture")."""
    if _ADDITIVE.search(text):
        return True
    return mention.category == "wounded" and (" also " in text or " plus " in text)


def correction_state(tokens: list[Token], mention: Mention, clause: tuple[int, int], sentence_text: str) -> str | None:
    """Return "retracted" for a figure a correction withdraws, "corrected" for its replacement, else None."""
    first = mention.quantity.first
    if first > 0 and tokens[first - 1].text == "not":
        return "retracted"
    if not _CORRECTION.search(sentence_text):
        return None
    before = _window_before(tokens, first, clause[0], limit=7)
    if _RETRACTION_MARKERS.intersection(before):
        if "to" in before[:2]:
            return "corrected"
        return "retracted"
    return "corrected"


def stage_number(tokens: list[Token]) -> int | None:
    """Return the stage number a sentence states ("the second day", "first stage"); days win over stages."""
    days: list[int] = []
    stages: list[int] = []
    for i in range(len(tokens) - 1):
        word = tokens[i].text
        number = _ORDINAL.get(word)
        if number is None and tokens[i].is_digits and tokens[i + 1].text in {"st", "nd", "rd", "th"}:
            number, i = int(tokens[i].text), i + 1
        if number is None or i + 1 >= len(tokens) or tokens[i + 1].text not in _STAGE_WORDS:
            continue
        (days if tokens[i + 1].text == "day" else stages).append(number)
    if days:
        return days[0]
    return stages[0] if stages else None
