"""Generalisation patterns from the fifth blind set: extras mirrored, "that day", press reviews, local counts."""

from datetime import date

from schemas import Authority, StageKind
from tests.unit.extractor.helpers import figures, only, run, sides

# "the same number" mirrors the exchange's base, never the wounded one side freed on top


def test_a_mirrored_exchange_does_not_give_the_other_side_the_extras() -> None:
    line = ("Oleh was one of 120 Ukrainian soldiers swapped for the same number of Russian troops, and one of "
            "fifteen badly wounded soldiers whom Moscow released on top.")
    found = figures(line)
    assert ("russia", "military", 120) in found
    assert ("russia", "military", 15) not in found
    assert ("ukraine", "military", 15) in found


def test_a_figure_before_an_extra_is_not_an_extra_itself() -> None:
    stages = only(run("Oleh was one of 120 Ukrainian soldiers swapped on Monday for the same number of Russian "
                      "troops, and one of fifteen badly wounded soldiers whom Moscow released on top.",
                      published=date(2025, 3, 12)).stages, StageKind.STAGE)
    assert [sides(s) for s in stages] == [((135, 135, None), (120, 120, None))]


def test_a_lone_extra_is_still_an_extra() -> None:
    stages = only(run("Ukraine and Russia swapped 120 prisoners each on Monday. Moscow also released fifteen "
                      "badly wounded Ukrainian soldiers on top.", published=date(2025, 3, 12)).stages,
                  StageKind.STAGE)
    assert [sides(s)[0] for s in stages] == [(135, 15, None)]


# "that day" points back to the day a figure-less sentence just before named


def test_that_day_takes_the_day_named_in_the_sentences_just_before() -> None:
    text = ("A long wait ends\n\nOn Tuesday night the phone finally rang. A volunteer was on the line. "
            "Oleh was one of 120 Ukrainian soldiers exchanged that day for the same number of Russian troops.")
    stages = only(run(text, published=date(2025, 3, 13)).stages, StageKind.STAGE)
    assert [s.stage_date for s in stages] == [date(2025, 3, 11)]


def test_that_day_with_no_day_before_stays_on_the_story_day() -> None:
    text = ("A long wait ends\n\nThe phone finally rang. A volunteer was on the line. "
            "Oleh was one of 120 Ukrainian soldiers exchanged that day for the same number of Russian troops.")
    stages = only(run(text, published=date(2025, 3, 13)).stages, StageKind.STAGE)
    assert [s.stage_date for s in stages] == [date(2025, 3, 13)]


# a press review lists earlier days of the same exchange: "N each way on Friday, M each way on Saturday"


def test_figures_each_way_in_a_list_take_the_day_of_their_own_item() -> None:
    text = ("Review of the weekend\n\nThe Kyiv paper summed up the weekend: 210 people each way on Saturday, "
            "95 soldiers each way on Sunday.")
    stages = only(run(text, published=date(2025, 6, 9)).stages, StageKind.STAGE)
    assert {s.stage_date: sides(s)[0][0] for s in stages} == {date(2025, 6, 7): 210, date(2025, 6, 8): 95}


def test_each_way_without_people_is_no_handover() -> None:
    text = ("Ukraine news\n\nThe delegations from Kyiv and Moscow travelled 300 kilometres each way on Saturday "
            "to reach the venue.")
    assert run(text, published=date(2025, 6, 9)).stages == []


# a recap paragraph opening with "Friday:" dates the undated handovers it counts


def test_a_day_header_dates_the_undated_handover_in_its_paragraph() -> None:
    text = ("Three days of swaps\n\nA long weekend on the border for Ukraine and Russia.\n\n"
            "Saturday: the first stage. Buses carried 210 people across in both directions for the exchange.\n\n"
            "Sunday: 95 Ukrainian soldiers came home in the exchange.")
    stages = only(run(text, published=date(2025, 6, 9)).stages, StageKind.STAGE)
    assert {s.stage_date: sides(s)[0][0] for s in stages} == {date(2025, 6, 7): 210, date(2025, 6, 8): 95}


def test_a_colon_after_more_than_a_day_is_no_header() -> None:
    from services.extractor.rules.sections import day_sections

    text = "Saturday talks: nothing agreed.\nSaturday: 95 came home."
    assert [s.day for s in day_sections(text, len(text), date(2025, 6, 9))] == [date(2025, 6, 7)]
    assert day_sections(text, len(text), date(2025, 6, 9))[0].start == text.index("Saturday:")


# "... had come home, N people in all" after a one-side list is that list's total, not both sides together


def test_in_all_after_a_one_side_list_is_that_side_total() -> None:
    found = figures("Kyiv's prisoner office said 140 soldiers and 12 civilians had come home, 152 people in all.",
                    authority=Authority.KYIV)
    assert found == {("ukraine", "military", 140), ("ukraine", "civilian", 12), ("ukraine", "total", 152)}


def test_in_all_that_is_not_the_sum_of_the_list_stays_combined() -> None:
    found = figures("Kyiv's prisoner office said 140 soldiers and 12 civilians had come home, 304 people in all.",
                    authority=Authority.KYIV)
    assert ("combined", "total", 304) in found
    assert ("ukraine", "total", 304) not in found


# a few local people "among the prisoners who came home" are no count of the handover


def test_local_men_among_the_returnees_are_not_the_handover() -> None:
    assert figures("Three soldiers from Rivne region are among the Ukrainian prisoners of war who came home "
                   "from Russian captivity today.") == set()


def test_a_count_among_a_counted_group_is_still_read() -> None:
    found = figures("Twenty civilians were among the 390 Ukrainians who came home from Russian captivity today.")
    assert ("ukraine", "civilian", 20) in found  # a part of a stated total, not a stray local count


# a fact check: the claim it quotes is no report, and "the swap as N for N" is a handover, not a deal


def test_a_claim_paragraph_of_a_fact_check_reports_nothing() -> None:
    text = ("FACT CHECK: the swap was even\n\nCLAIM: A viral post says Ukraine handed over 800 Russian soldiers "
            "in Friday's exchange.\n\nVERDICT: False.\n\nRussia's defence ministry said on Friday that 120 Russian "
            "servicemen had been returned and that 120 Ukrainian prisoners of war were handed over in exchange.")
    extraction = run(text, published=date(2025, 6, 9))
    assert [(s.kind, sides(s)) for s in extraction.stages] == [
        (StageKind.STAGE, ((120, 120, None), (120, 120, None)))
    ]


def test_a_claim_inside_a_paragraph_is_not_a_label() -> None:
    text = ("Swap news\n\nOfficials rejected the claim: Ukraine handed over 120 Russian soldiers in Friday's "
            "exchange, Kyiv said.")
    stages = only(run(text, published=date(2025, 6, 9)).stages, StageKind.STAGE)
    assert [sides(s)[1][0] for s in stages] == [120]


def test_the_swap_reported_as_n_for_n_is_a_handover() -> None:
    text = ("Ukraine and Russia swapped prisoners on Friday.\n\nReuters and AFP both reported the swap as "
            "120 for 120.")
    extraction = run(text, published=date(2025, 6, 9))
    assert only(extraction.stages, StageKind.AGREEMENT) == []
    assert [sides(s)[0][0] for s in only(extraction.stages, StageKind.STAGE)] == [120]


def test_a_deal_named_n_for_n_stays_an_agreement() -> None:
    text = "Ukraine and Russia agreed in Istanbul on Friday on a 1,000-for-1,000 prisoner exchange."
    assert only(run(text, published=date(2025, 6, 9)).stages, StageKind.AGREEMENT) != []


# a timeline item "24 August, 115 for 115" is a past handover, not a deal


def test_a_dated_timeline_pair_is_no_agreement() -> None:
    text = ("Swaps this year\n\nUkraine and Russia swapped 103 prisoners each on Saturday. Recent swaps, as listed by "
            "Kyiv's prisoner office: "
            "17 July, 95 for 95; 24 August, 115 for 115, the first swap of its kind.")
    extraction = run(text, published=date(2024, 9, 16))
    assert only(extraction.stages, StageKind.AGREEMENT) == []


def test_an_undated_pair_in_a_plan_is_still_an_agreement() -> None:
    text = ("Swaps this year\n\nUkraine and Russia swapped 103 prisoners each on Saturday. Next, officials said, "
            "comes a 115 for 115 exchange.")
    extraction = run(text, published=date(2024, 9, 16))
    assert [sides(s)[0][0] for s in only(extraction.stages, StageKind.AGREEMENT)] == [115]


# "detained during last year's incursion" dates the captivity, not an earlier exchange


def test_last_year_of_a_detention_does_not_make_a_count_background() -> None:
    found = figures("The ministry added that six residents of the Belgorod region \"unlawfully held\" by Kyiv during "
                    "last year's raid had also been returned to Russia.")
    assert ("russia", "civilian", 6) in found


def test_last_year_of_an_exchange_still_makes_a_count_background() -> None:
    assert figures("Last year's exchange also returned six residents of the Belgorod region to Russia.") == set()


# "Officials said it should amount to 1,000 people": a sentence referring back with "it" carries the deal's size


def test_a_sequel_referring_back_with_it_gives_the_deal_its_size() -> None:
    text = ("Talks in Istanbul\n\nUnder the deal reached in Istanbul, Ukraine and Russia are to free all captives "
            "aged 18 to 25. Officials in Kyiv said it should amount to at least 800 people on each side.")
    agreements = only(run(text, published=date(2025, 6, 9)).stages, StageKind.AGREEMENT)
    assert [sides(s)[0][0] for s in agreements] == [800]


def test_a_following_sentence_without_it_is_not_joined() -> None:
    text = ("Talks in Istanbul\n\nUnder the deal reached in Istanbul, Ukraine and Russia are to free all captives "
            "aged 18 to 25. Officials in Kyiv counted at least 800 people on each side.")
    assert only(run(text, published=date(2025, 6, 9)).stages, StageKind.AGREEMENT) == []
