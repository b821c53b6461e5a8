"""A total equal to one stated part of another source's split of the same side counts only that part."""

from services.aggregator.reconcile import reconcile
from tests.unit.aggregator.factories import figures, report


def test_an_early_soldiers_only_total_gives_way_to_the_split_whole() -> None:
    tally = reconcile([
        report("flash", ukraine=figures(40, 40), russia=figures(40, 40)),
        report("digest", ukraine=figures(40, 40), russia=figures(40, 40)),
        report("ministry", ukraine=figures(40, 40), russia=figures(47, 40, 7)),
    ])
    stage = tally.exchanges[0].stages[0]
    assert (stage.russia.total, stage.russia.military, stage.russia.civilian) == (47, 40, 7)
    assert stage.ukraine.total == 40


def test_a_total_equal_to_the_civilian_part_does_not_rival_the_whole() -> None:
    tally = reconcile([
        report("statement", russia=figures(7)),
        report("ministry", russia=figures(47, 40, 7)),
    ])
    assert tally.exchanges[0].stages[0].russia.total == 47


def test_a_total_beside_a_different_part_still_competes() -> None:
    tally = reconcile([
        report("flash", russia=figures(40, 33)),
        report("digest", russia=figures(40, 33)),
        report("ministry", russia=figures(47, 40, 7)),
    ])
    assert tally.exchanges[0].stages[0].russia.total == 40


def test_the_part_only_total_stays_listed_as_an_alternative() -> None:
    stage = reconcile([
        report("flash", russia=figures(40, 40)),
        report("ministry", russia=figures(47, 40, 7)),
    ]).exchanges[0].stages[0]
    assert [(a.side, a.field, a.value, a.sources) for a in stage.alternatives] == [("russia", "total", 40, ["flash"])]
