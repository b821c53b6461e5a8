"""Feast days as dates: a handover dated only by the holiday it fell on or on the eve of."""

from datetime import date

import pytest

from schemas import StageKind
from services.extractor.rules.dates import find_dates
from services.extractor.rules.feasts import easter
from services.extractor.rules.reference import resolve
from services.extractor.rules.tokens import tokenize
from tests.unit.extractor.helpers import only, run, sides


def days(text: str, reference: date) -> list[date | None]:
    return [resolve(m, reference, reference) for m in find_dates(tokenize(text))]


def test_easter_sunday_in_both_calendars() -> None:
    assert easter(2024, orthodox=False) == date(2024, 3, 31)
    assert easter(2024, orthodox=True) == date(2024, 5, 5)
    assert easter(2023, orthodox=True) == date(2023, 4, 16)
    assert easter(2025, orthodox=False) == easter(2025, orthodox=True) == date(2025, 4, 20)


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        # an Easter named alone is the Orthodox one, kept in both countries
        ("The men crossed the border on the eve of Easter.", date(2024, 5, 6), date(2024, 5, 4)),
        ("They were freed on the eve of Orthodox Easter.", date(2024, 5, 5), date(2024, 5, 4)),
        ("They were freed on Catholic Easter.", date(2024, 4, 2), date(2024, 3, 31)),
        ("Forty came home on Orthodox Easter Sunday.", date(2024, 5, 7), date(2024, 5, 5)),
        ("Ten came home on Christmas Eve.", date(2023, 12, 27), date(2023, 12, 24)),
        ("Ten came home on Christmas Day.", date(2023, 12, 27), date(2023, 12, 25)),
        ("It was a New Year's Eve swap.", date(2025, 1, 2), date(2024, 12, 31)),
        ("They came home on the eve of Orthodox Christmas.", date(2024, 1, 8), date(2024, 1, 6)),
        # an Easter more than a week after the reference day is last year's
        ("Before, 40 had come home on the eve of Easter.", date(2024, 4, 1), date(2023, 4, 15)),
    ],
)
def test_a_feast_or_its_eve_is_a_day(text: str, reference: date, expected: date) -> None:
    assert days(text, reference)[-1:] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "A further swap is expected on the eve of Easter.",
        "Talks resumed on the eve of the summit.",
        "An Easter truce was announced.",
    ],
)
def test_a_planned_feast_or_no_feast_dates_nothing(text: str) -> None:
    assert all(day is None for day in days(text, date(2024, 5, 6)))


def test_a_handover_on_the_eve_of_easter_is_dated_the_saturday() -> None:
    text = (
        "Exchange brings soldiers home\n\n"
        "Ukraine and Russia traded prisoners on the eve of Orthodox Easter, hours before a brief truce began.\n\n"
        "Each side received 120 servicemen, the defence ministry said."
    )
    (stage,) = only(run(text, published=date(2024, 5, 5)).stages, StageKind.STAGE)
    assert stage.stage_date == date(2024, 5, 4)
    assert sides(stage) == ((120, 120, None), (120, 120, None))
