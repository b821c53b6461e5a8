"""Keep one conflict's tally current by recomputing only what a changed vote touches.

`reconcile(votes)` rebuilds every stage, exchange and check from scratch, which
costs tens of milliseconds once a conflict holds thousands of votes. This class
holds the same votes and composes the same rule functions (`resolve_stage`,
`build_exchange`, `build_checks`, `side_totals`, `group_dates`,
`run_for_agreement`, `run_covering`) in the same order as `reconcile`, but
reuses each stage, exchange, agreement placement and each claim date's checks
while their inputs are the very same objects. Checks are built per claim date
against the one exchange that date's claims are about, which is what
`build_checks` compares them with; concatenated by date they keep its order.
The result is equal to `reconcile(votes, conflict)` for any sequence of
changes (tests/unit/aggregator/test_incremental.py compares the bytes).
"""

from collections import Counter, defaultdict
from collections.abc import Sequence
from datetime import date

from schemas import Check, Exchange, ExchangeStage, StageKind, Tally, TallyStage
from services.aggregator.rules.checks import build_checks
from services.aggregator.rules.exchanges import build_exchange
from services.aggregator.rules.grouping import Run, group_dates, run_covering, run_for_agreement
from services.aggregator.rules.stages import resolve_stage
from services.aggregator.rules.sums import side_totals
from services.aggregator.rules.votes import is_countable, vote_key

Votes = tuple[ExchangeStage, ...]


def _same(left: Sequence[object], right: Sequence[object]) -> bool:
    """True when both sequences hold the very same objects in the same order (inputs unchanged)."""
    return len(left) == len(right) and all(a is b for a, b in zip(left, right, strict=True))


def _sorted_votes(votes: dict[str, ExchangeStage]) -> Votes:
    return tuple(votes[key] for key in sorted(votes))


class IncrementalTally:
    """The votes of one conflict and the parts of its tally that are still valid."""

    def __init__(self, conflict: str) -> None:
        self.conflict = conflict
        self._by_day: dict[date, dict[str, ExchangeStage]] = {}
        self._cumulative: dict[str, ExchangeStage] = {}
        self._agreements: dict[str, ExchangeStage] = {}
        self._dates: Counter[date] = Counter()  # for `as_of`: publication (or claim) date of each vote
        self._count = 0
        self._day_votes: dict[date, Votes] = {}
        self._dirty_days: set[date] = set()
        self._claims: dict[StageKind, Votes | None] = {StageKind.CUMULATIVE: (), StageKind.AGREEMENT: ()}
        self._stages: dict[date, tuple[int, Votes, TallyStage]] = {}
        self._exchanges: dict[tuple[bool, date], tuple[Sequence[object], Exchange]] = {}
        self._runs: list[Run] = []
        self._placements: dict[date, int | None] = {}  # agreement date -> run index, valid for `_runs`
        self._checks: dict[date, tuple[Sequence[object], list[Check]]] = {}
        self._tally: Tally | None = None

    def replace(self, old: ExchangeStage | None, new: ExchangeStage | None) -> None:
        """Make `new` the vote that `old` was (same vote key); either may be None."""
        if old is not None:
            self._remove(old)
        if new is not None:
            self._add(new)

    def _counts(self, report: ExchangeStage) -> bool:
        return report.conflict == self.conflict and is_countable(report)

    def _bucket(self, report: ExchangeStage) -> dict[str, ExchangeStage]:
        self._tally = None
        if report.kind is StageKind.STAGE:
            self._dirty_days.add(report.stage_date)
            return self._by_day.setdefault(report.stage_date, {})
        self._claims[report.kind] = None
        return self._cumulative if report.kind is StageKind.CUMULATIVE else self._agreements

    def _add(self, report: ExchangeStage) -> None:
        if not self._counts(report):
            return
        self._bucket(report)[vote_key(report)] = report
        self._dates[report.published or report.stage_date] += 1
        self._count += 1

    def _remove(self, report: ExchangeStage) -> None:
        if not self._counts(report):
            return
        bucket = self._bucket(report)
        if bucket.pop(vote_key(report), None) is None:
            return
        day = report.published or report.stage_date
        self._dates[day] -= 1
        if not self._dates[day]:
            del self._dates[day]
        self._count -= 1

    def tally(self) -> Tally:
        """Return the tally of the current votes: equal to `reconcile(votes, conflict)`."""
        if self._tally is None:
            self._tally = self._compute()
        return self._tally

    def _refresh_days(self) -> None:
        for day in self._dirty_days:
            votes = self._by_day.get(day)
            if votes:
                self._day_votes[day] = _sorted_votes(votes)
            else:
                self._by_day.pop(day, None)
                self._day_votes.pop(day, None)
        self._dirty_days.clear()
        self._day_votes = dict(sorted(self._day_votes.items()))

    def _claim_votes(self, kind: StageKind) -> Votes:
        votes = self._claims[kind]
        if votes is None:
            votes = _sorted_votes(self._cumulative if kind is StageKind.CUMULATIVE else self._agreements)
            self._claims[kind] = votes
        return votes

    def _stage(self, day: date, position: int, used: dict[date, tuple[int, Votes, TallyStage]]) -> TallyStage:
        votes = self._day_votes[day]  # a new tuple whenever the day's votes changed
        cached = self._stages.get(day)
        if cached is None or cached[0] != position or cached[1] is not votes:
            cached = (position, votes, resolve_stage(day, votes, position))
        used[day] = cached
        return cached[2]

    def _exchange(
        self, loose: bool, first: date, stages: list[TallyStage], agreements: list[ExchangeStage],
        used: dict[tuple[bool, date], tuple[Sequence[object], Exchange]],
    ) -> Exchange:
        inputs: list[object] = [*stages, None, *agreements]
        cached = self._exchanges.get((loose, first))
        if cached is None or not _same(cached[0], inputs):
            cached = (inputs, build_exchange(self.conflict, first, stages, agreements))
        used[(loose, first)] = cached
        return cached[1]

    def _placement(self, day: date) -> int | None:
        if day not in self._placements:
            self._placements[day] = run_for_agreement(self._runs, day)
        return self._placements[day]

    def _compute(self) -> Tally:
        self._refresh_days()
        runs = group_dates(self._day_votes)
        if runs != self._runs:
            self._runs, self._placements = runs, {}
        attached: dict[int, list[ExchangeStage]] = defaultdict(list)
        loose: dict[date, list[ExchangeStage]] = defaultdict(list)
        for report in self._claim_votes(StageKind.AGREEMENT):
            index = self._placement(report.stage_date)
            if index is None:
                loose[report.stage_date].append(report)
            else:
                attached[index].append(report)
        used_stages: dict[date, tuple[int, Votes, TallyStage]] = {}
        used_exchanges: dict[tuple[bool, date], tuple[Sequence[object], Exchange]] = {}
        exchanges = [
            self._exchange(
                False, run[0],
                [self._stage(day, position, used_stages) for position, day in enumerate(run, start=1)],
                attached[index], used_exchanges,
            )
            for index, run in enumerate(runs)
        ]
        for run in group_dates(loose):
            exchanges.append(self._exchange(True, run[0], [], [r for day in run for r in loose[day]], used_exchanges))
        exchanges.sort(key=lambda exchange: exchange.exchange_id)
        self._stages, self._exchanges = used_stages, used_exchanges
        stages = [stage for exchange in exchanges for stage in exchange.stages]
        return Tally(
            conflict=self.conflict,
            as_of=max(self._dates, default=None),
            reports=self._count,
            totals=dict(side_totals(stages)),
            exchanges=exchanges,
            checks=self._checks_for(exchanges),
        )

    def _checks_for(self, exchanges: list[Exchange]) -> list[Check]:
        staged = [exchange for exchange in exchanges if exchange.stages]
        runs = [[stage.date for stage in exchange.stages] for exchange in staged]
        by_day: dict[date, list[ExchangeStage]] = defaultdict(list)
        for claim in self._claim_votes(StageKind.CUMULATIVE):
            by_day[claim.stage_date].append(claim)
        used: dict[date, tuple[Sequence[object], list[Check]]] = {}
        checks: list[Check] = []
        for day in sorted(by_day):
            index = run_covering(runs, day)
            about = [staged[index]] if index is not None else []
            inputs: list[object] = [*by_day[day], None, *about]
            cached = self._checks.get(day)
            if cached is None or not _same(cached[0], inputs):
                cached = (inputs, build_checks(by_day[day], about))
            used[day] = cached
            checks.extend(cached[1])
        self._checks = used
        return checks
