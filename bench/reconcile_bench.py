"""Time `reconcile` on 1,000 and 10,000 synthetic stage reports (median of several runs)."""

import hashlib
import random
import statistics
import time
from datetime import UTC, date, datetime, timedelta

from schemas import Authority, ExchangeStage, SideFigures, Sides, StageKind
from services.aggregator.reconcile import reconcile

START = date(2025, 5, 23)
KINDS = [StageKind.STAGE] * 6 + [StageKind.CUMULATIVE, StageKind.AGREEMENT]


def synthetic_reports(count: int, seed: int = 7) -> list[ExchangeStage]:
    """Reports from 40 outlets about 3 exchanges of 4 days, with corrections, hedges and disagreements."""
    rnd = random.Random(seed)
    days = [START + timedelta(days=20 * exchange + day) for exchange in range(3) for day in range(4)]
    reports = []
    for index in range(count):
        source = f"outlet-{rnd.randrange(40)}"
        kind = rnd.choice(KINDS)
        day = rnd.choice(days)
        total = 1000 if kind is StageKind.AGREEMENT else rnd.choice([390, 390, 390, 307, 380])
        side = SideFigures(
            total=total,
            military=rnd.choice([None, total - 120]),
            approximate=rnd.random() < 0.1,
            authority=rnd.choice(list(Authority)),
        )
        article_id = hashlib.sha256(f"{source}{index // 4}".encode()).hexdigest()
        reports.append(
            ExchangeStage(
                event_id=hashlib.sha256(f"{article_id}{kind}{day}".encode()).hexdigest(),
                article_id=article_id,
                source=source,
                published=day + timedelta(days=rnd.randrange(3)),
                received_at=datetime(2025, 5, 23, tzinfo=UTC) + timedelta(milliseconds=index),
                kind=kind,
                stage_date=day,
                sides=Sides(ukraine=side, russia=side),
                confidence=0.9,
                extractor_version="bench",
            )
        )
    return reports


def main() -> None:
    for count in (1_000, 10_000):
        reports = synthetic_reports(count)
        timings = []
        for _ in range(9):
            started = time.perf_counter()
            tally = reconcile(reports)
            timings.append(time.perf_counter() - started)
        print(
            f"reconcile {count:>6} reports ({tally.reports} votes): median {statistics.median(timings) * 1000:.1f} ms,"
            f" best {min(timings) * 1000:.1f} ms"
        )


if __name__ == "__main__":
    main()
