"""People freed on top, announced first and counted after: "Seriously ill soldiers were also freed beyond the
agreed list. Ukraine recovered 12 of them, and Russia 9."

The first sentence says that extras were freed and who they are, with no figure; the sentence right after it
in the same paragraph counts those people, so its figures are the extras, as if it carried the cue itself.
"""

from bisect import bisect_right
from typing import Final

from services.extractor.rules.extras import additive_position
from services.extractor.rules.lexicon import EXCHANGE_STEMS, PERSON_HEADS, WOUNDED_HEADS
from services.extractor.rules.mentions import find_mentions
from services.extractor.rules.numbers import find_quantities
from services.extractor.rules.sentences import Sentence
from services.extractor.rules.tokens import phrase, tokenize

_NAMES: Final = PERSON_HEADS | WOUNDED_HEADS
_SUMS: Final = (" in all ", " in total ", " altogether ", " all told ", " overall ")
_MAX_ANNOUNCEMENT: Final = 400  # characters: an announcement is one short sentence


def counts_announced_extras(text: str, starts: list[int], sentence: Sentence) -> bool:
    """True when the sentence before `sentence`, in its paragraph, announces people freed on top without a
    figure, and `sentence` names those people again without summing anything up ("in total")."""
    at = bisect_right(starts, sentence.start) - 1
    if at < 1:
        return False
    if starts[at] - starts[at - 1] > _MAX_ANNOUNCEMENT or text.find("\n\n", starts[at], sentence.start) != -1:
        return False
    before = text[starts[at - 1] : starts[at]]
    if "\n\n" in before:
        return False  # a paragraph ends between the two: it announces nothing about this one
    tokens = tokenize(before)
    announced = phrase(tokens, 0, len(tokens))
    if additive_position(announced) is None or not any(t.startswith(EXCHANGE_STEMS) for t in tokens):
        return False
    if find_mentions(tokens, find_quantities(tokens)):
        return False  # "In addition, 22 wounded were handed over": it counts them itself
    ours = tokenize(sentence.text)
    counted = phrase(ours, 0, len(ours))
    if any(word in counted for word in _SUMS):
        return False  # "In total, 162 returned": the grand total, extras included
    return not _NAMES.isdisjoint(set(tokens) & set(ours))  # both name the same people ("wounded", "soldiers")
