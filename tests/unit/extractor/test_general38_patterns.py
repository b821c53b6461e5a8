"""General38: bare figures that answer a count of bodies; the hour by which figures were known."""

from datetime import date

from schemas import StageKind
from services.extractor.rules.saidmakeup import said_makeup
from tests.unit.extractor.helpers import figures, findings, only, run, sides


def test_a_bare_figure_answering_a_count_of_bodies_counts_bodies() -> None:
    assert figures("Kyiv gets the remains of 750 soldiers while Moscow takes back 41") == set()
    assert figures("Russia handed over 600 bodies, and Ukraine returned 23 to Russia.") == set()


def test_a_bare_figure_after_people_still_counts_people() -> None:
    assert ("russia", "total", 41) in figures("Kyiv gets 750 prisoners back while Moscow takes back 41")


def test_the_hour_by_which_figures_were_known_dates_no_handover() -> None:
    text = ("Monday's exchange of prisoners was slow to be counted. By Tuesday evening the lists were final: 212 "
            "Ukrainian soldiers had come home and 212 Russian soldiers had been returned.")
    stage = only(run(text, published=date(2026, 2, 4)).stages, StageKind.STAGE)[0]
    assert stage.stage_date == date(2026, 2, 2)


def test_a_figure_told_with_the_days_swap_in_the_perfect_is_a_running_total() -> None:
    found = findings("With Tuesday's round, 420 captives have been returned to each country under the accord.")
    assert {f.kind for f in found} == {StageKind.CUMULATIVE}
    assert {f.kind for f in findings("With Tuesday's round over, 420 captives returned home.")} != {
        StageKind.CUMULATIVE}


def test_what_is_left_of_a_deal_is_not_the_deal() -> None:
    text = ("Russia and Ukraine swapped 120 prisoners each on Wednesday in the first stage of the exchange agreed in "
            "Geneva on 2 February, under which each side is to free 500 captives by the end of the year. A Ukrainian "
            "negotiator said Kyiv expected the remaining 380 on each side to be exchanged \"in three or four more "
            "stages\".")
    agreement = only(run(text, published=date(2026, 3, 5)).stages, StageKind.AGREEMENT)[0]
    assert sides(agreement) == ((500, None, None), (500, None, None))


def test_a_make_up_told_through_its_source_breaks_down_the_group() -> None:
    text = ("Ninety-five Ukrainians came home from Russian captivity on Tuesday. The ombudsman's office for the "
            "protection of the rights of prisoners said the group comprised 88 soldiers and 7 civilians.")
    stage = only(run(text, published=date(2026, 3, 4)).stages, StageKind.STAGE)[0]
    assert sides(stage)[0] == (95, 88, 7)


def test_a_make_up_with_no_count_breaks_nothing_down() -> None:
    text = "the office said the group included medics from odesa and two sailors."
    assert not said_makeup(text, 0, len(text))
    assert said_makeup(" the office said the group comprised 88 soldiers.", 0, 60)


def test_a_deal_figure_each_side_is_to_free_counts_both_sides() -> None:
    text = ("Eighty-two Ukrainians returned from Russian captivity on Tuesday in the third round of the swap agreed "
            "in Geneva on 2 February, under which each side is to release 450 prisoners by the end of the year.")
    agreement = only(run(text, published=date(2026, 3, 4)).stages, StageKind.AGREEMENT)[0]
    assert sides(agreement) == ((450, None, None), (450, None, None))
