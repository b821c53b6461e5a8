"""Generalisation patterns from the sixth blind set: exchanges between other countries."""

from tests.unit.extractor.helpers import figures

# a give/receive verb whose subject is a third country is not a Russia-Ukraine handover


def test_a_swap_between_two_other_countries_gives_no_russia_ukraine_figure() -> None:
    line = ("Baku freed 14 Armenian soldiers on Friday, and Yerevan released three Azerbaijani conscripts "
            "in an exchange mediated by the Red Cross.")
    assert figures(line) == set()


def test_a_russia_ukraine_swap_named_beside_a_third_country_still_counts() -> None:
    line = "Russia freed 14 Ukrainian soldiers on Friday in an exchange mediated by the Red Cross."
    assert ("ukraine", "military", 14) in figures(line)
