"""Build and publish `DeadLetter` records: nothing the pipeline cannot use is dropped silently."""

import base64
from datetime import UTC, datetime
from typing import Any

from schemas import DeadLetter, FailureStage, encode


def build_dead_letter(
    *,
    reason: str,
    detail: str,
    stage: FailureStage,
    topic: str,
    key: bytes | None,
    value: bytes | None,
    partition: int | None = None,
    offset: int | None = None,
) -> DeadLetter:
    """Wrap the original bytes of a failed message with why, where and when it failed."""
    original = value or b""
    return DeadLetter(
        reason=reason,
        detail=detail[:2000],
        stage=stage,
        failed_at=datetime.now(UTC),
        topic=topic,
        partition=partition,
        offset=offset,
        original_key_b64=base64.b64encode(key).decode("ascii") if key is not None else None,
        original_value_b64=base64.b64encode(original).decode("ascii"),
        original_size=len(original),
    )


def dead_letter_headers(letter: DeadLetter) -> dict[str, bytes]:
    """Headers that let any Kafka client filter dead letters without decoding the value."""
    return {"reason": letter.reason.encode(), "stage": letter.stage.value.encode()}


async def send_dead_letter(dlq_topic: Any, letter: DeadLetter, key: bytes | None) -> None:
    """Publish a dead letter under the original key and wait for the broker to acknowledge it."""
    await dlq_topic.send_and_wait(key=key, value=encode(letter), headers=dead_letter_headers(letter))
