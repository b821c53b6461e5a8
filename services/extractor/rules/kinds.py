"""What a head count means: a handover (stage), a running total, an agreed target, or background.

Cues are looked for in the figure's clause, written as short phrases over
the clause's words joined by single spaces, so each rule reads like the
English it matches. Agreement cues must sit right before the figure (or
"agreed" right after it), so that "in a major swap deal" elsewhere in a
headline does not turn a handover into a target.
"""

import re
from typing import Final

from schemas import StageKind
from services.extractor.rules.assent import assent
from services.extractor.rules.date_words import MONTHS
from services.extractor.rules.endedpause import ENDED_ITSELF
from services.extractor.rules.mentions import Mention
from services.extractor.rules.model import Finding
from services.extractor.rules.phrasal import done_before
from services.extractor.rules.raisingtotal import RAISED_TOTAL
from services.extractor.rules.shapes import told_as_done
from services.extractor.rules.tokens import is_figure, phrase, tokenize

_AGREEMENT_BEFORE: Final = frozenset(
    "agreed agree agreement agreements deal plan plans planned negotiated negotiate will would should expected expects "
    "expect set due pledged promised intend intends proposal proposed envisaged envisages foresees target "
    "arranged aims aim shall".split()
)
_INFINITIVE_VERBS: Final = frozenset("exchange swap release free return hand transfer receive repatriate bring".split())
_AGREEMENT_AFTER: Final = frozenset({"agreed", "planned", "envisaged", "promised"})
_AFTER_REACH: Final = 2  # "1,000 prisoners agreed in Istanbul", not "303 servicemen completed the exchange agreed"
_AUXILIARIES: Final = frozenset("had has have been be was were is are being each apiece to also already".split())


def _verb_after(after: list[str]) -> list[str]:
    """The first words after a head count once auxiliaries are skipped ("each had been agreed")."""
    k = 0
    while k < len(after) and after[k] in _AUXILIARIES:
        k += 1
    return after[k : k + _AFTER_REACH]
_PLAN_BE: Final = frozenset({"was", "were", "is", "are"})
_PLANNED: Final = frozenset({"expected", "due", "set", "scheduled", "slated", "likely", "supposed"})
_MODALS: Final = frozenset({"could", "would", "will", "should", "may", "might", "can", "shall"})
_WINDOW_STOP: Final = frozenset({",", ";", ":", "—", "–", "(", ")"})
_PAIR_AGREEMENT: Final = re.compile(
    r" (?:agree\w*|deal|negotiat\w*|plan\w*|will|would|expected|talks|istanbul|accord|under the|part of|of the"
    r"|target|envisag\w*) "
)
_PAIR_REALISED: Final = re.compile(
    r" (?:took place|carried out|completed|conducted|held|happened|mediated|brokered|facilitated|exchanged|"
    r"swapped|released|freed|returned|received) "
)
_NUMBER: Final = r"(?:two|three|four|five|six|seven|\d)"
_CUMULATIVE: Final = re.compile(
    r" (?:so far|thus far|(?:in|over|during|across|within) (?:just |only )?(?:the |these |those )?"
    r"(?:past |last |first )?" + _NUMBER + r" (?:days|stages|rounds|phases)|(?:in|over|across) (?:both|all|the two|"
    r"the three) (?:days|stages|rounds|phases)|after (?:the )?" + _NUMBER + r" (?:days|stages|rounds|phases) ,|"
    r"over the weekend|since (?:monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday)|since the (?:exchange|swap) (?:began|started)|"
    r"since (?:the )?(?:talks|agreement|deal|negotiations)|"
    r"since the first (?:stage|round|phase|part|day|batch|leg)|" + RAISED_TOTAL + r"|the total number|"
    r"(?:has|have|had) now (?:been|returned|brought|freed|released|exchanged|swapped|received|secured)|"
    r"(?:which|that) (?:had )?(?:" + ENDED_ITSELF + r"|finished|was completed)) "
)
_SUPERLATIVE_BEFORE_TO_DATE: Final = re.compile(
    r" (?:largest|biggest|most|first|only|record|record-setting)\b[^,]{0,40} to date "
)
_TO_DATE: Final = " to date "
_CORRECTION: Final = re.compile(
    r" (?:correct\w*|revised|revises|erroneously|mistakenly|incorrectly|wrongly|misstated|clarified|"
    r"earlier version|previously reported|initially reported|originally reported|updated) "
)
_RETRACTION_MARKERS: Final = frozenset(
    "incorrectly wrongly erroneously mistakenly initially originally previously earlier not from instead "
    "rather".split()
)
_ORDINAL: Final = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10,
}
_STAGE_WORDS: Final = frozenset({"stage", "round", "phase", "part", "leg", "batch", "day"})


def _window_before(tokens: list[str], first: int, clause_start: int, limit: int = 8) -> list[str]:
    words: list[str] = []
    for k in range(first - 1, max(clause_start, first - limit) - 1, -1):
        word = tokens[k]
        if word in _WINDOW_STOP or is_figure(word):
            break
        words.append(word)
    return words


def _window_after(tokens: list[str], end: int, clause_end: int, limit: int = 6) -> list[str]:
    words: list[str] = []
    for k in range(end + 1, min(clause_end, end + 1 + limit)):
        word = tokens[k]
        if word in _WINDOW_STOP or is_figure(word):
            break
        words.append(word)
    return words


_COVER_VERBS: Final = frozenset("covers covered cover covering provides provided envisages foresees foresaw".split())
AGREEMENT_NOUNS: Final = frozenset("deal deals agreement agreements accord accords plan arrangement memorandum".split())
_PAIR_PAST: Final = frozenset("completed carried conducted took last previous".split())
_PAIR_DONE: Final = frozenset(
    "brokers brokered mediates mediated completes completed conducts conducted carries carried holds held".split()
)
_DAYS_PAST: Final = frozenset("monday tuesday wednesday thursday friday saturday sunday yesterday today".split())
_COVER_REACH: Final = 14


def _covered_by_deal(tokens: list[str], first: int, before: list[str], clause_start: int) -> bool:
    """ "the deal reached in Istanbul, which covers at least 1,000 prisoners": the figure is the deal's."""
    if not _COVER_VERBS.intersection(before):
        return False
    return not AGREEMENT_NOUNS.isdisjoint(tokens[max(clause_start, first - _COVER_REACH) : first])


_SHAPE_OPENERS: Final = frozenset({"as", "of", "—", "–", "("})
_SHAPE_REACH: Final = 5


def _pair_realised(tokens: list[str], mention: Mention) -> bool:
    """ "the 1,000-for-1,000 exchange completed last month": a past handover, whatever else the clause says."""
    after = tokens[mention.end + 1 : mention.end + 4]
    if not AGREEMENT_NOUNS.isdisjoint(after) or not _AGREEMENT_AFTER.isdisjoint(after):
        return False
    first = mention.quantity.first
    if first > 0 and tokens[first - 1] in _DAYS_PAST and after[:1] in (["swap"], ["exchange"]):
        return True  # "Wednesday's 150-for-150 swap": a handover of that day
    if not _PAIR_DONE.isdisjoint(tokens[max(first - 2, 0) : first]) or done_before(tokens, first) or (
        told_as_done(tokens, first)  # "... traded again — 30 for 30", "the sides swapped 30 for 30"
    ):
        return True  # "UAE brokers 103-for-103 swap", "completed a 95-for-95 exchange", "carried out a ..."
    if first > 1 and tokens[first - 2] in {"swap", "exchange"} and tokens[first - 1] in _SHAPE_OPENERS:
        # "the swap as 205 for 205", "Swap of 75 for 75 ends ...", "The swap — 75 for 75 —": its shape, unless
        # the swap is still to come ("agreed to a swap of 500 for 500")
        return _AGREEMENT_BEFORE.isdisjoint(tokens[max(first - 2 - _SHAPE_REACH, 0) : first - 2])
    return _dated_item(tokens, first) or not _PAIR_PAST.isdisjoint(after)


def _dated_item(tokens: list[str], first: int) -> bool:
    """ "17 July, 95 for 95; 24 August, 115 for 115": a timeline item opening with its own calendar day."""
    if first < 3 or tokens[first - 1] != ",":
        return False
    pair = (tokens[first - 3], tokens[first - 2])
    return any(day.isdigit() and len(day) <= 2 and month in MONTHS for day, month in (pair, pair[::-1]))


def _deal_expects(tokens: list[str], after: list[str], clause: tuple[int, int]) -> bool:
    """ "Under the deal, another 303 are expected to be freed on Sunday": what a deal named in the clause still
    foresees is its plan. Without a deal, "about 200 were expected to be freed" forecasts the handover itself."""
    return any(after[k] in _PLAN_BE and after[k + 1] in _PLANNED and after[k + 2] == "to" for k in range(
        len(after) - 2)) and not AGREEMENT_NOUNS.isdisjoint(tokens[clause[0] : clause[1]])


_GUESSES: Final = frozenset({"would", "might", "may"})


def _forecast(tokens: list[str], mention: Mention, after: list[str], clause: tuple[int, int]) -> bool:
    """ "Channels reported that about 200 people would be exchanged", "up to 100 might be freed": a rough figure
    in the future of the past or a mere possibility, with no deal named, is what was expected of the handover
    before it happened, not a deal's size."""
    return mention.quantity.approximate and not _GUESSES.isdisjoint(after) and AGREEMENT_NOUNS.isdisjoint(
        tokens[clause[0] : clause[1]])


def is_agreement(
    tokens: list[str], mention: Mention, clause: tuple[int, int], dated: bool, restated: bool = False
) -> bool:
    """True when the figure is an agreed or planned total rather than people already handed over.

    An "N-for-N" figure is the deal's size unless the sentence also counts N people as handed over
    (`restated`: "95 Ukrainians were freed in a "95 for 95" exchange").
    """
    before = _window_before(tokens, mention.quantity.first, clause[0])
    after = _window_after(tokens, mention.end, clause[1])
    if mention.pair and _pair_realised(tokens, mention):
        return False
    if assent(before, after):
        return False
    infinitive = any(before[k] in _INFINITIVE_VERBS and before[k + 1] == "to" for k in range(len(before) - 1))
    if infinitive or _AGREEMENT_BEFORE.intersection(before) or _AGREEMENT_AFTER.intersection(_verb_after(after)):
        return True
    if any(after[k] in _PLAN_BE and after[k + 1 : k + 3] == ["to", "be"] for k in range(len(after) - 2)):
        return True  # "under which 1,000 prisoners were to be returned": a plan, not a handover
    if _deal_expects(tokens, after, clause):
        return True
    if _covered_by_deal(tokens, mention.quantity.first, before, clause[0]):
        return True
    if "be" in after and _MODALS.intersection(after):  # "1,200 more prisoners could be released"
        return not _forecast(tokens, mention, after, clause)
    if "coming" in tokens[mention.end + 1 : clause[1]] and " in the coming days " in phrase(
        tokens, mention.end + 1, clause[1]
    ):
        return True
    if mention.pair:
        text = phrase(tokens, clause[0], clause[1])
        if _PAIR_AGREEMENT.search(text):
            return True
        # "as the 1 000-for-1 000 exchange wraps up": the deal's size, unless a dated handover is told
        return not (restated or (dated and _PAIR_REALISED.search(text)))
    return False


_SO_FAR: Final = frozenset({" so far ", " thus far "})
_SUPERLATIVE_BEFORE: Final = re.compile(r" (?:largest|biggest|most|first|only|record|record-setting|longest|smallest)"
                                 r"\b[^,]{0,40}$")


def _superlative_so_far(text: str, match: "re.Match[str]") -> bool:
    """ "the most lopsided exchange of the war so far": "so far" qualifies a superlative, not a running total."""
    return match.group(0) in _SO_FAR and _SUPERLATIVE_BEFORE.search(text, 0, match.start()) is not None


def is_cumulative(text: str) -> bool:
    """True when the clause presents a running total ("in just these two days", "so far")."""
    if any(not _superlative_so_far(text, match) for match in _CUMULATIVE.finditer(text)):
        return True
    if " in total " in text and (" have been " in text or " has been " in text or " have returned " in text):
        return True  # "in total, 4,131 Ukrainians have been returned home"
    return _TO_DATE in text and not _SUPERLATIVE_BEFORE_TO_DATE.search(text)


def is_correction(sentence_text: str) -> bool:
    """True when a sentence corrects a figure ("an earlier version incorrectly said ...")."""
    return _CORRECTION.search(sentence_text) is not None


def correction_state(tokens: list[str], mention: Mention, clause: tuple[int, int], correction: bool) -> str | None:
    """Return "retracted" for a figure a correction withdraws, "corrected" for its replacement, else None."""
    first = mention.quantity.first
    if first > 0 and tokens[first - 1] == "not":
        return "retracted"
    if not correction:
        return None
    before = _window_before(tokens, first, clause[0], limit=7)
    if _RETRACTION_MARKERS.intersection(before):
        if "to" in before[:2]:
            return "corrected"
        return "retracted"
    return "retracted" if _said_by_earlier_version(tokens, first) else "corrected"


_REPORTED: Final = frozenset("said says stated reported gave put described".split())


def _said_by_earlier_version(tokens: list[str], first: int) -> bool:
    """ "An earlier version of this story said in its headline and first line that 40 ... had been freed": what an
    earlier version said is withdrawn, however many words stand between; a semicolon ends its reach."""
    said = False
    for k in range(first - 1, 0, -1):
        word = tokens[k]
        if word == ";":
            return False
        said = said or word in _REPORTED
        if word == "version" and tokens[k - 1] == "earlier":
            return said
    return False


def withdrawn_in_note(tokens: list[str], first: int) -> str | None:
    """A correction note's figure with no head count of its own: "an earlier version put the number at 95"
    withdraws 95 (a retraction marker before it), "the correct figure is 90" gives the replacement."""
    text = phrase(tokens, 0, len(tokens))
    if _CORRECTION.search(text) is None:
        return None
    return "retracted" if _RETRACTION_MARKERS.intersection(tokens[:first]) else "corrected"


_STAGE_HINTS: Final = (" stage", " round", " phase", " part ", " leg ", " batch", " day")


def stage_number(tokens: list[str], text: str = "") -> int | None:
    """Return the stage number a sentence states ("the second day", "first stage"); days win over stages."""
    if text and not any(hint in text for hint in _STAGE_HINTS):
        return None
    days: list[int] = []
    stages: list[int] = []
    for i in range(len(tokens) - 1):
        word = tokens[i]
        number = _ORDINAL.get(word)
        if number is None and word[-2:] in {"st", "nd", "rd", "th"} and word[:-2].isdigit():
            number = int(word[:-2])
        if number is None or tokens[i + 1] not in _STAGE_WORDS:
            continue
        (days if tokens[i + 1] == "day" else stages).append(number)
    if days:
        return days[0]
    return stages[0] if stages else None


def likewise(previous: str, findings: "tuple[Finding, ...]") -> "tuple[Finding, ...]":
    """ "... returned over the three days. Russia said it had likewise received a thousand": the running total
    the sentence before spoke of, not a handover of its own."""
    tokens = tokenize(previous)
    if not is_cumulative(phrase(tokens, 0, len(tokens))):
        return findings
    return tuple(f._replace(kind=StageKind.CUMULATIVE) if f.kind == StageKind.STAGE else f for f in findings)
