"""A category said of a whole group: "43 of our people came home: three women and 40 men, all of them servicemen".

"All of them" (or "all of whom") followed by a military or civilian noun gives the group's one total that
category too; the enumeration before it ("three women and 40 men") named no category of its own.
"""

from typing import Final

from schemas import StageKind
from services.extractor.rules.heads import head_category
from services.extractor.rules.lexicon import BE_FORMS
from services.extractor.rules.model import Finding

_ALL_OF: Final = (["all", "of", "them"], ["all", "of", "whom"])
_FIELDS: Final = frozenset({"military", "civilian"})


def said_of_all(tokens: list[str], findings: list[Finding]) -> list[Finding]:
    """Add the category that "all of them <noun>" gives the sentence's single stage total, if it has none."""
    for k in range(len(tokens) - 3):
        if tokens[k] == "all" and tokens[k : k + 3] in _ALL_OF:
            start = k + 3
            while start < len(tokens) and tokens[start] in BE_FORMS:
                start += 1
            field = head_category(tokens, start)
            break
    else:
        return findings
    if field not in _FIELDS:
        return findings
    totals = {(f.side, f.value) for f in findings if f.field == "total" and f.kind == StageKind.STAGE}
    if len(totals) != 1:
        return findings
    side, value = totals.pop()
    if any(f.field == field and f.side == side for f in findings):
        return findings
    total = next(f for f in findings if f.field == "total" and f.kind == StageKind.STAGE)
    return [*findings, total._replace(field=field)]
