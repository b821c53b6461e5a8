"""A post that ends with its author's signature speaks in that author's voice throughout.

"84 of our people are home! ... We brought back 33 defenders and 51 civilians. ...\n\nOksana Hrytsenko,
Ukrainian Deputy Minister for Veterans": an official's Telegram post is signed on its last line with a name and a
title; its "we" and "our people" are that government's, as if a source tag had opened the post. A reporter's
byline ("..., correspondent in Kyiv") is no such signature.
"""

import re
from collections.abc import Callable
from typing import Final

from schemas import Authority

_LINE_REACH: Final = 140  # a name and a title, no more
_NAME: Final = re.compile(r"[a-z'\-]+(?: [a-z'\-]+){1,3}, ")  # "dmytro lubinets, " opens the line
_OFFICE: Final = re.compile(r"\b(?:commissioner|ombudsman|ombudsperson|minister|president|head|chief|spokes\w+|"
                            r"headquarters|ministry|secretary|adviser|advisor|director)\b")
_PRESS: Final = re.compile(r"\b(?:correspondent|reporter|editor|writer|journalist|reporting|contributed)\b")


def signed_by(lower: str, classify: Callable[[str], Authority]) -> Authority | None:
    """Kyiv or Moscow when the article's last line signs it as "<name>, <an office of that government>"."""
    end = len(lower)
    while end and lower[end - 1].isspace():
        end -= 1
    start = lower.rfind("\n", 0, end) + 1
    if not start or end - start > _LINE_REACH or lower[end - 1] in '.!?"”' or lower.find("\n", 0, start - 1) == -1:
        return None
    name = _NAME.match(lower, start, end)
    if name is None or _PRESS.search(lower, start, end) or _OFFICE.search(lower, name.end(), end) is None:
        return None
    found = {classify(word) for word in re.findall(r"[a-z]+", lower[name.end() : end])} - {Authority.PRESS}
    return found.pop() if len(found) == 1 else None
