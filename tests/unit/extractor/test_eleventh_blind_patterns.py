"""Generalisation patterns from the eleventh blind set (speakers in quotes, yearly tallies, subsets, recalls)."""

from tests.unit.extractor.helpers import figures

# "freed since the start of the year": a tally over the year so far counts many swaps, not the one reported


def test_a_tally_since_the_start_of_the_year_is_background() -> None:
    assert figures("The Ukrainian border guard service said 14 of its officers had come home since the start of "
                   "the year.") == set()
    assert figures("Ukraine says 30 Ukrainian soldiers were freed since the beginning of this year.") == set()
    # a superlative "since the start of the year" still leaves the handover's own figure alone
    assert figures("It was the largest swap since the start of the year: 90 Ukrainian soldiers came home.") == {
        ("ukraine", "military", 90), ("ukraine", "total", 90)}
