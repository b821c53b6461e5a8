"""Generalisation patterns of round general46."""

from datetime import date

from schemas import StageKind
from tests.unit.extractor.helpers import figures, findings, only, run, sides

# "an exchange that ended a lull of seven weeks": what the exchange ended is the gap before it; the figure is the
# day's handover, not a running total of an exchange "that ended"


def test_an_exchange_that_ended_a_pause_is_one_handover() -> None:
    read = findings("Kyiv welcomed back 97 soldiers, in a swap that ended a lull of nearly seven weeks.")
    assert {(f.kind, f.side, f.value) for f in read} >= {(StageKind.STAGE, "ukraine", 97)}
    assert all(f.kind == StageKind.STAGE for f in read)


def test_a_pause_that_ended_with_a_months_long_wait() -> None:
    read = findings("Moscow got 41 servicemen back in a swap which concluded a months-long standstill in talks.")
    assert all(f.kind == StageKind.STAGE for f in read)


def test_an_exchange_that_ended_is_still_a_running_total() -> None:
    read = findings("Kyiv welcomed back 390 soldiers in the exchange that ended on Sunday after three rounds.")
    assert any(f.kind == StageKind.CUMULATIVE for f in read)


# "Officials in Lviv say 31 of them were marines": a short source with its reporting verb opens the sentence; the
# part of the people just counted is read after it, as after "According to officials in Lviv, "


def test_a_source_that_says_a_part_breaks_down_the_count_before() -> None:
    text = ("Kyiv brought home 140 people on Tuesday. Officials in Lviv say 131 of them were soldiers and border "
            "guards; the other nine were civilians.")
    stage = only(run(text, date(2026, 2, 12)).stages, StageKind.STAGE)
    assert [sides(s)[0] for s in stage] == [(140, 131, 9)]


def test_a_said_clause_with_a_figure_in_the_source_is_no_opening_aside() -> None:
    text = ("Kyiv brought home 140 people on Tuesday. Some 12 officials in Lviv said 131 of them were soldiers.")
    stage = only(run(text, date(2026, 2, 12)).stages, StageKind.STAGE)
    assert [sides(s)[0][1] for s in stage] != [131]


# "... on 9 March ... [two or three sentences of scene] ...\n\nShe was one of 140 freed that day": "that day" is the
# last day named before it, in its own paragraph or the one before, however many sentences of scene stand between


SCENE: str = ("The first lorry reached the checkpoint near Sumy on 9 March, just after dawn. Maria had been held in "
              "Taganrog for a year. \"We heard names read out in the yard,\" she recalls. "
              "\"Nobody moved at first.\"\n\n")


def test_that_day_reaches_back_to_the_day_of_the_paragraph_before() -> None:
    text = SCENE + "She was one of 140 Ukrainians freed that day. Moscow received 140 soldiers."
    stage = only(run(text, date(2026, 3, 12)).stages, StageKind.STAGE)
    assert [s.stage_date for s in stage] == [date(2026, 3, 9)]


def test_that_day_does_not_reach_past_the_paragraph_before() -> None:
    text = SCENE + "Nobody spoke for a while.\n\nShe was one of 140 Ukrainians freed that day. Moscow received 140."
    stage = only(run(text, date(2026, 3, 12)).stages, StageKind.STAGE)
    assert [s.stage_date for s in stage] != [date(2026, 3, 9)]


# A post that ends with its author's signature ("Olha Marchenko, Ukrainian Deputy Minister for Veterans") speaks in
# that author's voice throughout: its "we" and "our people" are that government's


def test_a_signed_post_speaks_for_its_signers_government() -> None:
    text = ("Twenty-six of our people are back home!\n\nThis morning a new exchange took place. We returned 19 "
            "servicemen and 7 civilians.\n\nOlha Marchenko, Ukrainian Deputy Minister for Veterans")
    stage = only(run(text, date(2026, 5, 6)).stages, StageKind.STAGE)
    assert [sides(s)[0] for s in stage] == [(26, 19, 7)]


def test_a_reporters_byline_is_no_signature() -> None:
    text = ("Twenty-six of our people are back home!\n\nThis morning a new exchange took place. We returned 19 "
            "servicemen and 7 civilians.\n\nOlha Marchenko, Ukrainian correspondent in Kyiv")
    assert not only(run(text, date(2026, 5, 6)).stages, StageKind.STAGE)


# "... confirmed that 96 Russian soldiers had come back and said 11 Russian civilians were also freed": the civilians
# freed "also" in a second clause are the other part of the same side's handover, so its total is their sum


def test_civilians_also_freed_in_a_second_clause_add_to_the_soldiers() -> None:
    sentence = ("Moscow's ministry confirmed that 96 Russian soldiers had come back from Ukrainian captivity and "
                "said 11 Russian civilians were also freed under the deal.")
    assert {("russia", "total", 107), ("russia", "military", 96), ("russia", "civilian", 11)} <= figures(sentence)
    assert ("russia", "total", 96) not in figures(sentence)


def test_civilians_freed_without_also_keep_their_own_count() -> None:
    sentence = ("Moscow's ministry confirmed that 96 Russian soldiers had come back from Ukrainian captivity and "
                "said 11 Russian civilians were freed under the deal.")
    assert ("russia", "total", 107) not in figures(sentence)


# "Over the three days, 540 Ukrainians came home, and Moscow got back 540 of its soldiers": a running-total span that
# opens the sentence governs each of its clauses, not only the first


def test_a_span_opening_the_sentence_governs_its_later_clause() -> None:
    text = ("Kyiv got back 200 soldiers on Monday and 340 on Wednesday. Over the three days, 540 Ukrainians came "
            "home, and Moscow got back 540 of its soldiers.")
    running = only(run(text, date(2026, 7, 9)).stages, StageKind.CUMULATIVE)
    assert [(s.sides.ukraine.total, s.sides.russia.total) for s in running] == [(540, 540)]


def test_a_span_inside_the_first_clause_only_does_not_govern_the_next() -> None:
    read = findings("Kyiv says 540 Ukrainians came home over the three days, and Moscow got back 200 soldiers on "
                    "Wednesday.")
    assert {(f.kind, f.side) for f in read if f.value == 200} == {(StageKind.STAGE, "russia")}


# "90 soldiers of the Armed Forces, 40 marines and 10 civilians": an "of" phrase naming a force, then a comma, goes
# on with the same list (the list's "and" may come later); border guards are servicemen


def test_an_of_forces_phrase_before_a_comma_keeps_the_list() -> None:
    read = figures("Kyiv brought home 90 soldiers of the Armed Forces, 40 marines and 10 civilians on Monday.")
    assert {("ukraine", "military", 130), ("ukraine", "civilian", 10), ("ukraine", "total", 140)} <= read


def test_an_of_phrase_naming_no_force_still_ends_the_item() -> None:
    read = figures("Kyiv brought home 90 soldiers of the 47th brigade, 40 of them wounded, on Monday.")
    assert ("ukraine", "total", 130) not in read


def test_border_guards_are_servicemen() -> None:
    read = figures("Kyiv brought home 90 soldiers, 40 border guards and 10 civilians on Monday.")
    assert {("ukraine", "military", 130), ("ukraine", "total", 140)} <= read

