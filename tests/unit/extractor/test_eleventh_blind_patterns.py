"""Generalisation patterns from the eleventh blind set (speakers in quotes, yearly tallies, subsets, recalls)."""

from datetime import date

from schemas import Authority
from tests.unit.extractor.helpers import figures, findings, run, sides

# "freed since the start of the year": a tally over the year so far counts many swaps, not the one reported


def test_a_tally_since_the_start_of_the_year_is_background() -> None:
    assert figures("The Ukrainian border guard service said 14 of its officers had come home since the start of "
                   "the year.") == set()
    assert figures("Ukraine says 30 Ukrainian soldiers were freed since the beginning of this year.") == set()
    # a superlative "since the start of the year" still leaves the handover's own figure alone
    assert figures("It was the largest swap since the start of the year: 90 Ukrainian soldiers came home.") == {
        ("ukraine", "military", 90), ("ukraine", "total", 90)}


# '"Seventy of our soldiers are free!" the ombudsman wrote.': a sentence quoted whole is the speaker's, whose
# name follows the quotation


def test_a_sentence_quoted_whole_takes_the_speaker_after_it() -> None:
    text = ('Swap on Friday\n\nThe two countries traded prisoners on Friday. "Seventy of our soldiers are free!" '
            "Ukrainian ombudsman Dmytro Lubinets wrote on Telegram.")
    (stage,) = run(text).stages
    assert sides(stage) == ((70, 70, None), (None, None, None))
    assert stage.sides.ukraine.authority == Authority.KYIV


# "70 of them were our soldiers": a possessive between the verb and the head leaves what the people are


def test_a_possessive_before_a_predicate_head_keeps_the_category() -> None:
    text = "Swap\n\nKyiv received 80 people on Friday. 70 of them were our soldiers, Ukraine's ombudsman said."
    (stage,) = run(text).stages
    assert sides(stage) == ((80, 70, None), (None, None, None))
    # a predicate that names no people still counts nothing
    text = "Swap\n\nKyiv received 80 people on Friday. 70 of them were our concern, Ukraine's ombudsman said."
    (stage,) = run(text).stages
    assert sides(stage) == ((80, None, None), (None, None, None))


# "In Moscow, the defence ministry issued a statement": a capital set before a generic subject at the opening of
# a sentence says whose body speaks, and "it said" after a quotation goes back to it


def test_a_capital_fronted_before_a_generic_subject_names_the_speaker() -> None:
    text = ('Swap\n\nThe two countries traded prisoners on Friday. In Moscow, the defence ministry issued a statement. '
            '"Forty of our servicemen have been returned," it said.')
    (stage,) = run(text).stages
    assert sides(stage) == ((None, None, None), (40, 40, None))
    assert stage.sides.russia.authority == Authority.MOSCOW
    # a capital that is no sentence opening's fronted place names nobody
    text = ('Swap\n\nThe two countries traded prisoners on Friday. Reporters saw buses in Moscow, the ministry '
            'said. "Forty of our servicemen have been returned," it said.')
    assert all(s.sides.russia.authority != Authority.MOSCOW for s in run(text).stages)


# '"...," he said. "Forty of them ... Every one is home."': the first sentence of a quotation that runs on past
# it is the speaker's, like the sentences after it


def test_the_first_sentence_of_a_running_quotation_is_the_speakers() -> None:
    text = ('Swap\n\nThe sides traded captives on Friday. "We got 50 of our people back," the Ukrainian ombudsman '
            'said. "Forty of them are our soldiers - mostly marines - and the remaining ten are civilians. Every one '
            'of them is home."')
    (stage,) = run(text).stages
    assert sides(stage) == ((50, 40, 10), (None, None, None))
    assert stage.sides.ukraine.authority == Authority.KYIV


# "In all, 120 people crossed the front line": people crossing the line between the sides are handed over


def test_crossing_the_line_is_a_handover() -> None:
    text = ("Swap\n\nOn Friday 60 Ukrainian soldiers came home and Russia got back 60 of its troops. In all, 120 "
            "people crossed the front line between the two armies, officials said.")
    (stage,) = run(text).stages
    assert stage.combined_total == 120
    assert sides(stage) == ((60, 60, None), (60, 60, None))


# "2,000 local men had been called up": people called up (after any auxiliary) are mobilised, not handed over


def test_people_called_up_are_not_handed_over() -> None:
    assert figures("The mayor said 2,000 Kursk men had been called up and their wives would receive an "
                   "allowance.") == set()
    assert figures("Moscow said 500 Russian students have been conscripted and will receive uniforms.") == set()
    # an auxiliary before a handover verb still tells a handover
    assert figures("Moscow said 50 Russian soldiers had been returned.") == {("russia", "military", 50),
                                                                            ("russia", "total", 50)}


# "Three Lviv officers among 70 soldiers freed": a head count set among a later one counts a few of those people


def test_a_count_among_a_later_count_is_a_few_of_those_people() -> None:
    assert figures("Three Ukrainian officers among 70 Ukrainian soldiers freed on Friday") == {
        ("ukraine", "military", 70), ("ukraine", "total", 70)}
    assert figures("Two Ukrainian women among 70 Ukrainian prisoners freed on Friday") == {
        ("ukraine", "total", 70)}
    # a category of the later count is still its breakdown
    assert ("ukraine", "civilian", 12) in figures("Twelve Ukrainian civilians among 70 Ukrainians freed on Friday")


# "an official said the group included marines and four civilians": what the people just counted included


def test_what_the_group_included_breaks_down_the_people_just_counted() -> None:
    text = ("Swap\n\nUkraine received 60 prisoners on Friday. A Kyiv official said the group included marines of "
            "the coastal brigade and four civilians.")
    (stage,) = run(text).stages
    assert sides(stage) == ((60, None, 4), (None, None, None))


# "The swap of 9 March, when 60 soldiers came home, ...": a "when" clause describing a dated exchange named as a
# noun recalls that exchange; its figures are no handover of the story's own


def test_a_when_clause_describing_a_dated_swap_recalls_it() -> None:
    text = ("Analysis: life after captivity\n\nDoctors have treated hundreds of former prisoners. The swap of 9 March, "
            "when 60 Ukrainian soldiers came home and Russia freed ten wounded Ukrainians, was the largest so far.")
    assert run(text, published=date(2025, 3, 30)).stages == []
    # the same handover told in a clause of its own is still the month's
    text = ("Analysis: life after captivity\n\nDoctors have treated hundreds of former prisoners. On 9 March, "
            "60 Ukrainian soldiers came home.")
    (stage,) = run(text, published=date(2025, 3, 30)).stages
    assert stage.stage_date == date(2025, 3, 9) and sides(stage) == ((60, 60, None), (None, None, None))


# "100 came home ... 10 wounded on top ... 110 in all": a grand total that adds the extras to the base figure
# stands beside it, no contradiction


def test_a_grand_total_beside_its_base_is_no_contradiction() -> None:
    text = ("Swap\n\nUkraine got back 100 people on Friday. On top of the exchange Russia freed 10 wounded Ukrainian "
            "soldiers. In all 110 Ukrainians returned home.")
    extraction = run(text)
    assert extraction.rejection is None
    assert [sides(s) for s in extraction.stages] == [((110, 10, None), (None, None, None))]
    # two different totals with no extras between them still contradict each other
    text = "Swap\n\nUkraine got back 100 people on Friday. In all 110 Ukrainians returned home."
    assert run(text).rejection is not None


# "100 = 80 soldiers + 20 civilians, plus 10 wounded soldiers on top, 110 in all": a category figure takes the
# extras unless, with them, it would no longer fit in the total beside the other category


def test_a_category_takes_the_extras_when_they_still_fit_in_the_total() -> None:
    text = ("Swap\n\nUkraine got back 100 people on Friday: 80 soldiers and 20 civilians. On top of the exchange "
            "Russia freed 10 wounded Ukrainian soldiers. In all 110 Ukrainians returned home.")
    (stage,) = run(text).stages
    assert sides(stage) == ((110, 90, 20), (None, None, None))
    # a category that the extras would push past the total beside the other category already holds them
    text = ("Swap\n\nEighty of our soldiers and five civilians are home, Kyiv said on Friday. Ukraine got back 80 "
            "servicemen in the exchange, while five civilians were freed over and above the agreed lists.")
    (stage,) = run(text).stages
    assert sides(stage) == ((85, 80, 5), (None, None, None))


# "..., so that 110 people came home to Ukraine": a result clause sums up the handover, extras included; it is
# no extra itself


def test_a_so_that_result_clause_is_the_grand_total() -> None:
    text = ("Swap\n\nUkraine got back 100 people on Friday: 80 soldiers and 20 civilians. On top of the exchange "
            "Russia freed 10 wounded Ukrainian soldiers, so that 110 people came home to Ukraine.")
    (stage,) = run(text).stages
    assert sides(stage) == ((110, 90, 20), (None, None, None))
    # a "so that" far from the figure, past another figure, sums up nothing
    found = findings("On top of the exchange, so that families could meet them, Russia freed 10 wounded Ukrainian "
                     "soldiers.")
    assert all(f.additive for f in found)
