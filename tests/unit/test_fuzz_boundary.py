"""Fuzz the decode + extract boundary: bad bytes become a `CodecError`, any decoded text an `Extraction`."""

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from schemas import CodecError, decode_article, encode
from services.extractor.extract import Extraction, analyse
from tests.fuzz_inputs import LIMIT, any_text, article_for, article_payloads


def check_boundary(data: bytes) -> None:
    """Decode then analyse; the only exception allowed out is `CodecError` from decoding."""
    try:
        article = decode_article(data, max_bytes=LIMIT)
    except CodecError as exc:
        assert exc.reason in {
            "empty", "too_large", "not_utf8", "malformed_json", "wrong_shape", "unknown_schema_version"
        }
        assert exc.detail
        return
    outcome = analyse(article)
    assert isinstance(outcome, Extraction)
    if outcome.rejection is not None:
        assert outcome.rejection.reason != "extractor_error", outcome.rejection.detail  # a rule crashed
        assert outcome.stages == [] and outcome.rejection.reason and outcome.rejection.detail
    for stage in outcome.stages:
        assert stage.article_id == article.article_id


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=LIMIT // 64))
def test_arbitrary_bytes_never_escape_the_boundary(data: bytes) -> None:
    check_boundary(data)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(article_payloads())
def test_article_like_bytes_never_escape_the_boundary(data: bytes) -> None:
    check_boundary(data)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(any_text, st.one_of(st.none(), st.dates(date(1990, 1, 1), date(2035, 12, 31))))
def test_analyse_never_raises_on_any_decoded_article(text: str, published: date | None) -> None:
    article = article_for(text, published)
    if article is None:
        return
    decoded = decode_article(encode(article), max_bytes=None)
    assert decoded == article
    outcome = analyse(decoded)
    assert isinstance(outcome, Extraction)
    assert outcome.rejection is None or outcome.rejection.reason != "extractor_error", outcome.rejection.detail


def test_oversized_value_is_refused_before_parsing() -> None:
    """A value over the limit is `too_large` even when it is not JSON at all (nothing is parsed)."""
    try:
        decode_article(b"\xff" * (LIMIT + 1), max_bytes=LIMIT)
    except CodecError as exc:
        assert exc.reason == "too_large"
    else:
        raise AssertionError("an oversized value was accepted")
