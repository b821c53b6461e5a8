"""Generalisation patterns of round general34 (a deal's deadline month)."""

from datetime import date
from typing import Final

from schemas import StageKind
from tests.unit.extractor.helpers import only, run, sides

# "agreed to swap 250 each by the end of May": the month is the deal's deadline, not when it was agreed

_DEADLINE: Final = (
    "Ninety soldiers freed from each side\n\n"
    "Ukraine and Russia each freed 90 soldiers on Tuesday. Officials said on Tuesday the two sides had agreed to "
    "swap another 250 prisoners each before the end of May."
)


def test_a_month_named_as_a_deals_deadline_does_not_make_it_another_months_deal() -> None:
    agreements = only(run(_DEADLINE, published=date(2026, 3, 18)).stages, StageKind.AGREEMENT)
    assert [(a.stage_date, sides(a)[0][0], sides(a)[1][0]) for a in agreements] == [(date(2026, 3, 17), 250, 250)]


def test_a_deal_struck_in_another_month_still_belongs_to_that_month() -> None:
    text = (
        "Ninety soldiers freed from each side\n\n"
        "Ukraine and Russia each freed 90 soldiers on Tuesday. In January the two sides agreed to swap 250 "
        "prisoners each."
    )
    agreements = only(run(text, published=date(2026, 3, 18)).stages, StageKind.AGREEMENT)
    assert all(a.stage_date != date(2026, 3, 17) for a in agreements)
