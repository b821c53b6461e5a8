"""A pair set off after a clause that tells a swap as done is the shape of that swap, not a deal's size.

"Kyiv and Moscow have traded captives again — thirty for thirty.": the clause before the dash (or colon) says
the swap happened, so "thirty for thirty" describes it; "have agreed to trade captives — thirty for thirty"
or "captives will be traded — thirty for thirty" still give a deal. A comma sets the pair off the same way
("The two armies swapped captives at dawn, forty for forty"), the clause before it reaching back to the last comma.
So does a past handover verb right before the pair ("the sides swapped 30 for 30"), a colon closing a past-tense
sentence about an exchange ("The swap on Tuesday went smoothly: 64 for 64"), and "freed in a 75-for-75 swap".
`told_as_done` asks all of them.
"""

from typing import Final

from services.extractor.rules.tallied import told_as_result

_OPENERS: Final = frozenset({"—", "–", ":"})
_CLAUSE_STOPS: Final = frozenset({",", ";", "(", ")"})
_DONE: Final = frozenset({"exchanged", "swapped", "traded"})
_NOT_YET: Final = frozenset(
    "to will would could should may might must agreed agree agrees plan plans planned expected expect hope "
    "hopes ready if".split()
)
_REACH: Final = 10  # the clause before the dash


def after_done_swap(tokens: list[str], first: int) -> bool:
    """True for a pair at `first` right after a dash, colon or comma that ends a clause with a done swap verb."""
    if first < 2 or (tokens[first - 1] not in _OPENERS and tokens[first - 1] != ","):
        return False
    window = tokens[max(first - 1 - _REACH, 0) : first - 1]
    if tokens[first - 1] == ",":  # only the clause the comma closes
        stops = [k for k, word in enumerate(window) if word in _CLAUSE_STOPS]
        window = window[stops[-1] + 1 :] if stops else window
    verbs = [k for k, word in enumerate(window) if word in _DONE]
    return bool(verbs) and _NOT_YET.isdisjoint(window[: verbs[0]]) and not _OPENERS.intersection(window)


_FREED: Final = frozenset("freed released returned exchanged swapped traded repatriated".split())
_IN: Final = frozenset({"in", "during", "under", "through"})
_ARTICLES: Final = frozenset({"a", "an", "the", "this", "that"})
_STILL_TO_COME: Final = frozenset({"be", "being", "to", "will", "would", "could", "should", "may", "might"})


def freed_in_swap(tokens: list[str], first: int) -> bool:
    """ "Men freed in a 75-for-75 swap": a done participle right before "in <pair>" tells the pair as the swap that
    freed them; "to be freed in a 500-for-500 swap" is still to come and stays a deal."""
    k = first - 1
    if k >= 0 and tokens[k] in _ARTICLES:
        k -= 1
    if k < 1 or tokens[k] not in _IN or tokens[k - 1] not in _FREED:
        return False
    return k < 2 or tokens[k - 2] not in _STILL_TO_COME


_TOLD_DONE: Final = frozenset({"swapped", "exchanged", "traded", "freed", "released", "returned"})
_EXCHANGES: Final = frozenset({"exchange", "swap", "handover", "trade"})
_PAST: Final = frozenset({"was", "looked", "seemed", "went", "proved", "ended", "came", "passed", "appeared"})
_PLANNED: Final = frozenset("agreed agreement deal plan planned will would expected due proposed promised".split())
_TOLD_REACH: Final = 6  # "The exchange on Friday looked": noun, a date phrase, then its verb


def shape_told(tokens: list[str], first: int) -> bool:
    """True when the "N for N" opening at token `first` follows a past handover verb or a past-tense sentence
    about an exchange ending in a colon."""
    if first > 0 and tokens[first - 1] in _TOLD_DONE:
        return True
    if first < 2 or tokens[first - 1] != ":":
        return False
    before = tokens[: first - 1]
    if not _PLANNED.isdisjoint(before):
        return False
    return any(word in _EXCHANGES and not _PAST.isdisjoint(before[k + 1 : k + 1 + _TOLD_REACH])
               for k, word in enumerate(before))


def told_as_done(tokens: list[str], first: int) -> bool:
    """True when the "N for N" at token `first` describes a swap the text tells as done, in any of the shapes above."""
    return after_done_swap(tokens, first) or freed_in_swap(tokens, first) or shape_told(tokens, first) or (
        told_as_result(tokens, first))  # "that makes it 64 for 64": the count the handover came to
