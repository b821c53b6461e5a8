"""Generalisation patterns of round general45."""

from datetime import date

from schemas import StageKind
from tests.unit.extractor.helpers import figures, findings, only, run, sides

# "N people, civilians among them": the apposed noun names only some of the N, so it gives no category


def test_an_apposed_noun_with_among_them_names_only_a_part() -> None:
    sentence = "Kyiv welcomed home 64 citizens, civilians among them, after talks in Istanbul."
    assert ("ukraine", "civilian", 64) not in figures(sentence)
    assert ("ukraine", "military", 64) not in figures(sentence)
    assert ("ukraine", "total", 64) in figures(sentence)


def test_an_apposed_noun_with_included_names_only_a_part() -> None:
    sentence = "Moscow said 37 Russians, civilians included, were handed back on Friday."
    assert ("russia", "civilian", 37) not in figures(sentence)


def test_an_apposed_noun_said_of_all_still_gives_the_category() -> None:
    sentence = "Kyiv welcomed home 64 citizens, all of them civilians, after talks in Istanbul."
    assert ("ukraine", "civilian", 64) in figures(sentence)


def test_a_plain_apposed_civilians_still_gives_the_category() -> None:
    sentence = "Kyiv welcomed home 64 citizens, civilians from Mariupol, after talks in Istanbul."
    assert ("ukraine", "civilian", 64) in figures(sentence)


def test_a_part_apposition_in_an_article_keeps_both_categories_unknown() -> None:
    text = "Ukraine brought back 58 of its people, civilians among them, on Tuesday. Russia got 58 servicemen back."
    stage = only(run(text, date(2026, 4, 2)).stages, StageKind.STAGE)[0]
    assert sides(stage)[0] == (58, None, None)


# "N came home, A soldiers and B civilians": a list right after a comma that adds up to the count breaks it down


def test_a_list_after_a_comma_that_sums_to_the_count_breaks_it_down() -> None:
    sentence = "By evening 96 Russians had been returned to Belgorod, 90 conscripts and six civilians."
    assert ("russia", "military", 90) in figures(sentence)
    assert ("russia", "civilian", 6) in figures(sentence)


def test_a_list_after_a_comma_that_does_not_sum_takes_no_side() -> None:
    sentence = "By evening 96 Russians had been returned to Belgorod, 40 conscripts and six civilians."
    assert ("russia", "military", 40) not in figures(sentence)
    assert ("russia", "civilian", 6) not in figures(sentence)


# "Already 64 of ours are back": a count told while the handover goes on is a lower bound, the final figure wins


def test_already_before_a_figure_marks_a_running_count() -> None:
    found = findings("Already 64 of our defenders are back on home soil, the ombudsman wrote.")
    assert {f.approximate for f in found if f.value == 64} == {True}


def test_a_later_final_figure_replaces_a_running_count() -> None:
    text = ("President Zelenskiy wrote on Tuesday: \"Already 64 of our people are home.\" "
            "In the evening the final figure came: 101 Ukrainians have returned, 95 soldiers and six civilians.")
    stage = only(run(text, date(2026, 4, 2)).stages, StageKind.STAGE)[0]
    assert sides(stage)[0] == (101, 95, 6)


def test_a_figure_already_said_to_be_freed_stays_exact() -> None:
    found = findings("Russia has already freed 64 Ukrainian defenders, the ombudsman wrote.")
    assert {f.approximate for f in found if f.value == 64} == {False}
