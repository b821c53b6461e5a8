"""`tally --offline`: the live pipeline's extract and reconcile code run in-process over files.

Files are read in the order given and get received_at = midnight (UTC) of
`received_on` + i ms, so a source's later file is its later report, exactly as
when `replay` feeds them in that order. `received_on` defaults to today, as for
a live replay today: the extractor dates an article without a date header from
the day it was received (the weekdays it names pick the year). The same files
and day always give the same bytes.
"""

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from schemas import ExchangeStage, Tally
from services.aggregator.reconcile import reconcile
from services.extractor.extract import analyse
from services.feeder.files import FeedError, discover, read_article


@dataclass(frozen=True)
class OfflineRun:
    """The tally of the files, and what the live pipeline would have skipped or dead-lettered."""

    tally: Tally
    warnings: list[str] = field(default_factory=list)


def missing_inputs(paths: Sequence[Path]) -> list[str]:
    """Return a message per path that is not there or is an empty folder (a typo, not bad input)."""
    return [f"{error.source}: {error.detail}" for error in discover(paths).errors]


def offline_tally(
    paths: Sequence[Path], conflict: str, *, received_on: date | None = None, max_bytes: int | None = None
) -> OfflineRun:
    """Extract every file (folders expand to their files, sorted) and reconcile all the reports."""
    start = datetime.combine(received_on or datetime.now(UTC).date(), time(), tzinfo=UTC)
    warnings: list[str] = []
    reports: list[ExchangeStage] = []
    found = discover(paths)
    warnings += [f"skipped {ignored.source}: {ignored.detail}" for ignored in found.ignored]
    for index, path in enumerate(found.files):
        received_at = start + timedelta(milliseconds=index)
        try:
            article = read_article(path, received_at, max_bytes=max_bytes)
        except FeedError as exc:
            warnings.append(f"skipped {exc.source}: {exc.detail}")
            continue
        try:
            extraction = analyse(article)
        except Exception as exc:  # the live agent dead-letters an extractor failure; here it is reported
            warnings.append(f"extractor failed on {path.name}: {exc!r}")
            continue
        if extraction.rejection is not None:
            warnings.append(f"rejected {path.name}: {extraction.rejection.reason}: {extraction.rejection.detail}")
        reports.extend(extraction.stages)
    return OfflineRun(tally=reconcile(reports, conflict), warnings=warnings)
