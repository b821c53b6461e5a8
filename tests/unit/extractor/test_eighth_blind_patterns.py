"""Generalisation patterns from the eighth blind set (unusual layouts)."""

from datetime import date

from schemas import StageKind
from tests.unit.extractor.helpers import figures, findings, only, run, sides

# a fact-box line "• 120 — Ukrainian marines freed ..." labels what the figure counts with a dash


def test_a_fact_box_line_counts_the_noun_after_its_dash() -> None:
    assert figures("• 120 — Ukrainian marines freed from Russian captivity on Monday") == {
        ("ukraine", "military", 120), ("ukraine", "total", 120)}
    # only a figure opening the line labels what follows its dash
    assert figures("Russia freed 40 — Ukrainian soldiers, Kyiv said.") == {("ukraine", "total", 40)}


def test_a_fact_box_of_both_sides_gives_each_side_its_parts() -> None:
    text = ("Swap in figures\n\nThe two countries swapped prisoners on Monday.\n\nKEY FIGURES\n\n"
            "• 120 — Ukrainian marines freed from Russian captivity on Monday\n"
            "• 9 — Ukrainian civilians released with them\n"
            "• 120 — Russian soldiers handed over by Kyiv\n"
            "• 9 — Russian civilians released with them\n"
            "• 35 — months the longest-held marine spent in captivity")
    stages = only(run(text, published=date(2025, 3, 3)).stages, StageKind.STAGE)
    assert [sides(s) for s in stages] == [((129, 120, 9), (129, 120, 9))]


# "crossed over" moves people from one side to the other, like "crossed back"


def test_people_who_crossed_over_are_handed_over() -> None:
    text = ("Swap\n\nUkraine brought home 30 soldiers on Monday. "
            "Thirty Russian servicemen crossed over to Russia the same day.")
    stages = only(run(text, published=date(2025, 3, 3)).stages, StageKind.STAGE)
    assert [sides(s)[1][0] for s in stages] == [30]


# "500 prisoners for 500": the pair form with its noun said once, between the halves


def test_a_pair_with_its_noun_between_the_halves_is_the_deal_size() -> None:
    found = findings("Under the accord — 500 prisoners for 500 — the exchange will go on.")
    assert [(f.kind, f.side, f.field, f.value) for f in found] == [(StageKind.AGREEMENT, "both", "total", 500)]


# what a deal named in the clause is "expected to" bring is its plan; without a deal it forecasts the handover


def test_what_a_deal_is_expected_to_free_is_no_handover() -> None:
    text = ("Talks\n\nUkraine and Russia swapped 90 prisoners each on Tuesday. Under the accord, another 60 on each "
            "side are expected to be released on Thursday.")
    extraction = run(text, published=date(2025, 3, 5))
    assert extraction.rejection is None
    assert [(s.kind, sides(s)[0][0]) for s in extraction.stages] == [(StageKind.STAGE, 90), (StageKind.AGREEMENT, 60)]
    # a forecast with no deal in view is overtaken by the count of the handover it forecast
    assert [f.kind for f in findings("Some 150 Russian soldiers were due to be released.")] == [
        StageKind.STAGE, StageKind.STAGE]


# "received 64 as well": a bare figure closing its clause with "as well" counts people


def test_a_bare_figure_before_as_well_is_a_head_count() -> None:
    assert figures("Moscow received 64 as well.") == {("russia", "total", 64)}


# "had said that roughly 60 would be exchanged": a rough forecast in the future of the past is no deal


def test_a_rough_forecast_of_the_handover_is_no_agreement() -> None:
    text = ("Swap\n\nUkraine and Russia swapped 64 prisoners each on Tuesday. Officials had said beforehand that "
            "roughly 60 people would be exchanged.")
    stages = run(text, published=date(2025, 3, 5)).stages
    assert [(s.kind, sides(s)[0][0]) for s in stages] == [(StageKind.STAGE, 64)]


# "a bus carrying 40 prisoners bound for a swap": people on their way to a handover are not yet handed over


def test_people_carried_bound_for_a_swap_are_not_yet_handed_over() -> None:
    assert figures("Kyiv said a train carrying 40 Russian prisoners bound for a swap was delayed.") == set()


# "X in turn released ..." right after people freed on top of the swap: the reply in kind is on top as well


def test_a_reply_in_turn_to_people_freed_on_top_is_on_top_as_well() -> None:
    text = ("Swap\n\nUkraine and Russia swapped 50 soldiers each on Tuesday. In addition, Russia freed six seriously "
            "ill Ukrainian soldiers. Ukraine in turn released two badly wounded Russian soldiers.")
    stages = only(run(text, published=date(2025, 3, 5)).stages, StageKind.STAGE)
    assert [sides(s) for s in stages] == [((56, 56, None), (52, 52, None))]


# a clause opening on "the most recent / the previous exchange" tells that earlier swap, even with its day


def test_a_clause_opening_on_the_previous_swap_tells_no_handover_of_the_story() -> None:
    text = ("Explainer: who is still held\n\nUkraine says thousands of its soldiers remain in Russian captivity. "
            "The previous swap, on Monday, brought home 40 Ukrainian soldiers.")
    assert run(text, published=date(2025, 3, 6)).stages == []


# "the same number of soldiers as well as five residents": a mirror before every figure points back, not forward


def test_a_mirror_before_the_figures_does_not_copy_them_to_the_other_side() -> None:
    line = "Moscow said it got back the same number of soldiers as well as five residents of the Kursk region."
    assert {side for side, _, _ in figures(line)} == {"russia"}


# "Thirty of them were soldiers" right after a count breaks that count down, and takes its side


def test_a_sentence_opening_n_of_them_breaks_down_the_count_before() -> None:
    text = ("Swap\n\nRussia handed over 40 Ukrainians on Tuesday. Thirty of them were soldiers and the other ten were "
            "civilians.")
    stages = only(run(text, published=date(2025, 3, 5)).stages, StageKind.STAGE)
    assert [sides(s) for s in stages] == [((40, 30, 10), (None, None, None))]


# "20 were civilian sailors": a status word before the head of a predicate says which people they are


def test_a_predicate_head_qualified_civilian_is_civilian() -> None:
    assert ("russia", "civilian", 20) in figures(
        "Of the 50 Russians who came home, 20 were civilian sailors and 30 were soldiers.")
