"""Cached pieces of an incremental tally: where agreements belong, and each claim date's checks.

Votes are kept per (kind, date) as sorted tuples that are replaced whenever one of their votes
changes, so each cache below is valid while its inputs are the very same objects: checking it is
an identity test rather than a recomputation.
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from schemas import Check, Exchange, ExchangeStage
from services.aggregator.rules.checks import build_checks
from services.aggregator.rules.grouping import Run, group_dates, run_covering, run_for_agreement

Votes = tuple[ExchangeStage, ...]
Parts = tuple[Votes, ...]  # votes of consecutive dates, in date order


def same(left: Sequence[object], right: Sequence[object]) -> bool:
    """True when both sequences hold the very same objects in the same order (inputs unchanged)."""
    return left is right or (len(left) == len(right) and all(a is b for a, b in zip(left, right, strict=True)))


def flatten(parts: Parts) -> list[ExchangeStage]:
    return [vote for part in parts for vote in part]


@dataclass(frozen=True)
class Placement:
    """Agreements attached to each stage run (by run index), and the runs of agreements without stages."""

    attached: dict[int, Parts]
    loose: list[tuple[date, Parts]]  # (first date, agreements) in `group_dates` order


class AgreementPlacer:
    """`run_for_agreement` per agreement date, asked again only for new dates or when the runs change.

    Agreements come as {date: votes sorted by vote key} in date order, so concatenating a run's
    dates gives the agreements in the vote-key order that `build_exchanges` sees them in.
    """

    def __init__(self) -> None:
        self._runs: list[Run] = []
        self._index: dict[date, int | None] = {}

    def place(self, runs: list[Run], agreements: Mapping[date, Votes]) -> Placement:
        if runs != self._runs:
            self._runs, self._index = runs, {}
        attached: dict[int, list[Votes]] = {}
        loose: dict[date, Votes] = {}
        for day, votes in agreements.items():
            if day not in self._index:
                self._index[day] = run_for_agreement(runs, day)
            index = self._index[day]
            if index is None:
                loose[day] = votes
            else:
                attached.setdefault(index, []).append(votes)
        return Placement(
            {index: tuple(parts) for index, parts in attached.items()},
            [(run[0], tuple(loose[day] for day in run)) for run in group_dates(loose)],
        )


@dataclass
class _DayChecks:
    claims: Votes
    about: Exchange | None
    checks: list[Check] = field(default_factory=list)


class ClaimChecks:
    """`build_checks` per claim date, against the one exchange that date's claims are about.

    `build_checks` compares a claim of date D with the stages of the latest staged exchange whose
    span covers D (`run_covering`), and sorts its checks by date first; so building each date's
    checks against that exchange alone and concatenating them by date gives the same list.
    """

    def __init__(self) -> None:
        self._days: dict[date, _DayChecks] = {}
        self._runs: list[Run] = []
        self._covering: dict[date, int | None] = {}

    def checks(self, claims: Mapping[date, Votes], exchanges: Sequence[Exchange]) -> list[Check]:
        staged = [exchange for exchange in exchanges if exchange.stages]
        runs = [[stage.date for stage in exchange.stages] for exchange in staged]
        if runs != self._runs:
            self._runs, self._covering = runs, {}
        days: dict[date, _DayChecks] = {}
        result: list[Check] = []
        for day, day_claims in claims.items():
            if day not in self._covering:
                self._covering[day] = run_covering(runs, day)
            index = self._covering[day]
            about = staged[index] if index is not None else None
            held = self._days.get(day)
            if held is None or held.claims is not day_claims or held.about is not about:
                held = _DayChecks(day_claims, about, build_checks(day_claims, [about] if about else []))
            days[day] = held
            result.extend(held.checks)
        self._days = days
        return result
