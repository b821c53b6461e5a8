"""Latency at a fixed publish rate: from an article's publish to the first tally update that includes it.

    python -m bench.latency [--rate 200] [--seconds 30] [--history 20000]

A worker first absorbs `history` generated articles (so the tally has its realistic size), then
articles are published at `rate` per second. Each live article has its own source name, so the
first `exchange-tally` record whose stages list that source is exactly the update that includes
it. Which articles give a stage is known beforehand by running the same `extract` here. The clock
is this process's: the send time of the article (its `received_at`) and the receipt time of the
tally record by a plain consumer. Target: p99 at most 50 ms.
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
from bench.harness import Figure, exit_on_sigterm, load_average, prepare, private_broker, run_settings
from bench.pipeline_run import publish_articles, start_workers, wait_absorbed
from schemas import StageKind, encode
from services.extractor.extract import extract
from services.kafka.client import aiokafka_kwargs
from services.settings import Settings

TARGET_P99_MS = 50.0
GRACE_SECONDS = 10.0


@dataclass(frozen=True)
class Live:
    source: str
    text: GeneratedText
    probe: bool  # its extraction gives a countable stage, so some tally update must name its source


def live_articles(history: int, count: int, seed: int) -> list[Live]:
    """The articles after the history, each under a source name of its own."""
    texts = itertools.islice(article_texts(history + count, seed), history, None)
    live = []
    for generated in texts:
        source = f"{generated.source} live-{generated.index}"
        stages = extract(to_article(generated, source=source))
        probe = any(s.kind is StageKind.STAGE and not (s.sides.ukraine.is_empty() and s.sides.russia.is_empty())
                    for s in stages)
        live.append(Live(source, generated, probe))
    return live


def sources_in(tally: bytes) -> set[str]:
    data = orjson.loads(tally)
    return {source for exchange in data["exchanges"] for stage in exchange["stages"] for source in stage["sources"]}


async def measure(settings: Settings, live: list[Live], rate: float) -> dict[str, float]:
    """Publish `live` at `rate`/s while reading the tally topic; return seconds from send to inclusion."""
    consumer = AIOKafkaConsumer(**aiokafka_kwargs(settings), group_id=None, enable_auto_commit=False,
                                fetch_max_wait_ms=100)
    producer = AIOKafkaProducer(**aiokafka_kwargs(settings), acks="all", linger_ms=0)
    await consumer.start()
    await producer.start()
    partition = TopicPartition(settings.tally_topic, 0)
    consumer.assign([partition])
    await consumer.seek_to_end(partition)
    await consumer.position(partition)
    sent: dict[str, float] = {}
    latencies: dict[str, float] = {}
    wanted = {item.source for item in live if item.probe}
    done = asyncio.Event()

    async def read() -> None:
        while not done.is_set():
            batches = await consumer.getmany(timeout_ms=50)
            arrived = time.time()
            for records in batches.values():
                for record in records:
                    for source in sources_in(record.value) & (wanted - latencies.keys()):
                        latencies[source] = arrived - sent[source]

    reader = asyncio.create_task(read())
    loop = asyncio.get_running_loop()
    begin = loop.time()
    pending = []
    for index, item in enumerate(live):
        await asyncio.sleep(max(0.0, begin + index / rate - loop.time()))
        article = to_article(item.text, datetime.now(UTC), item.source)
        sent[item.source] = article.received_at.timestamp()
        pending.append(await producer.send(settings.articles_topic, encode(article), key=article.article_id.encode()))
    await asyncio.gather(*pending)
    deadline = loop.time() + GRACE_SECONDS
    while len(latencies) < len(wanted) and loop.time() < deadline:
        await asyncio.sleep(0.1)
    done.set()
    await reader
    await producer.stop()
    await consumer.stop()
    return latencies


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def run(broker: Settings, rate: float, seconds: float, history: int, seed: int = DEFAULT_SEED) -> list[Figure]:
    """Measure latency on a fresh set of topics with a worker that has absorbed `history` articles."""
    settings = run_settings(broker, "latency")
    prepare(settings)
    live = live_articles(history, int(rate * seconds), seed)
    processes = start_workers(settings)
    try:
        processes[0].wait_ready()
        publish_articles(settings, history, seed)
        wait_absorbed(processes, history)
        print(f"# latency: worker absorbed {history} articles; publishing {len(live)} at {rate:.0f}/s "
              f"({sum(item.probe for item in live)} give a stage); {load_average()}", flush=True)
        latencies = asyncio.run(measure(settings, live, rate))
        tally_bytes = len(processes[0].get("/tally").content)
    finally:
        for process in processes:
            process.stop()
    wanted = sum(item.probe for item in live)
    values = [value * 1000 for value in latencies.values()]
    missing = wanted - len(values)
    print(f"# latency: {len(values)} of {wanted} stage-bearing articles seen in a tally update (tally {tally_bytes} "
          f"bytes), mean {statistics.fmean(values):.1f} ms; {load_average()}", flush=True)
    p99 = percentile(values, 0.99) if not missing else float("inf")
    note = f"{rate:.0f} articles/s for {seconds:.0f} s after {history} articles, n={len(values)}"
    return [
        Figure("latency p50", percentile(values, 0.50), "ms", "(info)", True, note),
        Figure("latency p99", p99, "ms", "<= 50 ms", p99 <= TARGET_P99_MS, note + (f", {missing} never seen" if missing
                                                                                    else "")),
        Figure("latency max", max(values), "ms", "(info)", True, note),
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
