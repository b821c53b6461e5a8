"""Build and publish `DeadLetter` records: nothing the pipeline cannot use is dropped silently."""

import base64
from datetime import UTC, datetime
from typing import Any

from schemas import DeadLetter, FailureStage, encode

# Base64 grows the kept bytes by a third; 256 KiB keeps a dead letter far below Kafka's and the
# producer's 1 MB message limits, so an oversized article can always be dead-lettered.
MAX_ORIGINAL_BYTES = 256 * 1024


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
    kept = original[:MAX_ORIGINAL_BYTES]
    return DeadLetter(
        reason=reason,
        detail=detail[:2000],
        stage=stage,
        failed_at=datetime.now(UTC),
        topic=topic,
        partition=partition,
        offset=offset,
        original_key_b64=base64.b64encode(key).decode("ascii") if key is not None else None,
        original_value_b64=base64.b64encode(kept).decode("ascii"),
        original_size=len(original),
        original_truncated=len(kept) < len(original),
    )


def dead_letter_headers(letter: DeadLetter) -> dict[str, bytes]:
    """Headers that let any Kafka client filter dead letters without decoding the value."""
    return {"reason": letter.reason.encode(), "stage": letter.stage.value.encode()}


async def send_dead_letter(dlq_topic: Any, letter: DeadLetter, key: bytes | None) -> None:
    """Publish a dead letter under the original key and wait for the broker to acknowledge it."""
    # a faust Topic has no send_and_wait: `send` returns a future of the broker's acknowledgement
    acknowledged = await dlq_topic.send(key=key, value=encode(letter), headers=dead_letter_headers(letter))
    await acknowledged
