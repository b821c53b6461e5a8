"""Generalisation patterns of round general44 (people wanted for a later exchange, ...)."""

from tests.unit.extractor.helpers import figures

# "the 25 medics whom Kyiv wants included in the next swap": people someone wants, asks or hopes to see in a later
# exchange are still held; the exchange words of the sentence are about that swap to come, not their handover


def test_people_wanted_for_a_later_exchange_are_no_handover() -> None:
    assert figures("The envoys met on Monday evening, a day after the exchange, to discuss 25 medics whom Kyiv "
                   "hopes to see freed in the next swap.") == set()
    assert figures("After the swap, she handed over a list of 43 journalists that Ukraine wants included in a "
                   "future exchange.") == set()
    assert figures("Moscow asked about 12 pilots who it demands be returned in a subsequent exchange.") == set()


def test_people_freed_in_a_later_exchange_are_still_read() -> None:
    assert figures("Another 64 Ukrainian soldiers were freed in a later exchange on Friday.") == {
        ("ukraine", "military", 64), ("ukraine", "total", 64)}
    assert figures("Kyiv got back 58 servicemen, whom it had wanted home for months.") == {
        ("ukraine", "military", 58), ("ukraine", "total", 58)}


def test_a_call_about_people_wanted_for_a_later_swap_dates_no_stage() -> None:
    assert figures("The two ombudsmen talked on Tuesday, the day before the swap, about 31 civilians whom Moscow "
                   "wants included in a later exchange.") == set()
