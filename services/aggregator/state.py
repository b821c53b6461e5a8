"""In-memory view of the aggregator's Table: the latest report per vote, and the tally it gives."""

import asyncio
from collections.abc import AsyncIterator, Iterable

from schemas import ExchangeStage, Tally
from services.aggregator.incremental import IncrementalTally
from services.aggregator.reconcile import supersedes, vote_key
from services.aggregator.tally_bytes import TallyEncoder


class TallyState:
    """Reports held per conflict (one per vote key) and the tally last computed from them.

    The faust Table is the durable copy; this mirror exists so a tally is recomputed from
    decoded reports instead of re-decoding the whole Table on every message, and only in the
    parts a new report touches (`IncrementalTally`, equal to `reconcile` over the held reports).
    """

    def __init__(self, default_conflict: str) -> None:
        self.default_conflict = default_conflict
        self._reports: dict[str, dict[str, ExchangeStage]] = {}
        self._engines: dict[str, IncrementalTally] = {}
        self._encoders: dict[str, TallyEncoder] = {}
        self._tallies: dict[str, tuple[Tally, bytes]] = {}
        self._subscribers: set[asyncio.Queue[bytes]] = set()
        self.loaded = False

    def load(self, reports: Iterable[ExchangeStage]) -> None:
        """Replace the mirror with reports read back from the Table (after a restart)."""
        self._reports.clear()
        self._engines.clear()
        self._tallies.clear()
        for report in reports:
            self.apply(report)
        self.loaded = True

    def _engine(self, conflict: str) -> IncrementalTally:
        engine = self._engines.get(conflict)
        if engine is None:
            engine = self._engines[conflict] = IncrementalTally(conflict)
        return engine

    def accepts(self, report: ExchangeStage) -> bool:
        """Return True when the report is new for its vote or supersedes the one held."""
        held = self._reports.get(report.conflict, {}).get(vote_key(report))
        return held is None or supersedes(report, held)

    def apply(self, report: ExchangeStage) -> None:
        """Hold the report as its source's vote for its stage; the conflict's tally is now stale."""
        held = self._reports.setdefault(report.conflict, {})
        key = vote_key(report)
        self._engine(report.conflict).replace(held.get(key), report)
        held[key] = report
        self._tallies.pop(report.conflict, None)

    def reports(self, conflict: str) -> list[ExchangeStage]:
        """Return the reports held for a conflict."""
        return list(self._reports.get(conflict, {}).values())

    def tally(self, conflict: str | None = None) -> tuple[Tally, bytes]:
        """Return the conflict's tally and its encoded bytes, recomputing only when stale."""
        conflict = conflict or self.default_conflict
        cached = self._tallies.get(conflict)
        if cached is None:
            tally = self._engine(conflict).tally()
            cached = (tally, self._encoders.setdefault(conflict, TallyEncoder()).encode(tally))
            self._tallies[conflict] = cached
        return cached

    def conflicts(self) -> list[str]:
        """Return the conflicts with at least one report."""
        return sorted(self._reports)

    def report_count(self) -> int:
        """Return how many reports (votes) are held over all conflicts."""
        return sum(len(reports) for reports in self._reports.values())

    def publish_to_subscribers(self, encoded: bytes) -> None:
        """Hand a new tally to every live page connection; slow ones keep only the newest."""
        for queue in self._subscribers:
            if queue.full():
                queue.get_nowait()
            queue.put_nowait(encoded)

    async def subscribe(self) -> AsyncIterator[bytes]:
        """Yield each new tally as it is published, until the caller stops iterating."""
        queue: asyncio.Queue[bytes] = asyncio.Queue(maxsize=1)
        self._subscribers.add(queue)
        try:
            while True:
                yield await queue.get()
        finally:
            self._subscribers.discard(queue)
