"""Dead letters keep the original bytes, but never so many that Kafka would refuse the dead letter."""

import base64

from schemas import DeadLetter, FailureStage, decode, encode
from services.kafka.dead_letters import MAX_ORIGINAL_BYTES, build_dead_letter, dead_letter_headers

PRODUCER_LIMIT = 1_000_000  # faust's default producer max_request_size, below the broker's ~1 MiB


def letter_for(value: bytes | None, key: bytes | None = b"k") -> DeadLetter:
    return build_dead_letter(
        reason="too_large", detail="x" * 5000, stage=FailureStage.DECODE, topic="articles",
        key=key, value=value, partition=2, offset=41,
    )


def test_small_values_are_kept_whole_and_round_trip() -> None:
    letter = decode(encode(letter_for(b"\xff\x00 not utf-8")), DeadLetter)
    assert base64.b64decode(letter.original_value_b64) == b"\xff\x00 not utf-8"
    assert (letter.original_size, letter.original_truncated) == (12, False)
    assert base64.b64decode(letter.original_key_b64 or "") == b"k"
    assert (letter.partition, letter.offset, letter.topic) == (2, 41, "articles")
    assert len(letter.detail) == 2000
    assert dead_letter_headers(letter) == {"reason": b"too_large", "stage": b"decode"}


def test_a_missing_value_is_an_empty_original() -> None:
    letter = letter_for(None, key=None)
    assert (letter.original_value_b64, letter.original_size, letter.original_key_b64) == ("", 0, None)


def test_an_oversized_value_is_truncated_so_the_dead_letter_fits_kafka() -> None:
    value = bytes(range(256)) * (4 * 1024 * 1024 // 256)  # 4 MiB, as a topic with a raised limit may carry
    letter = letter_for(value)
    assert letter.original_truncated and letter.original_size == len(value)
    kept = base64.b64decode(letter.original_value_b64)
    assert len(kept) == MAX_ORIGINAL_BYTES and value.startswith(kept)
    assert len(encode(letter)) < PRODUCER_LIMIT
