"""Figures: separators, words, hedges, ranges; things that are no head count."""

import pytest

from services.extractor.rules.numbers import figure_value, find_quantities
from services.extractor.rules.tokens import tokenize


def values(text: str) -> list[tuple[int, bool, bool]]:
    return [(q.value, q.approximate, q.in_range) for q in find_quantities(tokenize(text))]


@pytest.mark.parametrize(
    ("token", "expected"),
    [("390", 390), ("1,000", 1000), ("1.000", 1000), ("12,345,678", 12345678), ("2.5", None), ("23rd", None),
     ("58-year-old", None), ("8,000-10,000", None), ("1,00", None), ("١٢٣", None), ("999999999", None)],
)
def test_figure_value(token: str, expected: int | None) -> None:
    assert figure_value(token) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("exchanged 1 000 prisoners", [(1000, False, False)]),
        ("three hundred and three defenders", [(303, False, False)]),
        ("a thousand of its citizens", [(1000, False, False)]),
        ("twenty-two wounded", [(22, False, False)]),
        ("one hundred and fifty servicemen", [(150, False, False)]),
        ("about 100 prisoners", [(100, True, False)]),
        ("nearly 400 people", [(400, True, False)]),
        ("at least 1,200 prisoners", [(1200, True, False)]),
        ("more than 300 soldiers", [(300, True, False)]),
        ("between 8,000 and 10,000", [(8000, True, True), (10000, True, True)]),
        ("aged 18 to 25", [(18, True, True), (25, True, True)]),
        ("26 per cent of GDP", []),
        ("grew 1.1 per cent", []),
        ("4.7 million tonnes", []),
        ("82 percent", []),
    ],
)
def test_find_quantities(text: str, expected: list[tuple[int, bool, bool]]) -> None:
    assert values(text) == expected


def test_pair_token_is_one_figure() -> None:
    (quantity,) = find_quantities(tokenize("the 1,000-for-1,000 exchange"))
    assert (quantity.value, quantity.pair) == (1000, True)


def test_dates_are_skipped() -> None:
    tokens = tokenize("on May 23 390 prisoners")
    skip = frozenset({1, 2})
    assert [q.value for q in find_quantities(tokens, skip)] == [390]


@pytest.mark.parametrize(
    ("text", "approximate"),
    [
        ("Russia hands over 22 prisoners", False),
        ("Ukraine handed over 22 servicemen", False),
        ("the sides were handing over 303 people", False),
        ("Moscow turned over 46 civilians", False),
        ("it passed under 12 checkpoints", False),
        ("Kyiv took over 5 villages", False),
        ("Russia released over 22 prisoners", True),
        ("over 22 prisoners came home", True),
        ("Russia handed just over 22 prisoners", True),
        ("under 12 were wounded", True),
    ],
)
def test_over_after_a_verb_is_a_particle_not_a_hedge(text: str, approximate: bool) -> None:
    assert [q.approximate for q in find_quantities(tokenize(text))] == [approximate]
