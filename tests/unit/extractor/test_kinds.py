"""Stage, running total or agreement; and numbers that are none of them."""

import pytest

from schemas import Authority, StageKind
from tests.unit.extractor.helpers import findings


def kinds_of(sentence: str) -> set[tuple[StageKind, int]]:
    return {(f.kind, f.value) for f in findings(sentence, authority=Authority.KYIV) if f.field == "total"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Today is the second day of the 1,000-for-1,000 exchange that we managed to negotiate in Turkiye.",
         {(StageKind.AGREEMENT, 1000)}),
        ("Both sides are expected to exchange 1,000 each in total.", {(StageKind.AGREEMENT, 1000)}),
        ("The agreement to exchange 1,000 prisoners each was the only concrete step.", {(StageKind.AGREEMENT, 1000)}),
        ("A total exchange of 1,000 prisoners each had been agreed upon.", {(StageKind.AGREEMENT, 1000)}),
        ("About 1,200 more prisoners could be released under the latest understanding.",
         {(StageKind.AGREEMENT, 1200)}),
        ("In just these two days, 697 people have been brought home.", {(StageKind.CUMULATIVE, 697)}),
        ("Since Friday, 697 people have returned to Ukraine.", {(StageKind.CUMULATIVE, 697)}),
        ("The exchange that began on May 23 and ended on May 25 returned 1,000 people to each country.",
         {(StageKind.CUMULATIVE, 1000)}),
        ("Russia and Ukraine completed a 95-for-95 prisoner swap on Friday.", {(StageKind.STAGE, 95)}),
        ("Russia and Ukraine exchanged 307 prisoners each on Saturday.", {(StageKind.STAGE, 307)}),
    ],
)
def test_kind(sentence: str, expected: set[tuple[StageKind, int]]) -> None:
    assert kinds_of(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "One of the soldiers formerly held captive, 58-year-old Viktor Syvak, told AFP it was hard.",
        "Captured in Mariupol, he had been held for 37 months and 12 days before he was freed.",
        "Ukraine says it is ready for a 30-day ceasefire and an exchange of all for all.",
        "After more than three years of fighting, thousands of POWs are held in both countries.",
        "The number of captives is estimated to be between 8,000 and 10,000, the exchange coordinators said.",
        "Officials say more than 5,000 Ukrainians have been brought home since the start of the full-scale war.",
        "Ukraine received the bodies of 1,200 fallen soldiers from Russia on Friday.",
        "About 8,000 Ukrainian soldiers are being held in Russian captivity.",
        "The previous exchange, in August, involved 22 people on each side.",
        "Shakhtar returned to the top of the league with a 3-1 home win over Dynamo in front of 4,500 fans.",
        "It killed 12 people and wounded 40 soldiers, the returning governor said.",
    ],
)
def test_no_figure(sentence: str) -> None:
    assert findings(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "number"),
    [("Both sides received 390 people in the first stage on Friday.", 1),
     ("Zelensky said 307 defenders returned as the first stage entered its second day.", 2),
     ("Russia and Ukraine exchanged 307 prisoners each on Saturday.", None)],
)
def test_stage_number(sentence: str, number: int | None) -> None:
    from services.extractor.rules.kinds import stage_number
    from services.extractor.rules.tokens import phrase, tokenize

    tokens = tokenize(sentence)
    assert stage_number(tokens, phrase(tokens, 0, len(tokens))) == number
