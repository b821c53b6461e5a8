"""Rules that generalise beyond the corpus they were tuned on: extras, breakdowns, periods, agreements, bodies."""

from datetime import date

import pytest

from schemas import Authority, StageKind
from services.extractor.rules.clauses import clause_starts
from services.extractor.rules.tokens import tokenize
from tests.unit.extractor.helpers import figures, findings, only, run, sides

# P1: people freed on top of the exchange are counted once, and for the side that got them


def test_a_grand_total_after_an_additive_cue_is_no_extra() -> None:
    found = findings("Separately, Kyiv freed 12 sick Russian soldiers, so that 222 Russian soldiers in total "
                     "returned home.")
    assert {(f.value, f.additive) for f in found if f.field == "total"} == {(12, True), (222, False)}


def test_an_extra_already_in_a_stated_total_is_not_added_again() -> None:
    text = ("Ukraine and Russia swapped 210 prisoners of war each on Saturday. Additionally, Russia freed 12 seriously "
            "ill Ukrainian servicemen, so that 222 Ukrainian soldiers in total returned home on Saturday.")
    stage = only(run(text).stages, StageKind.STAGE)[0]
    assert sides(stage) == ((222, 222, None), (210, 210, None))


def test_a_weakly_sided_extra_goes_to_the_subject_of_the_sentence() -> None:
    found = findings("Ukraine brought home 146 servicemen on Saturday, and eight civilians were released on top of "
                     "the exchange.", authority=Authority.KYIV)
    assert {(f.side, f.field, f.value) for f in found if f.additive} == {("ukraine", "civilian", 8),
                                                                         ("ukraine", "total", 8)}


def test_extras_inside_the_headline_total_are_counted_once() -> None:
    text = ("Ninety-three of our defenders and two civilians are back home, the Coordination Headquarters said on "
            "Saturday. Ukraine secured the return of 93 servicemen on Saturday, while two civilians were freed over "
            "and above the agreed numbers. Russia got 93 of its soldiers back.")
    stage = only(run(text).stages, StageKind.STAGE)[0]
    assert sides(stage) == ((95, 93, 2), (93, 93, None))


# P2: breakdowns of a total after a colon, between dashes, or as "N were <category>"


@pytest.mark.parametrize(
    ("sentence", "splits"),
    [
        ("75 returned: 71 servicemen of the armed forces, and four civilians.", False),
        ("146 servicemen came home, and eight civilians were released on top.", True),
    ],
)
def test_and_before_a_bare_list_item_is_no_clause(sentence: str, splits: bool) -> None:
    tokens = tokenize(sentence)
    assert (tokens.index("and") in clause_starts(tokens)) == splits


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Today 75 Ukrainians returned home from Russian captivity: 71 servicemen of the Armed Forces and the "
         "National Guard, and four civilians.",
         {("ukraine", "total", 75), ("ukraine", "military", 71), ("ukraine", "civilian", 4)}),
        ("Ukraine brought back 120 people on Saturday – 104 soldiers, six marines and 10 civilians – officials said.",
         {("ukraine", "total", 120), ("ukraine", "military", 110), ("ukraine", "civilian", 10)}),
        ("Of the Russians who were returned, 60 are soldiers and 15 are civilians.",
         {("russia", "total", 75), ("russia", "military", 60), ("russia", "civilian", 15)}),
    ],
)
def test_breakdowns(sentence: str, expected: set[tuple[str, str, int]]) -> None:
    assert figures(sentence) == expected


def test_a_partial_breakdown_adds_nothing_of_its_own() -> None:
    found = figures("Zelensky said 277 Ukrainian warriors had been freed: 246 in the main exchange and 31 wounded "
                    "men released on top of it.", authority=Authority.KYIV)
    assert found == {("ukraine", "military", 277), ("ukraine", "total", 277)}


# P3: dates and verbs that describe the people, not the handover


def test_a_capture_date_does_not_make_a_handover_background() -> None:
    assert figures("Ukraine brought home 140 defenders captured during the defence of Mariupol in 2022.") == {
        ("ukraine", "military", 140), ("ukraine", "total", 140)}


def test_a_far_period_does_not_touch_the_figure() -> None:
    sentence = ("In return, Ukraine transferred 55 Russian servicemen to Moscow together with a politician who had "
                "been kept in a Ukrainian jail on treason charges since April.")
    assert ("russia", "military", 55) in figures(sentence, day=date(2022, 9, 22))


def test_captured_then_sent_back_is_a_handover() -> None:
    sentence = ("On Saturday 88 Ukrainian soldiers returned home, while 88 Russian servicemen captured during the "
                "fighting in the Kharkiv region were sent back across the border.")
    assert ("russia", "total", 88) in figures(sentence)


# P4: a combined figure is not an item of one side's list


def test_a_combined_clause_is_not_joined_to_the_list_before_it() -> None:
    found = figures("In return, Moscow received ninety-five soldiers of its own, and 190 men in all were exchanged "
                    "at the border.")
    assert found == {("russia", "military", 95), ("russia", "total", 95), ("combined", "total", 190)}


# P5 and P7: agreements, past pairs and running totals


def kinds_of(sentence: str) -> set[tuple[StageKind, int]]:
    return {(f.kind, f.value) for f in findings(sentence) if f.field == "total"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("They swapped prisoners on Saturday under the deal reached in Istanbul, which covers at least 1,000 "
         "prisoners per side.", {(StageKind.AGREEMENT, 1000)}),
        ("Russia and Ukraine carried out a new swap under the arrangement agreed in Istanbul, which provides for the "
         "release of at least 1,200 prisoners on each side.", {(StageKind.AGREEMENT, 1200)}),
        ("Medinsky said the new deal would be at least as big as the 1,000-for-1,000 exchange completed in May.",
         set()),
        ("Including the men freed on Saturday, 820 Ukrainians have come home since the first round on Friday.",
         {(StageKind.CUMULATIVE, 820)}),
    ],
)
def test_kinds(sentence: str, expected: set[tuple[StageKind, int]]) -> None:
    assert {k for k in kinds_of(sentence) if k[0] != StageKind.STAGE} == expected


def test_a_completed_pair_is_no_agreement() -> None:
    assert all(f.kind != StageKind.AGREEMENT for f in findings(
        "The deal would be as big as the 1,000-for-1,000 exchange completed last month."))


# P6: bodies are not people returned


@pytest.mark.parametrize(
    "sentence",
    [
        "The exchange of remains, agreed in Istanbul on 2 June as 6,000 for 6,000, has been unequal.",
        "The handover of remains continues on a 6,000-for-6,000 basis.",
        "Ukraine received 1,000 bodies on Thursday and handed 19 to Russia.",
    ],
)
def test_remains_give_no_figures(sentence: str) -> None:
    assert findings(sentence) == []


def test_bodies_counted_by_another_figure_leave_prisoners_alone() -> None:
    assert ("russia", "total", 84) in figures("Russia said it had received 27 bodies and 84 of its servicemen.")


# P9: attribution


def authority_of(text: str, sentence: str) -> Authority:
    from services.extractor.rules.attribution import sentence_authority

    start = text.index(sentence)
    return sentence_authority(text, text.lower(), start, start + len(sentence))


def test_its_ministry_is_the_country_named_before() -> None:
    sentence = "Russia received 120 soldiers in return, according to its defence ministry."
    assert authority_of(sentence, sentence) == Authority.MOSCOW


def test_a_leading_source_tag_speaks_for_unattributed_sentences() -> None:
    text = ("Coordination Headquarters for the Treatment of Prisoners of War (Telegram, our summary) Today 75 "
            "Ukrainians returned home. Russia received 75 of its servicemen in return.")
    assert authority_of(text, "Russia received 75 of its servicemen in return.") == Authority.KYIV


def test_a_headline_naming_a_country_is_no_source_tag() -> None:
    text = "Kyiv and Moscow swap prisoners again. Russia received 75 of its servicemen in return."
    assert authority_of(text, "Russia received 75 of its servicemen in return.") == Authority.PRESS
