"""How a replay spaces its articles: a fixed interval, published dates compressed by a factor, or none."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

SECONDS_PER_DAY = 86_400.0


class PacingMode(StrEnum):
    """The three ways to simulate a live feed."""

    ASAP = "asap"
    INTERVAL = "interval"
    SPEED = "speed"


@dataclass(frozen=True)
class Pacing:
    """A pacing choice; `value` is seconds for INTERVAL and the compression factor for SPEED."""

    mode: PacingMode = PacingMode.ASAP
    value: float = 0.0

    def __post_init__(self) -> None:
        if self.mode is PacingMode.INTERVAL and self.value < 0:
            raise ValueError("--interval must be zero or more seconds")
        if self.mode is PacingMode.SPEED and self.value <= 0:
            raise ValueError("--speed must be a positive factor")

    def describe(self) -> str:
        """Return a short human description, e.g. 'every 2 s' or '86400x real time'."""
        if self.mode is PacingMode.INTERVAL:
            return f"every {self.value:g} s"
        if self.mode is PacingMode.SPEED:
            return f"{self.value:g}x real time"
        return "as fast as possible"


def delays(pacing: Pacing, published: Sequence[date | None]) -> list[float]:
    """Return the seconds to wait before publishing each article, given their published dates in order.

    With SPEED, the wait before an article is the time between its date and the latest date seen
    so far, divided by the factor; undated articles and dates earlier than one already sent go
    out at once, so the feed never waits for time to run backwards.
    """
    if not published:
        return []
    if pacing.mode is PacingMode.ASAP:
        return [0.0] * len(published)
    if pacing.mode is PacingMode.INTERVAL:
        return [0.0] + [pacing.value] * (len(published) - 1)
    waits: list[float] = []
    latest: date | None = None
    for day in published:
        if day is None or latest is None or day <= latest:
            waits.append(0.0)
        else:
            waits.append((day - latest).days * SECONDS_PER_DAY / pacing.value)
        if day is not None and (latest is None or day > latest):
            latest = day
    return waits
