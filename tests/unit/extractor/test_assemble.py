"""Article-level rules: merging sentences into per-day events, placement, precedence, contradictions."""

from datetime import date

from schemas import StageKind
from tests.unit.extractor.helpers import only, run, sides

FRIDAY, SATURDAY = date(2025, 5, 23), date(2025, 5, 24)


def stages_by_day(text: str, published: date = SATURDAY) -> dict[date, tuple[tuple[int | None, ...], ...]]:
    extraction = run(text, published)
    assert extraction.rejection is None, extraction.rejection
    return {s.stage_date: sides(s) for s in only(extraction.stages, StageKind.STAGE)}


def test_undated_figures_go_to_the_day_they_fit() -> None:
    text = ("Russia and Ukraine exchanged 307 POWs each on Saturday. Both sides received 390 people on Friday. "
            "Russia said it had received 270 Russian troops and 120 civilians.")
    days = stages_by_day(text)
    assert days[SATURDAY] == ((307, 307, None), (307, 307, None))
    assert days[FRIDAY] == ((390, None, None), (390, 270, 120))


def test_exact_beats_hedged() -> None:
    text = ("Roughly 300 Ukrainian prisoners were expected home on Saturday. "
            "Later the ministry said 307 Ukrainian prisoners of war were handed over on Saturday.")
    (stage,) = run(text).stages
    assert stage.sides.ukraine.total == 307 and not stage.sides.ukraine.approximate


def test_hedged_alone_is_kept_and_marked() -> None:
    (stage,) = run("Russia and Ukraine exchanged about 90 prisoners each on Saturday, preliminary reports said.").stages
    assert stage.sides.ukraine.total == 90 and stage.sides.ukraine.approximate


def test_people_freed_on_top_add_to_the_receiving_side() -> None:
    text = ("Russia and Ukraine exchanged 175 prisoners of war each on Wednesday. On top of the exchange, Ukraine "
            "handed over 22 seriously wounded Russian servicemen as a goodwill gesture.")
    (stage,) = run(text, date(2025, 3, 19)).stages
    assert sides(stage) == ((175, 175, None), (197, 197, None))


def test_combined_figure_is_neither_side() -> None:
    text = ("Ukraine got back 230 prisoners on Wednesday and Russia 248. "
            "In all, 478 people were released by the two sides.")
    (stage,) = run(text, date(2024, 1, 3)).stages
    assert sides(stage) == ((230, None, None), (248, None, None))
    assert stage.combined_total == 478


def test_defaulted_both_sides_equal_to_the_sum_is_combined() -> None:
    text = "Russia and Ukraine exchanged 478 prisoners on Wednesday: 230 Ukrainians and 248 Russians."
    (stage,) = run(text, date(2024, 1, 3)).stages
    assert (stage.sides.ukraine.total, stage.sides.russia.total, stage.combined_total) == (230, 248, 478)


def test_running_total_equal_to_its_day_is_that_day() -> None:
    text = ("Russia and Ukraine each released 390 prisoners on Friday. "
            "Both sides said they had each released 270 soldiers and 120 civilians so far.")
    extraction = run(text, FRIDAY)
    assert [s.kind for s in extraction.stages] == [StageKind.STAGE]
    assert sides(extraction.stages[0]) == ((390, 270, 120), (390, 270, 120))


def test_running_total_and_agreement_are_their_own_events() -> None:
    text = ("Another 307 Ukrainian defenders are home, Zelensky said on Saturday. In just these two days, "
            "697 people have been brought home, he said. It is the second day of the 1,000-for-1,000 exchange.")
    kinds = {(s.kind, s.sides.ukraine.total) for s in run(text).stages}
    assert kinds == {(StageKind.STAGE, 307), (StageKind.CUMULATIVE, 697), (StageKind.AGREEMENT, 1000)}


def test_background_exchanges_create_nothing() -> None:
    text = ("Russia and Ukraine swapped 185 soldiers each on Thursday. The previous exchange, on August 24, saw 146 "
            "prisoners returned to each side. In January 2024, Ukraine received 230 prisoners and Russia 248.")
    assert set(stages_by_day(text, date(2025, 10, 2))) == {date(2025, 10, 2)}


def test_contradiction_rejects_the_article() -> None:
    text = ("Ukraine and Russia each released 103 prisoners of war on Saturday. According to the Ukrainian side, "
            "the 103 Ukrainians who came home on Saturday included 82 soldiers and 49 civilians.")
    extraction = run(text, date(2024, 9, 14))
    assert extraction.rejection is not None and extraction.rejection.reason == "contradictory_figures"
    assert extraction.stages == []


def test_governments_disagreeing_is_no_contradiction() -> None:
    text = ("Russia's defence ministry said 150 Ukrainian prisoners of war were handed over on Monday. "
            "According to the Ukrainian side, Kyiv received 189 people on Monday.")
    (stage,) = run(text, date(2024, 12, 30)).stages
    assert stage.sides.ukraine.total == 189 and stage.sides.ukraine.authority.value == "kyiv"


def test_a_correction_replaces_what_it_retracts() -> None:
    text = ("Russia and Ukraine exchanged 95 prisoners each on Friday. An earlier version of this article "
            "incorrectly said that 85 prisoners were returned to each side on Friday.")
    (stage,) = run(text, date(2024, 10, 18)).stages
    assert sides(stage) == ((95, None, None), (95, None, None))
