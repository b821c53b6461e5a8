"""Generalisation patterns of round general35 (people freed from a detention abroad, timelines of past exchanges,
running totals over several days, figures of a readout told the day before)."""

from datetime import date
from typing import Final

from schemas import Authority, StageKind
from tests.unit.extractor.helpers import findings, kinds_read, run, sides

# Ukrainians freed from a detention by a third country's authorities, in a story that never names Russia and never
# speaks of an exchange or of captivity

_DETAINED: Final = (
    "Eleven Ukrainian sailors held in a foreign port are back home\n\n"
    "Eleven Ukrainian sailors, the crew of a cargo ship held in a West African port since November, returned to "
    "Ukraine today after five months in detention, the embassy said. They were released on Tuesday by order of a "
    "local court. Two of the men were taken to hospital on arrival."
)


def test_ukrainians_freed_from_a_detention_abroad_in_a_story_without_russia_make_no_exchange() -> None:
    assert run(_DETAINED, published=date(2026, 4, 2)).stages == []


def test_a_detention_in_a_story_naming_an_exchange_still_counts() -> None:
    text = (
        "Forty Ukrainian defenders came home on Tuesday in a prisoner exchange after two years in detention, "
        "the coordination headquarters said."
    )
    assert [s.sides.ukraine.total for s in run(text, published=date(2026, 4, 2)).stages] == [40]


# A chronology of the war's exchanges, one dated paragraph each: only the entry for the day the story's own prose
# reports counts; every earlier entry, and an undated paragraph between them, is background

_CHRONOLOGY: Final = (
    "Explainer: every prisoner swap so far, up to Thursday's\n\n"
    "Russia and Ukraine swapped prisoners on Thursday, 12 November: 64 Ukrainian soldiers came home and 64 "
    "Russian soldiers were handed back, officials said. The earlier swaps are listed below.\n\n"
    "2024\n\n"
    "9 February — 100 Ukrainians are freed for 100 Russians after weeks of talks.\n\n"
    "A slow spring: about 300 Ukrainians came home in smaller swaps.\n\n"
    "2025\n\n"
    "17 June — 72 Ukrainian soldiers and eight civilians return; Russia gets back 80 soldiers.\n\n"
    "3 September — 210 for 190, the largest swap of the year.\n\n"
    "12 November — 64 soldiers on each side, the latest swap."
)


def test_only_the_chronology_entry_for_the_day_the_story_reports_counts() -> None:
    extraction = run(_CHRONOLOGY, published=date(2025, 11, 14))
    assert extraction.rejection is None
    assert [(s.kind, s.stage_date, sides(s)) for s in extraction.stages] == [
        (StageKind.STAGE, date(2025, 11, 12), ((64, 64, None), (64, 64, None)))]


# "Over Friday and Saturday, 300 came home": a figure told over a span of two named days sums those days, a running
# total dated the last of them, not one day's handover; "on Friday and on Saturday" tells no span

_TWO_DAYS: Final = (
    "Prisoners home from captivity\n\n"
    "Over Friday and Saturday, 620 Ukrainians came home from Russian captivity, 600 soldiers and 20 civilians, "
    "the president said."
)


def test_a_figure_told_over_two_named_days_is_their_running_total() -> None:
    stages = run(_TWO_DAYS, published=date(2026, 3, 9)).stages
    assert [(s.kind, s.stage_date) for s in stages] == [(StageKind.CUMULATIVE, date(2026, 3, 7))]
    assert sides(stages[0])[0] == (620, 600, 20)


def test_two_named_days_without_a_span_word_are_no_running_total() -> None:
    assert kinds_read("On Saturday, 300 Ukrainian soldiers came home from captivity.") == {StageKind.STAGE}


# "..., in an exchange that followed a meeting of the negotiators the day before": a day named for the talks or the
# call the exchange came after dates that event, not the handover

_AFTER_TALKS: Final = (
    "Prisoners swapped, wounded soldiers handed over\n\n"
    "Ukraine and Russia swapped 90 prisoners of war each on Friday, and Russia also handed over 12 badly wounded "
    "Ukrainian soldiers, in an exchange that followed a meeting of the two sides' negotiators in Geneva the day "
    "before."
)


def test_a_day_named_for_the_talks_an_exchange_followed_does_not_date_it() -> None:
    sentence = _AFTER_TALKS.split("\n\n")[1]
    days = {(f.side, f.value, f.day) for f in findings(sentence, date(2026, 5, 8))}
    assert ("ukraine", 12, date(2026, 5, 8)) in days
    assert all(day == date(2026, 5, 8) for _, _, day in days)
    stages = run(_AFTER_TALKS, published=date(2026, 5, 8)).stages
    assert [(s.kind, s.stage_date, sides(s)) for s in stages] == [
        (StageKind.STAGE, date(2026, 5, 8), ((102, 102, None), (90, 90, None)))]


def test_a_day_of_the_exchange_after_a_call_still_dates_it() -> None:
    sentence = "After a phone call, 40 Ukrainian soldiers came home on Friday."
    assert {f.day for f in findings(sentence, date(2026, 5, 9))} == {date(2026, 5, 8)}


# '"And nine more of our soldiers were released as well"': people counted as "N more" and freed as well are freed
# on top of the handover just told


def test_n_more_freed_as_well_are_extras_on_top() -> None:
    found = findings("And nine more of our soldiers were released as well.", authority=Authority.KYIV)
    assert [(f.side, f.value, f.additive) for f in found if f.field == "total"] == [("ukraine", 9, True)]


def test_n_more_without_as_well_is_no_extra() -> None:
    found = findings("Nine more Ukrainian soldiers were released on Sunday.")
    assert not any(f.additive for f in found)


def test_a_chronology_entry_for_an_old_day_the_prose_recalls_stays_background() -> None:
    text = _CHRONOLOGY.replace(
        "The earlier swaps are listed below.",
        "On 17 June, 80 Ukrainians came home. The earlier swaps are listed below.")
    stages = run(text, published=date(2025, 11, 14)).stages
    assert [(s.kind, s.stage_date, sides(s)) for s in stages] == [
        (StageKind.STAGE, date(2025, 11, 12), ((64, 64, None), (64, 64, None)))]
