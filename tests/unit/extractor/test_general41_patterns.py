"""Generalisation patterns of round general41 (the day a swap is "the first since", ...)."""

from datetime import date

from schemas import StageKind
from tests.unit.extractor.helpers import figures, only, run, sides

# "Friday's swap was the first since 19 March's, when 75 went home on each side": the day named right after a
# counted "since" stands for an earlier exchange, and the ", when ..." clause describing it tells that one


def test_a_when_clause_after_the_day_a_swap_is_the_first_since_is_background() -> None:
    text = ("Kyiv brought home 52 soldiers on Friday and Moscow received 52 servicemen, both sides said.\n\n"
            "Friday's handover was the first since 6 May's, when 40 Ukrainians and 37 Russians went home.")
    extraction = run(text, published=date(2026, 5, 8))
    assert extraction.rejection is None
    stages = only(extraction.stages, StageKind.STAGE)
    assert [(s.stage_date, sides(s)[0][0], sides(s)[1][0]) for s in stages] == [(date(2026, 5, 8), 52, 52)]


# "returned over March 3 and 4": the second day of the month named once is a day too, so a total over both is
# dated the last day it covers, and the next undated figure is told of that day, not the first


def test_a_second_day_after_month_and_day_is_a_day_of_its_own() -> None:
    from services.extractor.rules.parsing import parse
    from services.extractor.rules.sentences import Sentence

    text = "Moscow said 150 of its soldiers had come back over March 3 and 4, the ministry said."
    days = [(m.month, m.day) for m in parse(Sentence(text, 0, len(text))).dates]
    assert (3, 3) in days and (3, 4) in days
    plain = "On March 3 and 4 Ukrainians protested, the ministry said."
    assert [(m.month, m.day) for m in parse(Sentence(plain, 0, len(plain))).dates] == [(3, 3)]


def test_a_total_over_month_day_and_day_is_dated_the_last_day() -> None:
    text = ("Kyiv got back 60 soldiers on Tuesday, March 3, and Moscow received 60 servicemen.\n\n"
            "On Wednesday 40 more Ukrainians came home, and Russia received 40 of its soldiers.\n\n"
            '"Altogether, 100 Russian servicemen have been returned over March 3 and 4," the ministry said.')
    stages = run(text, published=date(2026, 3, 5)).stages
    cumulative = only(stages, StageKind.CUMULATIVE)
    assert [(s.stage_date, s.sides.russia.total) for s in cumulative] == [(date(2026, 3, 4), 100)]


# "Twelve civilians were among the 64 Ukrainians who came home": the head count after "among the" is the whole
# group the few belong to, the side's figure, not a part of some other total


def test_the_count_after_among_the_is_the_whole_group() -> None:
    found = figures("Twelve civilians were among the 64 Ukrainians who returned from captivity on Tuesday.",
                    day=date(2026, 4, 8))
    assert ("ukraine", "total", 64) in found
    local = figures("Three soldiers from the Rivne region were among the 58 Ukrainians who came home on Tuesday.",
                    day=date(2026, 4, 8))
    assert local == {("ukraine", "total", 58)}


# ... and a category count before "among the 64 Ukrainians" is a part of that group, on its side


def test_a_category_among_the_group_is_a_part_of_the_groups_side() -> None:
    text = ("Twelve civilians, some held since 2022, were among the 64 Ukrainians who came home in Tuesday's "
            "prisoner swap.\n\nRussia got back 64 of its soldiers, its defence ministry said.")
    stages = only(run(text, published=date(2026, 4, 8)).stages, StageKind.STAGE)
    assert [(s.stage_date, sides(s)) for s in stages] == [(date(2026, 4, 7), ((64, None, 12), (64, 64, None)))]


# "48 of the 60 freed were soldiers and 12 were civilians": the group a part is "of" may carry its own count; the
# head after "were" still says what the part is, as in "48 of them were soldiers"


def test_a_part_of_a_counted_group_takes_the_head_after_were() -> None:
    found = figures("Kyiv said 48 of the 60 Ukrainians freed were soldiers and 12 were civilians.",
                    day=date(2026, 4, 7))
    assert {("ukraine", "military", 48), ("ukraine", "civilian", 12)} <= found
    text = ("Sixty Ukrainians came home from captivity on Monday, officials said.\n\n"
            "According to the Coordination Headquarters, 48 of the 60 freed were soldiers and 12 were civilians.")
    stages = only(run(text, published=date(2026, 4, 7)).stages, StageKind.STAGE)
    assert [sides(s)[0] for s in stages] == [(60, 48, 12)]


# "On Wednesday 50 soldiers each. On Thursday 40 came home, 35 soldiers and five civilians. '... five civilians are
# home,' the ombudsman said": an undated part equal to a part one day of the story holds restates that day's part


def test_an_undated_part_restating_one_days_part_goes_to_that_day() -> None:
    text = ("On Wednesday each side handed over 50 prisoners of war. On Thursday Ukraine received 40 people, 35 of "
            "them soldiers and five civilians, while Russia received 40 servicemen.\n\nFor Kyiv the civilians "
            "mattered most. One of them, a 61-year-old nurse from Melitopol, had been held since the spring of 2022. "
            "Ukraine's ombudsman wrote that \"five civilians are home at last\" and said he would keep pressing the "
            "Kremlin to release more.")
    stages = only(run(text, published=date(2026, 3, 6)).stages, StageKind.STAGE)
    assert [(s.stage_date, sides(s)[0]) for s in stages] == [
        (date(2026, 3, 4), (50, 50, None)), (date(2026, 3, 5), (40, 35, 5))]
