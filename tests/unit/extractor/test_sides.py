"""Who the people were returned to, from the many ways reports say it."""

import pytest

from schemas import Authority
from tests.unit.extractor.helpers import figures


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Russia said it had received 270 Russian troops on Friday.", {("russia", "total", 270)}),
        ("Russia released 150 prisoners on Friday.", {("ukraine", "total", 150)}),
        ("Kyiv got back 189 people on Monday.", {("ukraine", "total", 189)}),
        ("Another 307 members of the Russian military were returned from territory controlled by the Kyiv regime.",
         {("russia", "total", 307)}),
        ("Three women and 387 men were freed from Russian captivity on Friday.", {("ukraine", "total", 390)}),
        ("270 prisoners were released from Ukrainian captivity on Friday.", {("russia", "total", 270)}),
        ("Russia and Ukraine each released 390 prisoners on Friday.", {("both", "total", 390)}),
        ("Russia and Ukraine exchanged 307 POWs from each country on Saturday.", {("both", "total", 307)}),
        ("The previous day, 390 prisoners were freed on each side.", {("both", "total", 390)}),
        ("Both sides received 390 people in the first stage on Friday.", {("both", "total", 390)}),
        ("103 prisoners of war of the Ukrainian armed forces were handed over.", {("ukraine", "total", 103)}),
        ("Moscow said it had received 150 of its servicemen.", {("russia", "total", 150)}),
        ("Ukraine received 230 prisoners and Russia 248 on Wednesday.",
         {("ukraine", "total", 230), ("russia", "total", 248)}),
        ("Kyiv got back 150 people on Wednesday while Moscow received 150 servicemen.",
         {("ukraine", "total", 150), ("russia", "total", 150)}),
    ],
)
def test_who_received_the_total(sentence: str, expected: set[tuple[str, str, int]]) -> None:
    assert {f for f in figures(sentence) if f[1] == "total"} == expected


def test_as_many_mirrors_the_other_side() -> None:
    found = figures("Russia said it released 307 Ukrainian POWs in exchange for as many Russian servicemen.")
    assert {("ukraine", "total", 307), ("russia", "total", 307)} <= found


def test_home_is_the_speaker_side() -> None:
    assert ("ukraine", "total", 697) in figures("In two days, 697 people have been brought home.",
                                                authority=Authority.KYIV)
    assert ("russia", "total", 84) in figures("Today 84 people came home.", authority=Authority.MOSCOW)


def test_our_people_is_the_speaker_side() -> None:
    assert figures("Today we brought back 390 of our people.", authority=Authority.KYIV) == {("ukraine", "total", 390)}


def test_combined_figure_is_no_side() -> None:
    assert figures("In all, 478 people were released by the two sides.") == {("combined", "total", 478)}


def test_exchanged_without_each_defaults_to_both_weakly() -> None:
    (finding,) = [f for f in __import__("tests.unit.extractor.helpers", fromlist=["findings"]).findings(
        "Russia and Ukraine exchanged 84 prisoners on Thursday.")]
    assert (finding.side, finding.strength) == ("both", 0)


def test_third_parties_and_regions_are_no_direction() -> None:
    found = figures("Russia's defence ministry said 185 Russian soldiers had returned, along with 20 civilians "
                    "from the Kursk region.")
    assert ("russia", "civilian", 20) in found
