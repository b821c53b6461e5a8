"""The contracts: committed JSON Schema files match the models, and the codec is the one strict boundary."""

from datetime import UTC, date, datetime

import orjson
import pytest

from schemas import (
    Article,
    CodecError,
    Evidence,
    ExchangeStage,
    Figures,
    SideFigures,
    Sides,
    StageKind,
    Tally,
    decode,
    decode_article,
    decode_stage,
    decode_tally,
    encode,
)
from schemas.generate import SCHEMA_DIR, render_schemas

ARTICLE = Article(
    article_id="a" * 64,
    source="reuters.txt",
    published=date(2025, 5, 23),
    received_at=datetime(2025, 5, 23, 10, 0, tzinfo=UTC),
    text="Russia and Ukraine each released 390 prisoners on Friday.",
)


def test_committed_schema_files_match_the_models_byte_for_byte() -> None:
    rendered = render_schemas()
    committed = {path.name: path.read_bytes() for path in SCHEMA_DIR.glob("*.schema.json")}
    assert sorted(committed) == sorted(rendered), "schema files added or removed: run `make schemas`"
    for name, content in rendered.items():
        assert committed[name] == content, f"{name} drifted from its model: run `make schemas` and commit"


def test_article_round_trips_through_the_codec() -> None:
    assert decode_article(encode(ARTICLE)) == ARTICLE


def test_encoding_is_deterministic_and_compact() -> None:
    data = encode(ARTICLE)
    assert data == encode(ARTICLE.model_copy())
    assert b"\n" not in data and b", " not in data
    assert list(orjson.loads(data)) == sorted(orjson.loads(data))


def test_undated_article_round_trips_with_null_date() -> None:
    undated = ARTICLE.model_copy(update={"published": None})
    assert orjson.loads(encode(undated))["published"] is None
    assert decode_article(encode(undated)).published is None


def test_stage_round_trips_through_the_codec() -> None:
    stage = ExchangeStage(
        event_id="e" * 64,
        article_id="a" * 64,
        source="reuters.txt",
        published=date(2025, 5, 24),
        received_at=datetime(2025, 5, 24, 9, 30, tzinfo=UTC),
        kind=StageKind.STAGE,
        stage_date=date(2025, 5, 23),
        stage_number=1,
        sides=Sides(ukraine=SideFigures(total=390, military=270, civilian=120), russia=SideFigures(total=390)),
        evidence=[Evidence(text="390 each.", start=0, end=9, supports=["ukraine.total"])],
        confidence=0.9,
        extractor_version="test",
    )
    assert decode_stage(encode(stage)) == stage


def test_tally_round_trips_through_the_codec() -> None:
    tally = Tally(
        conflict="russia-ukraine",
        as_of=date(2025, 5, 24),
        reports=3,
        totals={"ukraine": Figures(total=697), "russia": Figures(total=697, military=577, civilian=120)},
        exchanges=[],
        checks=[],
    )
    assert decode_tally(encode(tally)) == tally


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (None, "empty"),
        (b"", "empty"),
        (b"\xff\xfe\x00garbage", "not_utf8"),
        (b"{not json", "malformed_json"),
        (b"[1, 2, 3]", "wrong_shape"),
        (b'"a string"', "wrong_shape"),
        (b'{"article_id": "short"}', "wrong_shape"),
    ],
)
def test_codec_names_the_reason_for_bad_bytes(data: bytes | None, reason: str) -> None:
    with pytest.raises(CodecError) as caught:
        decode_article(data)
    assert caught.value.reason == reason
    assert caught.value.detail


def test_codec_refuses_an_unknown_schema_version() -> None:
    payload = orjson.loads(encode(ARTICLE)) | {"schema_version": 99}
    with pytest.raises(CodecError) as caught:
        decode_article(orjson.dumps(payload))
    assert caught.value.reason == "unknown_schema_version"
    assert "99" in caught.value.detail


def test_codec_refuses_unknown_fields() -> None:
    payload = orjson.loads(encode(ARTICLE)) | {"surprise": 1}
    with pytest.raises(CodecError) as caught:
        decode_article(orjson.dumps(payload))
    assert caught.value.reason == "wrong_shape"
    assert "surprise" in caught.value.detail


def test_codec_enforces_a_size_limit() -> None:
    data = encode(ARTICLE)
    with pytest.raises(CodecError) as caught:
        decode(data, Article, max_bytes=len(data) - 1)
    assert caught.value.reason == "too_large"
    assert decode(data, Article, max_bytes=len(data)) == ARTICLE
