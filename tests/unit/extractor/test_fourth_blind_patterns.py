"""Generalisation patterns from the fourth blind set: differing accounts, corrections, extras, dates."""

from datetime import date

from schemas import Authority, StageKind
from services.extractor.rules.attribution import attribute, both_governments
from tests.unit.extractor.helpers import findings, only, run, sides

# two governments' differing accounts are a disagreement, not a contradiction


def test_a_sentence_setting_both_governments_side_by_side_speaks_for_neither() -> None:
    line = "kyiv says 210 were freed, moscow counts 160 in each direction"
    assert both_governments(line, 0, len(line))
    assert attribute(line, 0, len(line)) == (Authority.KYIV, False)  # the first speaker still orients the sides


def test_one_government_quoted_twice_is_not_both() -> None:
    line = "kyiv says 210 were freed, zelensky said later"
    assert not both_governments(line, 0, len(line))


def test_each_side_keeps_its_own_government_figure_when_the_two_differ() -> None:
    text = ("Prisoner swap: Kyiv says 210 were freed, Moscow counts 160 in each direction\n\n"
            "Russia and Ukraine swapped prisoners on Thursday, but gave different numbers. "
            "Ukraine's president said 210 Ukrainians had come home. "
            "Russia's defence ministry said 160 Russian servicemen had been returned and that 160 Ukrainian "
            "prisoners of war were handed over in return.")
    extraction = run(text, published=date(2025, 2, 14))
    assert extraction.rejection is None
    stages = only(extraction.stages, StageKind.STAGE)
    assert [sides(s) for s in stages] == [((210, None, None), (160, 160, None))]


def test_one_government_giving_two_totals_is_still_a_contradiction() -> None:
    text = ("Ukraine's president said on Thursday that 210 Ukrainians had come home from Russian captivity. "
            "Ukraine's president later said that 160 Ukrainians had come home in the exchange.")
    extraction = run(text, published=date(2025, 2, 14))
    assert extraction.rejection is not None and extraction.rejection.reason == "contradictory_figures"


def test_a_category_from_the_side_own_government_survives_a_larger_total() -> None:
    text = ("Ukraine's president said on Thursday that 210 Ukrainians had come home from Russian captivity. "
            "The president said 160 Ukrainian servicemen had been returned.")
    stages = only(run(text, published=date(2025, 2, 14)).stages, StageKind.STAGE)
    assert [sides(s)[0] for s in stages] == [(210, 160, None)]


# "a further N wounded" is freed on top of the exchange, not a second figure for the same people


def test_a_further_batch_of_wounded_adds_to_the_receiving_side() -> None:
    text = ("Kyiv and Moscow trade 120 POWs each; Russia releases a further 14 badly wounded\n\n"
            "Russia and Ukraine exchanged 120 prisoners of war each on Monday. "
            "Moscow also released 14 seriously wounded Ukrainian soldiers as a goodwill gesture.")
    stages = only(run(text, published=date(2025, 6, 3)).stages, StageKind.STAGE)
    assert [(sides(s)[0][0], sides(s)[1][0]) for s in stages] == [(134, 120)]


def test_a_further_figure_without_wounded_is_no_extra() -> None:
    found = findings("A further 300 prisoners were exchanged on Saturday.")
    assert not any(f.additive for f in found)


# a long "since the start of the full-scale invasion" opener governs the figure after it


def test_a_long_war_long_opener_still_governs_its_figure() -> None:
    found = findings("Since the start of the full-scale invasion, Kyiv has brought home more than 4,200 people "
                     "through prisoner exchanges.")
    assert [f for f in found if f.kind == StageKind.STAGE] == []


def test_a_dated_handover_after_a_war_long_opener_is_still_read() -> None:
    found = findings("Since the start of the full-scale invasion, exchanges have been rare; on Friday 84 "
                     "Ukrainians came home.", day=date(2025, 5, 24))
    assert {(f.side, f.field, f.value) for f in found if f.kind == StageKind.STAGE} == {("ukraine", "total", 84)}


# a government's own-people figure read by default as each side's is no mirror when the other side is silent


def test_a_government_headline_about_its_own_people_mirrors_nothing() -> None:
    text = ("Russia says 41 soldiers freed in new prisoner swap with Ukraine\n\n"
            "Forty-one Russian soldiers were released from Ukrainian captivity on Tuesday in a new exchange.")
    stages = only(run(text, published=date(2023, 6, 7)).stages, StageKind.STAGE)
    assert [sides(s) for s in stages] == [((None, None, None), (41, 41, None))]


def test_an_exchange_reported_by_the_press_still_reads_as_each_side() -> None:
    text = ("Russia and Ukraine exchanged 41 prisoners on Tuesday. "
            "Ukraine's president said 41 Ukrainians came home.")
    stages = only(run(text, published=date(2023, 6, 7)).stages, StageKind.STAGE)
    assert [(sides(s)[0][0], sides(s)[1][0]) for s in stages] == [(41, 41)]


# a lead's day dates the story even when a background figure elsewhere carries an old date


def test_the_lead_day_holds_despite_an_old_dated_background_figure() -> None:
    text = ("The two countries exchanged prisoners on Wednesday after a pause of several weeks. "
            "In all, 310 captives were freed by the two sides, the mediator said. "
            "On 6 January, in an earlier exchange, Ukraine received 140 people and Russia 150.")
    stages = only(run(text, published=date(2024, 2, 16)).stages, StageKind.STAGE)
    assert [(s.stage_date, s.combined_total) for s in stages] == [(date(2024, 2, 14), 310)]


# a correction note that withdraws a bare figure replaces it, it does not add a second one


def test_a_correction_note_withdraws_the_headline_figure() -> None:
    text = ("Kyiv and Moscow swap 64 captives each\n\n"
            "Ukraine and Russia each got back 61 prisoners of war on Monday in a swap brokered by Qatar. "
            "Correction: an earlier version of this report, and its headline, put the number at 64 on each side, "
            "quoting an early estimate from a local official.")
    stages = only(run(text, published=date(2024, 9, 17)).stages, StageKind.STAGE)
    assert [(sides(s)[0][0], sides(s)[1][0]) for s in stages] == [(61, 61)]


def test_a_note_figure_without_a_correction_cue_withdraws_nothing() -> None:
    found = findings("The ministry put the number at 64 on each side.")
    assert not any(f.correction == "retracted" for f in found)


# people aboard a transport bound for an exchange have not been handed over yet


def test_prisoners_aboard_a_flight_for_a_planned_swap_are_no_handover() -> None:
    assert findings("Moscow says 48 Ukrainian prisoners were on board, being driven to the frontier for a planned "
                    "swap, when the bus was hit.") == []


def test_prisoners_aboard_a_flight_home_after_a_swap_still_count() -> None:
    found = findings("The 48 Ukrainian prisoners freed in the swap were on board the plane that landed in Kyiv "
                     "on Friday.")
    assert ("ukraine", "total", 48) in {(f.side, f.field, f.value) for f in found}
