"""The extractor rejects the bad articles of the reliability tests with the reasons the DLQ must show."""

import pytest

from schemas import decode_article
from services.extractor.extract import analyse
from tests.integration.bad_articles import bad_inputs

REJECTED = [item for item in bad_inputs(64 * 1024) if item.reason in {"not_english", "contradictory_figures"}]


@pytest.mark.parametrize("item", REJECTED, ids=[item.name for item in REJECTED])
def test_the_extractor_rejects_it_with_the_expected_reason(item: object) -> None:
    article = decode_article(item.value)  # type: ignore[attr-defined]
    outcome = analyse(article)
    assert outcome.rejection is not None, f"no rejection; stages: {outcome.stages}"
    assert outcome.rejection.reason == item.reason  # type: ignore[attr-defined]
    assert outcome.stages == []
