"""Reconciling one stage: completing, constraining and the status."""

from schemas import ExchangeStage, StageStatus, TallyStage
from services.aggregator.reconcile import reconcile
from services.aggregator.rules.stages import resolve_stage
from tests.unit.aggregator.factories import FRIDAY, KYIV, MOSCOW, figures, report


def only_stage(reports: list[ExchangeStage]) -> TallyStage:
    tally = reconcile(reports)
    [exchange] = tally.exchanges
    [stage] = exchange.stages
    return stage


def test_several_outlets_count_a_stage_once() -> None:
    tally = reconcile([report("a", both=figures(390)), report("b", both=figures(390)), report("c", both=figures(390))])
    assert tally.totals["ukraine"].total == 390
    stage = tally.exchanges[0].stages[0]
    assert stage.status is StageStatus.CONFIRMED and stage.sources == ["a", "b", "c"]


def test_one_source_is_single_source() -> None:
    assert only_stage([report("a", both=figures(390))]).status is StageStatus.SINGLE_SOURCE


def test_military_plus_civilian_gives_the_total() -> None:
    stage = only_stage([report("a", both=figures(military=270, civilian=120))])
    assert stage.ukraine.total == 390


def test_total_and_military_do_not_invent_civilians() -> None:
    stage = only_stage([report("a", both=figures(307, 307))])
    assert stage.russia.civilian is None


def test_parts_never_exceed_the_whole() -> None:
    stage = only_stage(
        [
            report("a", both=figures(390)),
            report("b", both=figures(390)),
            report("c", both=figures(military=300, civilian=120)),
        ]
    )
    assert stage.ukraine.total == 390
    assert stage.ukraine.military == 300 and stage.ukraine.civilian is None
    assert stage.status is StageStatus.DISPUTED


def test_exact_figure_supersedes_hedged_one_without_dispute() -> None:
    stage = only_stage(
        [
            report("a", ukraine=figures(400, approximate=True, authority=KYIV), russia=figures(390)),
            report("b", both=figures(390)),
        ]
    )
    assert stage.ukraine.total == 390 and stage.status is StageStatus.CONFIRMED
    assert [(a.side, a.value, a.approximate) for a in stage.alternatives] == [("ukraine", 400, True)]


def test_disagreement_is_kept_as_alternatives() -> None:
    stage = only_stage([report("a", both=figures(390)), report("b", both=figures(390)), report("c", both=figures(380))])
    assert stage.status is StageStatus.DISPUTED
    assert {(a.side, a.value) for a in stage.alternatives} == {("ukraine", 380), ("russia", 380)}


def test_hedged_only_figures_are_listed_as_approximate() -> None:
    stage = only_stage([report("a", ukraine=figures(400, approximate=True))])
    assert stage.approximate == ["ukraine.total"]
    assert stage.russia.total is None


def test_a_side_counts_only_what_was_returned_to_it() -> None:
    tally = reconcile(
        [
            report("a", day=FRIDAY, ukraine=figures(390), russia=figures(390)),
            report("b", day=FRIDAY, ukraine=figures(390)),
        ]
    )
    assert tally.totals["ukraine"].total == 390 and tally.totals["russia"].total == 390


def test_a_source_whose_total_lost_does_not_vote_its_whole_as_a_part() -> None:
    stage = resolve_stage(FRIDAY, [
        report("kyiv", ukraine=figures(189, authority=KYIV)),
        report("moscow", article="m", ukraine=figures(150, 150, authority=MOSCOW)),
    ], 1)
    assert stage.ukraine.model_dump() == {"total": 189, "military": None, "civilian": None}
    assert [(alt.field, alt.value) for alt in stage.alternatives] == [("total", 150)]


def test_the_parts_of_the_winning_total_outvote_copies_of_a_losing_one() -> None:
    stage = resolve_stage(FRIDAY, [
        report("a", russia=figures(246, 246)),
        report("b", russia=figures(246, 246)),
        report("c", russia=figures(261, 246)),
        report("d", russia=figures(261, 261)),
        report("e", russia=figures(261, 261)),
    ], 1)
    assert stage.russia.total == 261 and stage.russia.military == 261


def test_a_losing_source_keeps_a_part_smaller_than_its_own_total() -> None:
    stage = resolve_stage(FRIDAY, [
        report("a", ukraine=figures(205)),
        report("b", ukraine=figures(205)),
        report("c", ukraine=figures(215, civilian=20)),
    ], 1)
    assert stage.ukraine.total == 205 and stage.ukraine.civilian == 20
