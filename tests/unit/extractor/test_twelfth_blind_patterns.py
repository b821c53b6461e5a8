"""Generalisation patterns from the twelfth blind set (local subgroups, datelines, X for Y, forecasts, plans)."""

from datetime import date

from schemas import Authority, StageKind
from tests.unit.extractor.helpers import figures, findings, kinds_read, only, run, sides

# "Five sailors from the port city are among the 90 servicemen freed": a few of a counted group of the same kind,
# with a short modifier between them and "among", are no head count of the handover


def test_a_local_few_among_a_counted_group_count_nothing() -> None:
    # since general41 the group "who came home" is read whole: its total as well as its category
    assert figures("Five sailors from Odesa are among the 90 Ukrainian servicemen who came home on Friday.") == {
        ("ukraine", "military", 90), ("ukraine", "total", 90)}
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
    assert kinds_read("Officials said that 60 more prisoners may be released in the swap.") == {StageKind.AGREEMENT}


# "An earlier version of this story said in its first line that 40 soldiers had come home": what an earlier
# version said is withdrawn, however far the figure stands from "earlier version"


def test_what_an_earlier_version_said_is_withdrawn_at_any_distance() -> None:
    found = findings("An earlier version of this report said in its headline and opening line that 40 Ukrainian "
                     "soldiers had been freed.")
    assert found and all(f.correction == "retracted" for f in found)
    text = ("Ukraine gets back 40 soldiers\n\nUkraine brought home 70 of its soldiers on Tuesday, the army said. "
            "Correction: An earlier version of this report said in its headline and opening line that 40 Ukrainian "
            "soldiers had been freed. In all, 70 Ukrainian soldiers were freed.")
    (stage,) = only(run(text, published=date(2024, 9, 18)).stages, StageKind.STAGE)
    assert sides(stage)[0][:2] == (70, 70)
    # the replacement in a correction sentence is still the corrected figure
    found = findings("Correction: an earlier version of this report gave the wrong figure; 70 Ukrainian soldiers "
                     "were freed.")
    assert found and all(f.correction == "corrected" for f in found)


# "Qatar, which has mediated most swaps since the war began, says it has helped free 3,000": "most" before a plural
# noun is a share of them, not a superlative, so the figure is still a war-long total


def test_most_before_a_plural_is_no_superlative_of_a_war_long_total() -> None:
    assert figures("Qatar, which has mediated most swaps since the start of the war, said it had now helped to free "
                   "more than 3,000 people on both sides.") == set()
    # a superlative still leaves the day's handover alone
    assert ("ukraine", "total", 300) in figures(
        "Ukraine got back 300 people on Friday in the most lopsided swap since the start of the war.")


# '"Next week another 90 of our people should be home"': a further batch told for a coming day, with no deal named,
# is the plan of a next stage and counts nothing (no agreed target either)


def test_another_batch_on_a_coming_day_is_a_planned_stage() -> None:
    said = "Next week another 90 of our people should be home, the general said."
    assert figures(said, authority=Authority.KYIV) == set()
    assert figures("A further 90 Ukrainian prisoners will be home next week, the general said.") == set()
    # a deal named in the clause keeps its plan an agreement
    assert kinds_read(
        "Under the deal, another 90 prisoners will be exchanged next week, the general said."
    ) == {StageKind.AGREEMENT}
