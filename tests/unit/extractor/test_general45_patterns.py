"""Generalisation patterns of round general45."""

from datetime import date

from schemas import StageKind
from tests.unit.extractor.helpers import figures, only, run, sides

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
