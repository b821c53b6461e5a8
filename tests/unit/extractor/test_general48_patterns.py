"""Generalisation patterns of round general48."""

from datetime import date

from tests.unit.extractor.helpers import run, sides

# "on Friday, three days before the Easter holiday": "N days before" followed by a named event dates that event
# from the handover; it does not move the handover N days back


def _dates(text: str, published: date) -> set[date]:
    return {stage.stage_date for stage in run(text, published).stages}


def test_days_before_a_named_event_does_not_move_the_handover() -> None:
    text = ("Kyiv said 75 of its soldiers came home on Friday, while Moscow said 75 of its men had returned, in a "
            "swap brokered by Qatar three days before the New Year holidays.")
    assert _dates(text, date(2026, 12, 25)) == {date(2026, 12, 25)}


def test_days_before_with_no_event_still_dates_the_earlier_day() -> None:
    text = ("Kyiv said on Friday that 75 of its soldiers had come home. Two days before, Moscow said, 40 of its "
            "men had returned.")
    assert date(2026, 12, 23) in _dates(text, date(2026, 12, 25))


# "Today 90 Ukrainians are home. ... Besides, six badly wounded fighters and four civilians were handed back.":
# people freed on top with no side named go to the one side the story has counted so far, the receiving side


def _side(text: str) -> list[tuple[tuple[int | None, int | None, int | None], tuple[int | None, ...]]]:
    return [sides(stage) for stage in run(text, date(2026, 3, 4)).stages]


def test_sideless_extras_go_to_the_side_the_story_counts() -> None:
    text = ("Today 90 Ukrainians came home.\n\nIn the swap itself, 80 soldiers were freed. In addition, six badly "
            "wounded fighters and four civilians were handed back the same day.")
    assert _side(text)[0][0] == (90, 86, 4)


def test_sideless_extras_stay_unsided_when_both_sides_were_counted() -> None:
    text = ("Today 90 Ukrainians and 90 Russians came home.\n\nIn the swap itself, 80 soldiers were freed. In "
            "addition, six badly wounded fighters and four civilians were handed back the same day.")
    assert all(civilian is None for (_, _, civilian), _ in _side(text))



# "Kyiv says 60 soldiers came home. Several badly injured men were also freed, it said without a number.": the
# count before unnumbered extras is the swap's part only, a lower bound of what the side received


def test_a_count_followed_by_unnumbered_extras_is_a_lower_bound() -> None:
    text = ("Kyiv says 60 Ukrainian soldiers came home on Monday in the swap. Several badly injured men were also "
            "freed, officials said, without giving a number.")
    [stage] = run(text, date(2026, 3, 2)).stages
    assert stage.sides.ukraine.total == 60 and stage.sides.ukraine.approximate


def test_a_count_followed_by_a_sentence_without_extras_stays_exact() -> None:
    text = ("Kyiv says 60 Ukrainian soldiers came home on Monday in the swap. Several of the men were also "
            "met by their families at the border.")
    [stage] = run(text, date(2026, 3, 2)).stages
    assert stage.sides.ukraine.total == 60 and not stage.sides.ukraine.approximate
