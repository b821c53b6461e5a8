"""Generalisation patterns from the seventh blind set."""

from datetime import date

from schemas import Authority, StageKind
from services.extractor.rules.attribution import sentence_authority
from tests.unit.extractor.helpers import figures, findings, kinds_read, only, run, sides

# a swap between other countries that names Ukraine only in passing, among many third countries


def test_a_swap_among_third_countries_with_ukraine_in_passing_gives_nothing() -> None:
    text = ("Berlin and Minsk swap prisoners\n\nBelarus freed nine people on Tuesday, among them three Germans, "
            "officials in Berlin and Washington said. In return, five Russians jailed in Germany were sent back to "
            "Moscow. Poland and the United States helped. The deal did not involve Ukraine, which trades prisoners "
            "with Russia through the UAE; Ukrainian officials were not consulted.")
    assert run(text, published=date(2024, 3, 5)).stages == []


def test_a_ukraine_swap_naming_a_few_third_countries_still_counts() -> None:
    text = ("Ukraine brings home 40 soldiers\n\nUkraine brought home 40 soldiers from Russian captivity on "
            "Tuesday, Kyiv said, thanking the United States and Germany for their support.")
    stages = only(run(text, published=date(2024, 3, 5)).stages, StageKind.STAGE)
    assert [sides(s)[0] for s in stages] == [(40, 40, None)]


# a headerless page dates itself in its opening lines: a dated heading or an editor's note


def test_a_dated_heading_dates_a_headerless_live_page() -> None:
    text = ("Live: the war in Ukraine, day by day\nFriday 14 March 2025\n\n16:20 — Kyiv says 60 Ukrainian soldiers "
            "returned home this afternoon in a swap with Russia. Earlier, on 2 March, a planned exchange was "
            "called off.")
    stages = only(run(text, published=None).stages, StageKind.STAGE)
    assert [(s.stage_date, sides(s)[0][0]) for s in stages] == [(date(2025, 3, 14), 60)]


def test_a_translators_note_dates_a_headerless_statement() -> None:
    text = ("[Our translation of a statement issued by the ombudsman's office on 9 October 2023.]\n\nToday 38 of "
            "our defenders were freed from Russian captivity.")
    stages = only(run(text, published=None).stages, StageKind.STAGE)
    assert [s.stage_date for s in stages] == [date(2023, 10, 9)]


# a named source set off by commas before its verb ("X, head of the Ukrainian office, wrote") speaks


def _authority(text: str) -> Authority:
    return sentence_authority(text, text.lower(), 0, len(text))


def test_a_source_in_an_appositive_before_the_verb_is_the_speaker() -> None:
    line = "Taras Melnyk, head of the Ukrainian coordination office, wrote that 60 of our people are home."
    assert _authority(line) == Authority.KYIV


def test_a_name_in_apposition_to_a_title_is_the_speaker() -> None:
    line = "Russia's human rights envoy, Tatyana Moskalkova, said 60 of our people are back."
    assert _authority(line) == Authority.MOSCOW


def test_a_clause_with_its_own_verb_before_the_comma_is_no_appositive() -> None:
    line = "At dawn, the freed men were driven to Kyiv, wrote a local reporter."
    assert _authority(line) == Authority.PRESS


# "today" inside a quotation is the speaker's day, the day the story tells, not the day of a later article


def test_a_quoted_today_in_a_later_article_is_the_day_of_the_story() -> None:
    text = ("Sixty soldiers home\n\nSixty Ukrainian soldiers were freed from Russian captivity on Saturday in a "
            "swap. \"Today 60 of our soldiers are home,\" the ombudsman, Dmytro Lubinets, said on the radio.")
    stages = only(run(text, published=date(2024, 6, 10)).stages, StageKind.STAGE)
    assert [s.stage_date for s in stages] == [date(2024, 6, 8)]


def test_today_outside_a_quotation_is_still_the_articles_day() -> None:
    text = ("Sixty soldiers home\n\nSixty Ukrainian soldiers were freed from Russian captivity on Saturday in a "
            "swap. Today 20 more Ukrainian soldiers were freed in a second swap, Kyiv said on the radio.")
    stages = only(run(text, published=date(2024, 6, 10)).stages, StageKind.STAGE)
    assert sorted(s.stage_date for s in stages) == [date(2024, 6, 8), date(2024, 6, 10)]


# "has now returned N" is a tally over many handovers (a running total), not one swap's count


def test_has_now_returned_n_is_a_running_total() -> None:
    assert kinds_read("Qatar said its channel had now returned 3,020 captives to both sides.") == {StageKind.CUMULATIVE}


def test_a_mediators_tally_does_not_become_the_swaps_combined_figure() -> None:
    text = ("Russia and Ukraine swap 150 prisoners each\n\nRussia and Ukraine exchanged 150 prisoners of war each on "
            "Friday. Qatar said the swap was the ninth it had mediated, and that its channel had now returned a "
            "total of 3,020 captives to both sides.")
    stages = only(run(text, published=date(2024, 9, 14)).stages, StageKind.STAGE)
    assert [(sides(s)[0][0], s.combined_total) for s in stages] == [(150, None)]


# the day of a statement does not keep a "since the invasion began" tally from being war-long


def test_a_war_long_tally_dated_only_by_its_statement_gives_nothing() -> None:
    line = ("The ombudsman said on Tuesday that more than 2,500 Ukrainians had been freed since the start of the "
            "full-scale invasion.")
    assert figures(line) == set()


def test_a_handover_dated_by_its_own_day_next_to_a_war_long_phrase_still_counts() -> None:
    line = "On Tuesday 95 Ukrainians were freed, the first swap since the start of the full-scale invasion in May."
    assert ("ukraine", "total", 95) in figures(line)


# "trade" in the present ("Kyiv and Moscow trade 80 prisoners each") is an exchange verb like "traded"


def test_a_present_tense_trade_of_prisoners_is_an_exchange() -> None:
    assert ("both", "military", 80) in figures("Kyiv and Moscow trade 80 prisoners of war apiece")


# "A and B <noun>": the first figure counts what the second does


def test_a_figure_coordinated_with_a_count_of_bodies_counts_bodies_too() -> None:
    assert figures("On Tuesday and Thursday Kyiv received 900 and 640 bodies respectively.") == set()


def test_a_figure_coordinated_with_a_count_of_soldiers_still_counts_people() -> None:
    found = figures("On Tuesday Ukraine received 90 and Russia 64 soldiers.")
    assert ("ukraine", "total", 90) in found


# people freed on top of an exchange belong to it, even when told with the day of a later briefing


def test_extras_told_on_the_day_of_a_briefing_join_the_handover() -> None:
    text = ("Ukraine and Russia swap prisoners\n\nUkraine and Russia exchanged 50 prisoners of war each on Saturday. "
            "The ombudsman said on Monday that Kyiv had secured the release of three badly wounded soldiers in "
            "addition to the main group.")
    stages = run(text, published=date(2024, 6, 10)).stages
    assert [(s.kind, s.stage_date, sides(s)[0][0]) for s in stages] == [(StageKind.STAGE, date(2024, 6, 8), 53)]


# "all of them <soldiers>" gives the whole group's total that category


def test_all_of_them_soldiers_makes_the_whole_group_military() -> None:
    line = "Sixty Ukrainians came home from Russian captivity: 58 men and two women, all of them serving soldiers."
    assert ("ukraine", "military", 60) in figures(line)


def test_all_of_them_without_a_category_noun_adds_nothing() -> None:
    line = "Sixty Ukrainians came home from Russian captivity: 58 men and two women, all of them from Kharkiv."
    assert {field for _, field, _ in figures(line)} == {"total"}


# "the same number of its servicemen": the other side's total, in the category this sentence names


def test_the_same_number_of_its_soldiers_copies_the_total_as_military() -> None:
    text = ("Prisoners freed\n\nSixty of our people were freed from Russian captivity on Friday: 52 soldiers and "
            "eight civilians, Kyiv said. In return, the Russian side received the same number of its servicemen.")
    stages = only(run(text, published=date(2024, 6, 8)).stages, StageKind.STAGE)
    assert [sides(s) for s in stages] == [((60, 52, 8), (60, 60, None))]


# "N of the freed women were servicewomen and M were civilians": a partitive breakdown by category


def test_n_of_the_group_were_soldiers_is_a_military_part() -> None:
    line = "Kyiv said eighty of the freed Ukrainian men were soldiers and six were civilians."
    assert {("ukraine", "military", 80), ("ukraine", "civilian", 6)} <= figures(line)


# "Of the N Ukrainians, A were soldiers and B civilians" right after a count breaks that count down


def test_a_partitive_sentence_after_a_count_breaks_it_down() -> None:
    text = ("Swap on Sunday\n\nUkraine and Russia each freed 40 prisoners on Sunday in a swap, officials said. "
            "Of the 40 Ukrainians, 31 were soldiers and nine were civilians, according to Kyiv.")
    stages = only(run(text, published=date(2024, 6, 10)).stages, StageKind.STAGE)
    assert [sides(s)[0] for s in stages] == [(40, 31, 9)]


def test_the_group_of_a_partitive_sentence_is_no_handover_of_its_own() -> None:
    found = findings("Of the 40 Ukrainians, 31 were soldiers and nine were civilians, according to Kyiv.")
    assert sorted((f.field, f.value) for f in found) == [("civilian", 9), ("military", 31), ("total", 40)]


# "crossed back" tells people returning to their side, like "crossed the border"


def test_people_who_crossed_back_are_a_handover() -> None:
    text = ("Swap on Friday\n\nUkraine and Russia swapped prisoners on Friday. Ninety Ukrainians crossed back on "
            "Friday evening, according to the office of the president.")
    stages = only(run(text, published=date(2024, 6, 8)).stages, StageKind.STAGE)
    assert [sides(s)[0][0] for s in stages] == [90]


# a weekday opening a capitalised name ("Saturday Night News") names a programme, not a day


def test_a_programme_named_after_a_weekday_does_not_date_the_swap() -> None:
    text = ("Saturday Night News Hour — swap brings 70 Ukrainians home\n\nSeventy Ukrainians were freed in an "
            "exchange with Russia yesterday, the office of the president said.")
    stages = only(run(text, published=date(2024, 6, 8)).stages, StageKind.STAGE)
    assert [s.stage_date for s in stages] == [date(2024, 6, 7)]


def test_a_weekday_after_on_in_a_title_case_headline_still_dates() -> None:
    text = ("Swap Frees 70 Ukrainians On Friday Night After Talks\n\nSeventy Ukrainians were freed in an exchange "
            "with Russia, the office of the president said.")
    stages = only(run(text, published=date(2024, 6, 8)).stages, StageKind.STAGE)
    assert [s.stage_date for s in stages] == [date(2024, 6, 7)]
