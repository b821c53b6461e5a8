"""Generalisation patterns of round general39."""

from datetime import date

from schemas import StageKind
from tests.unit.extractor.helpers import only, run, sides

# "According to the ministry, 40 of those freed were soldiers ...": a source named before a part of the people
# just counted does not make it a sentence of its own; it still breaks that count down


def test_an_attributed_part_still_breaks_down_the_count_before() -> None:
    text = ("Sixty Ukrainians came home on Tuesday in an exchange with Russia. According to Ukraine's ombudsman, "
            "45 of those freed were servicemen and 15 were civilians, many of whom had been held since 2016.")
    (stage,) = only(run(text, published=date(2026, 3, 11)).stages, StageKind.STAGE)
    assert sides(stage)[0] == (60, 45, 15)


# "held since 2015, 2018 and 2019": "since" governs every year of the list, so none of them dates a handover


def test_a_list_of_years_after_since_dates_only_the_captivity() -> None:
    text = ("Sixty Ukrainians came home on Tuesday in an exchange with Russia. 45 of those freed were servicemen "
            "and 15 were civilians, some of whom had been held since 2015, 2018 and 2019.")
    (stage,) = only(run(text, published=date(2026, 3, 11)).stages, StageKind.STAGE)
    assert sides(stage)[0] == (60, 45, 15)
# "Sixty warriors - marines, paratroopers, border guards - and 15 civilians.": the units set off by dashes name
# who the first part were; the sentence is still only a list of counts breaking down the count before


def test_a_bare_list_with_a_dashed_aside_breaks_down_the_count_before() -> None:
    text = ("Today 75 Ukrainians came home from captivity in an exchange with Russia. Sixty warriors - marines, "
            "paratroopers, border guards - and fifteen civilians.")
    (stage,) = only(run(text, published=date(2026, 3, 11)).stages, StageKind.STAGE)
    assert sides(stage)[0] == (75, 60, 15)


# "58 of the Ukrainians were servicemen": a part of the nationals the story counted, even a sentence and a
# subheading later; the nationality says whose people it breaks down


def test_a_part_of_named_nationals_breaks_down_their_count() -> None:
    text = ("Seventy Ukrainians and seventy Russians came home on Tuesday in an exchange. It was the fourth swap "
            "of the spring.\n\nWho came back?\n\nAccording to Kyiv's ombudsman, 58 of the Ukrainians were servicemen "
            "and 12 were civilians.")
    (stage,) = only(run(text, published=date(2026, 3, 11)).stages, StageKind.STAGE)
    assert sides(stage) == ((70, 58, 12), (70, None, None))
