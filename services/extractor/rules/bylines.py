"""A headline that names its source: "Coordination Headquarters: 75 defenders are home", "... home - Russian MoD".

Statements reprinted as news carry their author in the headline, set off by a colon or a dash. When that short
part names a government body (an institution word and a Kyiv or Moscow name, or a body that is one of them), the
release is that government's word wherever the text names no other speaker. A country alone ("Ukraine: ...")
is the story's subject, not its source.
"""

import re
from collections.abc import Callable
from typing import Final

from schemas import Authority

_INSTITUTIONS: Final = frozenset(
    "headquarters ministry mod office ombudsman commissioner staff service intelligence presidency government "
    "kremlin".split()
)
_SPLIT: Final = re.compile(r": | - | — | – ")
_SOURCE_WORDS: Final = 5  # "Ukraine's Coordination Headquarters": a name, not a clause
_HEADLINE_CHARS: Final = 200


def headline_source(lower: str, classify: Callable[[str], Authority]) -> Authority | None:
    """The government a headline names as its source in a short part before or after a colon or dash."""
    end = lower.find("\n", 0, _HEADLINE_CHARS)
    if end == -1:
        return None
    parts = _SPLIT.split(lower[:end].strip())
    if len(parts) < 2:
        return None
    for part in (parts[0], parts[-1]):
        words = part.replace("'s", "").split()
        if not words or len(words) > _SOURCE_WORDS or _INSTITUTIONS.isdisjoint(words):
            continue
        for word in words:
            authority = classify(word)
            if authority != Authority.PRESS:
                return authority
    return None

