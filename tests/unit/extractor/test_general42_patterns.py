"""Generalisation patterns of round general42."""


from datetime import date

from schemas import StageKind
from tests.unit.extractor.helpers import figures, findings, only, run, sides

# "All 64 Ukrainians freed on Monday were marines; ..." gives that one head count its predicate's category, even
# when the clause is not the sentence's last and another side is counted with the same figure


def test_all_of_a_count_said_to_be_a_category_takes_it() -> None:
    sentence = ("All 64 Ukrainians freed on Monday were marines, officials in Kyiv said; Russia got back 64 of its "
                "soldiers.")
    assert ("ukraine", "military", 64) in figures(sentence)
    assert ("russia", "military", 64) in figures(sentence)


def test_all_said_of_civilians_in_a_first_clause() -> None:
    sentence = "All 12 Ukrainians handed over at the border were civilians, and Moscow received 12 conscripts."
    assert ("ukraine", "civilian", 12) in figures(sentence)
    assert ("ukraine", "military", 12) not in figures(sentence)


def test_a_count_without_all_keeps_no_category() -> None:
    sentence = "Some 64 Ukrainians freed on Monday were marines, officials said; Russia got back 64 of its soldiers."
    assert ("ukraine", "military", 64) not in figures(sentence)


# "That brings the number freed by each side since Sunday to 420": the figure after "the number" and a release
# participle is a running total of people, as "the number of people freed" is


def test_the_number_freed_is_a_running_total_of_people() -> None:
    read = findings("That brings the number freed by each side since the start of the week to 420, officials said.")
    assert {(f.kind, f.side, f.field, f.value) for f in read} == {(StageKind.CUMULATIVE, "both", "total", 420)}


def test_the_number_swapped_over_several_days() -> None:
    read = findings("It brings the number released to each side over the three rounds to 515, the ministry said.")
    assert {(f.kind, f.side, f.value) for f in read} == {(StageKind.CUMULATIVE, "both", 515)}


def test_the_number_of_a_thing_is_no_head_count() -> None:
    assert not findings("That brings the number launched over the two nights to 415, the air force said.")


# "the first swap since March, of whom ...": a month after "the first swap since" orders the story's swap after an
# earlier one; it is not the period of the figures around it (unless a clause describes that earlier one)


def test_a_part_after_the_first_swap_since_a_month_is_the_days_part() -> None:
    sentence = "Kyiv got back 88 people on Friday in the first swap since March, of whom nine were civilians."
    assert ("ukraine", "civilian", 9) in figures(sentence, day=date(2026, 9, 19))
    assert ("ukraine", "total", 88) in figures(sentence, day=date(2026, 9, 19))


def test_a_count_before_the_first_swap_since_a_month() -> None:
    sentence = "Kyiv got back 88 people in the largest swap since March."
    assert ("ukraine", "total", 88) in figures(sentence, day=date(2026, 9, 19))


def test_the_swap_described_after_since_a_month_is_still_that_one() -> None:
    sentence = "It was the first swap since March, when 40 prisoners were exchanged."
    assert not figures(sentence, day=date(2026, 9, 19))


# "Together with them, six civilians were freed": "them" are the people the sentence before counted, and the
# people freed with them go to the same side, on top of them


def test_people_freed_together_with_them_go_to_the_same_side() -> None:
    text = ("Ninety Ukrainian marines returned home on Tuesday after the prisoner exchange. Together with them, six "
            "civilians held in occupied towns were released.")
    stage = only(run(text, published=date(2026, 3, 4)).stages, StageKind.STAGE)[0]
    assert sides(stage)[0] == (96, 90, 6)


def test_with_them_after_a_sentence_of_both_sides_takes_no_side() -> None:
    text = ("Ukraine and Russia swapped 90 soldiers each on Tuesday. Along with them, six civilians were released.")
    stage = only(run(text, published=date(2026, 3, 4)).stages, StageKind.STAGE)[0]
    assert sides(stage)[0][2] is None
