"""Second-blind patterns: line breaks as boundaries, N-for-N deals, plans, background totals, grand totals."""

from datetime import date

from schemas import StageKind
from services.extractor.rules.numbers import find_quantities
from services.extractor.rules.sentences import split_sentences
from services.extractor.rules.tokens import tokenize
from tests.unit.extractor.helpers import article, findings, only, run, sides

# Pattern 1: a headline is a sentence of its own; a hard-wrapped paragraph is not cut at each line


def test_a_headline_line_never_runs_into_the_lead() -> None:
    text = article("Talks in Ankara yield a swap\nOn 8 January 2023 Russia and Ukraine swapped 50 prisoners each.").text
    assert [s.text for s in split_sentences(text)][0] == "Talks in Ankara yield a swap"


def test_a_hard_wrapped_paragraph_keeps_its_sentences_whole() -> None:
    text = article("Moscow said the two sides had swapped 90 prisoners on\nTuesday, and Kyiv said the 90 men\n"
                   "were now in hospitals in the north.").text
    assert len(split_sentences(text)) == 1


def test_a_dateline_day_does_not_date_the_handover() -> None:
    result = run("KYIV (Tuesday) - Ukraine said Monday's exchange brought home 61 prisoners of war.",
                 published=date(2025, 6, 10))
    assert [s.stage_date for s in result.stages] == [date(2025, 6, 9)]


# Pattern 2: N-for-N and "were to be" figures are the deal's size


def test_space_separated_thousands_in_an_n_for_n_pair() -> None:
    quantities = find_quantities(tokenize("as the 1 000-for-1 000 swap ends"))
    assert [(q.value, q.pair) for q in quantities] == [(1000, True)]


def test_a_plan_with_were_to_be_is_an_agreement() -> None:
    found = findings("Under the deal 1,200 prisoners were to be returned to each country.")
    assert {f.kind for f in found if f.value == 1200} == {StageKind.AGREEMENT}


def test_a_cue_after_another_verb_does_not_make_a_handover_an_agreement() -> None:
    found = findings("Sunday's handover of 303 Russian servicemen completed the exchange agreed in Istanbul.")
    assert {f.kind for f in found if f.value == 303} == {StageKind.STAGE}


def test_an_n_for_n_restating_the_day_count_stays_a_handover() -> None:
    found = findings("Today 64 Ukrainians were freed in a 64-for-64 exchange.")
    assert {f.kind for f in found if f.field == "total"} == {StageKind.STAGE}


# Pattern 3: "a total of N Russians" names one side


def test_a_total_of_one_nationality_is_that_side_only() -> None:
    found = findings("Since Friday a total of 640 Russians have been brought back, officials said.")
    assert {f.side for f in found if f.field == "total"} == {"russia"}


# Pattern 7: "making N ... in all" is the grand total with the extras in it


def test_making_n_in_all_is_the_grand_total() -> None:
    found = findings("In addition to the 90 Russian servicemen exchanged, Kyiv transferred 12 badly wounded Russian "
                     "soldiers as a goodwill gesture, making 102 servicemen returned to Russia in all.")
    assert {(f.value, f.additive) for f in found if f.field == "total"} >= {(12, True), (102, False)}


def test_wounded_handed_over_also_in_a_headline_are_an_extra() -> None:
    found = findings("Both sides swap 60 prisoners each, Kyiv also hands over 9 badly wounded Russians")
    assert {(f.value, f.additive) for f in found if f.field == "total"} == {(60, False), (9, True)}


# Pattern 8: a total "before today" is background and no reason to reject the article


def test_a_before_today_total_is_background_not_a_contradiction() -> None:
    result = run("This morning 140 Ukrainians returned home in the swap, officials of the government said.\n"
                 "Before today, according to Kyiv, 3,010 Ukrainians had been brought back from Russian captivity.\n"
                 "The exchange was the first in a month.",
                 published=date(2024, 6, 3))
    assert result.rejection is None
    stage = only(result.stages, StageKind.STAGE)
    assert [sides(s)[0][0] for s in stage] == [140]


def test_returned_from_captivity_means_the_subject_received_them() -> None:
    found = findings("Ukraine returned 47 defenders from Russian captivity on Friday.")
    assert {f.side for f in found if f.field == "total"} == {"ukraine"}
