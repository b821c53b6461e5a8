"""Generalisation patterns from the thirteenth blind set (possessive running totals, assent, reporting verbs, ...)."""

from datetime import date

from schemas import Authority, StageKind
from services.extractor.rules.attribution import sentence_authority
from services.extractor.rules.dates import find_dates
from services.extractor.rules.tokens import tokenize
from tests.unit.extractor.helpers import findings, kinds_read, only, run, sides

# "Friday's round brings the month's total to 500 prisoners": a running total raised to a figure may name whose
# total it is with a possessive (folded to a plain word by the tokenizer) instead of "the"


def test_raising_a_possessive_total_is_a_running_total() -> None:
    assert kinds_read(
        "The second round of the swap brings this month's total to 500 prisoners on each side."
    ) == {StageKind.CUMULATIVE}
    assert kinds_read(
        "Saturday's swap raised Kyiv's tally to 210 Ukrainian servicemen freed this week."
    ) == {StageKind.CUMULATIVE}
    # a handover that brings people home stays a handover
    assert kinds_read("The swap brought home 120 Ukrainian soldiers on Friday.") == {StageKind.STAGE}


# "Moscow agreed that 40 soldiers had been returned": "agreed that" before a clause in a past or perfect tense
# concurs with an account of what happened; only a clause still to come ("agreed that 40 would be freed",
# "agreed to free 40") is a deal


def test_agreeing_that_people_had_been_freed_concurs_with_an_account() -> None:
    assert kinds_read(
        "The ministry agreed that 40 Russian soldiers had been handed over in return."
    ) == {StageKind.STAGE}
    assert kinds_read("Kyiv agreed that 40 Russian soldiers were released on Monday.") == {StageKind.STAGE}
    assert kinds_read(
        "The two sides agreed that 40 Russian soldiers would be released next week."
    ) == {StageKind.AGREEMENT}
    assert kinds_read(
        "The two sides agreed that 40 Russian soldiers were to be released next week."
    ) == {StageKind.AGREEMENT}


# "Kyiv's ombudsman gave a different figure. 'Forty of our people are back,' he wrote": giving a count, a figure or a
# tally reports it like "said" does, so the source that gave it is the last speaker a later "he"/"it" points to


def _authority_of(text: str, sentence: str) -> Authority:
    start = text.index(sentence)
    return sentence_authority(text, text.lower(), start, start + len(sentence))


def test_giving_a_count_names_the_last_speaker() -> None:
    quote = '"Forty of our people are back," it wrote.'
    moscow = "The Russian ministry said 38 had been freed, without naming them or their units. "
    text = f"{moscow}A few hours later, Ukraine's ombudsman office gave a higher count for its own people. {quote}"
    assert _authority_of(text, quote) == Authority.KYIV
    text = f"{moscow}In the evening, the government in Kyiv gave the figure as 40 on its website. {quote}"
    assert _authority_of(text, quote) == Authority.KYIV
    # giving something else is no statement: the last speaker stays the one who said something
    text = f"{moscow}In the evening, the government in Kyiv gave no comment on the numbers. {quote}"
    assert _authority_of(text, quote) == Authority.MOSCOW


# "A further swap on 12 May returned 106 Ukrainians": "further" means one more exchange, not a later one; with a
# verb in the past tense right after the date, the date tells when that exchange took place, not a plan


def _kinds(sentence: str) -> list[str]:
    return [m.kind for m in find_dates(tokenize(sentence))]


def test_a_further_exchange_told_in_the_past_is_dated() -> None:
    assert _kinds("A further swap on 12 May returned 106 Ukrainians.") == ["explicit"]
    assert _kinds("Another exchange, a further one on Tuesday, freed 50 civilians.") == ["weekday"]
    (finding, *_) = findings("A further swap on 12 May returned 106 Ukrainians.")
    assert finding.day == date(2025, 5, 12)
    # still a plan when no past verb follows, or another plan word is there
    assert _kinds("A further swap on 30 May will return 106 Ukrainians.") == ["future"]
    assert _kinds("A further swap is expected on 30 May.") == ["future"]


# "Thirty men sat on the bus, waiting to hear whether the swap would go ahead": people whose clause names the
# exchange only after "waiting" / "whether" are waiting for a handover that has not happened


def test_people_waiting_for_an_exchange_were_not_exchanged() -> None:
    assert findings("Thirty men sat on the bus, waiting to hear whether the swap would go ahead.") == []
    assert findings("Thirty Ukrainian prisoners are awaiting the exchange at the border.") == []
    # a handover told before the waiting still counts
    assert findings("Thirty Ukrainian soldiers were freed on Friday, after waiting two years for the swap.")


# A text table: "| Freed to Russia | 70 | 2 | 72 |" under "| Handover | Soldiers | Civilians | All |" counts each row's
# people for the side its label sends them to, one figure per column the header names; a row labelled as an
# earlier exchange counts nothing of the story's own


def test_a_text_table_counts_each_row_for_its_side() -> None:
    text = ("Swap in numbers\n\nUkraine and Russia swapped prisoners on Friday.\n\n"
            "| Friday's handover | Soldiers | Civilians | All |\n"
            "|---|---:|---:|---:|\n"
            "| Freed to Ukraine | 70 | 4 | 74 |\n"
            "| Freed to Russia | 70 | 2 | 72 |\n"
            "| Previous swap, to Ukraine | 50 | 9 | 59 |\n")
    (stage,) = only(run(text).stages, StageKind.STAGE)
    assert sides(stage) == ((74, 70, 4), (72, 70, 2))
    # a row under no header of dashes is no table row
    text = "Swap in numbers\n\nUkraine and Russia swapped prisoners on Friday.\n\n| Freed to Ukraine | 70 | 4 | 74 |\n"
    assert not any(stage.sides.ukraine.total == 74 for stage in run(text).stages)
