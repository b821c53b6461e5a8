"""Generalisation patterns of session general19 (proposals, fact boxes, sums of both sides, ...)."""


from datetime import date

from schemas import Authority, StageKind
from tests.unit.extractor.helpers import figures, kinds_read, only, run, sides

# "X suggested a new swap of 500 each": one party's offer is no agreed total until the other accepts


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


# "Coordination Headquarters: 60 defenders are home" over an unattributed text: the headline names the body that
# issues the statement, so its figures are that government's own (as a leading source tag says it)


def test_a_headline_naming_the_issuing_body_attributes_the_statement() -> None:
    text = ("Coordination Headquarters: 60 defenders are home\n\n"
            "Another exchange of prisoners has taken place today. In the exchange, 60 defenders of Ukraine have "
            "returned home to their families from Russian captivity.")
    [stage] = only(run(text, published=date(2025, 3, 5)).stages, StageKind.STAGE)
    assert stage.sides.ukraine.authority == Authority.KYIV
    text = ("Statement by the Defence Ministry of Russia\n\n"
            "On 5 March, as a result of the talks, 60 Russian servicemen were returned from the territory controlled "
            "by Kyiv to a base in the region.")
    [stage] = only(run(text, published=date(2025, 3, 5)).stages, StageKind.STAGE)
    assert stage.sides.russia.authority == Authority.MOSCOW


def test_a_headline_quoting_no_government_body_leaves_the_press() -> None:
    text = ("Analysis: 60 defenders are home\n\n"
            "Another exchange of prisoners has taken place today. In the exchange, 60 Ukrainian servicemen have "
            "returned home to their families from Russian captivity.")
    [stage] = only(run(text, published=date(2025, 3, 5)).stages, StageKind.STAGE)
    assert stage.sides.ukraine.authority == Authority.PRESS


# "between 4 and 6 June, 900 servicemen were returned": a figure dated by a range of days counts all of them,
# a running total dated the last day, not that day's handover


def test_a_figure_over_a_range_of_days_is_a_running_total() -> None:
    assert kinds_read("Between 4 and 6 May, 900 Russian servicemen were returned to Russia.") \
        == {StageKind.CUMULATIVE}
    assert kinds_read("From 4 to 6 May, 900 Ukrainian soldiers came home.") == {StageKind.CUMULATIVE}
    assert kinds_read("On 6 May, 900 Ukrainian soldiers came home.") == {StageKind.STAGE}


# "Ukraine received 30 soldiers, among them two medics, and Russia 25 servicemen": the second conjunct leaves out
# the verb it shares with the first; its figure is a handover to the country named right before it


def test_a_gapped_conjunct_after_a_comma_shares_the_verb() -> None:
    text = "On Monday Ukraine received 30 soldiers, among them two medics, and Russia 25 servicemen."
    assert {("russia", "military", 25), ("russia", "total", 25)} <= figures(text)
    text = "Kyiv got back 40 soldiers, and Moscow 35 servicemen."
    assert {("russia", "military", 35), ("ukraine", "military", 40)} <= figures(text)


def test_a_country_before_a_figure_in_a_clause_of_its_own_is_no_gap() -> None:
    text = "Ukraine received 30 soldiers, and Russia lost 25 servicemen in the fighting."
    assert ("russia", "total", 25) not in figures(text)


# Yemen's swaps between the Houthis and the government are another war's exchanges, however often the story
# names them, when it names Ukraine only in passing


def test_a_houthi_government_swap_naming_ukraine_once_creates_nothing() -> None:
    text = ("ADEN - The Houthis and Yemen's government exchanged 120 prisoners on Thursday in a swap overseen by "
            "the Red Cross. In all, the Houthis released 45 detainees and the government freed 75 Houthi fighters. "
            "Swaps of this kind, seen from Yemen to Ukraine, are rare in a war of this length.")
    assert run(text, published=date(2024, 6, 7)).stages == []


# "Forty soldiers came home on Easter Sunday" over "Forty soldiers have been returned, the ministry said on Monday":
# the day of the statement is a last resort; the same figure for the same side dated by the event itself a day or
# two before is the handover the statement reports


def test_a_statement_day_gives_way_to_the_same_figure_dated_by_the_event() -> None:
    text = ("Forty Russian servicemen returned from captivity on Easter Sunday\n\n"
            "Forty Russian servicemen have been returned from territory held by Kyiv, the Russian defence ministry "
            "said on Monday. In return, 40 prisoners of war of the Armed Forces of Ukraine were handed over.")
    [stage] = only(run(text, published=date(2025, 4, 21)).stages, StageKind.STAGE)
    assert stage.stage_date == date(2025, 4, 20)
    assert sides(stage) == ((40, 40, None), (40, 40, None))


def test_a_different_figure_on_the_statement_day_keeps_its_day() -> None:
    text = ("Forty Russian servicemen returned from captivity on Easter Sunday\n\n"
            "Another 25 Russian servicemen have been returned from territory held by Kyiv, the Russian defence "
            "ministry said on Monday.")
    days = {stage.stage_date for stage in only(run(text, published=date(2025, 4, 21)).stages, StageKind.STAGE)}
    assert date(2025, 4, 21) in days


# A fact box closing a feature: "- Day of the swap: Tuesday, 4 March" dates the box's other lines, and
# "- Ukrainians freed: 41" is a label naming the people and the handover, then their count


def test_a_fact_box_label_counts_the_people_it_names() -> None:
    assert figures("- Ukrainians freed: 41, according to Kyiv") == {("ukraine", "total", 41)}
    assert figures("- Ukrainians freed: 41 soldiers") == {("ukraine", "total", 41), ("ukraine", "military", 41)}


def test_a_fact_box_date_line_dates_the_box() -> None:
    text = ("Families waited at the border post all morning for the buses from the Russian side, and some of them "
            "had waited for months.\n\n"
            "IN NUMBERS\n- Date of the exchange: Tuesday, 4 March\n- Ukrainians freed: 41, according to Kyiv\n"
            "- Russians freed: 39 servicemen, according to Moscow\n")
    [stage] = only(run(text, published=date(2025, 3, 6)).stages, StageKind.STAGE)
    assert stage.stage_date == date(2025, 3, 4)
    assert sides(stage) == ((41, None, None), (39, 39, None))


def test_a_fact_box_date_line_outranks_a_vague_day_in_the_prose() -> None:
    text = ("The swap at the weekend brought relief to the families who had waited at the border post for "
            "the buses from the Russian side.\n\n"
            "IN NUMBERS\n- Date of the exchange: Saturday, 1 March\n- Ukrainians freed: 41, according to Kyiv\n"
            "- Russians freed: 39 servicemen, according to Moscow\n")
    [stage] = only(run(text, published=date(2025, 3, 3)).stages, StageKind.STAGE)
    assert stage.stage_date == date(2025, 3, 1)


def test_a_headline_naming_a_long_body_before_its_colon_or_after_its_dash_speaks_for_that_government() -> None:
    from schemas import Authority
    from services.extractor.rules.attribution import _classify
    from services.extractor.rules.issuers import headline_issuer

    long_name = "Coordination Headquarters for the Treatment of Prisoners of War: 64 defenders are home\nBody."
    assert headline_issuer(long_name.lower(), _classify) == Authority.KYIV
    dashed = "Forty servicemen back from captivity - Russian Defence Ministry\nBody."
    assert headline_issuer(dashed.lower(), _classify) == Authority.MOSCOW
    assert headline_issuer("Ukraine: forty soldiers home\nBody.".lower(), _classify) is None
    assert headline_issuer("The ministry says forty are home: report\nBody.".lower(), _classify) is None
