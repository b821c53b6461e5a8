"""Generalisation patterns of round general32."""

from datetime import date
from typing import Final

from schemas import Authority, StageKind
from tests.unit.extractor.helpers import figures, findings, only, run

# "Kyiv gives its own tally: ..." reports a figure; "gives" there hands nobody over, so the people counted after
# the colon are not the other side's


def test_giving_an_own_count_hands_nobody_over() -> None:
    sentence = "Kyiv's ombudsman gives his own tally: 212 Ukrainians back, 190 of them soldiers and 22 civilians."
    assert figures(sentence, authority=Authority.KYIV) == {
        ("ukraine", "total", 212), ("ukraine", "military", 190), ("ukraine", "civilian", 22),
    }


def test_giving_people_still_hands_them_over() -> None:
    assert ("russia", "military", 40) in figures("Kyiv gave 40 soldiers back to Moscow in the swap.")


# "Moscow got back 64 its soldiers": a figure put straight before an owner's possessive counts that owner's
# people, as "64 of its soldiers" does (the "of" left out, as in non-native English)


def test_a_figure_before_a_possessive_counts_the_owners_people() -> None:
    assert figures("Moscow got back 64 its soldiers after the talks.") == {
        ("russia", "military", 64), ("russia", "total", 64),
    }


# "military men", like "military persons", are servicemen: the status word before a gendered head says which


def test_military_men_are_servicemen() -> None:
    assert ("ukraine", "military", 41) in figures("Kyiv welcomed home 41 military men on Friday.")
    assert ("russia", "civilian", 9) in figures("Russia got back nine civilian women as well.")


# "Kyiv returned 64 soldiers", with neither whose soldiers nor where to, is Kyiv bringing its own people back (as
# "returned 64 defenders from captivity"); handing the other side's men back names them or their destination


def test_returning_unmarked_people_brings_them_home() -> None:
    assert figures("On Friday Kyiv returned 64 soldiers and six civilians.") == {
        ("ukraine", "military", 64), ("ukraine", "civilian", 6), ("ukraine", "total", 70),
    }


def test_returning_people_named_or_sent_somewhere_hands_them_over() -> None:
    assert ("russia", "military", 64) in figures("On Friday Kyiv returned 64 soldiers to Russia.")
    assert ("russia", "military", 64) in figures("On Friday Kyiv returned 64 Russian soldiers.")



# A story that opens on a day ("The last stage ended today, on Thursday") and gives its figures undated before it
# recaps an earlier day tells that day's handover first: figures that disagree with the recapped day's are the
# opening day's, not the first recapped day's; figures that agree with it are that day's


_LAST_STAGE: Final = (
    "The last stage of the swap ended today, on Thursday, near the border. Kyiv got back 60 soldiers, the "
    "headquarters said. Moscow received 60 of its servicemen, its ministry said. On Tuesday, Ukraine had got "
    "back 100 soldiers."
)
_SAME_DAY: Final = (
    "The swap ended near the border, the ministry said today. Kyiv got back 60 soldiers, the headquarters said. "
    "On Tuesday, Ukraine got back 60 soldiers and Russia 60 of its servicemen."
)


def test_undated_figures_before_a_recap_are_the_opening_days() -> None:
    stages = only(run(_LAST_STAGE, published=date(2026, 3, 19)).stages, StageKind.STAGE)
    assert sorted((s.stage_date, s.sides.ukraine.total, s.sides.russia.total) for s in stages) == [
        (date(2026, 3, 17), 100, None), (date(2026, 3, 19), 60, 60),
    ]


def test_undated_figures_agreeing_with_a_dated_day_are_that_days() -> None:
    stages = only(run(_SAME_DAY, published=date(2026, 3, 19)).stages, StageKind.STAGE)
    assert [(s.stage_date, s.sides.ukraine.total) for s in stages] == [(date(2026, 3, 17), 60)]


# "On Saturday and on Sunday, Kyiv got back 64 soldiers and then 50 soldiers and 10 civilians": days named together
# and the figures told in turn ("and then") pair in order, the first group with the first day, the next with the
# next; each group is that day's handover, even under "in the first two days of the swap"


def test_figures_told_in_turn_go_with_the_days_named_in_turn() -> None:
    sentence = "On Saturday and on Sunday, Kyiv got back 64 soldiers and then 50 soldiers and 10 civilians."
    found = {(f.kind, f.day, f.field, f.value) for f in findings(sentence, day=date(2026, 3, 16))}
    saturday, sunday = date(2026, 3, 14), date(2026, 3, 15)
    assert found == {
        (StageKind.STAGE, saturday, "military", 64), (StageKind.STAGE, saturday, "total", 64),
        (StageKind.STAGE, sunday, "military", 50), (StageKind.STAGE, sunday, "civilian", 10),
        (StageKind.STAGE, sunday, "total", 60),
    }


def test_figures_in_turn_over_the_first_days_are_each_days_handover() -> None:
    sentence = "In the first two days of the swap, on Monday and on Tuesday, Russia received 40 and then 35 servicemen."
    found = {(f.kind, f.day, f.value) for f in findings(sentence, day=date(2026, 3, 18)) if f.field == "total"}
    assert found == {(StageKind.STAGE, date(2026, 3, 16), 40), (StageKind.STAGE, date(2026, 3, 17), 35)}


def test_one_day_named_keeps_every_figure_on_it() -> None:
    sentence = "On Sunday Kyiv got back 64 soldiers and then 50 more."
    assert {f.day for f in findings(sentence, day=date(2026, 3, 16))} <= {date(2026, 3, 15)}


# "Still in Russian captivity there are thousands, among them about 1,800 civilians": people said to be *in*
# captivity, in a sentence that tells of no handover, are held, not freed


def test_people_in_captivity_are_held_not_freed() -> None:
    assert figures("Still in Russian captivity there are thousands of Ukrainians, among them some 900 civilians.") \
        == set()
    assert figures("About 900 Ukrainian civilians are believed to be in Russian captivity.") == set()


def test_people_freed_from_captivity_are_still_counted() -> None:
    assert ("ukraine", "total", 60) in figures("Kyiv got back 60 Ukrainians who had spent years in captivity.")
    assert ("ukraine", "total", 60) in figures("60 Ukrainians came back from Russian captivity.")


# "The swap freed 240 prisoners, 120 from each side": the second figure splits the first between the two sides, so
# the first is the two sides' sum and each side's figure is the second (never 360 each)


def test_a_figure_followed_by_its_half_from_each_side_is_their_sum() -> None:
    found = figures("The talks ended with the release of 240 prisoners, 120 from each side.")
    assert found == {("both", "total", 120), ("combined", "total", 240)}


def test_a_figure_followed_by_another_share_is_not_split() -> None:
    assert ("both", "total", 120) not in figures("The talks ended with the release of 250 prisoners, 120 each.")
