"""Generalisation patterns of round general26 (quoted posts, statements told apart, revised and hedged figures)."""

from datetime import date

from schemas import Authority, StageKind
from services.extractor.rules.attribution import sentence_authority
from tests.unit.extractor.helpers import figures, findings, only, run


def _authority(text: str, sentence: str) -> Authority:
    start = text.index(sentence)
    return sentence_authority(text, text.lower(), start, start + len(sentence))


# '... are home."\n\nThe defence ministry in Moscow said ...': a quotation closing its paragraph is not spoken by
# the source the next paragraph opens with; a quotation set after "She marked the day with a message. It ran:" is hers


_POST = (
    "The Ukrainian foreign minister marked the day with a message on her channel. It ran in full:\n\n"
    '"Forty of our people came home today. We thank our partners."\n\n'
    "The Russian defence ministry said 40 Russian servicemen were returned."
)


def test_a_quotation_closing_its_paragraph_is_not_the_next_paragraphs_source() -> None:
    text = (
        'Prisoners were swapped on Friday.\n\n"Forty of our people came home today. We thank our partners."\n\n'
        "The Russian defence ministry said 40 Russian servicemen were returned."
    )
    assert _authority(text, "We thank our partners.") != Authority.MOSCOW
    quoted = '"Forty of our men are back," the Russian defence ministry said.'
    assert _authority(quoted, "Forty of our men are back,") == Authority.MOSCOW


def test_a_quotation_after_an_introducing_colon_is_spoken_by_who_it_names() -> None:
    assert _authority(_POST, "We thank our partners.") == Authority.KYIV
    stages = only(run(_POST, published=date(2025, 3, 7)).stages, StageKind.STAGE)
    assert [(s.sides.ukraine.total, s.sides.russia.total) for s in stages] == [(40, 40)]


# "The ministry said separately that 40 soldiers were returned": "separately" next to a verb of saying sets a second
# statement apart; only "Russia separately freed two boys" hands people over on top of the swap


def test_said_separately_is_no_extra_handover() -> None:
    said = findings("The Russian defence ministry said separately that 40 Russian servicemen had been returned.")
    assert said and not any(f.additive for f in said)
    assert not any(f.additive for f in findings("Moscow separately announced that 40 of its soldiers were back."))
    freed = findings("Russia also separately released two Ukrainian boys on Friday.")
    assert freed and all(f.additive for f in freed)


def test_a_separate_statement_does_not_add_to_a_figure_already_counted() -> None:
    text = (
        "Ukraine and Russia swapped 40 prisoners each on Friday.\n\n"
        "The Russian defence ministry said separately that 40 Russian servicemen had been returned to it on Friday."
    )
    [stage] = only(run(text, published=date(2025, 3, 7)).stages, StageKind.STAGE)
    assert (stage.sides.ukraine.total, stage.sides.russia.total) == (40, 40)


# "Officials first said 60 soldiers were freed. By evening the headquarters put the final number at 62": a later
# sentence putting the number at a new figure revises the count just given, on the same side


def test_a_final_number_revises_the_count_just_given() -> None:
    text = (
        "Ukraine and Russia swapped prisoners on Wednesday.\n\nThe ombudsman said at first that 60 Ukrainian "
        "soldiers had been freed. By evening the general staff put the final number at 62 Ukrainian soldiers, "
        "after two sick men joined the buses.\n\nMoscow said 58 Russian servicemen had been returned."
    )
    [stage] = only(run(text, published=date(2025, 3, 5)).stages, StageKind.STAGE)
    assert (stage.sides.ukraine.total, stage.sides.ukraine.military, stage.sides.russia.total) == (62, 62, 58)


def test_a_number_put_for_the_other_side_or_with_no_count_before_revises_nothing() -> None:
    text = (
        "Ukraine and Russia swapped prisoners on Wednesday.\n\nThe ombudsman said 60 Ukrainian soldiers had been "
        "freed. Moscow put the number of its returned men at 58 Russian servicemen."
    )
    [stage] = only(run(text, published=date(2025, 3, 5)).stages, StageKind.STAGE)
    assert stage.sides.ukraine.total == 60
    assert run("Analysts put the number of soldiers held at 8,000.", published=date(2025, 3, 5)).stages == []


# "Kyiv brings home 80 soldiers", "Moscow takes back 40 men": a headline's present tense of "bring back" / "take
# home" makes its subject the receiver, as "brought home" does; its exact figure then beats a body's hedged one


def test_bring_home_in_any_tense_makes_the_subject_receive() -> None:
    assert figures("Kyiv brings home 80 soldiers") == {("ukraine", "total", 80), ("ukraine", "military", 80)}
    assert figures("Moscow takes back 40 soldiers") == {("russia", "total", 40), ("russia", "military", 40)}
    assert figures("Ukraine is bringing home 80 soldiers today.") >= {("ukraine", "total", 80)}


def test_an_exact_headline_figure_beats_a_hedged_body() -> None:
    text = (
        "Kyiv brings home 82 soldiers from captivity\n\nMore than eighty Ukrainian soldiers came back from Russia "
        "in a swap on Tuesday, officials said. Moscow got its own men back, without a figure."
    )
    [stage] = only(run(text, published=date(2025, 3, 5)).stages, StageKind.STAGE)
    assert (stage.sides.ukraine.total, stage.sides.ukraine.approximate) == (82, False)


# "Over a long weekend each side took back 500 people": a figure told over a span of several days is the running
# total of those days, dated the last handover the story tells; "took back" hands people over as "got back" does


def test_a_figure_over_a_span_of_days_is_a_running_total() -> None:
    said = findings("Over a long weekend on the border, the two sides each took back 500 of their people.")
    assert said and {f.kind for f in said} == {StageKind.CUMULATIVE}
    assert {f.kind for f in findings("During a couple of days 300 Ukrainian soldiers came home.")} == {
        StageKind.CUMULATIVE
    }
    assert {f.kind for f in findings("On Friday 300 Ukrainian soldiers came home.")} == {StageKind.STAGE}


def test_an_undated_running_total_stands_as_of_the_last_handover_told() -> None:
    text = (
        "Over a long weekend the two sides each got back 500 of their people. Here is how it went.\n\n"
        "Friday: 200 prisoners crossed each way.\n\nSaturday: 180 prisoners were freed on each side.\n\n"
        "Sunday: the last 120 prisoners were exchanged on each side."
    )
    stages = run(text, published=date(2025, 3, 10)).stages
    [running] = only(stages, StageKind.CUMULATIVE)
    assert (running.stage_date, running.sides.ukraine.total) == (date(2025, 3, 9), 500)
    assert {s.stage_date for s in only(stages, StageKind.STAGE)} == {date(2025, 3, d) for d in (7, 8, 9)}


def test_took_back_tells_a_handover_in_an_article() -> None:
    text = (
        "Sixty Ukrainian soldiers came home from captivity on Friday, officials said.\n\n"
        "Russia, in turn, took back 64 Russians, 40 servicemen and 24 civilians, its ministry said."
    )
    [stage] = only(run(text, published=date(2025, 3, 8)).stages, StageKind.STAGE)
    assert (stage.sides.russia.total, stage.sides.russia.military, stage.sides.russia.civilian) == (64, 40, 24)


# "The March 2021 swap is the one people remember. Kyiv got back 90 and handed over 70": a sentence naming a past
# exchange by its month or year dates the undated figures right after it, background in a story of a later swap


_EXPLAINER = (
    "Explainer: the swaps so far\n\nThe March 2023 swap is the one families still talk about. Kyiv got back 90 of "
    "its people and handed over 70 Russians.\n\nThe latest round\n\nOn Tuesday, 40 Ukrainians came home. Moscow "
    "said 40 Russian servicemen had been returned."
)


def test_a_sentence_after_a_named_past_exchange_is_of_that_exchange() -> None:
    [stage] = only(run(_EXPLAINER, published=date(2025, 6, 5)).stages, StageKind.STAGE)
    assert (stage.stage_date, stage.sides.ukraine.total, stage.sides.russia.total) == (date(2025, 6, 3), 40, 40)


def test_a_named_past_exchange_does_not_reach_past_its_paragraph() -> None:
    text = (
        "The March 2023 swap is the one families still talk about.\n\n"
        "Kyiv got back 90 of its people in a swap and handed over 70 Russians."
    )
    [stage] = only(run(text, published=date(2025, 6, 5)).stages, StageKind.STAGE)
    assert (stage.sides.ukraine.total, stage.sides.russia.total) == (90, 70)


def test_a_running_total_or_a_count_of_those_still_held_revises_nothing() -> None:
    for later in (
        "Officials put the number at 3,500 since the start of the war.",
        "Analysts put the number still held at 60.",
        "Officials put the number at 3,500.",
    ):
        text = f"On Friday 49 Ukrainian soldiers came home. {later}"
        [stage] = only(run(text, published=date(2025, 3, 8)).stages, StageKind.STAGE)
        assert stage.sides.ukraine.total == 49, later


def test_a_swap_named_by_the_storys_own_year_dates_nothing() -> None:
    text = (
        "The exchange in 2025 was a long time coming. Kyiv got back 90 of its people in it and handed over 70 Russians."
    )
    [stage] = only(run(text, published=date(2025, 6, 5)).stages, StageKind.STAGE)
    assert (stage.sides.ukraine.total, stage.sides.russia.total) == (90, 70)
