"""Property tests: the extractor never raises, and stays fast on huge adversarial input."""

import time
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from services.extractor.extract import _analyse, analyse
from tests.fuzz_inputs import VOCABULARY
from tests.unit.extractor.helpers import article

EXTRA = ["1,000-for-1,000", "1 000", "May 24,2025", "Oct.", "weekend", "since", "including", "among", "them", ":",
         ";", "-", "in addition to", "the total was", "not", "corrected", "its", "our", "Kursk", "residents of",
         "bodies of", "in all", "by both sides", "(", ")", "'s", "’s", "three hundred and", "a thousand"]
words = st.lists(st.sampled_from(VOCABULARY + EXTRA), min_size=1, max_size=120).map(" ".join)
texts = st.one_of(st.text(min_size=1, max_size=3000), words)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts, st.sampled_from([None, date(2025, 5, 24), date(2024, 1, 1)]))
def test_never_raises(text: str, published: date | None) -> None:
    if not text.split():
        return
    extraction = _analyse(article(text, published))  # the rules themselves, without the safety net
    assert extraction.rejection is None or extraction.rejection.reason in {"not_english", "contradictory_figures"}
    for stage in extraction.stages:
        assert stage.evidence


MEGABYTE = 1_000_000
ADVERSARIAL = {
    "digits": "9" * MEGABYTE,
    "commas": "1," * (MEGABYTE // 2),
    "spaces": "1 " * (MEGABYTE // 2),
    "separators": "1,000 1.000 1 000 " * (MEGABYTE // 18),
    "hyphens": "1,000-for-" * (MEGABYTE // 10),
    "number words": "three hundred and " * (MEGABYTE // 18),
    "sentences": "Russia and Ukraine exchanged 307 prisoners each on Saturday, the ministry said. " * 12_500,
    "no full stop": "exchanged 307 prisoners each and " * (MEGABYTE // 33),
    "run-on": "Ukraine received 230 Ukrainians, 12 civilians and Russia 248 on Friday; " * (MEGABYTE // 72),
    "figures": "Kyiv said 1 2 3 4 5 6 7 8 9 10 prisoners returned home " * (MEGABYTE // 55),
    "quotes": '“ " ” ' * (MEGABYTE // 6),
    "dates": "on May 24, 2025 and Friday the previous day " * (MEGABYTE // 44),
    # a long word before every full stop (no space in the abbreviation window) once cost 22 s
    "long last words": "The men said the swap of the prisoners in Ukraine was a homecoming. " * (MEGABYTE // 68),
}


@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_one_megabyte_in_under_a_second(name: str) -> None:
    item = article(ADVERSARIAL[name][:MEGABYTE])
    # CPU time of this process: backtracking shows in it, other processes on a busy machine do not
    started = time.process_time()
    analyse(item)
    assert time.process_time() - started < 1.0
