"""Generalisation patterns from the twelfth blind set (local subgroups, datelines, X for Y, forecasts, plans)."""

from datetime import date

from schemas import StageKind
from tests.unit.extractor.helpers import figures, findings, run

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


# "LVIV, 14 March 2024 (Rights Watch) — Twenty civilians came home on Wednesday": the outlet's name in brackets
# between a dateline's date and its dash leaves it a dateline, the report's day, not the handover's


def test_a_dateline_with_an_outlet_in_brackets_dates_the_report() -> None:
    text = ("Civilians home\n\nLVIV, 14 March 2024 (Rights Watch) — Twenty Ukrainian civilians came home from "
            "Russian captivity on Wednesday, the ombudsman said.")
    (stage,) = run(text, published=None).stages
    assert stage.stage_date == date(2024, 3, 13)
    # a date told as the handover's own ("On 14 March 2024 ...") still dates it
    text = ("Civilians home\n\nOn 14 March 2024 (a Thursday) — twenty Ukrainian civilians came home from Russian "
            "captivity, the ombudsman said.")
    (stage,) = run(text, published=None).stages
    assert stage.stage_date == date(2024, 3, 14)


# '"up to 60" prisoners may be released': a rough figure for what may happen, with no deal named, is a
# forecast of the handover (rough, so any exact count beats it), never an agreed target


def test_a_rough_possibility_is_a_forecast_not_an_agreement() -> None:
    found = findings("Before the handover, an MP said that up to 60 prisoners may be released in the swap.")
    assert found and all(f.kind == StageKind.STAGE and f.approximate for f in found)
    # an exact figure that could be freed is still a plan
    found = findings("Officials said that 60 more prisoners may be released in the swap.")
    assert found and all(f.kind == StageKind.AGREEMENT for f in found)
