"""Generalisation patterns from the sixteenth round of blind misses (killings, anniversaries, live blogs, ...)."""

from tests.unit.extractor.helpers import figures

# "reports of the execution of 30 Ukrainian soldiers": a killing, a death or an execution "of" the people
# counts casualties, never people handed over, even when the clause says the reports were "received"


def test_deaths_and_executions_of_people_are_no_handover() -> None:
    assert figures("The envoy said he had received accounts of the execution of 30 Ukrainian soldiers.") \
        == set()
    assert figures("Investigators received evidence of the killing of 14 Russian prisoners near the river.") == set()
    assert figures("The deaths of 9 Ukrainian captives were reported to the team that received the files.") == set()


def test_a_handover_after_a_death_is_still_read() -> None:
    assert figures("Despite the deaths of two guards, Ukraine received 40 soldiers back on Monday.") \
        == {("ukraine", "total", 40), ("ukraine", "military", 40)}
