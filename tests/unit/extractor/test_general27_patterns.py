"""Generalisation patterns of round general27 (indefinite weekdays, war-long totals, two governments' counts,
timestamped live-blog entries, retrospective mentions)."""

from datetime import date

from schemas import Authority, StageKind
from services.extractor.rules.attribution import sentence_authority
from services.extractor.rules.dates import find_dates
from tests.unit.extractor.helpers import figures, only, run

# "on a Tuesday", "over a Saturday and a Sunday": a weekday with an indefinite article names no particular day;
# it must not resolve to the last such weekday before the article


def test_a_weekday_with_an_indefinite_article_names_no_day() -> None:
    tokens = ["late", "in", "march", ",", "on", "a", "tuesday", ",", "40", "soldiers", "came", "home"]
    assert [m.kind for m in find_dates(tokens) if m.weekday >= 0] == ["ignored"]
    tokens = ["over", "a", "saturday", "and", "a", "sunday", ",", "80", "people", "came", "home"]
    assert {m.kind for m in find_dates(tokens)} == {"ignored"}
    assert [m.kind for m in find_dates(["on", "tuesday", ",", "40", "came", "home"])] == ["weekday"]


def test_a_round_up_recalling_a_swap_on_a_weekday_of_last_month_adds_no_stage() -> None:
    text = ("September at a glance: rain, power cuts and a swap\n\nIn mid-September, on a Friday, the two sides "
            "traded 61 prisoners of war apiece. Little else moved on the front.")
    assert only(run(text, published=date(2023, 10, 3)).stages, StageKind.STAGE) == []


# "Counting Friday's handover, 1,200 have come back since the war began": a day named as one of the swaps a
# figure includes does not date it; the figure is the war-long running total, never that day's handover


def test_a_swap_counted_in_does_not_date_a_war_long_total() -> None:
    tokens = ["counting", "friday", "handover", ",", "1,200", "soldiers", "have", "come", "back"]
    assert [m.kind for m in find_dates(tokens)] == ["ignored"]
    assert [m.kind for m in find_dates(["on", "friday", ",", "1,200", "came", "back"])] == ["weekday"]
    text = ("Sixty soldiers are home\n\nSixty Ukrainian soldiers came home from Russian captivity today, the "
            "Coordination Headquarters said. They were met by their families at the border and taken to hospital. "
            "Including today's swap, 2,410 Ukrainians have been freed since February 2022.")
    [stage] = only(run(text, published=date(2023, 11, 4)).stages, StageKind.STAGE)
    assert stage.sides.ukraine.total == 60


# "The defence ministry gives its own account: ..., and it says ...": giving one's own account reports like "said";
# the "it says" after it must not fall back to the other government quoted in the entry before


def test_giving_its_own_account_attributes_the_sentence() -> None:
    text = ("President Zelensky says 88 Ukrainians are home. Later the Russian defence ministry gives its own "
            "account: 80 Russian soldiers are back, and it says 80 Ukrainian prisoners were handed over.")
    lower = text.lower()
    start = text.index("Later")
    assert sentence_authority(text, lower, start, len(text)) == Authority.MOSCOW


def test_a_live_blog_quoting_each_government_in_turn_is_no_contradiction() -> None:
    text = ("Live: war updates\n\n10:05 Air-raid sirens sounded across the east during the night.\n\n11:30 "
            "Ukraine's president says 88 Ukrainians are back home after a swap today.\n\n12:40 Russia's defence "
            "ministry gives its own account: 80 Russian servicemen have been returned, and it says 80 Ukrainian "
            "prisoners were handed over.\n")
    extraction = run(text, published=date(2023, 8, 9))
    assert extraction.rejection is None
    [stage] = only(extraction.stages, StageKind.STAGE)
    assert (stage.sides.ukraine.total, stage.sides.russia.total) == (88, 80)


# "08:30 Recap: yesterday 70 came home ... 13:10 The headquarters says 40 more are home": a one-day live blog's
# timestamped entries are of the page's day; a recap's "yesterday" dates only its own figures


def test_timestamped_entries_after_a_recap_are_of_the_pages_day() -> None:
    text = ("Live: day two of the swap\n\n08:30 Good morning. A recap: yesterday Kyiv brought home 70 Ukrainian "
            "soldiers in the first stage of the deal.\n\n10:45 Buses are said to be on the move near the border.\n\n"
            "13:10 It is happening again. The Coordination Headquarters says 40 more Ukrainian soldiers are home.\n")
    stages = only(run(text, published=date(2024, 6, 8)).stages, StageKind.STAGE)
    assert {(s.stage_date, s.sides.ukraine.total) for s in stages} == {(date(2024, 6, 7), 70), (date(2024, 6, 8), 40)}


# "A fortnight ago, when the swap of Saturday 4 May went ahead, ...", "Earlier this month the deal delivered ...":
# a piece that opens by placing its exchange in the past tells that exchange; its undated figures are of the day
# the opening names (else background), and a handover it dates a week away is another exchange


def test_a_retrospective_dates_its_figures_on_the_exchange_it_recalls() -> None:
    text = ("What the May swap taught both sides\n\nA fortnight ago, when the exchange of Saturday 4 May went ahead, "
            "few expected it to hold. Last Monday another swap followed, 40 for 40, with less fanfare. Kyiv said 75 "
            "of its soldiers came home. Moscow said 75 of its own servicemen were returned.")
    stages = only(run(text, published=date(2024, 5, 18)).stages, StageKind.STAGE)
    assert [(s.stage_date, s.sides.ukraine.total, s.sides.russia.total) for s in stages] == [(date(2024, 5, 4), 75, 75)]


def test_a_retrospective_with_no_day_adds_no_stage() -> None:
    text = ("The deal is half done\n\nEarlier this month the agreement delivered what it promised, at least in part. "
            "Over a Saturday and a Sunday, 240 Ukrainians came home, including 20 civilians. The rest is stuck.")
    extraction = run(text, published=date(2025, 9, 26))
    assert extraction.rejection is None
    assert only(extraction.stages, StageKind.STAGE) == []


def test_a_fresh_report_is_no_retrospective() -> None:
    text = ("Forty soldiers are home\n\nTwo weeks ago the talks stalled. Today 40 Ukrainian soldiers came home from "
            "Russian captivity, Kyiv said, and Moscow said 40 Russian servicemen were returned.")
    [stage] = only(run(text, published=date(2025, 9, 26)).stages, StageKind.STAGE)
    assert (stage.stage_date, stage.sides.ukraine.total) == (date(2025, 9, 26), 40)


def test_a_fresh_report_looking_back_at_its_deal_is_no_retrospective() -> None:
    text = ("Ninety soldiers come home\n\nUkraine and Russia traded prisoners on Tuesday under the deal agreed last "
            "month. Kyiv said 90 Ukrainian soldiers had come home, and Moscow said 90 Russian servicemen were back.")
    [stage] = only(run(text, published=date(2025, 9, 23)).stages, StageKind.STAGE)
    assert (stage.stage_date, stage.sides.ukraine.total) == (date(2025, 9, 23), 90)


# 'The president, in his evening address: "Sixty of our people are home."': a speaker set right before a colon
# that opens a quotation is its speaker, so "our people" are that side's; a country alone names no speaker


def test_a_speaker_before_a_colon_owns_the_quotation() -> None:
    text = 'Buses crossed.\nEarlier, Volodymyr Zelensky, in his evening address: "Sixty of our people are home."'
    start = text.index("Earlier")
    assert sentence_authority(text, text.lower(), start, len(text)) == Authority.KYIV
    text = 'Buses crossed.\nRussian soldier on the bus: "We did not expect to see home again."'
    assert sentence_authority(text, text.lower(), text.index("Russian"), len(text)) == Authority.PRESS
    headline = 'Zelensky: "500 of our people" home as the third day ends\n\nThe swap went on.'
    assert sentence_authority(headline, headline.lower(), 0, headline.index("\n")) == Authority.PRESS


def test_a_quoted_running_total_after_a_colon_is_the_speakers_side() -> None:
    text = ("Live: the swap, day two\n\n09:10 Buses are crossing the border again.\n\n11:20 The Coordination "
            "Headquarters says 50 more Ukrainian soldiers are home.\n\n15:45 Zelensky, in a short video: \"In two "
            "days, 110 of our people are home.\"\n")
    extraction = run(text, published=date(2024, 6, 8))
    running = only(extraction.stages, StageKind.CUMULATIVE)
    assert [s.sides.ukraine.total for s in running] == [110]


# "To Ukraine returned 60 persons, to Russia 55 soldiers": a destination set before its verb (a learner's word
# order) receives the people; read as a subject ("Ukraine returned 60") it would hand them to the other side


def test_a_fronted_destination_receives_the_people() -> None:
    assert figures("After the swap, to Ukraine returned 60 persons.") == {("ukraine", "total", 60)}
    assert figures("To Ukraine returned 60 persons, to Russia 55 men.") == {("ukraine", "total", 60),
                                                                          ("russia", "total", 55)}
    assert figures("To Ukraine returned 60 persons, to Russia — 55 men, both sides said.") == {
        ("ukraine", "total", 60), ("russia", "total", 55)}
    assert ("russia", "total", 40) in figures("Ukraine returned 40 Russian soldiers to Russia.")
