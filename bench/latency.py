"""Latency at a fixed publish rate: from an article's publish to the first tally update that includes it.

    python -m bench.latency [--rate 200] [--seconds 30] [--history 20000]

A worker first absorbs `history` generated articles (so its tally has a realistic size); then the
next articles of the same feed are published at `rate` per second. The clock is this process's:
an article's send time (its `received_at`) and the receipt of `exchange-tally` records by a plain
consumer. An article is measured exactly when, at its send time, it brings a vote the tally does
not hold yet: a (source, stage date) pair, found by running the same `extract` here, that is
neither in the last tally read nor in an article still on its way. Its latency ends with the first
tally record that lists that source under that stage. The worker's own histogram
(`swaptally_end_to_end_latency_seconds`, every article, until its tally is handed to the
producer) is printed beside it. Target: p99 at most 50 ms.
"""

import argparse
import asyncio
import itertools
import statistics
import time
from dataclasses import dataclass
from datetime import UTC, datetime

import orjson
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition

from bench.generate import DEFAULT_SEED, GeneratedText, article_texts, to_article
from bench.harness import Figure, exit_on_sigterm, load_average, prepare, private_broker, run_settings, scrape
from bench.pipeline_run import publish_articles, start_workers, wait_absorbed
from schemas import StageKind, encode
from services.extractor.extract import extract
from services.kafka.client import aiokafka_kwargs
from services.kafka.heap import freeze_long_lived
from services.settings import Settings

TARGET_P99_MS = 50.0
GRACE_SECONDS = 10.0
HISTOGRAM = "swaptally_end_to_end_latency_seconds_bucket"

Vote = tuple[str, str]  # (source, ISO stage date): one source's vote for one stage


@dataclass(frozen=True)
class Live:
    text: GeneratedText
    votes: frozenset[Vote]  # the stage votes its extraction gives


def live_articles(history: int, count: int, seed: int) -> list[Live]:
    """The articles that follow the history in the same feed, with the stage votes each one gives."""
    live = []
    for generated in itertools.islice(article_texts(history + count, seed), history, None):
        stages = extract(to_article(generated))
        votes = frozenset(
            (s.source, s.stage_date.isoformat()) for s in stages
            if s.kind is StageKind.STAGE and not (s.sides.ukraine.is_empty() and s.sides.russia.is_empty())
        )
        live.append(Live(generated, votes))
    return live


def votes_in(tally: bytes) -> set[Vote]:
    """The (source, stage date) pairs a tally lists (dates kept as ISO strings: cheap to read)."""
    data = orjson.loads(tally)
    return {(source, stage["date"]) for exchange in data["exchanges"] for stage in exchange["stages"]
            for source in stage["sources"]}


async def measure(settings: Settings, live: list[Live], rate: float, held: set[Vote]) -> list[float]:
    """Publish `live` at `rate`/s while reading the tally topic; return the exact latencies (seconds)."""
    consumer = AIOKafkaConsumer(**aiokafka_kwargs(settings), group_id=None, enable_auto_commit=False,
                                fetch_max_wait_ms=20)
    producer = AIOKafkaProducer(**aiokafka_kwargs(settings), acks="all", linger_ms=0)
    await consumer.start()
    await producer.start()
    partition = TopicPartition(settings.tally_topic, 0)
    consumer.assign([partition])
    await consumer.seek_to_end(partition)
    await consumer.position(partition)
    waiting: dict[frozenset[Vote], float] = {}  # new votes of an article -> its send time
    in_flight: set[Vote] = set()
    latencies: list[float] = []
    done = asyncio.Event()

    async def read() -> None:
        while not done.is_set():
            batches = await consumer.getmany(timeout_ms=50)
            arrived = time.time()
            for records in batches.values():
                for record in records:
                    held.update(votes_in(record.value))
                    for votes in [votes for votes in waiting if votes <= held]:
                        latencies.append(arrived - waiting.pop(votes))
                        in_flight.difference_update(votes)

    reader = asyncio.create_task(read())
    loop = asyncio.get_running_loop()
    begin = loop.time()
    pending = []
    for index, item in enumerate(live):
        await asyncio.sleep(max(0.0, begin + index / rate - loop.time()))
        article = to_article(item.text, datetime.now(UTC))
        new = item.votes - held - in_flight
        if new and len(new) == len(item.votes - held):
            waiting[frozenset(new)] = article.received_at.timestamp()
            in_flight.update(new)
        pending.append(await producer.send(settings.articles_topic, encode(article), key=article.article_id.encode()))
    await asyncio.gather(*pending)
    deadline = loop.time() + GRACE_SECONDS
    while waiting and loop.time() < deadline:
        await asyncio.sleep(0.1)
    done.set()
    await reader
    await producer.stop()
    await consumer.stop()
    if waiting:
        latencies.extend([float("inf")] * len(waiting))
    return latencies


def histogram_quantiles(before: dict[str, float], after: dict[str, float]) -> tuple[int, float, float]:
    """From the worker's histogram deltas: observations, share within 50 ms, and the p99 bucket bound (ms)."""
    buckets = sorted(
        (float(key.split('le="')[1].rstrip('"}')), after[key] - before.get(key, 0.0))
        for key in after if key.startswith(HISTOGRAM)
    )
    total = buckets[-1][1] if buckets else 0.0
    within = next((count for bound, count in buckets if bound >= 0.05), 0.0)
    p99_bound = next((bound for bound, count in buckets if total and count >= 0.99 * total), float("inf"))
    return int(total), (within / total if total else 0.0), p99_bound * 1000


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def run(
    broker: Settings, rate: float, seconds: float, history: int, seed: int = DEFAULT_SEED,
    roles: tuple[str, ...] = ("all",), **overrides: object,
) -> list[Figure]:
    """Measure latency on a fresh set of topics with a worker that has absorbed `history` articles."""
    settings = run_settings(broker, "latency", **overrides)
    prepare(settings)
    live = live_articles(history, int(rate * seconds), seed)
    processes = start_workers(settings, roles)
    aggregator = processes[-1]
    try:
        aggregator.wait_ready()
        publish_articles(settings, history, seed)
        wait_absorbed(processes, history)
        held = votes_in(aggregator.get("/tally").content)
        print(f"# latency: worker absorbed {history} articles ({len(held)} stage votes); publishing {len(live)} at "
              f"{rate:.0f}/s; {load_average()}", flush=True)
        before = scrape(aggregator.url)
        freeze_long_lived("latency client")  # the client's own full GC passes (45-60 ms) would count as latency
        latencies = asyncio.run(measure(settings, live, rate, held))
        time.sleep(1.0)
        observed, within, p99_bound = histogram_quantiles(before, scrape(aggregator.url))
        tally_bytes = len(aggregator.get("/tally").content)
    finally:
        for process in processes:
            process.stop()
    values = [value * 1000 for value in latencies]
    print(f"# latency: {len(values)} articles measured exactly (they brought a new stage vote; tally {tally_bytes} "
          f"bytes), mean {statistics.fmean(values):.1f} ms; worker histogram: {observed} articles, "
          f"{within:.1%} within 50 ms, p99 <= {p99_bound:.0f} ms; {load_average()}", flush=True)
    p99 = percentile(values, 0.99)
    note = f"{rate:.0f} articles/s for {seconds:.0f} s after {history}, n={len(values)}"
    return [
        Figure("latency p50", percentile(values, 0.50), "ms", "(info)", True, note),
        Figure("latency p99", p99, "ms", "<= 50 ms", p99 <= TARGET_P99_MS, note),
        Figure("latency max", max(values), "ms", "(info)", True, note),
        Figure("latency p99 (worker histogram)", p99_bound, "ms", "(bucket bound)", True,
               f"{observed} articles, {within:.1%} within 50 ms"),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rate", type=float, default=200.0, help="articles per second (default 200)")
    parser.add_argument("--seconds", type=float, default=30.0, help="how long to publish (default 30)")
    parser.add_argument("--history", type=int, default=20_000, help="articles absorbed first (default 20,000)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args()
    exit_on_sigterm()
    with private_broker() as broker:
        figures = run(broker, args.rate, args.seconds, args.history, args.seed)
    for figure in figures:
        print(figure.line())


if __name__ == "__main__":
    main()
