"""Generalisation patterns of round general32."""

from schemas import Authority
from tests.unit.extractor.helpers import figures

# "Kyiv gives its own tally: ..." reports a figure; "gives" there hands nobody over, so the people counted after
# the colon are not the other side's


def test_giving_an_own_count_hands_nobody_over() -> None:
    sentence = "Kyiv's ombudsman gives his own tally: 212 Ukrainians back, 190 of them soldiers and 22 civilians."
    assert figures(sentence, authority=Authority.KYIV) == {
        ("ukraine", "total", 212), ("ukraine", "military", 190), ("ukraine", "civilian", 22),
    }


def test_giving_people_still_hands_them_over() -> None:
    assert ("russia", "military", 40) in figures("Kyiv gave 40 soldiers back to Moscow in the swap.")
