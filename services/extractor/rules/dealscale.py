"""A running total within the deal the story reports is that deal's progress, however large beside one stage.

"Under the deal, 1,000 prisoners on each side are to be freed. Saturday's 60 brought the number returned to 640":
a total many times one stage's size usually spans the whole war, but one that does not exceed the number agreed
in the same story counts the stages of that agreement so far.
"""

from datetime import date

from schemas import StageKind
from services.extractor.rules.model import Finding
from services.extractor.rules.resolution import SIDES, GroupResult

Key = tuple[StageKind, date]


def agreed_scale(results: dict[Key, GroupResult]) -> dict[str, int]:
    """The largest number agreed for each side (and for "both" / "combined") among the story's agreements."""
    agreed: dict[str, int] = {side: max((r.sides[side].values.get("total") or 0 for k, r in results.items()
                         if k[0] == StageKind.AGREEMENT), default=0) for side in SIDES}
    return {**agreed, "both": min(agreed.values()), "combined": sum(agreed.values())}


def within_deal(finding: Finding, agreed: dict[str, int]) -> bool:
    """True when the running total `finding` does not exceed what the story's deal agreed for its side."""
    return finding.value <= agreed.get(finding.side, 0)
