"""Generalisation patterns of round general35 (people freed from a detention abroad, timelines of past exchanges,
running totals over several days, figures of a readout told the day before)."""

from datetime import date
from typing import Final

from tests.unit.extractor.helpers import run

# Ukrainians freed from a detention by a third country's authorities, in a story that never names Russia and never
# speaks of an exchange or of captivity

_DETAINED: Final = (
    "Eleven Ukrainian sailors held in a foreign port are back home\n\n"
    "Eleven Ukrainian sailors, the crew of a cargo ship held in a West African port since November, returned to "
    "Ukraine today after five months in detention, the embassy said. They were released on Tuesday by order of a "
    "local court. Two of the men were taken to hospital on arrival."
)


def test_ukrainians_freed_from_a_detention_abroad_in_a_story_without_russia_make_no_exchange() -> None:
    assert run(_DETAINED, published=date(2026, 4, 2)).stages == []


def test_a_detention_in_a_story_naming_an_exchange_still_counts() -> None:
    text = (
        "Forty Ukrainian defenders came home on Tuesday in a prisoner exchange after two years in detention, "
        "the coordination headquarters said."
    )
    assert [s.sides.ukraine.total for s in run(text, published=date(2026, 4, 2)).stages] == [40]
