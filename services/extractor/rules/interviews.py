"""An interview's Q&A: "Q: How many people came home yesterday?" "A: One hundred and fifty-two. Of those, ...".

A printed interview labels each line with who speaks ("Q:", "A:", "Question:", "Answer:"); the label is no part
of the question or the answer, so it is read past. Asked of an official how many "people came home", with no
side named, the home is the official's own country: the side whose authority the answer carries (a Kyiv office's
answer counts Ukraine's returnees), and no side at all when the answer is nobody's in particular. An answer often
goes on "Of those, 130 are servicemen ...": the people of the answer, broken down.
"""

import re
from typing import Final

from schemas import Authority
from services.extractor.rules.sentences import Sentence

_LABEL: Final = re.compile(r"(?:q|a|question|answer): ")
HOME: Final = "home"  # the side an answer's own authority gives
_HOME_QUESTION: Final = re.compile(
    r"(?:and )?how many (?:people|prisoners|captives|prisoners of war|pows|of them|of our people)?\s?"
    r"(?:came home|came back|returned(?: home)?|got home|have come home|have returned(?: home)?|were brought home)"
    r"(?: (?:yesterday|today|this time|this week|last week|on [a-z]+|in the (?:exchange|swap)))?\?"
)
_LEADING_PART: Final = re.compile(r"of (?:them|those|these), (?:\d[\d,]*|[a-z]+(?:-[a-z]+)?)\b")
_SIDES: Final = {Authority.KYIV: "ukraine", Authority.MOSCOW: "russia"}


def unlabelled(lower: str, start: int, end: int) -> int:
    """The position after a speaker's label ("Q: ", "A: ") opening lower[start:end], else `start`."""
    label = _LABEL.match(lower, start, end)
    return start if label is None else label.end()


def from_position(sentence: Sentence, start: int) -> Sentence:
    """The sentence from `start` on, when `start` falls after its first character (past an answer's label)."""
    if not sentence.start < start < sentence.end:
        return sentence
    return Sentence(sentence.text[start - sentence.start :], start, sentence.end)


def home_asked(lower: str, start: int, end: int) -> str | None:
    """HOME for a line asking "how many people came home?" without naming whose people, else None."""
    return HOME if _HOME_QUESTION.fullmatch(lower, start, end) else None


def leading_part(lower: str, start: int, end: int) -> re.Match[str] | None:
    """ "Of those, 130 are servicemen": a breakdown opening on the part's figure, matched up to the figure."""
    return _LEADING_PART.match(lower, start, end)


def at_home(answered: dict[int, tuple[Sentence, str]], start: int, authority: Authority) -> None:
    """Give the answer at `start` that counts people who came HOME the side of its authority, or drop it."""
    sentence, side = answered[start]
    if side != HOME:
        return
    if authority in _SIDES:
        answered[start] = (sentence, _SIDES[authority])
    else:
        del answered[start]
