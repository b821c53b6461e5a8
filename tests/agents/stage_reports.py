"""Hand-made `ExchangeStage` reports for aggregator tests (independent of the extractor's rules)."""

import hashlib
from datetime import UTC, date, datetime, timedelta

from schemas import ExchangeStage, SideFigures, Sides, StageKind

FRIDAY, SATURDAY = date(2025, 5, 23), date(2025, 5, 24)


def figures(total: int, military: int | None = None, civilian: int | None = None) -> SideFigures:
    return SideFigures(total=total, military=military, civilian=civilian)


def report(
    source: str,
    kind: StageKind,
    stage_date: date,
    each_side: SideFigures,
    *,
    article: str | None = None,
    published: date = SATURDAY,
    received_offset: int = 0,
) -> ExchangeStage:
    """One report of `source` giving the same figures for both sides (as the seeds do)."""
    article_id = hashlib.sha256((article or source).encode()).hexdigest()
    event_id = hashlib.sha256(f"{article_id}|{kind.value}|{stage_date.isoformat()}".encode()).hexdigest()
    return ExchangeStage(
        event_id=event_id,
        article_id=article_id,
        source=source,
        published=published,
        received_at=datetime(2025, 5, 24, 12, tzinfo=UTC) + timedelta(seconds=received_offset),
        kind=kind,
        stage_date=stage_date,
        sides=Sides(ukraine=each_side, russia=each_side),
        confidence=0.9,
        extractor_version="test",
    )


def seed_like_reports() -> list[ExchangeStage]:
    """What five outlets said about the May 2025 exchange: 390 (270 + 120) on Friday, 307 on Saturday."""
    friday = figures(390, 270, 120)
    saturday = figures(307, 307)
    reports = []
    for index, source in enumerate(["afp.txt", "dpa.txt", "reuters.txt", "wire.txt", "kyiv.txt"]):
        published = FRIDAY if source == "reuters.txt" else SATURDAY
        reports.append(report(source, StageKind.STAGE, FRIDAY, friday, published=published, received_offset=index))
        if source != "reuters.txt":
            reports.append(report(source, StageKind.STAGE, SATURDAY, saturday, received_offset=index))
        reports.append(report(source, StageKind.AGREEMENT, FRIDAY, figures(1000), published=published))
    return reports
