"""Memory stays bounded: a 1 MB article and a flood of 10,000 distractors do not grow the worker."""

import asyncio
import time
from datetime import UTC, datetime

import psutil
from aiokafka import AIOKafkaProducer

from schemas import Article, encode
from schemas.article import article_id_for, normalise_text
from services.feeder.files import read_article
from services.kafka.client import aiokafka_kwargs
from services.settings import Settings
from tests.integration.feed_files import SEEDS, distractor_text
from tests.integration.observe import (
    counter,
    fetch_tally,
    figures_of,
    produce,
    read_all,
    tally_sources,
    wait_for,
    wait_for_seed_tally,
)
from tests.integration.workers import start_worker

FLOOD = 10_000
BIG_ARTICLE_BYTES = 1_000_000
RSS_GROWTH_LIMIT = 100 * 1024 * 1024  # the bound stated in README "Processing guarantees"


def article(text: str, source: str) -> Article:
    body = normalise_text(text)
    return Article(
        article_id=article_id_for(body), source=source, published=None, received_at=datetime.now(UTC), text=body
    )


def big_article() -> bytes:
    """A 1 MB English article: many paragraphs of local news with numbers, and no exchange."""
    paragraphs: list[str] = []
    length, index = 0, 0
    while length < BIG_ARTICLE_BYTES:
        paragraphs.append(distractor_text(1_000_000 + index))
        length += len(paragraphs[-1]) + 1
        index += 1
    text = " ".join(paragraphs)
    overhead = len(encode(article("x", "very-long-feature.txt"))) - 1
    text = text.encode()[: BIG_ARTICLE_BYTES - overhead].decode(errors="ignore").rsplit(" ", 1)[0]
    value = encode(article(text, "very-long-feature.txt"))
    assert BIG_ARTICLE_BYTES - 100 < len(value) <= BIG_ARTICLE_BYTES
    return value


async def flood(settings: Settings, count: int) -> None:
    """Publish `count` distinct distractor articles quickly (acks from all, many in flight)."""
    producer = AIOKafkaProducer(**aiokafka_kwargs(settings), acks="all", linger_ms=20)
    await producer.start()
    try:
        for start in range(0, count, 500):
            sends = []
            for index in range(start, min(start + 500, count)):
                item = article(distractor_text(index), f"local-{index:05d}.txt")
                sends.append(await producer.send(settings.articles_topic, encode(item), key=item.article_id.encode()))
            await asyncio.gather(*sends)
    finally:
        await producer.stop()


def rss(pid: int) -> int:
    return int(psutil.Process(pid).memory_info().rss)


async def test_a_big_article_and_a_flood_of_distractors_keep_memory_bounded(settings: Settings) -> None:
    worker = start_worker(settings)
    try:
        worker.wait_ready()
        seeds = [read_article(path) for path in SEEDS]
        await produce(settings, [(s.article_id.encode(), encode(s)) for s in seeds], settings.articles_topic)
        wait_for_seed_tally(worker)
        wait_for(lambda: tally_sources(fetch_tally(worker)) == {p.name for p in SEEDS}, 60, "every seed counted")

        def seeds_absorbed() -> bool:  # one article's events can span two tally batches: wait for the last
            emitted = counter(worker, "swaptally_stage_events_total")
            return emitted > 0 and counter(worker, "swaptally_stage_reports_consumed_total") >= emitted

        wait_for(seeds_absorbed, 60, "every stage event of the seeds aggregated")
        before_tally = fetch_tally(worker) or {}
        time.sleep(2.0)  # let start-up allocations settle
        baseline = rss(worker.process.pid)

        await produce(settings, [(b"big", big_article())], settings.articles_topic)
        started = time.monotonic()
        await flood(settings, FLOOD)
        expected = len(seeds) + 1 + FLOOD
        peak = baseline

        def all_consumed() -> bool:
            nonlocal peak
            peak = max(peak, rss(worker.process.pid))
            return counter(worker, "swaptally_articles_consumed_total") >= expected

        wait_for(all_consumed, 300, f"{expected} articles consumed", interval=0.5)
        seconds = time.monotonic() - started
        after = rss(worker.process.pid)
        growth = max(peak, after) - baseline
        print(
            f"RSS baseline {baseline / 2**20:.1f} MiB, peak {peak / 2**20:.1f} MiB, after {after / 2**20:.1f} MiB; "
            f"{FLOOD + 1} articles in {seconds:.1f} s"
        )
        assert growth <= RSS_GROWTH_LIMIT, f"RSS grew by {growth / 2**20:.1f} MiB"
        assert counter(worker, "swaptally_articles_without_stage_total") == FLOOD + 1
        assert figures_of(fetch_tally(worker) or {}) == figures_of(before_tally)
        assert await read_all(settings, settings.dlq_topic, expected=1, timeout=3.0) == []
        assert worker.alive()
    finally:
        worker.stop()
