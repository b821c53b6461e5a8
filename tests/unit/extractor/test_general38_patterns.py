"""General38: bare figures that answer a count of bodies; ..."""

from tests.unit.extractor.helpers import figures


def test_a_bare_figure_answering_a_count_of_bodies_counts_bodies() -> None:
    assert figures("Kyiv gets the remains of 750 soldiers while Moscow takes back 41") == set()
    assert figures("Russia handed over 600 bodies, and Ukraine returned 23 to Russia.") == set()


def test_a_bare_figure_after_people_still_counts_people() -> None:
    assert ("russia", "total", 41) in figures("Kyiv gets 750 prisoners back while Moscow takes back 41")
