"""A receiving government's later word on its own people replaces its earlier one.

"On April 2, 91 defenders returned home, not 84 as we reported earlier": when the government receiving a side's
people gives different figures for one stage on different days, every report of its later figure is published
after every report of its earlier one, and as many reports carry it as the earlier one, the earlier one is its
first count, withdrawn. Outlets that carried that first count (a wire on the day, a live blog) still vote for it,
but no longer as the government's own word, so the revision wins however many of them there were; the first count
stays listed as an alternative. A lone later report against a government's word told twice is more likely a
misreading (sides swapped, say) than a revision, and changes nothing. Publication days, never arrival order, decide
what is later, so any permutation of the reports elects the same figure.
"""

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from schemas import ExchangeStage
from services.aggregator.rules.voting import Claim, FieldName


def _published_by_source(reports: Sequence[ExchangeStage]) -> dict[str, date | None]:
    """Each source's latest publication day; None for a source with an undated report."""
    days: dict[str, date | None] = {}
    for report in reports:
        held = days.get(report.source, date.min)
        days[report.source] = None if held is None or report.published is None else max(held, report.published)
    return days


def _revised_value(own: list[Claim], days: dict[str, date | None]) -> int | None:
    """The one value whose own-government reports all come after every other one's, and are as many."""
    spans: dict[int, tuple[date, date]] = {}
    support: dict[int, int] = {}
    for claim in own:
        support[claim.value] = support.get(claim.value, 0) + 1
        day = days.get(claim.source)
        if day is None:
            return None  # an undated report: no order to go by
        low, high = spans.get(claim.value, (day, day))
        spans[claim.value] = (min(low, day), max(high, day))
    if len(spans) < 2:
        return None
    latest = max(spans, key=lambda value: spans[value][0])
    earlier = max(high for value, (_, high) in spans.items() if value != latest)
    if spans[latest][0] <= earlier or support[latest] < max(support.values()):
        return None
    return latest


def own_revisions(
    reports: Sequence[ExchangeStage], claims: dict[FieldName, list[Claim]]
) -> dict[FieldName, list[Claim]]:
    """Return `claims` with the own-government claims of a withdrawn first count voting as the press."""
    if sum(1 for field in claims.values() for claim in field if claim.own_government) < 2:
        return claims  # cheap: one own-government figure cannot revise itself
    days = _published_by_source(reports)
    revised: dict[FieldName, list[Claim]] = {}
    for field, field_claims in claims.items():
        own = [claim for claim in field_claims if claim.own_government and not claim.approximate]
        latest = _revised_value(own, days)
        revised[field] = field_claims if latest is None else [
            replace(claim, own_government=False) if claim.own_government and claim.value != latest else claim
            for claim in field_claims
        ]
    return revised
