"""Bad input on `articles` ends on `articles-dlq` with its reason; the good articles around it still count."""

import base64
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from schemas import FailureStage
from services.feeder.files import read_article
from services.settings import Settings
from tests.integration.bad_articles import bad_inputs
from tests.integration.cli_helpers import run_cli
from tests.integration.feed_files import SEEDS
from tests.integration.kafka_helpers import consume_all
from tests.integration.observe import (
    counter,
    dead_letters,
    metric_sum,
    produce,
    read_all,
    scrape,
    wait_for,
    wait_for_seed_tally,
)
from tests.integration.topic_config import raise_message_limit
from tests.integration.workers import WorkerProcess, start_worker

SIZE_LIMIT = 32 * 1024  # small, so a realistic "too large" article stays far below Kafka's own 1 MB limit
DECODE_REASONS = {"empty", "too_large", "not_utf8", "malformed_json"}


@pytest.fixture
def small_limit_worker(settings: Settings) -> Iterator[WorkerProcess]:
    worker = start_worker(settings, max_article_bytes=SIZE_LIMIT)
    try:
        worker.wait_ready()
        yield worker
    finally:
        worker.stop()


def test_the_default_size_limit_is_one_mebibyte() -> None:
    assert Settings().max_article_bytes == 1024 * 1024


async def test_every_bad_input_is_dead_lettered_and_the_tally_stays_exact(
    settings: Settings, small_limit_worker: WorkerProcess
) -> None:
    worker = small_limit_worker
    bad = bad_inputs(SIZE_LIMIT)
    seeds = [read_article(path) for path in SEEDS]
    assert all(len(s.model_dump_json()) < SIZE_LIMIT for s in seeds), "the limit must not refuse a seed"
    # interleave: seed, two bad, seed, two bad, ... so the worker must carry on after each failure
    messages: list[tuple[bytes | None, bytes | None]] = []
    bad_queue = list(bad)
    for seed in seeds:
        messages.append((seed.article_id.encode(), seed.model_dump_json().encode()))
        for _ in range(2):
            if bad_queue:
                item = bad_queue.pop(0)
                messages.append((item.key, item.value))
    messages.extend((item.key, item.value) for item in bad_queue)
    await produce(settings, messages, settings.articles_topic)

    wait_for(
        lambda: counter(worker, "swaptally_articles_consumed_total") >= len(messages),
        90, f"the worker to consume all {len(messages)} messages",
    )
    tally = wait_for_seed_tally(worker, timeout=60)
    assert worker.alive(), worker.log_tail()

    records = await read_all(settings, settings.dlq_topic, expected=len(bad), timeout=30)
    letters = {record.key: (record, letter) for record, letter in zip(records, dead_letters(records), strict=True)}
    assert len(records) == len(bad), [letter.reason for _, letter in letters.values()]
    for item in bad:
        record, letter = letters[item.key]
        assert letter.reason == item.reason, f"{item.name}: {letter.reason} ({letter.detail})"
        assert letter.detail, item.name
        assert dict(record.headers)["reason"] == item.reason.encode()
        assert base64.b64decode(letter.original_value_b64) == (item.value or b""), item.name
        assert not letter.original_truncated, item.name
        assert letter.original_size == len(item.value or b"")
        assert letter.topic == settings.articles_topic
        assert letter.partition is not None and letter.offset is not None
        expected_stage = FailureStage.DECODE if item.reason in DECODE_REASONS else None
        if expected_stage is not None:
            assert letter.stage == expected_stage, item.name
        elif item.reason in {"not_english", "contradictory_figures"}:
            assert letter.stage == FailureStage.EXTRACT, item.name
        else:
            assert letter.stage == FailureStage.VALIDATE, item.name

    for item in bad:
        letter = letters[item.key][1]
        print(f"\n  {item.name}: {letter.reason} at {letter.stage.value} - {letter.detail[:110]}", end="")
    print(f"\n  tally: {tally['totals']}")

    metrics = scrape(worker)
    by_reason = Counter(item.reason for item in bad)
    for reason, count in by_reason.items():
        assert metric_sum(metrics, "swaptally_dead_letters_total", reason=reason) == count, reason
    consumed = metric_sum(metrics, "swaptally_articles_consumed_total")
    processed = metric_sum(metrics, "swaptally_articles_processed_total")
    dead = metric_sum(metrics, "swaptally_dead_letters_total")
    assert (consumed, processed, dead) == (len(messages), len(seeds), len(bad))
    assert consumed == processed + dead
    assert tally["reports"] > 0


def padded_article(size: int) -> bytes:
    """A valid Article message of exactly `size` bytes: the first seed with its text padded."""
    seed = read_article(SEEDS[0])
    base = len(seed.model_dump_json().encode())
    padded = seed.model_copy(update={"text": seed.text + " " + "x" * (size - base - 1)})
    value = padded.model_dump_json().encode()
    assert len(value) == size
    return value


async def test_the_default_limit_refuses_one_byte_more_than_one_mebibyte(settings: Settings) -> None:
    """With the default limit an article of exactly 1 MiB is processed and one byte more is dead-lettered.

    Kafka's own default message limit is about 1 MB, so the test topic is raised to 4 MiB: the
    worker's limit is what must refuse the article, and its dead letter must still fit the DLQ.
    """
    limit = settings.max_article_bytes
    assert limit == 1024 * 1024
    await raise_message_limit(settings, settings.articles_topic, 4 * 1024 * 1024)
    worker = start_worker(settings)
    try:
        worker.wait_ready()
        at_limit, over_limit = padded_article(limit), padded_article(limit + 1)
        await produce(settings, [(b"at-limit", at_limit), (b"over-limit", over_limit)], settings.articles_topic)
        wait_for(lambda: counter(worker, "swaptally_articles_consumed_total") >= 2, 90, "both big articles")
        wait_for(lambda: counter(worker, "swaptally_dead_letters_total") >= 1, 30, "the dead letter")
        records = await read_all(settings, settings.dlq_topic, expected=1, timeout=20)
        assert [record.key for record in records] == [b"over-limit"]
        (letter,) = dead_letters(records)
        assert letter.reason == "too_large" and letter.original_size == limit + 1
        assert letter.original_truncated  # the first bytes are kept, so the dead letter fits the DLQ
        assert over_limit.startswith(base64.b64decode(letter.original_value_b64))
        assert counter(worker, "swaptally_articles_processed_total") == 1
        assert worker.alive(), worker.log_tail()
    finally:
        worker.stop()


async def test_the_feeder_refuses_bad_files_by_name_and_reason(settings: Settings, tmp_path: Path) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "a-empty.txt").write_bytes(b"")
    (folder / "b-photo.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01")
    (folder / "c-huge.txt").write_text("Talks continued. " * 5000)
    (folder / "d-latin1.txt").write_bytes("Gefangenenaustausch über die Grenze".encode("latin-1"))
    (folder / "e-good.txt").write_bytes(SEEDS[2].read_bytes())
    limited = settings.model_copy(update={"max_article_bytes": 16 * 1024})
    result = run_cli(limited, "replay", str(folder), "--asap")
    lines = result.stdout.splitlines()
    assert result.returncode == 0, result.stdout + result.stderr
    assert "skipped a-empty.txt: is empty" in lines
    assert any(line.startswith("skipped b-photo.jpg: ") and "binary" in line for line in lines), lines
    assert any(line.startswith("skipped c-huge.txt: ") and "16384-byte limit" in line for line in lines), lines
    assert any(line.startswith("skipped d-latin1.txt: ") and "not UTF-8" in line for line in lines), lines
    assert any(line.startswith("replay done: 1 published, 4 skipped, 0 failed") for line in lines), lines
    records = await consume_all(limited, limited.articles_topic, expected_count=1, timeout=20)
    assert [read_article(SEEDS[2]).article_id] == [r.key.decode() for r in records]
