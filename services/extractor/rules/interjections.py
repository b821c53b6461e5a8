"""A short aside between a subject and its verb: "Moscow, in its turn, got back 40 soldiers".

The commas around "for its part", "in turn" or "meanwhile" do not end the subject's reach: the country before
the first comma still acts through the verb after the second. Only a short aside with no figure and no verb of
its own is skipped, and only when a country stands right before it.
"""

from typing import Final

from services.extractor.rules.lexicon import COUNTRY, GIVE_VERBS, RECEIVE_VERBS
from services.extractor.rules.tokens import is_figure

_ASIDE_WORDS: Final = 4  # "for its own part"
_NOT_ASIDE: Final = RECEIVE_VERBS | GIVE_VERBS | frozenset({"and", "or", "said", "says", "who", "which", "that"})


def subject_before_aside(tokens: list[str], comma: int) -> int | None:
    """For a comma right before a verb, the position of the country before the aside it closes, else None."""
    if tokens[comma : comma + 1] != [","]:
        return None
    for opening in range(comma - 1, max(comma - 2 - _ASIDE_WORDS, 0), -1):
        if tokens[opening] == ",":
            aside = tokens[opening + 1 : comma]
            if not aside or any(is_figure(word) or word in _NOT_ASIDE for word in aside):
                return None
            return opening - 1 if opening > 0 and tokens[opening - 1] in COUNTRY else None
    return None
