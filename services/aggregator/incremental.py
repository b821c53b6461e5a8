"""Keep one conflict's tally current by recomputing only what a changed vote touches.

`reconcile(votes)` rebuilds every stage, exchange and check from scratch, which
costs tens of milliseconds once a conflict holds thousands of votes. This class
holds the same votes and composes the same rule functions (`resolve_stage`,
`build_exchange`, `build_checks`, `add_figures`, `group_dates`,
`run_for_agreement`, `run_covering`, `fold_echoes`) in the same order as `reconcile`, but
reuses each stage, exchange, agreement placement and claim date's checks while
their inputs are the very same objects (see `incremental_parts`). The result is
equal to `reconcile(votes, conflict)` for any sequence of changes
(tests/unit/aggregator/test_incremental.py compares the bytes).
"""

from collections import Counter
from datetime import date

from schemas import Exchange, ExchangeStage, StageKind, Tally, TallyStage
from services.aggregator.incremental_parts import AgreementPlacer, ClaimChecks, Parts, Votes, flatten, same
from services.aggregator.rules.echoes import ONE_DAY, echo_target, fold_echoes, merge_votes
from services.aggregator.rules.exchanges import build_exchange
from services.aggregator.rules.grouping import Run, group_dates
from services.aggregator.rules.stages import resolve_stage
from services.aggregator.rules.sums import add_figures, merge_incomplete
from services.aggregator.rules.votes import is_countable, vote_key
from services.aggregator.rules.voting import SIDES
from services.aggregator.rules.weekechoes import ONE_WEEK

ExchangeKey = tuple[bool, date]  # (without stages, first date)
CachedExchange = tuple[list[TallyStage], Parts, Exchange]


class IncrementalTally:
    """The votes of one conflict and the parts of its tally that are still valid."""

    def __init__(self, conflict: str) -> None:
        self.conflict = conflict
        self._votes: dict[StageKind, dict[date, dict[str, ExchangeStage]]] = {kind: {} for kind in StageKind}
        self._sorted: dict[StageKind, dict[date, Votes]] = {kind: {} for kind in StageKind}  # by date, in order
        self._dirty: set[tuple[StageKind, date]] = set()
        self._dates: Counter[date] = Counter()  # for `as_of`: publication (or claim) date of each vote
        self._count = 0
        self._runs: list[Run] = []
        self._folded: dict[date, Votes] = {}  # stage votes per day with misdated echoes folded in
        self._echoes: dict[date, tuple[Votes | None, Votes, Votes | None, date | None]] = {}  # neighbours, target
        self._weeks: dict[date, tuple[Votes | None, Votes | None]] = {}  # the neighbours a week away
        self._merged: dict[date, tuple[list[Votes], Votes]] = {}  # a day's parts and their merged votes
        self._stages: dict[date, tuple[int, Votes, TallyStage]] = {}
        self._exchanges: dict[ExchangeKey, CachedExchange] = {}
        self._placer = AgreementPlacer()
        self._checks = ClaimChecks()
        self._tally: Tally | None = None

    def replace(self, old: ExchangeStage | None, new: ExchangeStage | None) -> None:
        """Make `new` the vote that `old` was (same vote key); either may be None."""
        if old is not None and self._counts(old) and self._bucket(old).pop(vote_key(old), None) is not None:
            self._note(old, -1)
        if new is not None and self._counts(new):
            self._bucket(new)[vote_key(new)] = new
            self._note(new, +1)

    def _counts(self, report: ExchangeStage) -> bool:
        return report.conflict == self.conflict and is_countable(report)

    def _bucket(self, report: ExchangeStage) -> dict[str, ExchangeStage]:
        self._tally = None
        self._dirty.add((report.kind, report.stage_date))
        return self._votes[report.kind].setdefault(report.stage_date, {})

    def _note(self, report: ExchangeStage, change: int) -> None:
        day = report.published or report.stage_date
        self._dates[day] += change
        if not self._dates[day]:
            del self._dates[day]
        self._count += change

    def tally(self) -> Tally:
        """Return the tally of the current votes: equal to `reconcile(votes, conflict)`."""
        if self._tally is None:
            self._tally = self._compute()
        return self._tally

    def _refresh(self) -> None:
        """Re-sort the votes of the (kind, date)s that changed; keep dates in order."""
        reordered: set[StageKind] = set()
        stages_changed = any(kind is StageKind.STAGE for kind, _ in self._dirty)
        for kind, day in self._dirty:
            votes, ordered = self._votes[kind].get(day), self._sorted[kind]
            if votes:
                if day not in ordered:
                    reordered.add(kind)
                ordered[day] = tuple(votes[key] for key in sorted(votes))
            else:
                self._votes[kind].pop(day, None)
                if ordered.pop(day, None) is not None:
                    reordered.add(kind)
        self._dirty.clear()
        for kind in reordered:
            self._sorted[kind] = dict(sorted(self._sorted[kind].items()))
        if stages_changed:
            self._fold()

    def _fold(self) -> None:
        """Fold misdated echoes into their stages, asking `echo_target` again only where a neighbour changed."""
        days = self._sorted[StageKind.STAGE]
        echoes: dict[date, tuple[Votes | None, Votes, Votes | None, date | None]] = {}
        weeks_seen: dict[date, tuple[Votes | None, Votes | None]] = {}
        for day, votes in days.items():
            before, after = days.get(day - ONE_DAY), days.get(day + ONE_DAY)
            weeks = (days.get(day - ONE_WEEK), days.get(day + ONE_WEEK))  # a week echo's neighbours
            held = self._echoes.get(day)
            if held is None or held[0] is not before or held[1] is not votes or held[2] is not after or any(
                    a is not b for a, b in zip(weeks, self._weeks.get(day, (None, None)), strict=True)):
                held = (before, votes, after, echo_target(day, days))
            echoes[day] = held
            weeks_seen[day] = weeks
        self._echoes, self._weeks = echoes, weeks_seen
        merged: dict[date, tuple[list[Votes], Votes]] = {}
        folded: dict[date, Votes] = {}
        for day, parts in fold_echoes(days, {day: held[3] for day, held in echoes.items()}).items():
            if len(parts) == 1:
                folded[day] = parts[0]
                continue
            cached = self._merged.get(day)
            if cached is None or not same(cached[0], parts):
                cached = (parts, tuple(merge_votes(parts)))
            merged[day] = cached
            folded[day] = cached[1]
        self._merged = merged
        if list(folded) != list(self._folded):
            self._runs = group_dates(folded)
        self._folded = folded

    def _stage(self, day: date, position: int, used: dict[date, tuple[int, Votes, TallyStage]]) -> TallyStage:
        votes = self._folded[day]  # a new tuple whenever the day's votes (or its echoes) changed
        cached = self._stages.get(day)
        if cached is None or cached[0] != position or cached[1] is not votes:
            cached = (position, votes, resolve_stage(day, votes, position))
        used[day] = cached
        return cached[2]

    def _exchange(
        self, key: ExchangeKey, stages: list[TallyStage], agreements: Parts, used: dict[ExchangeKey, CachedExchange]
    ) -> Exchange:
        cached = self._exchanges.get(key)
        if cached is None or not same(cached[0], stages) or not same(cached[1], agreements):
            cached = (stages, agreements, build_exchange(self.conflict, key[1], stages, flatten(agreements)))
        used[key] = cached
        return cached[2]

    def _compute(self) -> Tally:
        self._refresh()
        placement = self._placer.place(self._runs, self._sorted[StageKind.AGREEMENT])
        used_stages: dict[date, tuple[int, Votes, TallyStage]] = {}
        used_exchanges: dict[ExchangeKey, CachedExchange] = {}
        exchanges = [
            self._exchange(
                (False, run[0]),
                [self._stage(day, position, used_stages) for position, day in enumerate(run, start=1)],
                placement.attached.get(index, ()), used_exchanges,
            )
            for index, run in enumerate(self._runs)
        ]
        for first, agreements in placement.loose:
            exchanges.append(self._exchange((True, first), [], agreements, used_exchanges))
        exchanges.sort(key=lambda exchange: exchange.exchange_id)
        self._stages, self._exchanges = used_stages, used_exchanges
        return Tally(
            conflict=self.conflict,
            as_of=max(self._dates, default=None),
            reports=self._count,
            # the sum of the exchanges' sums is the sum of all their stages (`side_totals`)
            totals={side: add_figures(exchange.totals[side] for exchange in exchanges) for side in SIDES},
            incomplete=merge_incomplete(exchange.incomplete for exchange in exchanges),
            exchanges=exchanges,
            checks=self._checks.checks(self._sorted[StageKind.CUMULATIVE], exchanges),
        )
