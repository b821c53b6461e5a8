"""An explainer's question naming who received, answered by a head count: "What did Ukraine get? Forty marines ...".

A Q&A page asks "What did Ukraine get in return?", "Who did Moscow receive?" or "How many Russians were
freed?" on a line of its own and answers on the next with a bare noun phrase or a bare number: no verb, no
exchange word. The answer's head count is what that
side received, so its first sentence is read as counting that side's people.
"""

import re
from dataclasses import replace
from typing import Final

from schemas import StageKind
from services.extractor.rules.cues import country
from services.extractor.rules.interviews import from_position, home_asked, leading_part, unlabelled
from services.extractor.rules.lexicon import NATIONALITY, Side
from services.extractor.rules.model import Finding, Reading
from services.extractor.rules.numbers import find_quantities
from services.extractor.rules.sentences import Sentence, sentence_at
from services.extractor.rules.sides import MEDIUM
from services.extractor.rules.tokens import tokenize

_QUESTION: Final = re.compile(
    r"(?:what|who|whom) did (?:the )?([a-z]+)(?: side)? (?:get|receive|gain)(?: back)?(?: in return| in exchange)?\?"
)
_HOW_MANY: Final = re.compile(
    r"how many ([a-z]+)(?: [a-z]+)? (?:came home|came back|returned|have returned|got home|have come home|"
    r"(?:were|have been) (?:freed|released|returned|brought home|brought back|exchanged|swapped))\?"
)
_LONGEST: Final = 60  # a question line of a few words
MAX_QUESTIONS: Final = 40  # bounds the work on a pathological text


_PART_WORDS: Final = re.compile(r"\b(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?) of (?:them|those|these)\b")


def _breakdown(text: str, lower: str, starts: list[int], answer: Sentence, end: int) -> Sentence | None:
    """The sentence right after an answer, in its paragraph, that breaks "<N> of them" down, if any."""
    if answer.end >= end or "\n" in text[answer.end : answer.end + 2]:
        return None
    after = sentence_at(text, starts, answer.end + (text[answer.end : answer.end + 1] == " "), end)
    if after.start < answer.end or "\n" in text[answer.end : after.start]:
        return None
    part = _PART_WORDS.search(lower, after.start, after.end) or leading_part(lower, after.start, after.end)
    if part is None or not find_quantities(tokenize(part.group(0))):
        return None
    return after


def _side(word: str) -> Side | None:
    """The side a question's country ("Kyiv") or people ("Russians") names."""
    return country(word) or NATIONALITY.get(word)


def answers(text: str, lower: str, starts: list[int], end: int) -> dict[int, tuple[Sentence, str]]:
    """The answer sentences that open on a head count after a "what did <side> get?" line, by start offset,
    each with the side that received its people."""
    found: dict[int, tuple[Sentence, str]] = {}
    at = lower.find("?\n", 0, end)
    for _ in range(MAX_QUESTIONS):
        if at == -1:
            break
        line_start = lower.rfind("\n", max(at - _LONGEST - 1, 0), at) + 1  # no newline in reach: too long a line
        line_start = unlabelled(lower, line_start, at)  # "Q: How many ...?"
        question = (_QUESTION.fullmatch(lower, line_start, at + 1) or _HOW_MANY.fullmatch(lower, line_start, at + 1)
                    if at - line_start <= _LONGEST else None)
        side: str | None = _side(question.group(1)) if question is not None else None
        side = side or (home_asked(lower, line_start, at + 1) if at - line_start <= _LONGEST else None)
        answer = at + 2
        while answer < end and text[answer].isspace():
            answer += 1
        answer = unlabelled(lower, answer, end)  # "A: Sixty."
        if side is not None and answer < end:
            sentence = from_position(sentence_at(text, starts, answer, end), answer)
            quantities = find_quantities(tokenize(sentence.text)) if sentence.start == answer else []
            if quantities and quantities[0].first == 0:
                found[sentence.start] = (sentence, side)
                follow = _breakdown(text, lower, starts, sentence, end)
                if follow is not None:  # "Forty. He said 30 of them were soldiers ...": the answer's own people
                    found[follow.start] = (follow, side)
        at = lower.find("?\n", at + 2, end)
    return found


_CLOSERS: Final = frozenset({".", "!"})


def answered_count(reading: Reading, tokens: list[str], answer: tuple[Sentence, str] | None) -> Reading:
    """A reading for an answer that is a number and nothing else ("How many Russians were freed?" "Sixty."): the
    question's people, the side it asked about; any other reading is left as it is."""
    if answer is None or reading.findings:
        return reading
    quantities = find_quantities(tokens)
    if len(quantities) != 1 or quantities[0].first != 0 or not _CLOSERS.issuperset(tokens[quantities[0].last + 1 :]):
        return reading
    count = quantities[0]
    finding = Finding(StageKind.STAGE, answer[1], "total", count.value, count.approximate, MEDIUM)
    return replace(reading, findings=(finding,))
