"""The one serialisation boundary: orjson bytes <-> validated pydantic models."""

from typing import TypeVar

import orjson
from pydantic import BaseModel, ValidationError

from schemas.article import SCHEMA_VERSION, Article
from schemas.stage import ExchangeStage
from schemas.tally import Tally

ModelT = TypeVar("ModelT", bound=BaseModel)


class CodecError(ValueError):
    """A message that cannot become a contract model; `reason` names the failure for the DLQ."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail


def encode(model: BaseModel) -> bytes:
    """Serialise a model to compact JSON bytes, deterministic for equal models."""
    return orjson.dumps(model.model_dump(mode="json"), option=orjson.OPT_SORT_KEYS)


def decode(data: bytes | None, model: type[ModelT], *, max_bytes: int | None = None) -> ModelT:
    """Validate bytes as `model`, raising `CodecError` with a DLQ reason on any failure."""
    if data is None or len(data) == 0:
        raise CodecError("empty", "message value is empty")
    if max_bytes is not None and len(data) > max_bytes:
        raise CodecError("too_large", f"message value is {len(data)} bytes, limit is {max_bytes}")
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise CodecError("not_utf8", f"message value is not UTF-8 ({exc.reason} at byte {exc.start})") from exc
    try:
        raw = orjson.loads(data)
    except orjson.JSONDecodeError as exc:
        raise CodecError("malformed_json", f"message value is not JSON: {exc}") from exc
    if not isinstance(raw, dict):
        raise CodecError("wrong_shape", f"expected a JSON object, got {type(raw).__name__}")
    version = raw.get("schema_version")
    if version is not None and version != SCHEMA_VERSION:
        raise CodecError(
            "unknown_schema_version", f"schema_version {version!r} is not supported (expected {SCHEMA_VERSION})"
        )
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        fields = ", ".join(".".join(str(p) for p in err["loc"]) or "<root>" for err in exc.errors()[:5])
        raise CodecError("wrong_shape", f"not a valid {model.__name__}: {fields}") from exc


def decode_article(data: bytes | None, *, max_bytes: int | None = None) -> Article:
    """Decode an `articles` message value."""
    return decode(data, Article, max_bytes=max_bytes)


def decode_stage(data: bytes | None) -> ExchangeStage:
    """Decode an `exchange-stages` message value."""
    return decode(data, ExchangeStage)


def decode_tally(data: bytes | None) -> Tally:
    """Decode an `exchange-tally` message value."""
    return decode(data, Tally)
