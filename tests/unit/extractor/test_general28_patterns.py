"""Generalisation patterns of round general28 (former captives as guests, readiness for a future swap, ...)."""

from tests.unit.extractor.helpers import figures

# "four former prisoners of war laid flowers": people counted by what they once were are freed long since; the
# sentence tells what they do now, not a handover


def test_former_captives_doing_something_else_are_no_handover() -> None:
    assert figures("At the ceremony, four former prisoners of war who had returned from Russian captivity in "
                   "the spring laid flowers at the memorial.") == set()
    assert figures("Twelve former Ukrainian captives, freed last year, told the court about their treatment.") == set()


def test_a_count_of_prisoners_freed_is_still_read() -> None:
    assert figures("On Tuesday, 45 Ukrainian prisoners of war returned home from Russian captivity.") == {
        ("ukraine", "military", 45), ("ukraine", "total", 45)}
