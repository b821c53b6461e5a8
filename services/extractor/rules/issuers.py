"""A statement's issuer named in its headline: "Border Service: 12 guards are back", "12 guards back - Russian MoD".

A government body's own release, reprinted as news, is often headed by the body's name set off by a colon
or a dash, or by "Statement by the Defence Ministry of ...", and then tells its figures without a single
"said". Those unattributed sentences are that government's own account, exactly as under a leading source
tag (`source_line`). The named part must be a short noun phrase with an institution word (headquarters,
ministry, office, ombudsman, ...) and a word that tells its government; "Analysis: ..." or "Defence
Ministry: ..." (whose ministry?) name none, and a country alone ("Ukraine: ...") is the story's subject.
"""

import re
from collections.abc import Callable, Iterator
from typing import Final

from schemas import Authority

_HEADLINE_CHARS: Final = 200  # the headline is the first line; a longer first line is body text
_INSTITUTIONS: Final = re.compile(
    r"\b(?:headquarters|ministry|mod|office|ombudsman|commissioner|staff|service|intelligence|presidency|"
    r"government|kremlin)\b"
)
_STATEMENT: Final = re.compile(r"^statement (?:of|by) (?:the )?(.+)$")
_SPLIT: Final = re.compile(r": | - | — | – ")
_NAME_WORDS: Final = 9  # after "Statement by": a body's full name may run to several words, "of" and "the" included
_PART_WORDS: Final = _NAME_WORDS  # either end of a colon or dash: a name such as "Coordination Headquarters for ...
_VERBS: Final = re.compile(r"\b(?:says?|said|is|are|was|were|has|have|had)\b")


def _headline(lower: str) -> str:
    end = lower.find("\n", 0, _HEADLINE_CHARS)
    return lower[: end if end != -1 else _HEADLINE_CHARS].strip()


def _named_parts(line: str) -> Iterator[str]:
    """The parts of the headline that may name its issuer: "Statement by <name>", or either end of a split."""
    statement = _STATEMENT.match(line)
    if statement is not None:
        name = statement.group(1).split(" on ")[0]
        if len(name.split()) <= _NAME_WORDS:
            yield name
    parts = _SPLIT.split(line)
    if len(parts) >= 2:
        yield from (part for part in (parts[0], parts[-1]) if len(part.split()) <= _PART_WORDS)
    elif ":" in line:  # "Headquarters:75 home" with no space after the colon
        yield line[: line.find(":")]


def headline_issuer(lower: str, classify: Callable[[str], Authority]) -> Authority | None:
    """Kyiv or Moscow when the headline names one of its bodies as the statement's issuer, else None.

    `classify` maps a word to the government it names (`attribution._classify`).
    """
    for part in _named_parts(_headline(lower)):
        if _VERBS.search(part) or _INSTITUTIONS.search(part) is None:
            continue
        found = {classify(word) for word in re.findall(r"[a-z']+", part.replace("'s", ""))} - {Authority.PRESS}
        if len(found) == 1:
            return found.pop()
    return None
