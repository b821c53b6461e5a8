"""Generalisation patterns of round general42."""


from tests.unit.extractor.helpers import figures

# "All 64 Ukrainians freed on Monday were marines; ..." gives that one head count its predicate's category, even
# when the clause is not the sentence's last and another side is counted with the same figure


def test_all_of_a_count_said_to_be_a_category_takes_it() -> None:
    sentence = ("All 64 Ukrainians freed on Monday were marines, officials in Kyiv said; Russia got back 64 of its "
                "soldiers.")
    assert ("ukraine", "military", 64) in figures(sentence)
    assert ("russia", "military", 64) in figures(sentence)


def test_all_said_of_civilians_in_a_first_clause() -> None:
    sentence = "All 12 Ukrainians handed over at the border were civilians, and Moscow received 12 conscripts."
    assert ("ukraine", "civilian", 12) in figures(sentence)
    assert ("ukraine", "military", 12) not in figures(sentence)


def test_a_count_without_all_keeps_no_category() -> None:
    sentence = "Some 64 Ukrainians freed on Monday were marines, officials said; Russia got back 64 of its soldiers."
    assert ("ukraine", "military", 64) not in figures(sentence)
