"""Throughput through real Kafka: the faust pipeline (extractor + aggregator) beside a raw aiokafka loop.

    python -m bench.throughput [--count 100000]

Publishes N generated articles, runs the raw loop (`bench.raw_loop`: extraction only, the fastest
way to do that work) and then a `swaptally worker` over the same topic, and prints both rates, their
ratio and the worker's peak RSS. The pipeline's span runs from its first article consumed until the
aggregator has consumed every stage event (so the tally has absorbed all of them); the raw loop's
from its first record to its last acknowledged send. Target: the pipeline reaches at least 70% of
the raw loop.
"""

import argparse
import asyncio
import subprocess
import sys

import orjson

from bench.generate import DEFAULT_COUNT, DEFAULT_SEED
from bench.harness import Figure, create_topic, exit_on_sigterm, load_average, prepare, private_broker, run_settings
from bench.memory import figure as memory_figure
from bench.pipeline_run import PipelineRun, absorb, publish_articles
from services.settings import PROJECT_ROOT, Settings
from tests.integration.workers import settings_env

TARGET_RATIO = 0.70


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


def measure(
    broker: Settings, count: int, seed: int = DEFAULT_SEED, *, raw_count: int | None = None,
    roles: tuple[str, ...] = ("all",),
) -> tuple[list[Figure], PipelineRun]:
    """Publish `count` articles, time the raw loop (on the first `raw_count`) and the pipeline on them."""
    settings = run_settings(broker, "throughput")
    prepare(settings)
    published = publish_articles(settings, count, seed)
    print(f"# published {published.count} articles ({published.megabytes:.0f} MB) in {published.seconds:.1f} s "
          f"({published.count / published.seconds:.0f}/s); {load_average()}", flush=True)
    raw = run_raw_loop(settings, raw_count or count)
    raw_rate = raw["consumed"] / (raw["last"] - raw["first"])
    print(f"# raw loop: {raw['consumed']:.0f} articles, {raw['produced']:.0f} stage events, "
          f"{raw['dead_letters']:.0f} dead letters in {raw['last'] - raw['first']:.1f} s "
          f"({raw['cpu']:.1f} s CPU, {raw['consumed'] / raw['cpu']:.0f} articles per CPU-second); "
          f"{load_average()}", flush=True)
    run = absorb(settings, count, roles)
    layout = "+".join(roles)
    print(f"# pipeline ({layout}): {run.articles} articles, {run.stage_events} stage events, {run.dead_letters} dead "
          f"letters in {run.seconds:.1f} s; {run.tally_updates} tally updates, the last of {run.tally_reports} "
          f"reports ({run.tally_bytes} bytes); {run.cpu_seconds:.1f} s CPU, {run.articles / run.cpu_seconds:.0f} "
          f"articles per CPU-second; {load_average()}", flush=True)
    ratio = run.rate / raw_rate
    note = f"N={count}" + (f", raw loop on the first {raw_count}" if raw_count and raw_count < count else "")
    suffix = "" if roles == ("all",) else f" ({len(roles)} workers)"
    name = "throughput faust pipeline" + suffix
    figures = [
        Figure("throughput raw aiokafka loop", raw_rate, "articles/s", "(baseline)", True, note),
        Figure(name, run.rate, "articles/s", ">= 70% of raw", ratio >= TARGET_RATIO, note),
        Figure("throughput ratio pipeline/raw" + suffix, ratio * 100, "%", ">= 70 %", ratio >= TARGET_RATIO, note),
    ]
    return figures, run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=DEFAULT_COUNT, help="articles to publish (default 100,000)")
    parser.add_argument("--raw-count", type=int, help="time the raw loop on the first N only (default: all)")
    parser.add_argument("--split", action="store_true",
                        help="run the extractor and the aggregator as two workers (--role extractor/aggregator)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args()
    exit_on_sigterm()
    roles = ("extractor", "aggregator") if args.split else ("all",)
    with private_broker() as broker:
        figures, run = measure(broker, args.count, args.seed, raw_count=args.raw_count, roles=roles)
    for figure in [*figures, memory_figure(run)]:
        print(figure.line())


if __name__ == "__main__":
    main()
