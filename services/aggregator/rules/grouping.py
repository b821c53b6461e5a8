"""Group stages into exchanges and attach agreements to them.

- Stages whose dates are at most `MAX_GAP_DAYS` days apart without a handover
  (i.e. dates at most 3 days apart) belong to one exchange; a longer pause
  starts a new one.
- A claim (agreement or cumulative) made on a date from the first stage to
  `MAX_GAP_DAYS + 1` days after the last one belongs to that exchange (the
  latest such exchange if several qualify). An agreement may also precede its
  first stage by up to `AGREEMENT_LEAD_DAYS` days (the nearest upcoming
  exchange). Agreements that fit no stages form an exchange without stages,
  so an announced but not yet started exchange is shown with progress 0.
- `exchange_id` is `<conflict>:<first date>` (first stage date, or first
  agreement date for an exchange without stages): readable and deterministic.
- Stage numbers are the day's position in its exchange: outlets number
  phases, not days ("the first stage ... entered its second day").
"""

from collections.abc import Iterable, Sequence
from datetime import date, timedelta

MAX_GAP_DAYS = 2
AGREEMENT_LEAD_DAYS = 14

Run = list[date]


def group_dates(dates: Iterable[date], max_gap_days: int = MAX_GAP_DAYS) -> list[Run]:
    """Split dates into runs in which consecutive dates are at most `max_gap_days + 1` days apart."""
    runs: list[Run] = []
    for day in sorted(set(dates)):
        if runs and (day - runs[-1][-1]).days <= max_gap_days + 1:
            runs[-1].append(day)
        else:
            runs.append([day])
    return runs


def run_covering(runs: Sequence[Run], claim_date: date) -> int | None:
    """Return the index of the run a cumulative or agreement claim of `claim_date` is about, if any."""
    tail = timedelta(days=MAX_GAP_DAYS + 1)
    covering = [i for i, run in enumerate(runs) if run[0] <= claim_date <= run[-1] + tail]
    if covering:
        return covering[-1]
    return None


def run_for_agreement(runs: Sequence[Run], agreed_on: date) -> int | None:
    """Return the index of the run an agreement of `agreed_on` governs: covering it, else the next one."""
    covering = run_covering(runs, agreed_on)
    if covering is not None:
        return covering
    lead = timedelta(days=AGREEMENT_LEAD_DAYS)
    upcoming = [i for i, run in enumerate(runs) if agreed_on < run[0] <= agreed_on + lead]
    return upcoming[0] if upcoming else None


def exchange_id(conflict: str, first_date: date) -> str:
    """Return the deterministic id of the exchange starting on `first_date`."""
    return f"{conflict}:{first_date.isoformat()}"
