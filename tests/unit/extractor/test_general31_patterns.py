"""Generalisation patterns of round general31 (swaps between other countries, several-day exchanges, fact
boxes under a handover heading, parts of a total said in words)."""

from datetime import date
from typing import Final

from schemas import StageKind
from tests.unit.extractor.helpers import only, run

# A swap between two other countries: Russia comes in only as an onlooker, Ukraine is never named

_ELSEWHERE: Final = (
    "Serbia and Montenegro trade detainees at the river crossing\n\n"
    "Serbia and Montenegro exchanged 18 detainees at a bridge on Thursday, officials said. Serbia handed over "
    "nine Montenegrin citizens and Montenegro released nine Serbian citizens in return.\n\n"
    "Russia, which has close ties with Belgrade, welcomed the exchange."
)


def test_a_swap_that_never_names_ukraine_but_names_russia_is_someone_elses() -> None:
    assert run(_ELSEWHERE, published=date(2026, 9, 3)).stages == []


# Ukrainians pardoned by a third country and sent home, in a story that never names Russia and never
# speaks of an exchange or of captivity

_PARDON: Final = (
    "King pardons 300 inmates on national day; three Ukrainians to be sent home\n\n"
    "The king pardoned 300 inmates on Monday, and 260 of them were released the same evening, the interior "
    "ministry said. Among those freed are three citizens of Ukraine, who will be returned to their country "
    "this week, the Ukrainian embassy said."
)


def test_ukrainians_freed_by_a_third_country_in_a_story_without_russia_make_no_exchange() -> None:
    assert run(_PARDON, published=date(2026, 9, 3)).stages == []


def test_a_story_naming_only_ukraine_still_tells_an_exchange_when_it_says_so() -> None:
    text = (
        "Seventy Ukrainian defenders came home on Tuesday in the latest prisoner exchange, the coordination "
        "headquarters said."
    )
    stages = only(run(text, published=date(2026, 9, 3)).stages, StageKind.STAGE)
    assert [s.sides.ukraine.total for s in stages] == [70]
