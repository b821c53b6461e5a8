"""Fact-box labels: a line "Previous exchange: 17 July (95 for 95)" tells an earlier swap, not the story's.

Bulleted "in brief" boxes name what each line holds with a label and a colon; a label naming the previous
exchange makes the figures of its line background, as "the previous exchange, on ..." does in prose.
"""

from typing import Final

from services.extractor.rules.pastlabels import past_label

_EARLIER: Final = frozenset({"previous", "prior", "preceding", "earlier"})
_NOUNS: Final = frozenset({"exchange", "exchanges", "swap", "swaps", "handover", "handovers", "release"})
_FILLERS: Final = frozenset({"the", "prisoner", "pow"})
_LABEL_REACH: Final = 6  # a label is a few words at the head of its line


def earlier_label(tokens: list[str]) -> bool:
    """True when the line opens on a label for an earlier exchange ("- Previous exchange:", "Prior swap:")."""
    if past_label(tokens):  # "- Earlier this year: ...": a time before the story (`pastlabels`)
        return True
    k = 0
    while k < len(tokens) and not tokens[k][:1].isalnum():
        k += 1  # the bullet
    if k < len(tokens) and tokens[k] == "the":
        k += 1
    if k >= len(tokens) or tokens[k] not in _EARLIER:
        return False
    for word in tokens[k + 1 : k + _LABEL_REACH]:
        if word == ":":
            return True
        if word not in _NOUNS and word not in _FILLERS:
            return False
    return False
