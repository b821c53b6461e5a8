"""Dates: explicit, relative, weekday names, future plans, and the reference day of headerless articles."""

from datetime import date

import pytest

from services.extractor.rules.dates import find_dates
from services.extractor.rules.reference import infer_reference, resolve
from services.extractor.rules.tokens import tokenize

SATURDAY = date(2025, 5, 24)


def days(text: str, reference: date = SATURDAY, narrative: date = SATURDAY) -> list[date | None]:
    return [resolve(m, reference, narrative) for m in find_dates(tokenize(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on Friday", [date(2025, 5, 23)]),
        ("on Saturday", [SATURDAY]),
        ("on Sunday", [date(2025, 5, 18)]),
        ("today", [SATURDAY]),
        ("yesterday", [date(2025, 5, 23)]),
        ("two days ago", [date(2025, 5, 22)]),
        ("The previous day", [date(2025, 5, 23)]),
        ("A day earlier", [date(2025, 5, 23)]),
        ("the day before", [date(2025, 5, 23)]),
        ("a day later", [date(2025, 5, 25)]),
        ("on May 23", [date(2025, 5, 23)]),
        ("on 23 May 2025", [date(2025, 5, 23)]),
        ("Published May 24,2025", [None]),
        ("on 2024-12-30", [date(2024, 12, 30)]),
        ("over the weekend", [date(2025, 5, 18)]),
    ],
)
def test_resolve(text: str, expected: list[date | None]) -> None:
    assert days(text) == expected


def test_abbreviated_month() -> None:
    assert days("on Thursday, Oct. 2,", reference=date(2025, 10, 3)) == [date(2025, 10, 2)]  # one date, weekday beside


def test_yearless_date_after_the_reference_is_last_year() -> None:
    assert days("on December 30", reference=date(2025, 1, 2)) == [date(2024, 12, 30)]


@pytest.mark.parametrize(
    "text",
    ["more will be released on Saturday and Sunday", "agreements signed in Istanbul on May 16", "tomorrow"],
)
def test_plans_and_signatures_date_no_handover(text: str) -> None:
    assert all(day is None for day in days(text))


def test_since_marks_the_start_of_a_span() -> None:
    (mention,) = find_dates(tokenize("since Friday"))
    assert mention.kind == "since"


def test_statement_day_is_kept_apart() -> None:
    kinds = [m.kind for m in find_dates(tokenize("said on Sunday that 303 returned yesterday"))]
    assert kinds == ["stated", "ago"]


def test_coarse_periods() -> None:
    kinds = [(m.kind, m.year, m.month) for m in find_dates(tokenize("in January 2024 and since 2022"))]
    assert kinds == [("coarse", 2024, 1), ("coarse", 2022, 0)]


def test_year_of_a_headerless_article_agrees_with_its_weekdays() -> None:
    mentions = find_dates(tokenize("exchanged 307 on Saturday ... on May 24 ... on May 16"))
    assert infer_reference(mentions, date(2026, 11, 21)) == date(2025, 5, 24)


def test_headerless_without_dates_is_read_on_arrival() -> None:
    assert infer_reference(find_dates(tokenize("no dates here")), date(2026, 11, 21)) == date(2026, 11, 21)
