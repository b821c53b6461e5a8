"""A sentence opening "On board were <N> <people>" says who the people a handover moved were.

"The coaches crossed the border at dusk. On board were 60 Ukrainian medics.": it names no exchange, so it is no
handover of its own (a plane can come down with people on board); it is read as a restatement (an echo), which
only adds its category to a handover told elsewhere whose total is the same.
"""

from typing import Final

from services.extractor.rules.sentences import Sentence, sentence_at

_OPENINGS: Final = ("on board were ", "aboard were ", "on board was ", "aboard was ")
_OPENING_WORDS: Final = (["on", "board", "were"], ["aboard", "were"], ["on", "board", "was"], ["aboard", "was"])


def aboard_count(tokens: list[str], first: int) -> bool:
    """True for a figure right after the sentence's opening "on board were" (or "aboard were")."""
    return tokens[:first] in _OPENING_WORDS


def with_aboard(text: str, lower: str, starts: list[int], end: int, found: list[Sentence]) -> list[Sentence]:
    """Add the sentences that open "On board were ..." to the candidates (in order, without repeats)."""
    extra: list[Sentence] = []
    for opening in _OPENINGS:
        at = lower.find(opening, 0, end)
        while at != -1:
            sentence = sentence_at(text, starts, at, end)
            if sentence.start == at and all(s.end <= at or s.start >= sentence.end for s in found + extra):
                extra.append(sentence)
            at = lower.find(opening, at + 1, end)
    return sorted(found + extra, key=lambda s: s.start) if extra else found
