"""Generalisation patterns from the fifteenth round of blind misses (one side's "in all", ...)."""

from schemas import StageKind
from tests.unit.extractor.helpers import figures, findings, kinds_read, only, run, sides

# "Kyiv got back 130, Russia 110 ... 130 soldiers in all had come home": a figure read as both sides together
# that equals one side's own total, while the other side also received people, cannot count the two sides
# (that would be 240); it is the side's own total said once more


def test_in_all_equal_to_one_sides_total_is_that_sides_total() -> None:
    text = ("Ukraine got back 130 of its soldiers on Monday in a swap with Russia, which received 110 of its troops. "
            "Kyiv's prisoner-of-war office said that 130 soldiers in all had come home.")
    [stage] = only(run(text).stages, StageKind.STAGE)
    assert stage.combined_total is None
    assert sides(stage) == ((130, 130, None), (110, 110, None))
    text = ("Russia and Ukraine swapped prisoners on Monday: 80 Ukrainian soldiers came home and 80 Russian soldiers "
            "were sent back, while 12 wounded Ukrainians were freed on top. Kyiv said that ninety-two people "
            "altogether had been returned.")
    [stage] = only(run(text).stages, StageKind.STAGE)
    assert stage.combined_total is None
    assert stage.sides.ukraine.total == 92


def test_a_two_sided_total_that_is_the_sum_stays_combined() -> None:
    text = ("Ukraine got back 130 of its soldiers on Monday in a swap with Russia, which received 110 of its troops. "
            "In all, 240 people were freed by the two sides.")
    [stage] = only(run(text).stages, StageKind.STAGE)
    assert stage.combined_total == 240


# "In addition, the sides handed over sick prisoners left off the main list. Kyiv got back 12 sick soldiers ...":
# a figureless sentence announcing people freed on top names who they are; the sentence right after that counts
# them counts those extras, so the sides' stated totals (main swap + extras) give their categories too


def test_extras_announced_by_the_sentence_before_are_extras() -> None:
    text = ("Russia and Ukraine exchanged 150 prisoners each on Tuesday. In addition, the two sides handed over "
            "sick soldiers who were not on the main list. Kyiv got back 12 sick soldiers, and Russia received 7 "
            "sick soldiers. In total, 162 Ukrainian soldiers returned, while Russia got 157 of its servicemen back.")
    [stage] = only(run(text).stages, StageKind.STAGE)
    assert sides(stage) == ((162, 162, None), (157, 157, None))


def test_a_figureless_aside_makes_no_extras() -> None:
    # the sentence before names no one freed: "in addition" only links two remarks
    text = ("Russia and Ukraine exchanged 150 prisoners each on Tuesday. In addition, the president thanked the "
            "mediators for their help. Kyiv got back 150 soldiers, the army said.")
    [stage] = only(run(text).stages, StageKind.STAGE)
    assert sides(stage)[0][0] == 150


def test_an_announcement_in_the_paragraph_before_makes_no_extras() -> None:
    text = ("Russia and Ukraine exchanged 150 prisoners each on Tuesday. In addition, the two sides handed over "
            "sick soldiers who were not on the main list.\n\nKyiv got back 150 soldiers, the army said.")
    [stage] = only(run(text).stages, StageKind.STAGE)
    assert sides(stage)[0][:2] == (150, 150)


# "120 more prisoners each way, 500 freed in three days": "N more" (like "another N", "a further N") counts one
# more batch added to those before, never the running total, even in a clause that also gives one


def test_n_more_is_a_new_batch_not_a_running_total() -> None:
    assert kinds_read("Swap resumes: 120 more prisoners each way, 500 freed over three days") >= {StageKind.STAGE}
    assert ("both", "total", 120) in {(f.side, f.field, f.value) for f in findings(
        "Swap resumes: 120 more prisoners each way, 500 freed over three days") if f.kind == StageKind.STAGE}
    # a running total stays one
    assert kinds_read("Over three days, 500 Ukrainians have now returned home.") == {StageKind.CUMULATIVE}



# "Over the two days, 500 Ukrainians have now come home, and Moscow has got back the same 500 of its people":
# "the same N" restates a figure the sentence gave just before, so it is of that figure's kind


def test_the_same_n_takes_the_kind_of_the_figure_it_restates() -> None:
    found = findings("Over three days, 500 Ukrainians have now returned home, and Moscow has received the same "
                     "500 of its citizens.")
    assert {(f.kind, f.side, f.value) for f in found} == {
        (StageKind.CUMULATIVE, "ukraine", 500), (StageKind.CUMULATIVE, "russia", 500)}


# "Two medics from our town among those freed from captivity": a headline drops the "are" of "are among", and
# the few people it names are still members of a group it does not count, not the handover's figure


def test_a_headline_among_without_a_verb_names_members_not_the_total() -> None:
    assert figures("Two men from our town among those freed from Russian captivity") == set()
    assert figures("Six Kharkiv soldiers among prisoners returned home in the latest swap") == set()
    # a category of a counted group is still a part of it, and a plain count is still a count
    assert ("ukraine", "total", 60) in figures("Sixty Ukrainian prisoners freed from Russian captivity")


# "A Lviv club completed a swap deal, sending three defenders to a Slovak side and bringing home a winger": a
# story that opens on sport (clubs, players, transfers) and never names prisoners or captivity tells a transfer;
# players "handed over to the club" or "returned home" are no people handed back from captivity


def test_a_sports_transfer_story_reports_no_exchange() -> None:
    text = ("Lviv club seals swap deal with Slovak side\n\nA Lviv football club completed a player swap with a Slovak "
            "team on Thursday, sending three defenders to Bratislava and bringing home a winger. The three defenders "
            "were released from their contracts and handed over to the Slovak club, which also paid a transfer fee.")
    assert run(text).stages == []


def test_an_exchange_story_naming_a_footballer_still_counts() -> None:
    text = ("Former footballer among 90 prisoners freed\n\nUkraine and Russia exchanged 90 prisoners of war each on "
            "Thursday. Among the Ukrainians who came home was a former club striker, the league said.")
    [stage] = only(run(text).stages, StageKind.STAGE)
    assert sides(stage)[0][0] == 90


# "Moscow said 120 of its soldiers came back and 120 Ukrainian prisoners of war were handed over ... 140
# Ukrainians came home": a sentence counting both sides of the swap counts each side's whole handover, so its
# 120 is another count of the whole that the stated 140 beat; the category its noun gave goes with it, it is
# no part of the 140


def test_a_category_implied_by_a_beaten_count_of_the_whole_swap_is_dropped() -> None:
    text = ("Russia's defence ministry said on Monday that 120 Russian servicemen were returned and that 120 "
            "Ukrainian prisoners of war were handed over in return. Local media later reported that 140 Ukrainians "
            "had come home on Monday.")
    [stage] = only(run(text).stages, StageKind.STAGE)
    assert sides(stage)[0] == (140, None, None)
    # a count of one side only may be a part of the stated total: kept
    text = "Ukraine brought home 140 people from Russian captivity on Monday. Of those, 20 were civilians."
    [stage] = only(run(text).stages, StageKind.STAGE)
    assert sides(stage)[0] == (140, None, 20)
    # a category stated as a part of the total is kept
    text = ("Ukraine got back 140 people on Monday: 120 soldiers and 20 civilians, the army said. Russia "
            "received 140 of its soldiers.")
    [stage] = only(run(text).stages, StageKind.STAGE)
    assert sides(stage)[0] == (140, 120, 20)


# "Twelve civilians returned to Ukraine in a handover, while seven civilians were taken to Russia": the clause
# set against a handover tells its other direction; "were taken / sent to <country>" counts people that country
# received, though it has no handover word of its own


def test_people_taken_to_a_country_while_others_return_are_the_other_direction() -> None:
    found = figures("Twelve Ukrainian civilians returned to Ukraine on Friday in a handover brokered by the Vatican, "
                    "while seven civilians were taken to Russia to rejoin their families.")
    assert ("ukraine", "civilian", 12) in found
    assert ("russia", "civilian", 7) in found


def test_people_taken_to_a_country_with_no_handover_are_no_count() -> None:
    assert figures("Seven civilians were taken to Russia last year, officials said.") == set()
    assert figures("The talks in Doha stalled in the spring, while seven civilians were taken to Russia.") == set()
    found = figures("Twelve Ukrainian children returned home on Friday, while about 19,000 children have been taken "
                    "to Russia since 2022.")
    assert all(side != "russia" for side, _, _ in found)
