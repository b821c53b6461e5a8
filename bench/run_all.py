"""Run every benchmark against one private broker and print one line per figure (what `make bench` runs).

    python -m bench.run_all [--count 100000] [--raw-count 15000] [--split-count 30000]
                            [--latency-seconds 30] [--history 10000] [--reports 100000]

Throughput and memory share one run of N articles through a `swaptally worker`; a second, shorter
throughput run has the extractor and the aggregator in two workers (`--role`), as they are deployed
to scale out. The raw loop is timed on the first `--raw-count` articles of each run (its rate does
not depend on N, and the whole suite must fit in 10 minutes on this 2-core machine). Then latency at
200 articles/s and recovery from a changelog of 100,000 reports. Each line: name, value, unit,
target, met / NOT MET, and the N used.
"""

import argparse
import os
import platform
import time
from pathlib import Path

from bench import latency, recovery, throughput
from bench.generate import DEFAULT_COUNT, DEFAULT_SEED
from bench.harness import Figure, exit_on_sigterm, load_average, private_broker
from bench.memory import figure as memory_figure


def machine() -> str:
    """CPU model, cores and memory: the figures mean little without them."""
    model = next(
        (line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
         if line.startswith("model name")),
        platform.processor() or "unknown CPU",
    )
    memory_kb = next(
        int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines() if line.startswith("MemTotal")
    )
    return f"{model}, {os.cpu_count()} cores, {memory_kb / 1024 / 1024:.1f} GiB RAM, Python {platform.python_version()}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=DEFAULT_COUNT, help="articles for throughput and memory")
    parser.add_argument("--raw-count", type=int, default=15_000, help="articles the raw loop is timed on")
    parser.add_argument("--split-count", type=int, default=30_000,
                        help="articles for the second throughput run, extractor and aggregator as two workers")
    parser.add_argument("--latency-seconds", type=float, default=30.0)
    parser.add_argument("--history", type=int, default=10_000, help="articles absorbed before latency is measured")
    parser.add_argument("--reports", type=int, default=100_000, help="stage reports in the changelog for recovery")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args()
    exit_on_sigterm()
    began = time.monotonic()
    print(f"# {machine()}; {load_average()}", flush=True)
    figures: list[Figure] = []
    with private_broker() as broker:
        tput, run = throughput.measure(broker, args.count, args.seed, raw_count=min(args.raw_count, args.count))
        figures += [*tput, memory_figure(run)]
        split, _ = throughput.measure(
            broker, args.split_count, args.seed, raw_count=min(args.raw_count, args.split_count),
            roles=("extractor", "aggregator"),
        )
        figures += split
        figures += latency.run(broker, 200.0, args.latency_seconds, args.history, args.seed)
        figures += recovery.run(broker, args.reports, args.seed)
    print(f"# all benchmarks in {time.monotonic() - began:.0f} s; {load_average()}")
    for figure in figures:
        print(figure.line())


if __name__ == "__main__":
    main()
