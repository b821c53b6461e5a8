"""Generalisation patterns from the ninth blind set (implied sides, inverted order, distractors)."""

from datetime import date

from schemas import Authority, StageKind
from tests.unit.extractor.helpers import figures, findings, only, run, sides

# "N more people than ...": a figure before a comparative and "than" is a margin between two counts


def test_a_margin_between_two_counts_is_no_head_count() -> None:
    assert findings("Returned to Ukraine last year were some 40,000 more people than left it.") == []
    assert findings("Russia freed 12 fewer prisoners than it had promised.") == []
    # without "than" the figure is a plain (further) head count
    assert figures("Ukraine brought home 50 more prisoners on Sunday.") == {("ukraine", "total", 50)}


# '"...," said one mother': "one" right after a speech verb introduces an unnamed speaker, not a count


def test_one_after_a_speech_verb_is_the_speaker() -> None:
    assert findings('"Every name matters," said one woman whose brother is in Russian captivity.') == []
    # a count of one still counts when no speech verb introduces it
    assert figures("Russia also released one civilian on Friday.") == {("ukraine", "civilian", 1),
                                                                        ("ukraine", "total", 1)}


# a story whose headline and lead name a third country and not Ukraine tells another exchange: only a figure
# that names a side of this war counts there


def test_a_story_of_another_exchange_counts_only_figures_naming_this_war() -> None:
    text = ("Moscow and Washington trade detainees in Abu Dhabi\n"
            "ABU DHABI — Russia and the United States exchanged prisoners at the airport on Tuesday. "
            "Eleven people were freed in total. Ukrainian officials said Ukraine was not part of the deal. "
            "Kyiv wants its own soldiers back; Ukrainian families of prisoners say Ukrainians are forgotten.")
    assert run(text, published=date(2025, 6, 3)).stages == []
    # the same lead naming Ukraine tells this war's exchange
    text = ("Swap in Abu Dhabi\nABU DHABI — Russia and Ukraine exchanged prisoners with US help on Tuesday. "
            "Eleven people were freed in total.")
    assert [s.combined_total for s in run(text, published=date(2025, 6, 3)).stages] == [11]


# a relative clause describing an earlier exchange ("last week's swap, ..., in which ...") tells of that exchange


def test_a_relative_clause_on_an_earlier_swap_is_background() -> None:
    assert findings("It comes after last year's exchange, the biggest so far, in which the two sides "
                    "handed over 300 soldiers each.") == []
    # the relative clause of the story's own swap still counts
    assert figures("It was the exchange in which Ukraine brought home 300 soldiers.") == {
        ("ukraine", "military", 300), ("ukraine", "total", 300)}


# "30 and 45 soldiers respectively ... on Monday and Tuesday": each figure counts the shared noun on its own day


def test_respectively_pairs_figures_with_days_in_order() -> None:
    text = ("Swap\n\nKyiv said 30 and 45 Ukrainian soldiers respectively came home on Monday and Tuesday.")
    stages = only(run(text, published=date(2025, 3, 5)).stages, StageKind.STAGE)
    assert [(s.stage_date, sides(s)[0]) for s in stages] == [
        (date(2025, 3, 3), (30, 30, None)), (date(2025, 3, 4), (45, 45, None))]


# "Swap of 40 for 40 frees ...", "The exchange — 40 for 40 — was ...": a pair right after the exchange's noun
# describes the handover by its shape; after a word of plan it is still the deal's size


def test_a_pair_describing_the_swap_after_its_noun_is_a_handover() -> None:
    for text in ("The exchange — 40 for 40 — was the second this month.", "A swap of 40 for 40 ended the pause."):
        assert {(f.kind, f.side, f.value) for f in findings(text)} == {(StageKind.STAGE, "both", 40)}
    assert {f.kind for f in findings("The sides agreed on a swap of 40 for 40.")} == {StageKind.AGREEMENT}


# a government saying people "came back" speaks of its own people, as with "returned"


def test_people_who_came_back_are_the_speakers_own() -> None:
    assert figures("Eleven civilians came back as well.", authority=Authority.MOSCOW) == {
        ("russia", "civilian", 11), ("russia", "total", 11)}
    assert figures("Eleven civilians came back as well.") == set()  # no speaker, no side


# "sent back" and "changed hands" tell a handover like "returned" and "exchanged"


def test_sent_back_and_changed_hands_tell_a_handover() -> None:
    text = ("Swap\n\nUkraine brought home 40 soldiers on Monday. Sent back to Russia were 40 Russian soldiers. "
            "Altogether 80 people changed hands at the border.")
    stages = only(run(text, published=date(2025, 3, 4)).stages, StageKind.STAGE)
    assert [(sides(s), s.combined_total) for s in stages] == [(((40, 40, None), (40, 40, None)), 80)]


# "those days" are the days of the sentence before: when that sentence told an earlier exchange, so does this one


def test_those_days_of_an_earlier_exchange_are_background() -> None:
    text = ("Swap\n\nUkraine brought home 40 soldiers on Monday. It follows last week's exchange, the longest yet, "
            "in which over two days 500 prisoners were swapped for 500. On the second of those days, 200 people "
            "came home to each side.")
    stages = run(text, published=date(2025, 3, 4)).stages
    assert [(s.kind, sides(s)[0][0]) for s in stages] == [(StageKind.STAGE, 40)]


# "on Friday, two days after ...": a figure before a unit of time after a day restates no count


def test_a_span_of_time_after_a_day_is_no_restated_figure() -> None:
    found = figures("Kyiv freed 50 Russian soldiers on Monday, three days after 20 of them were sentenced.")
    assert ("russia", "total", 53) not in found and ("russia", "total", 3) not in found
    assert ("russia", "total", 50) in found


# "N others" after a head count counts more of the same people


def test_others_after_a_head_count_are_more_of_the_same_people() -> None:
    assert figures("Kyiv said 30 Ukrainian marines came home, while 12 others were freed later.") >= {
        ("ukraine", "military", 12), ("ukraine", "total", 12)}


# "X on Friday, a day after 60 others came home": the figures of the "a day after" clause are a day earlier


def test_figures_after_a_day_after_are_a_day_earlier() -> None:
    text = ("Swap\n\nUkraine brought home 50 soldiers on Sunday, two days after 25 others returned, officials "
            "said.")
    stages = only(run(text, published=date(2025, 3, 2)).stages, StageKind.STAGE)
    assert [(s.stage_date, sides(s)[0][0]) for s in stages] == [(date(2025, 2, 28), 25), (date(2025, 3, 2), 50)]
    # with no figure in it, the clause dates nothing: the handover before it keeps its one day
    text = "Swap\n\nUkraine brought home 50 soldiers on Sunday, a day after the talks ended."
    assert [s.stage_date for s in run(text, published=date(2025, 3, 2)).stages] == [date(2025, 3, 2)]


# "Of those, 20 were civilians": a leading partitive with a comma breaks down the people just counted


def test_a_leading_partitive_breaks_down_the_count_before() -> None:
    text = "Swap\n\nUkraine brought home 90 people on Monday. Of these, 14 were civilians."
    stages = only(run(text, published=date(2025, 3, 3)).stages, StageKind.STAGE)
    assert [sides(s)[0] for s in stages] == [(90, None, 14)]


# "Russia's returnees (40 soldiers and two civilians)": a bracketed breakdown beside a group its country names


def test_a_breakdown_beside_a_country_group_counts_that_country() -> None:
    assert figures("Russia's returnees (40 soldiers and two civilians) were flown to Moscow after the swap.") == {
        ("russia", "military", 40), ("russia", "civilian", 2), ("russia", "total", 42)}
