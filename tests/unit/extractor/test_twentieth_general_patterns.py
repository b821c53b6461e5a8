"""Generalisation patterns of session general20 (people who stayed behind, civilian crews, later "N for N")."""

from datetime import date

from schemas import StageKind
from tests.unit.extractor.helpers import figures, findings, only, run, sides

# "three Russian men refused to return and asked to stay in Ukraine": people who would not be exchanged were
# not handed over, whatever handover verb follows the refusal


def test_people_who_refused_to_return_are_no_handover() -> None:
    assert figures("Officials said three Russian men refused to return home and asked to stay in Ukraine.") == set()
    assert figures("Two Ukrainian captives declined to be exchanged and remained in Russia, the ministry said.") \
        == set()
    assert figures("Four of the prisoners chose to stay in Russia rather than return.") == set()


def test_a_handover_beside_a_refusal_is_still_read() -> None:
    assert figures("Ukraine received 60 soldiers on Friday, though one refused to return.") \
        >= {("ukraine", "total", 60), ("ukraine", "military", 60)}


# "45 civilian sailors", "45 sailors from merchant ships": seafarers of civilian ships are civilians, whatever
# navy sailors would be


def test_sailors_of_civilian_ships_are_civilians() -> None:
    assert figures("Russia got back 45 civilian sailors on Tuesday.") \
        == {("russia", "total", 45), ("russia", "civilian", 45)}
    assert figures("Russia got back 45 sailors from merchant ships on Tuesday.") \
        == {("russia", "total", 45), ("russia", "civilian", 45)}
    assert figures("Russia got back 45 sailors of civilian vessels on Tuesday.") \
        == {("russia", "total", 45), ("russia", "civilian", 45)}


def test_navy_sailors_stay_military() -> None:
    assert figures("Russia got back 45 sailors from the cruiser's crew on Tuesday.") \
        == {("russia", "total", 45), ("russia", "military", 45)}


# "60 fishermen held by the other side since February 2022 and 20 soldiers were returned": "since <war start>"
# right after "held" says how long those people were captive, not that the figure sums the whole war


def test_held_since_the_war_began_dates_the_captivity() -> None:
    assert figures("Ukraine said 60 Russian citizens were returned: 45 sailors of merchant vessels held by Kyiv "
                   "since February 2022 and 15 servicemen.") >= {
        ("russia", "total", 60), ("russia", "civilian", 45), ("russia", "military", 15)}


def test_freed_since_the_war_began_is_still_war_long() -> None:
    assert figures("Ukraine says 2,400 of its citizens have been freed since February 2022.") == set()


# "Of the 60 Ukrainians freed, 41 were soldiers; the other 19 were civilians": "the other <N>" / "the remaining
# <N>" are the rest of the people the sentence has just begun to break down, on the same side


def test_the_other_n_continue_the_breakdown() -> None:
    assert figures("Of the 60 Ukrainians freed on Friday, 41 were soldiers; the other 19 were civilians.") >= {
        ("ukraine", "military", 41), ("ukraine", "civilian", 19)}
    assert figures("Russia got back 70 people: 50 were servicemen and the remaining 20 were civilians.") >= {
        ("russia", "total", 70), ("russia", "military", 50), ("russia", "civilian", 20)}


def test_the_other_n_without_a_breakdown_before_count_nothing() -> None:
    assert figures("The other 19 were civilians, the report said.") == set()


# "Dmytro Lubinets, the parliament's rights commissioner, said ...": a named official set before an
# appositive that closes right before the verb is the speaker


def test_a_named_subject_before_an_appositive_speaks() -> None:
    text = ("Kyiv got back 60 women on Friday. Dmytro Lubinets, the parliament's rights commissioner, said on "
            "Friday that 41 of the freed women were servicewomen and that the other 19 were civilians.")
    [stage] = only(run(text, published=date(2025, 3, 7)).stages, StageKind.STAGE)
    assert sides(stage)[0] == (60, 41, 19)


# "Defence Ministry of Russia: 75 servicemen returned home" / "... home - Ukrainian ombudsman's office": a
# headline naming a government body as its source before or after a colon or dash makes the release that body's
# word wherever the text names no other speaker


def test_a_headline_naming_a_government_body_speaks_for_the_release() -> None:
    text = ("75 defenders returned home: Coordination Headquarters\n\n"
            "Today 75 Ukrainian servicemen came back from the captivity of the enemy. We thank the partners and "
            "families of the men for their patience.")
    [stage] = only(run(text, published=date(2025, 3, 7)).stages, StageKind.STAGE)
    assert stage.sides.ukraine.authority.value == "kyiv"


def test_a_headline_naming_a_country_only_is_no_source() -> None:
    text = ("Ukraine: 75 defenders returned home\n\n"
            "Today 75 Ukrainian servicemen came back from the captivity of the enemy, officials said. The men "
            "were taken to a hospital in the north for a check of their health.")
    [stage] = only(run(text, published=date(2025, 3, 7)).stages, StageKind.STAGE)
    assert stage.sides.ukraine.authority.value == "press"


# "The swap on Tuesday went smoothly: 64 soldiers for 64, a count both capitals gave" / "the sides swapped 30 for
# 30 on 2 May": an "N for N" told as the shape of a handover that already happened is that handover, not a deal


def test_an_n_for_n_after_a_past_handover_verb_is_a_stage() -> None:
    assert {f.kind for f in findings("In early May the two sides swapped 30 for 30 on 2 May, a small trade of "
                                     "the kind seen all spring.")} == {StageKind.STAGE}


def test_an_n_for_n_giving_the_shape_of_a_past_exchange_is_a_stage() -> None:
    assert {f.kind for f in findings("The swap on Tuesday went smoothly: 64 soldiers for 64, a count both "
                                     "capitals gave within hours.")} == {StageKind.STAGE}


def test_an_n_for_n_of_a_deal_is_still_an_agreement() -> None:
    assert {f.kind for f in findings("The exchange agreed on Tuesday is simple: 500 prisoners for 500.")} \
        == {StageKind.AGREEMENT}
    assert {f.kind for f in findings("The sides agreed to swap 500 for 500 next week.")} == {StageKind.AGREEMENT}


def test_a_later_article_keeps_its_own_day_and_drops_the_week_before() -> None:
    text = ("The exchange on Friday went smoothly: 64 prisoners for 64, a figure both sides confirmed. "
            "Less than a week earlier, on 1 March, Russia freed 30 Ukrainians and got 28 of its own back.")
    result = run(text, published=date(2025, 3, 9)).stages
    assert only(result, StageKind.AGREEMENT) == []
    assert [s.stage_date for s in only(result, StageKind.STAGE)] == [date(2025, 3, 7)]


# "45 crewmen of cargo ships that had been stuck in port since March": the month dates how long the people were
# kept, like "held since March", not an earlier exchange


def test_stuck_since_a_month_dates_the_captivity() -> None:
    assert figures("Moscow said 60 Russian citizens had been returned, among them 45 sailors from merchant ships "
                   "that had been stuck in Ukrainian ports since March.") >= {
        ("russia", "total", 60), ("russia", "civilian", 45)}


# "Kyiv got back 60 soldiers. Sixty-five people went the other way.": "the other way" / "the other direction" is
# the other half of the handover the sentence before told, so its figure is the other side's


def test_people_who_went_the_other_way_are_the_other_side() -> None:
    text = ("Sixty Ukrainian soldiers came home from Russian captivity on Friday, the general staff said. "
            "A local official said sixty-five people had gone the other way. Forty of them were servicemen and "
            "the other 25 were civilians.")
    [stage] = only(run(text, published=date(2025, 3, 7)).stages, StageKind.STAGE)
    assert sides(stage) == ((60, 60, None), (65, 40, 25))


def test_the_other_way_round_is_no_handover() -> None:
    text = ("Sixty Ukrainian soldiers came home from Russian captivity on Friday, the general staff said. "
            "For the 40 men still in the camp it was the other way round, the official said.")
    [stage] = only(run(text, published=date(2025, 3, 7)).stages, StageKind.STAGE)
    assert sides(stage) == ((60, 60, None), (None, None, None))


def test_the_other_way_with_no_handover_before_counts_nothing() -> None:
    text = ("Ten years ago, two planes crossed the sea and the politicians spoke of peace in the region. "
            "The second plane took 35 people the other way to the capital, and the press was there.")
    assert run(text, published=date(2025, 3, 7)).stages == []


# "Forty of them, he said, were servicemen": a comma right after "of them" still makes the sentence a part of
# the people the sentence before counted


def test_a_part_of_them_followed_by_a_comma_breaks_down_the_group() -> None:
    text = ("Russia got back 65 of its citizens on Friday, the ministry said. Forty of them, an official said, "
            "were servicemen and the other 25 were civilians.")
    [stage] = only(run(text, published=date(2025, 3, 7)).stages, StageKind.STAGE)
    assert sides(stage)[1] == (65, 40, 25)


# "Of them, 30 were sailors from fishing boats": a seafarer head after "were" is read like one after the figure


def test_a_predicate_seafarer_head_is_read() -> None:
    text = ("Russia got back 65 of its citizens on Friday, the ministry said. Forty of them were sailors from "
            "merchant ships and the other 25 were servicemen.")
    [stage] = only(run(text, published=date(2025, 3, 7)).stages, StageKind.STAGE)
    assert sides(stage)[1] == (65, 25, 40)


# "40 were servicemen - six officers and 34 privates - and 25 were civilians": head counts in a dash aside right
# after a part break that part down; they are not parts of the list themselves


def test_figures_in_a_dash_aside_after_a_part_are_its_breakdown() -> None:
    assert figures("Ukraine got back 65 people: 40 were servicemen - six officers and 34 privates - and 25 were "
                   "civilians.") == {("ukraine", "total", 65), ("ukraine", "military", 40), ("ukraine", "civilian", 25)}


# "Today 65 came home. It was the first such swap. Of the 65, 40 are soldiers and 25 are civilians.": "Of the
# <N>," takes up a figure counted a sentence or two before, and breaks down that handover


def test_of_the_n_breaks_down_a_figure_counted_two_sentences_before() -> None:
    text = ("Coordination Headquarters: 65 people are home\n\nToday 65 Ukrainians returned home from captivity. "
            "This is the first exchange in which the children of the men were at the border. Of the 65, 40 are "
            "servicemen - six officers and 34 privates - and 25 are civilians.")
    [stage] = only(run(text, published=date(2025, 3, 7)).stages, StageKind.STAGE)
    assert sides(stage)[0] == (65, 40, 25)


def test_of_the_n_with_another_figure_is_no_breakdown() -> None:
    text = ("Today 65 Ukrainians returned home from captivity, the officials said. It was the first exchange of "
            "the year. Of the 90 villages nearby, 40 are empty.")
    [stage] = only(run(text, published=date(2025, 3, 7)).stages, StageKind.STAGE)
    assert sides(stage)[0] == (65, None, None)


# "Kyiv was releasing 45 sailors": a be form before "-ing" is the progressive, active voice, not a passive


def test_a_progressive_giver_verb_names_the_giver() -> None:
    assert figures("A regional official said Kyiv was releasing 45 civilian sailors and 20 soldiers.") >= {
        ("russia", "civilian", 45), ("russia", "military", 20)}
