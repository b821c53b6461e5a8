"""A made-up but plausible history of prisoner exchanges: the ground truth that articles report."""

import random
from dataclasses import dataclass
from datetime import date, timedelta

CITIES = ("Istanbul", "Abu Dhabi", "Riyadh", "Doha", "Ankara", "Geneva", "Minsk", "Vatican City")


@dataclass(frozen=True)
class SideCount:
    """People returned to one side in one stage; the split is None when nobody gave it."""

    total: int
    military: int | None
    civilian: int | None

    @property
    def all_military(self) -> bool:
        """Only servicemen were returned (reports then say "POWs" or "soldiers" and give no civilians)."""
        return self.military == self.total and self.civilian is None


@dataclass(frozen=True)
class StageTruth:
    """One day of handovers."""

    day: date
    number: int  # the day's position in its exchange, from 1
    ukraine: SideCount  # people returned to Ukraine
    russia: SideCount  # people returned to Russia

    @property
    def symmetric(self) -> bool:
        return self.ukraine.total == self.russia.total


@dataclass(frozen=True)
class ExchangeTruth:
    """An exchange of one or more stages, maybe announced with an agreed figure per side."""

    agreed: int | None
    agreed_on: date
    city: str
    stages: tuple[StageTruth, ...]

    def returned_by(self, number: int, side: str) -> int:
        """People returned to `side` in stages 1..number (what a cumulative claim states)."""
        return sum(getattr(stage, side).total for stage in self.stages[:number])


def _side(rng: random.Random, total: int, split: str) -> SideCount:
    if split == "military":
        return SideCount(total, total, None)
    if split == "mixed":
        civilian = rng.randint(1, max(1, total // 3))
        return SideCount(total, total - civilian, civilian)
    return SideCount(total, None, None)


def _exchange(rng: random.Random, first_day: date) -> ExchangeTruth:
    days = rng.choices((1, 2, 3), weights=(70, 20, 10))[0]
    stages = []
    for index in range(days):
        total = rng.choice((rng.randint(40, 400), rng.randrange(50, 400, 5)))
        asymmetric = rng.random() < 0.2
        split = rng.choices(("military", "mixed", "unknown"), weights=(35, 30, 35))[0]
        other = max(10, total - rng.randint(5, 40)) if asymmetric else total
        ukraine = _side(rng, total, split)
        russia = ukraine if not asymmetric else _side(rng, other, "unknown" if split == "mixed" else split)
        day = first_day + timedelta(days=index)
        stages.append(StageTruth(day=day, number=index + 1, ukraine=ukraine, russia=russia))
    staged = sum(stage.ukraine.total for stage in stages)
    announced = days > 1 or rng.random() < 0.4
    agreed = (1000 if staged > 700 else -(-staged // 10) * 10) if announced else None
    return ExchangeTruth(
        agreed=agreed,
        agreed_on=first_day - timedelta(days=rng.randint(1, 9)),
        city=rng.choice(CITIES),
        stages=tuple(stages),
    )


def build_world(
    rng: random.Random, exchanges: int = 48, start: date = date(2022, 4, 1), end: date = date(2025, 10, 31)
) -> tuple[ExchangeTruth, ...]:
    """Return `exchanges` exchanges spread over [start, end], in date order, at least a week apart."""
    spacing = max(8, (end - start).days // exchanges)
    return tuple(
        _exchange(rng, start + timedelta(days=index * spacing + rng.randint(0, spacing - 7)))
        for index in range(exchanges)
    )
