"""Generalisation patterns of round general45 (second part)."""

from tests.unit.extractor.helpers import figures

# "N residents of <place>, including <some of them>, were among the M": the aside does not cut the N from "among"


def test_residents_with_an_including_aside_before_among_are_a_share() -> None:
    sentence = ("Eleven residents of the Chernihiv region, including a retired priest, were among the 73 Ukrainians "
                "released from Russian captivity on Monday.")
    assert ("ukraine", "total", 11) not in figures(sentence)
    assert ("ukraine", "civilian", 11) not in figures(sentence)


def test_residents_with_an_aside_and_no_among_keep_their_figure() -> None:
    sentence = ("Eleven residents of the Chernihiv region, including a retired priest, were released from "
                "Russian captivity on Monday.")
    assert ("ukraine", "civilian", 11) in figures(sentence)
