"""A receiving government's later word on its own people replaces its earlier one (`owncorrections`)."""

from datetime import date, timedelta
from itertools import permutations

from schemas import ExchangeStage, StageStatus, TallyStage
from services.aggregator.reconcile import reconcile
from tests.unit.aggregator.factories import FRIDAY, KYIV, MOSCOW, figures, report

SATURDAY = FRIDAY + timedelta(days=1)


def _stage(reports: list[ExchangeStage]) -> TallyStage:
    [exchange] = reconcile(reports).exchanges
    [stage] = exchange.stages
    return stage


def _first_count_then_revision() -> list[ExchangeStage]:
    return [
        report("wire", ukraine=figures(60, 60, authority=KYIV), russia=figures(60, authority=MOSCOW),
               published=FRIDAY),
        report("blog", ukraine=figures(60, authority=KYIV), russia=figures(60, authority=MOSCOW), published=FRIDAY),
        report("tass", ukraine=figures(60, 60, authority=MOSCOW), russia=figures(60, 60, authority=MOSCOW),
               published=FRIDAY),
        report("hq", ukraine=figures(67, 67, authority=KYIV), russia=figures(55, authority=KYIV),
               published=SATURDAY),
        report("agency", ukraine=figures(67, authority=KYIV), published=SATURDAY),  # "revising its earlier count"
    ]


def test_the_receiving_government_s_later_count_wins_over_its_first_one() -> None:
    stage = _stage(_first_count_then_revision())
    assert (stage.ukraine.total, stage.ukraine.military) == (67, 67)
    assert stage.russia.total == 60  # Kyiv's later count of Russians is not Moscow's word: Moscow's 60 stands
    assert stage.status is StageStatus.DISPUTED
    assert {(alt.side, alt.field, alt.value) for alt in stage.alternatives} >= {("ukraine", "total", 60)}


def test_the_revision_wins_whatever_the_order_of_arrival() -> None:
    results = {_stage(list(order)).ukraine.total for order in permutations(_first_count_then_revision())}
    assert results == {67}


def test_two_counts_of_one_government_on_the_same_day_are_voted_as_usual() -> None:
    stage = _stage([
        report("a", ukraine=figures(60, authority=KYIV), published=FRIDAY),
        report("b", ukraine=figures(60, authority=KYIV), published=FRIDAY),
        report("c", ukraine=figures(67, authority=KYIV), published=FRIDAY),
    ])
    assert stage.ukraine.total == 60


def test_a_later_count_from_the_other_government_revises_nothing() -> None:
    stage = _stage([
        report("a", ukraine=figures(60, authority=KYIV), published=FRIDAY),
        report("b", ukraine=figures(67, authority=MOSCOW), published=SATURDAY),
        report("c", ukraine=figures(67, authority=MOSCOW), published=date(2025, 5, 25)),
    ])
    assert stage.ukraine.total == 60


def test_a_lone_later_report_against_a_government_s_word_told_twice_revises_nothing() -> None:
    stage = _stage([
        report("wire", russia=figures(60, authority=MOSCOW), published=FRIDAY),
        report("tass", russia=figures(60, authority=MOSCOW), published=FRIDAY),
        report("daily", russia=figures(66, authority=MOSCOW), published=SATURDAY),  # sides swapped, say
    ])
    assert stage.russia.total == 60
