"""A statement's issuer named in its headline: "Coordination Headquarters: 60 defenders are home".

A government body's own release is often headed by the body's name and a colon, or "Statement by the
Defence Ministry of ...", and then tells its figures without a single "said". Those unattributed
sentences are that government's own account, exactly as under a leading source tag (`source_line`).
The heading must name a body (headquarters, ministry, office, ombudsman, ...) and a word that tells its
country; "Analysis: ..." or "Defence Ministry: ..." (whose ministry?) name none.
"""

import re
from collections.abc import Callable
from typing import Final

from schemas import Authority

_HEADING_REACH: Final = 200  # the headline is the first line; a longer first line is body text
_BODIES: Final = re.compile(r"\b(?:headquarters|ministry|office|ombudsman|commissioner|staff|service|government)\b")
_STATEMENT: Final = re.compile(r"^statement (?:of|by) (?:the )?(.+)$")
_NAME_WORDS: Final = 9  # a body's full name may run to several words, "of" and "the" included
_VERBS: Final = re.compile(r"\b(?:says?|said|is|are|was|were|has|have|had)\b")


def _heading_name(lower: str) -> str | None:
    """The name before the headline's colon, or after its "Statement of", if it is a short noun phrase."""
    line_end = lower.find("\n", 0, _HEADING_REACH)
    line = lower[: line_end if line_end != -1 else _HEADING_REACH].strip()
    colon = line.find(":")
    if colon > 0:
        name = line[:colon]
    else:
        statement = _STATEMENT.match(line)
        if statement is None:
            return None
        name = statement.group(1).split(" on ")[0]
    if len(name.split()) > _NAME_WORDS or _VERBS.search(name) or _BODIES.search(name) is None:
        return None
    return name.removeprefix("statement of ").removeprefix("statement by ")


def headline_issuer(lower: str, classify: Callable[[str], Authority]) -> Authority | None:
    """Kyiv or Moscow when the headline names one of its bodies as the statement's issuer, else None.

    `classify` maps a word to the government it names (`attribution._classify`).
    """
    name = _heading_name(lower)
    if name is None:
        return None
    found = {classify(word) for word in re.findall(r"[a-z']+", name)} - {Authority.PRESS}
    return found.pop() if len(found) == 1 else None
