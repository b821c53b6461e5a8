"""Military and civilian figures: enumerations, subsets, implied categories."""

import pytest

from tests.unit.extractor.helpers import figures


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Russia said it had received 270 troops and 120 civilians on Friday.",
         {("russia", "military", 270), ("russia", "civilian", 120), ("russia", "total", 390)}),
        ("On Friday 390 prisoners were exchanged, including 120 civilians.",
         {("both", "total", 390), ("both", "civilian", 120)}),
        ("Russia and Ukraine exchanged 307 POWs each on Saturday.",
         {("both", "military", 307), ("both", "total", 307)}),
        ("Ukraine's coordination headquarters said 185 Ukrainian servicemen and 20 civilians had come home.",
         {("ukraine", "military", 185), ("ukraine", "civilian", 20), ("ukraine", "total", 205)}),
        ("Today 84 Ukrainians returned home: 33 military and 51 civilians.",
         {("ukraine", "total", 84), ("ukraine", "military", 33), ("ukraine", "civilian", 51)}),
        ("Eight Russian citizens, residents of the Kursk region, were returned.",
         {("russia", "civilian", 8), ("russia", "total", 8)}),
    ],
)
def test_categories(sentence: str, expected: set[tuple[str, str, int]]) -> None:
    assert figures(sentence) == expected


def test_a_single_category_only_implies_the_total() -> None:
    from tests.unit.extractor.helpers import findings

    implied = {(f.field, f.listed) for f in findings("Russia and Ukraine exchanged 307 POWs each on Saturday.")}
    assert implied == {("military", False), ("total", False)}


def test_people_freed_on_top_are_additions() -> None:
    from tests.unit.extractor.helpers import findings

    found = findings("On top of the exchange, Ukraine handed over 22 seriously wounded Russian servicemen.")
    assert {(f.side, f.field, f.value, f.additive) for f in found} == {
        ("russia", "military", 22, True), ("russia", "total", 22, True)}
