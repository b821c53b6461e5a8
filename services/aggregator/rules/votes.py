"""One vote per source per stage: vote keys, the order of a source's reports, and the latest vote.

A source's later report replaces its earlier one. "Later" is defined by the
reports themselves — `(published, first received_at, event_id)` — never by the
order in which they reach the aggregator, so any permutation of the same
reports elects the same votes. Copies of one report (same `event_id`, e.g. a
replayed article) keep the time they were *first* received, so replaying an
old article never turns it into its source's newest word; the content of the
latest copy is kept, so a re-extraction by a newer extractor refreshes it.
"""

from collections.abc import Iterable
from datetime import UTC, date, datetime

from schemas import ExchangeStage, encode

OrderKey = tuple[date, datetime, str]


def vote_key(report: ExchangeStage) -> str:
    """Return the key under which a source casts its single vote for one stage, claim or agreement."""
    return f"{report.conflict}|{report.kind.value}|{report.stage_date.isoformat()}|{report.source}"


def is_countable(report: ExchangeStage) -> bool:
    """Return True when the report gives a figure for at least one side (a combined figure is none)."""
    return not (report.sides.ukraine.is_empty() and report.sides.russia.is_empty())


def as_utc(moment: datetime) -> datetime:
    """Return an aware UTC datetime (naive values are taken as UTC) so that all times compare."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def order_key(report: ExchangeStage, first_seen: datetime | None = None) -> OrderKey:
    """Return the key that orders one source's reports in time; the greatest is its current vote."""
    received = as_utc(first_seen if first_seen is not None else report.received_at)
    return (report.published or date.min, received, report.event_id)


def is_later_copy(new: ExchangeStage, old: ExchangeStage) -> bool:
    """Return True when `new` is a later copy than `old` of the same report (ties broken by content)."""
    new_at, old_at = as_utc(new.received_at), as_utc(old.received_at)
    if new_at != old_at:
        return new_at > old_at
    return encode(new) > encode(old)


def supersedes(new: ExchangeStage, old: ExchangeStage) -> bool:
    """Return True when `new` should replace `old` as its source's vote (both under one vote key).

    A report without any side figure never replaces a vote, and is replaced by
    any report with one. For a table that must also ignore replays of older
    articles, keep a `Ballot` instead.
    """
    if not is_countable(new):
        return False
    if not is_countable(old):
        return True
    if new.event_id == old.event_id:
        return is_later_copy(new, old)
    return order_key(new) > order_key(old)


def latest_votes(reports: Iterable[ExchangeStage], conflict: str) -> list[ExchangeStage]:
    """Return the current vote of every source for every stage of `conflict`, sorted by vote key.

    Duplicates, replays and superseded reports may all be present; the result
    depends only on the set of reports given.
    """
    copies: dict[str, tuple[datetime, ExchangeStage]] = {}
    for report in reports:
        if report.conflict != conflict or not is_countable(report):
            continue
        held = copies.get(report.event_id)
        if held is None:
            copies[report.event_id] = (as_utc(report.received_at), report)
            continue
        first_seen = min(held[0], as_utc(report.received_at))
        copies[report.event_id] = (first_seen, report if is_later_copy(report, held[1]) else held[1])
    winners: dict[str, tuple[OrderKey, ExchangeStage]] = {}
    for first_seen, report in copies.values():
        key = vote_key(report)
        rank = order_key(report, first_seen)
        current = winners.get(key)
        if current is None or rank > current[0]:
            winners[key] = (rank, report)
    return [winners[key][1] for key in sorted(winners)]
