"""Generalisation patterns of round general28 (former captives as guests, readiness for a future swap, ...)."""

from datetime import date

from schemas import StageKind
from tests.unit.extractor.helpers import figures, kinds_read, only, run, sides

# "four former prisoners of war laid flowers": people counted by what they once were are freed long since; the
# sentence tells what they do now, not a handover


def test_former_captives_doing_something_else_are_no_handover() -> None:
    assert figures("At the ceremony, four former prisoners of war who had returned from Russian captivity in "
                   "the spring laid flowers at the memorial.") == set()
    assert figures("Twelve former Ukrainian captives, freed last year, told the court about their treatment.") == set()


def test_a_count_of_prisoners_freed_is_still_read() -> None:
    assert figures("On Tuesday, 45 Ukrainian prisoners of war returned home from Russian captivity.") == {
        ("ukraine", "military", 45), ("ukraine", "total", 45)}


# "both sides said they were ready to swap 120 prisoners each": readiness or willingness to exchange people is an
# intention, a swap still to come, never people already handed over


def test_readiness_to_exchange_is_a_plan_not_a_handover() -> None:
    assert kinds_read("Kyiv and Moscow have told the mediators of their willingness to conduct a swap of 120 "
                      "prisoners from each side.") == {StageKind.AGREEMENT}
    assert kinds_read("Both governments said on Tuesday that they were ready to exchange 75 captives each.") == {
        StageKind.AGREEMENT}


def test_people_freed_as_the_ready_side_promised_are_a_handover() -> None:
    assert kinds_read("Russia, which had said it was ready for talks, released 64 Ukrainian soldiers on "
                      "Tuesday.") == {StageKind.STAGE}


# "some 4,000 Ukrainians, men and women, are still held": an aside between commas right after a head count does not
# part it from its verb; held, missing or dead people named past the aside are no handover


def test_a_comma_aside_does_not_hide_a_holding_verb() -> None:
    assert figures("Kyiv believes that roughly 4,500 of its nationals, servicemen and civilians alike, remain "
                   "in Russian captivity.") == set()
    assert figures("Officials say some 4,500 of their compatriots, soldiers and civilians, are still in Russian "
                   "captivity.") == set()


def test_a_comma_aside_before_a_handover_verb_is_still_read() -> None:
    assert figures("Yesterday 95 Ukrainians, soldiers and civilians, were freed in the swap.") == {
        ("ukraine", "total", 95)}


# "Turkey said its efforts have now brought 1,870 captives home in all": a count a party credits to its own efforts
# or mediation as a whole is its record over every swap it helped, background to the story's exchange


def test_a_total_credited_to_a_party_s_efforts_is_background() -> None:
    assert figures("Ankara said that its mediation had now secured the release of 1,870 captives in all.") == set()
    assert figures("The Saudi statement said the kingdom's efforts have so far brought 640 prisoners home.") == set()


def test_a_handover_thanks_to_a_mediation_is_still_read() -> None:
    assert figures("Thanks to the Saudi mediation, 110 Ukrainian soldiers came home on Friday.") == {
        ("ukraine", "military", 110), ("ukraine", "total", 110)}


# "Moscow got 84 of its own people back in return": "in return" makes the other half of the swap the other side's
# people the story counted before, even paragraphs earlier and without a handover word, with their breakdown


def test_in_return_answers_the_other_side_counted_paragraphs_earlier() -> None:
    text = ("Column: what the buses brought back\n\nShortly after dawn on Tuesday, 62 Ukrainians were crossing the "
            "bridge at the Sumy checkpoint. Twenty of them were soldiers. The other 42 were civilians.\n\n"
            "I have written about these crossings before, and I will again.\n\n"
            "Russia received 62 of its own citizens in return, its ombudswoman said.")
    [stage] = only(run(text, published=date(2025, 6, 12)).stages, StageKind.STAGE)
    assert stage.stage_date == date(2025, 6, 10)
    assert sides(stage) == ((62, 20, 42), (62, None, None))


def test_without_in_return_people_on_the_move_are_no_handover() -> None:
    text = ("Column: the bridge\n\nShortly after dawn on Tuesday, 62 Ukrainians were crossing the bridge at the "
            "Sumy checkpoint.\n\nRussia received 62 of its own citizens, its ombudswoman said.")
    [stage] = only(run(text, published=date(2025, 6, 12)).stages, StageKind.STAGE)
    assert sides(stage)[0] == (None, None, None)


# "eleven Ukrainian children and two adults with them went home, and five Russian children went the other way": a
# two-way return of children, in a story that counts no prisoners, soldiers or civilians, is a civilian exchange;
# the children and the adults travelling with them are civilians


def test_a_two_way_return_of_children_counts_them_as_civilians() -> None:
    text = ("Mediators said that eleven Ukrainian children and two adults travelling with them were brought back to "
            "Ukraine on Monday, while five Russian children were returned to their relatives in Russia.")
    [stage] = only(run(text, published=date(2026, 4, 14)).stages, StageKind.STAGE)
    assert stage.stage_date == date(2026, 4, 13)
    assert sides(stage) == ((13, None, 13), (5, None, 5))


def test_children_of_one_side_only_are_no_exchange() -> None:
    text = "Nine Ukrainian children were brought back from Russia on Monday, Kyiv said."
    assert only(run(text, published=date(2026, 4, 14)).stages, StageKind.STAGE) == []
