"""Generalisation patterns from the twelfth blind set (local subgroups, datelines, X for Y, forecasts, plans)."""

from tests.unit.extractor.helpers import figures, run, sides

# "Five sailors from the port city are among the 90 servicemen freed": a few of a counted group of the same kind,
# with a short modifier between them and "among", are no head count of the handover


def test_a_local_few_among_a_counted_group_count_nothing() -> None:
    assert figures("Five sailors from Odesa are among the 90 Ukrainian servicemen who came home on Friday.") == {
        ("ukraine", "military", 90)}
    assert figures("Five sailors from Odesa among 90 Ukrainian servicemen freed from Russian captivity") == {
        ("ukraine", "military", 90), ("ukraine", "total", 90)}
    # a category of the counted group is still a part of it
    assert ("ukraine", "civilian", 12) in figures(
        "Twelve civilians from Odesa are among the 90 Ukrainians freed by Russia on Friday.")
