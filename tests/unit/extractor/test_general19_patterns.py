"""Generalisation patterns of session general19 (proposals, fact boxes, sums of both sides, ...)."""


from datetime import date

from schemas import Authority, StageKind
from tests.unit.extractor.helpers import figures, kinds_read, only, run

# "X proposed a further exchange of 500 per side": one party's offer is no agreed total until the other accepts


def test_a_one_sided_proposal_is_no_agreed_total() -> None:
    assert figures("At the talks in May, Kyiv's envoy proposed a new exchange of at least 700 prisoners per side.") \
        == set()
    assert figures("The Kremlin suggested a swap of 300 detainees from each side, but no date was set.") == set()


def test_an_accepted_proposal_is_still_an_agreement() -> None:
    assert kinds_read("Both delegations accepted a plan that Ankara proposed to exchange 700 prisoners per side.") \
        == {StageKind.AGREEMENT}
    assert kinds_read("The two sides agreed to exchange 700 prisoners each.") == {StageKind.AGREEMENT}


# "120 privates and sergeants, 9 officers and 4 civilians": ranks are soldiers; a rank coordinated with another
# military noun is one head, so the ranks and the officers add up to the military figure


def test_ranks_count_as_soldiers_in_an_enumeration() -> None:
    text = "Ukraine received 120 privates and sergeants, 9 officers and 4 civilians on Monday."
    assert figures(text) == {("ukraine", "military", 129), ("ukraine", "civilian", 4), ("ukraine", "total", 133)}
    text = "Kyiv got back 75 soldiers and sergeants, 5 officers and 2 civilians."
    assert figures(text) == {("ukraine", "military", 80), ("ukraine", "civilian", 2), ("ukraine", "total", 82)}


# "Ukraine got 40 soldiers and 5 civilians, 45 people in all": a closing uncategorised figure that equals the
# items before it is their total, not one more item of the list


def test_a_closing_in_all_figure_is_the_lists_total() -> None:
    text = "Ukraine got back 40 soldiers and five civilians, 45 people in all; Russia received 40 soldiers, also 45."
    found = figures(text)
    assert {("ukraine", "total", 45), ("ukraine", "military", 40), ("ukraine", "civilian", 5)} <= found
    assert ("ukraine", "total", 90) not in found


def test_a_list_whose_last_item_is_no_sum_still_adds_up() -> None:
    text = "Ukraine got back 40 soldiers, five civilians and 12 prisoners."
    assert ("ukraine", "total", 57) in figures(text)


# "after Monday's shelling of the port": a weekday in the possessive of another noun names the day of that
# other event; it dates no handover told later in the story


def test_a_possessive_weekday_of_another_event_dates_no_handover() -> None:
    text = ("09:10 Power is back in most of the city after Monday's shelling of the port, the governor says.\n\n"
            "10:45 Russia's defence ministry says 90 Russian servicemen have been returned from captivity.")
    [stage] = only(run(text, published=date(2025, 3, 5)).stages, StageKind.STAGE)
    assert stage.stage_date == date(2025, 3, 5)


def test_a_possessive_weekday_of_the_exchange_still_dates_it() -> None:
    text = "Monday's exchange returned 90 Russian servicemen from captivity, the ministry said."
    [stage] = only(run(text, published=date(2025, 3, 5)).stages, StageKind.STAGE)
    assert stage.stage_date == date(2025, 3, 3)


# "between 4 and 6 June, 900 servicemen were returned": a figure dated by a range of days counts all of them,
# a running total dated the last day, not that day's handover


def test_a_figure_over_a_range_of_days_is_a_running_total() -> None:
    assert kinds_read("Between 4 and 6 May, 900 Russian servicemen were returned to Russia.") \
        == {StageKind.CUMULATIVE}
    assert kinds_read("From 4 to 6 May, 900 Ukrainian soldiers came home.") == {StageKind.CUMULATIVE}
    assert kinds_read("On 6 May, 900 Ukrainian soldiers came home.") == {StageKind.STAGE}
