"""People freed on top of an exchange: "plus 22 seriously wounded", "in addition, eight civilians".

They add to the receiving side's count of the handover; a grand total that already sums them
("so that 197 in all came back") or the figure they are added to is no extra itself.
"""

import re
from collections.abc import Sequence
from typing import Final

from services.extractor.rules.lexicon import WOUNDED_HEADS
from services.extractor.rules.mentions import Mention
from services.extractor.rules.morefreed import more_freed_as_well
from services.extractor.rules.saidapart import first_cue
from services.extractor.rules.tokens import is_figure

_WINDOW_STOP: Final = frozenset({",", ";", ":", "—", "–", "(", ")"})
_ADDITIVE: Final = re.compile(
    r" (?:on top|in addition|additionally|goodwill|separately|outside (?:of )?the|beyond the|over and above|"
    r"extra) "
)
def additive_position(sentence_text: str) -> int | None:
    """Token position of the first "in addition" / "on top" / "goodwill" cue of a sentence, if any."""
    match = first_cue(_ADDITIVE, sentence_text)  # not the "separately" of "said separately"
    return None if match is None else len(sentence_text[: match.start()].split())


_GRAND_TOTAL: Final = (["in", "all"], ["in", "total"], ["all", "told"])
_GRAND_LEADS: Final = frozenset({"making", "bringing", "totalling", "totaling", "taking"})
_GRAND_REACH: Final = 6


def _grand_total(tokens: list[str], mention: Mention) -> bool:
    """ "making 197 servicemen returned to Russia in all": the figure sums the base and the extras."""
    first = mention.quantity.first
    if not _GRAND_LEADS.isdisjoint(tokens[max(first - 2, 0) : first]) or tokens[max(first - 3, 0) : first] == [
        "a", "total", "of"
    ]:
        return True
    if _so_that(tokens, first):
        return True
    for k in range(mention.end + 1, min(len(tokens), mention.end + 1 + _GRAND_REACH)):
        if tokens[k] in _WINDOW_STOP or is_figure(tokens[k]):
            return False
        if tokens[k] == "altogether" or tokens[k : k + 2] in _GRAND_TOTAL:
            return True
    return False


_RESULT_REACH: Final = 6


def _so_that(tokens: list[str], first: int) -> bool:
    """ "..., so that the group was 140 people plus 15 wounded": a result clause sums up what was handed over."""
    for k in range(first - 1, max(first - _RESULT_REACH, 1) - 1, -1):
        if is_figure(tokens[k]) or tokens[k] in _WINDOW_STOP:
            return False
        if tokens[k] == "that" and tokens[k - 1] == "so":
            return True
    return False


_WOUNDED_EXTRA: Final = (" also ", " plus ", " as well ")
_WOUNDED_LEADS: Final = (["a", "further"], ["an", "additional"])


def is_additive(
    tokens: list[str], clause_text: str, cue_at: int | None, mention: Mention, figures: Sequence[int] = ()
) -> bool:
    """True for people freed on top of the exchange ("plus 22 seriously wounded", "as a goodwill gesture").

    A cue anywhere in the figure's clause counts, and so does one earlier in the sentence, so that
    "In addition, Russia freed 31 ... while Ukraine released 15 ..." marks both figures.
    """
    first = mention.quantity.first
    lead = tokens[max(first - 4, 0) : first]
    if lead[-3:] in (["in", "addition", "to"], ["on", "top", "of"]) or lead[-4:] in (
        ["in", "addition", "to", "the"], ["on", "top", "of", "the"]
    ):
        return False  # the figure added to is no extra itself
    if _grand_total(tokens, mention):
        return False  # "so that 197 Russian soldiers in all came back": the grand total, extras included
    if cue_at is not None and cue_at > mention.end and any(mention.end < at < cue_at for at in figures):
        return False  # "175 defenders ..., and 22 wounded handed over on top": the cue is the later figure's
    if (cue_at is not None and cue_at < first) or first_cue(_ADDITIVE, clause_text):
        return True
    wounded = mention.category == "wounded" or not WOUNDED_HEADS.isdisjoint(tokens[first : mention.end + 1])
    # "also hands over 22 badly wounded", "frees a further 22 badly wounded", "an additional 9 hurt men", "... as well"
    also = any(word in clause_text for word in _WOUNDED_EXTRA) and " as well as " not in clause_text
    return wounded and (also or lead[-2:] in _WOUNDED_LEADS) or more_freed_as_well(tokens, clause_text, mention)
