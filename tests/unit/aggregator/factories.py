"""Build `ExchangeStage` reports for reconciliation tests without the extractor."""

import hashlib
from datetime import UTC, date, datetime, timedelta

from schemas import Authority, Evidence, ExchangeStage, SideFigures, Sides, StageKind

EPOCH = datetime(2025, 5, 23, 12, 0, tzinfo=UTC)
FRIDAY = date(2025, 5, 23)
SATURDAY = date(2025, 5, 24)
KYIV = Authority.KYIV
MOSCOW = Authority.MOSCOW


def figures(
    total: int | None = None,
    military: int | None = None,
    civilian: int | None = None,
    *,
    approximate: bool = False,
    authority: Authority = Authority.PRESS,
) -> SideFigures:
    """Figures for one side."""
    return SideFigures(total=total, military=military, civilian=civilian, approximate=approximate, authority=authority)


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def report(
    source: str = "outlet-a",
    *,
    kind: StageKind = StageKind.STAGE,
    day: date = FRIDAY,
    ukraine: SideFigures | None = None,
    russia: SideFigures | None = None,
    both: SideFigures | None = None,
    published: date | None = None,
    received: float = 0.0,
    article: str = "",
    combined_total: int | None = None,
    evidence: str | None = None,
    conflict: str = "russia-ukraine",
) -> ExchangeStage:
    """One report; `both` gives the same figures to each side; ids derive from source, article and kind/day."""
    article_id = _sha(f"{source}|{article}|{published}")
    return ExchangeStage(
        event_id=_sha(f"{article_id}|{kind.value}|{day.isoformat()}"),
        conflict=conflict,
        article_id=article_id,
        source=source,
        published=published,
        received_at=EPOCH + timedelta(seconds=received),
        kind=kind,
        stage_date=day,
        sides=Sides(ukraine=both or ukraine or SideFigures(), russia=both or russia or SideFigures()),
        combined_total=combined_total,
        evidence=[Evidence(text=evidence, start=0, end=len(evidence), supports=["ukraine.total"])] if evidence else [],
        confidence=0.9,
        extractor_version="test",
    )


def replayed(original: ExchangeStage, received: float) -> ExchangeStage:
    """The same report again (same event id), as if its article were fed once more."""
    return original.model_copy(update={"received_at": EPOCH + timedelta(seconds=received)})
