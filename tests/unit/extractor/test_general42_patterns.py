"""Generalisation patterns of round general42."""


from datetime import date
from typing import Final

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


# A printed interview labels its lines "Q:" and "A:"; asked "How many people came back on Sunday?", an official
# answers for their own country, so the answer's figure (and its "Of them, ..." breakdown) is that side's


_INTERVIEW: Final = (
    "Questions after the swap: an interview with Ukraine's human rights commissioner\n\n"
    "After Sunday's exchange we put a few questions to the commissioner's office.\n\n"
    "Q: How many people came back on Sunday?\n"
    "A: Eighty-four. Of them, 70 are soldiers and 14 are civilians, the commissioner said.\n\n"
    "Q: What comes next?\n"
    "A: Medical checks, then their families.\n"
)


def test_an_interviewed_officials_answer_counts_their_own_side() -> None:
    stages = only(run(_INTERVIEW, published=date(2026, 4, 14)).stages, StageKind.STAGE)
    assert [(s.stage_date, sides(s)[0]) for s in stages] == [(date(2026, 4, 12), (84, 70, 14))]


def test_a_labelled_answer_to_a_named_side_question() -> None:
    text = ("An explainer on the weekend's prisoner swap.\n\nQ: How many Russians were freed?\nA: Sixty-one.\n")
    stages = only(run(text, published=date(2026, 4, 14)).stages, StageKind.STAGE)
    assert [sides(s)[1][0] for s in stages] == [61]


def test_an_answer_of_nobodys_side_gives_no_side_its_people() -> None:
    text = _INTERVIEW.replace("Ukraine's human rights commissioner", "a historian").replace(
        "the commissioner's office", "a historian").replace("the commissioner said", "she said")
    assert not any(sides(s)[0][0] == 84 for s in run(text, published=date(2026, 4, 14)).stages)
