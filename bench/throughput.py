"""Throughput through real Kafka: the faust pipeline (extractor + aggregator) beside a raw aiokafka loop.

    python -m bench.throughput [--count 100000]

Publishes N generated articles, runs the raw loop (extraction only, the fastest way to do that work)
and then a `swaptally worker` over the same topic, and prints both rates, their ratio and the worker's
peak RSS. Target: the pipeline reaches at least 70% of the raw loop.
"""

import argparse
import asyncio
import subprocess
import sys

import orjson

from bench.generate import DEFAULT_COUNT, DEFAULT_SEED
from bench.harness import Figure, create_topic, exit_on_sigterm, load_average, prepare, private_broker, run_settings
from bench.pipeline_run import PipelineRun, absorb, publish_articles
from services.settings import PROJECT_ROOT, Settings
from tests.integration.workers import settings_env

TARGET_RATIO = 0.70
TARGET_RSS_MB = 250.0


def run_raw_loop(settings: Settings, count: int) -> dict[str, float]:
    """Run `bench.raw_loop` in its own process (like the worker) and return its report."""
    out_topic, dlq_topic = f"{settings.topic_prefix}raw-stages", f"{settings.topic_prefix}raw-dlq"
    asyncio.run(create_topic(settings, out_topic, settings.stages_partitions))
    asyncio.run(create_topic(settings, dlq_topic, 1))
    done = subprocess.run(
        [sys.executable, "-m", "bench.raw_loop", "--out-topic", out_topic, "--dlq-topic", dlq_topic,
         "--expect", str(count)],
        env=settings_env(settings), cwd=PROJECT_ROOT, capture_output=True, check=True, timeout=1800,
    )
    report: dict[str, float] = orjson.loads(done.stdout.splitlines()[-1])
    return report


def measure(broker: Settings, count: int, seed: int = DEFAULT_SEED) -> tuple[list[Figure], PipelineRun]:
    """Publish `count` articles, time the raw loop and the pipeline on them; return the figures."""
    settings = run_settings(broker, "throughput")
    prepare(settings)
    published = publish_articles(settings, count, seed)
    print(f"# published {published.count} articles ({published.megabytes:.0f} MB) in {published.seconds:.1f} s "
          f"({published.count / published.seconds:.0f}/s); {load_average()}", flush=True)
    raw = run_raw_loop(settings, count)
    raw_rate = raw["consumed"] / (raw["last"] - raw["first"])
    print(f"# raw loop: {raw['consumed']:.0f} articles, {raw['produced']:.0f} stage events, "
          f"{raw['dead_letters']:.0f} dead letters in {raw['last'] - raw['first']:.1f} s "
          f"({raw['cpu']:.1f} s CPU, {raw['consumed'] / raw['cpu']:.0f} articles per CPU-second); "
          f"{load_average()}", flush=True)
    run = absorb(settings, count)
    print(f"# pipeline: {run.articles} articles, {run.stage_events} stage events, {run.dead_letters} dead letters "
          f"in {run.seconds:.1f} s; {run.tally_updates} tally updates, the last of {run.tally_reports} reports "
          f"({run.tally_bytes} bytes); {run.cpu_seconds:.1f} s CPU, {run.articles / run.cpu_seconds:.0f} articles per "
          f"CPU-second; {load_average()}",
          flush=True)
    ratio = run.rate / raw_rate
    note = f"N={count}"
    figures = [
        Figure("throughput raw aiokafka loop", raw_rate, "articles/s", "(baseline)", True, note),
        Figure("throughput faust pipeline", run.rate, "articles/s", ">= 70% of raw", ratio >= TARGET_RATIO, note),
        Figure("throughput ratio pipeline/raw", ratio * 100, "%", ">= 70 %", ratio >= TARGET_RATIO, note),
        Figure("memory worker peak RSS", run.peak_rss_mb, "MB", "<= 250 MB", run.peak_rss_mb <= TARGET_RSS_MB,
               f"after N={count} articles"),
    ]
    return figures, run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=DEFAULT_COUNT, help="articles to publish (default 100,000)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args()
    exit_on_sigterm()
    with private_broker() as broker:
        figures, _ = measure(broker, args.count, args.seed)
    for figure in figures:
        print(figure.line())


if __name__ == "__main__":
    main()
