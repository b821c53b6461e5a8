"""A/B worker settings on the two-worker layout: wall rate and each process's CPU per article.

    python -m bench.settings_ab [--count 10000] [--rounds 2] '{}' '{"producer_linger_ms": 5}' ...

Each variant (a JSON object of `Settings` overrides) runs on fresh topics of one private broker: an
extractor worker and an aggregator worker start, their CPU is read once both serve `/metrics`, then
`count` generated articles are published and absorbed. Variants alternate within each round, so a
slow spell of a shared machine hits all of them alike.
"""

import argparse
import time
from typing import Any

import orjson

from bench.harness import exit_on_sigterm, load_average, prepare, private_broker, run_settings
from bench.pipeline_run import cpu_seconds, publish_articles, start_workers, wait_absorbed
from services.settings import Settings


def run_variant(broker: Settings, count: int, overrides: dict[str, Any]) -> str:
    """Absorb `count` articles with two workers under `overrides`; return one line of figures."""
    settings = run_settings(broker, "ab", **overrides)
    prepare(settings)
    processes = start_workers(settings, ("extractor", "aggregator"))
    try:
        for process in processes:
            process.wait_ready("/metrics")
        time.sleep(2.0)  # let both finish joining their groups before the CPU is read
        before = [cpu_seconds(process.process.pid) for process in processes]
        publish_articles(settings, count)
        span = wait_absorbed(processes, count)
        after = [cpu_seconds(process.process.pid) for process in processes]
    finally:
        for process in processes:
            process.stop()
    extractor, aggregator = (1000 * (b - a) / count for a, b in zip(before, after, strict=True))
    return (f"{orjson.dumps(overrides).decode():<48} {count / span.seconds:7.0f} articles/s  extractor "
            f"{extractor:.3f} ms/article  aggregator {aggregator:.3f} ms/article  ({load_average()})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("variants", nargs="+", help="JSON objects of settings overrides, e.g. '{}'")
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    variants = [orjson.loads(variant) for variant in args.variants]
    exit_on_sigterm()
    with private_broker() as broker:
        for _ in range(args.rounds):
            for overrides in variants:
                print(run_variant(broker, args.count, overrides), flush=True)


if __name__ == "__main__":
    main()
