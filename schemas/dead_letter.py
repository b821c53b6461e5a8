"""The `DeadLetter` contract: what goes to `articles-dlq` instead of being dropped."""

from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field


class FailureStage(StrEnum):
    """Where in the pipeline a message failed."""

    FEED = "feed"
    DECODE = "decode"
    VALIDATE = "validate"
    EXTRACT = "extract"
    PUBLISH = "publish"


class DeadLetter(BaseModel):
    """A message that could not be processed, with the original bytes and why."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    reason: str = Field(description="Short machine-readable reason, e.g. 'malformed_json'")
    detail: str = Field(description="Human-readable error message")
    stage: FailureStage
    failed_at: datetime
    topic: str
    partition: int | None = None
    offset: int | None = None
    original_key_b64: str | None = None
    original_value_b64: str = Field(description="The original message value, base64-encoded")
    original_size: int = Field(ge=0)
    original_truncated: bool = Field(
        default=False,
        description="Only the first bytes of the value are kept (a dead letter must fit Kafka's message limit)",
    )
