"""Measure the settings that matter instead of guessing them: one pipeline run per variant.

    python -m bench.sweep [--count 6000] [--rounds 2] [--latency-seconds 0]

Every variant changes one setting from the defaults (producer linger, event loop, tally batch,
commit interval, poll size, fetch wait) and runs the same N published articles through a fresh
`swaptally worker`. Variants run in alternating rounds so that a load change on the machine hits
them all alike; the best round is printed. CPU per article (the worker's user + system time) is
the steadier figure on a shared machine; wall-clock rate is printed beside it. With
`--latency-seconds`, each variant's p99 at 200 articles/s is measured too.
"""

import argparse
from typing import Any

from bench.generate import DEFAULT_SEED
from bench.harness import exit_on_sigterm, load_average, prepare, private_broker, run_settings
from bench.latency import run as run_latency
from bench.pipeline_run import PipelineRun, absorb, publish_articles
from services.settings import Settings

VARIANTS: dict[str, dict[str, Any]] = {
    "defaults": {},
    "producer_linger_ms=5": {"producer_linger_ms": 5},
    "event_loop=asyncio": {"event_loop": "asyncio"},
    "tally_batch_max=50": {"tally_batch_max": 50},
    "commit_interval=0.5": {"commit_interval": 0.5},
    "max_poll_records=50": {"max_poll_records": 50},
    "fetch_max_wait_ms=500": {"fetch_max_wait_ms": 500},
}


def one_run(broker: Settings, count: int, seed: int, overrides: dict[str, Any]) -> PipelineRun:
    settings = run_settings(broker, "sweep", **overrides)
    prepare(settings)
    publish_articles(settings, count, seed)
    return absorb(settings, count)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=6000, help="articles per run")
    parser.add_argument("--rounds", type=int, default=2, help="runs per variant (the best is kept)")
    parser.add_argument("--latency-seconds", type=float, default=0.0, help="also measure latency (0: skip)")
    parser.add_argument("--only", nargs="*", choices=sorted(VARIANTS), help="variants to run (default: all)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args()
    exit_on_sigterm()
    names = args.only or list(VARIANTS)
    best: dict[str, PipelineRun] = {}
    latency: dict[str, float] = {}
    with private_broker() as broker:
        for round_number in range(1, args.rounds + 1):
            for name in names:
                run = one_run(broker, args.count, args.seed, VARIANTS[name])
                print(f"# round {round_number} {name}: {run.rate:.0f} articles/s, "
                      f"{run.cpu_seconds / run.articles * 1000:.2f} ms CPU/article; {load_average()}", flush=True)
                if name not in best or run.cpu_seconds < best[name].cpu_seconds:
                    best[name] = run
        if args.latency_seconds:
            for name in names:
                figures = run_latency(broker, 200.0, args.latency_seconds, 1000, args.seed, **VARIANTS[name])
                latency[name] = next(figure.value for figure in figures if figure.name == "latency p99")
    base = best[names[0]].cpu_seconds / best[names[0]].articles
    for name in names:
        run = best[name]
        per_article = run.cpu_seconds / run.articles
        extra = f"  p99 {latency[name]:7.1f} ms" if name in latency else ""
        print(f"{name:24} {run.rate:7.0f} articles/s  {per_article * 1000:6.2f} ms CPU/article "
              f"({(per_article / base - 1) * 100:+5.1f} % vs {names[0]}){extra}  [N={args.count}]")


if __name__ == "__main__":
    main()
