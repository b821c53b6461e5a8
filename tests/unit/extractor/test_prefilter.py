"""The cheap checks in front of the heavy rules."""

from services.extractor.rules.candidates import candidate_sentences
from services.extractor.rules.prefilter import (
    about_this_conflict,
    digit_positions,
    has_number_word,
    has_position,
    mentions_exchange,
)
from services.extractor.rules.reader import lower_text
from services.extractor.rules.sentences import boundaries


def test_exchange_words() -> None:
    assert mentions_exchange("russia and ukraine swapped 95 prisoners")
    assert not mentions_exchange("shakhtar beat dynamo 3-1 in lviv")


def test_digit_runs() -> None:
    text = "on may 24, 1,000 people and 307 more: “307”"
    positions = digit_positions(text, len(text))
    assert [text[p : p + 3] for p in positions] == ["24,", "1,0", "307", "307"]
    assert has_position(positions, 0, 8) and not has_position(positions, 30, 35)


def test_number_words() -> None:
    assert has_number_word("three hundred and three defenders", 0, 33)
    assert not has_number_word("someone returned", 0, 16)


def test_other_conflicts_are_not_ours() -> None:
    assert not about_this_conflict("hamas released three hostages in exchange for 369 palestinians freed by israel")
    assert not about_this_conflict("the united states and russia swapped 26; the american journalist ... ukraine")
    assert about_this_conflict("russia and ukraine swap 115 pows each")


def test_candidates_need_an_exchange_word_and_a_figure() -> None:
    text = ("Russia launched 728 drones overnight. Russia and Ukraine exchanged 84 prisoners on Thursday. "
            "Three hundred and three defenders came home. The swap was mediated by the UAE.")
    lower = lower_text(text)
    found = candidate_sentences(text, lower, boundaries(text, len(text)), len(text))
    assert [s.text for s in found] == [
        "Russia and Ukraine exchanged 84 prisoners on Thursday.", "Three hundred and three defenders came home."]
