"""People expected to be freed: '"at least 200" Ukrainians are expected to be freed' counts no handover.

A head count followed by "are expected to be freed" (or "likely", "due"), in the present tense, tells a handover
still to come, as a source foresees it; with no deal named in the sentence it is neither a handover nor an agreed
size, and the count given once the people are across replaces it.
"""

from typing import Final

from services.extractor.rules.kinds import AGREEMENT_NOUNS
from services.extractor.rules.lexicon import EXCHANGE_STEMS

_EXPECTING: Final = frozenset({"expected", "likely", "due"})
_BE: Final = frozenset({"are", "is"})  # "were due to be released" reports a plan the story has seen through


def expected_handover(tokens: list[str], end: int, clause: tuple[int, int]) -> bool:
    """True when "<be> expected to be ..." follows the head count ending at `end`, in a sentence naming no deal,
    and no word of a handover comes before it in the clause."""
    at = next((k for k in range(end + 1, min(clause[1], len(tokens) - 2)) if tokens[k] in _EXPECTING
               and tokens[k - 1] in _BE and tokens[k + 1 : k + 3] == ["to", "be"]), -1)
    if at == -1 or not AGREEMENT_NOUNS.isdisjoint(tokens):
        return False
    return not any(tokens[k].startswith(EXCHANGE_STEMS) or tokens[k] == "back" for k in range(clause[0], at))
