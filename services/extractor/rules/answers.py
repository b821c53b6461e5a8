"""An explainer's question naming who received, answered by a head count: "What did Ukraine get? Forty marines ...".

A Q&A page asks "What did Ukraine get in return?" or "Who did Moscow receive?" on a line of its own and
answers on the next with a bare noun phrase: no verb, no exchange word. The answer's head count is what that
side received, so its first sentence is read as counting that side's people.
"""

import re
from typing import Final

from services.extractor.rules.cues import country
from services.extractor.rules.numbers import find_quantities
from services.extractor.rules.sentences import Sentence, sentence_at
from services.extractor.rules.tokens import tokenize

_QUESTION: Final = re.compile(
    r"(?:what|who|whom) did (?:the )?([a-z]+)(?: side)? (?:get|receive|gain)(?: back)?(?: in return| in exchange)?\?"
)
_LONGEST: Final = 60  # a question line of a few words
MAX_QUESTIONS: Final = 40  # bounds the work on a pathological text


def answers(text: str, lower: str, starts: list[int], end: int) -> dict[int, tuple[Sentence, str]]:
    """The answer sentences that open on a head count after a "what did <side> get?" line, by start offset,
    each with the side that received its people."""
    found: dict[int, tuple[Sentence, str]] = {}
    at = lower.find("?\n", 0, end)
    for _ in range(MAX_QUESTIONS):
        if at == -1:
            break
        line_start = lower.rfind("\n", max(at - _LONGEST - 1, 0), at) + 1  # no newline in reach: too long a line
        question = _QUESTION.fullmatch(lower, line_start, at + 1) if at - line_start <= _LONGEST else None
        side = country(question.group(1)) if question is not None else None
        answer = at + 2
        while answer < end and text[answer].isspace():
            answer += 1
        if side is not None and answer < end:
            sentence = sentence_at(text, starts, answer, end)
            quantities = find_quantities(tokenize(sentence.text)) if sentence.start == answer else []
            if quantities and quantities[0].first == 0:
                found[sentence.start] = (sentence, side)
        at = lower.find("?\n", at + 2, end)
    return found
