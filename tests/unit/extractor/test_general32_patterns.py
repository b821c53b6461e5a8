"""Generalisation patterns of round general32."""

from schemas import Authority
from tests.unit.extractor.helpers import figures

# "Kyiv gives its own tally: ..." reports a figure; "gives" there hands nobody over, so the people counted after
# the colon are not the other side's


def test_giving_an_own_count_hands_nobody_over() -> None:
    sentence = "Kyiv's ombudsman gives his own tally: 212 Ukrainians back, 190 of them soldiers and 22 civilians."
    assert figures(sentence, authority=Authority.KYIV) == {
        ("ukraine", "total", 212), ("ukraine", "military", 190), ("ukraine", "civilian", 22),
    }


def test_giving_people_still_hands_them_over() -> None:
    assert ("russia", "military", 40) in figures("Kyiv gave 40 soldiers back to Moscow in the swap.")


# "Moscow got back 64 its soldiers": a figure put straight before an owner's possessive counts that owner's
# people, as "64 of its soldiers" does (the "of" left out, as in non-native English)


def test_a_figure_before_a_possessive_counts_the_owners_people() -> None:
    assert figures("Moscow got back 64 its soldiers after the talks.") == {
        ("russia", "military", 64), ("russia", "total", 64),
    }


# "military men", like "military persons", are servicemen: the status word before a gendered head says which


def test_military_men_are_servicemen() -> None:
    assert ("ukraine", "military", 41) in figures("Kyiv welcomed home 41 military men on Friday.")
    assert ("russia", "civilian", 9) in figures("Russia got back nine civilian women as well.")


# "Kyiv returned 64 soldiers", with neither whose soldiers nor where to, is Kyiv bringing its own people back (as
# "returned 64 defenders from captivity"); handing the other side's men back names them or their destination


def test_returning_unmarked_people_brings_them_home() -> None:
    assert figures("On Friday Kyiv returned 64 soldiers and six civilians.") == {
        ("ukraine", "military", 64), ("ukraine", "civilian", 6), ("ukraine", "total", 70),
    }


def test_returning_people_named_or_sent_somewhere_hands_them_over() -> None:
    assert ("russia", "military", 64) in figures("On Friday Kyiv returned 64 soldiers to Russia.")
    assert ("russia", "military", 64) in figures("On Friday Kyiv returned 64 Russian soldiers.")

