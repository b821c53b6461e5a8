"""The exchange the story's own one followed: the figures of the clause describing it are that earlier swap's."""

from datetime import date

import pytest

from schemas import StageKind
from tests.unit.extractor.helpers import findings, only, run, sides


@pytest.mark.parametrize(
    "text",
    [
        "The exchange followed Tuesday's swap, in which 75 Ukrainian soldiers came home.",
        "It came two days after Wednesday's exchange, when 90 Ukrainian prisoners returned home.",
        "The handover follows Monday's prisoner swap of 64 Ukrainian servicemen.",
    ],
)
def test_a_clause_describing_the_exchange_followed_counts_nothing(text: str) -> None:
    assert findings(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Saturday's swap, in which 75 Ukrainian soldiers came home, followed months of talks.",
        "The following swap, in which 75 Ukrainian soldiers came home, was held on Saturday.",
        "After the swap, 75 Ukrainian soldiers were taken to hospital in Chernihiv region after they came home.",
    ],
)
def test_the_story_s_own_exchange_still_counts(text: str) -> None:
    assert ("ukraine", "total", 75) in {(f.side, f.field, f.value) for f in findings(text)}


def test_an_exchange_a_few_days_before_that_the_story_s_followed_is_background() -> None:
    text = (
        "Ukraine and Russia swapped 30 Ukrainians for 28 Russians on Friday, officials said.\n\n"
        "The exchange followed Tuesday's swap, in which 75 Ukrainian soldiers came home."
    )
    (stage,) = only(run(text, published=date(2025, 3, 8)).stages, StageKind.STAGE)
    assert stage.stage_date == date(2025, 3, 7)
    assert sides(stage) == ((30, None, None), (28, None, None))
