"""Generalisation patterns from the fifth blind set: extras mirrored, "that day", press reviews, local counts."""

from datetime import date

from schemas import StageKind
from tests.unit.extractor.helpers import figures, only, run, sides

# "the same number" mirrors the exchange's base, never the wounded one side freed on top


def test_a_mirrored_exchange_does_not_give_the_other_side_the_extras() -> None:
    line = ("Oleh was one of 120 Ukrainian soldiers swapped for the same number of Russian troops, and one of "
            "fifteen badly wounded soldiers whom Moscow released on top.")
    found = figures(line)
    assert ("russia", "military", 120) in found
    assert ("russia", "military", 15) not in found
    assert ("ukraine", "military", 15) in found


def test_a_figure_before_an_extra_is_not_an_extra_itself() -> None:
    stages = only(run("Oleh was one of 120 Ukrainian soldiers swapped on Monday for the same number of Russian "
                      "troops, and one of fifteen badly wounded soldiers whom Moscow released on top.",
                      published=date(2025, 3, 12)).stages, StageKind.STAGE)
    assert [sides(s) for s in stages] == [((135, 135, None), (120, 120, None))]


def test_a_lone_extra_is_still_an_extra() -> None:
    stages = only(run("Ukraine and Russia swapped 120 prisoners each on Monday. Moscow also released fifteen "
                      "badly wounded Ukrainian soldiers on top.", published=date(2025, 3, 12)).stages,
                  StageKind.STAGE)
    assert [sides(s)[0] for s in stages] == [(135, 15, None)]


# "that day" points back to the day a figure-less sentence just before named


def test_that_day_takes_the_day_named_in_the_sentences_just_before() -> None:
    text = ("A long wait ends\n\nOn Tuesday night the phone finally rang. A volunteer was on the line. "
            "Oleh was one of 120 Ukrainian soldiers exchanged that day for the same number of Russian troops.")
    stages = only(run(text, published=date(2025, 3, 13)).stages, StageKind.STAGE)
    assert [s.stage_date for s in stages] == [date(2025, 3, 11)]


def test_that_day_with_no_day_before_stays_on_the_story_day() -> None:
    text = ("A long wait ends\n\nThe phone finally rang. A volunteer was on the line. "
            "Oleh was one of 120 Ukrainian soldiers exchanged that day for the same number of Russian troops.")
    stages = only(run(text, published=date(2025, 3, 13)).stages, StageKind.STAGE)
    assert [s.stage_date for s in stages] == [date(2025, 3, 13)]
