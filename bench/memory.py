"""Memory: the worker's peak resident set size after absorbing N articles.

    python -m bench.memory [--count 100000]

Publishes N generated articles, runs one `swaptally worker` (extractor + aggregator) through all
of them and reads the kernel's high-water mark of its RSS (VmHWM), so no short peak is missed.
`bench.run_all` takes this figure from its throughput run instead of repeating the work.
Target: at most 250 MB.
"""

import argparse

from bench.generate import DEFAULT_COUNT, DEFAULT_SEED
from bench.harness import Figure, exit_on_sigterm, load_average, prepare, private_broker, run_settings
from bench.pipeline_run import PipelineRun, absorb, publish_articles
from services.settings import Settings

TARGET_MB = 250.0


def figure(run: PipelineRun) -> Figure:
    return Figure("memory, worker peak RSS", run.peak_rss_mb, "MB", "<= 250 MB", run.peak_rss_mb <= TARGET_MB,
                  f"after N={run.articles} articles, tally of {run.tally_reports} reports")


def measure(broker: Settings, count: int, seed: int = DEFAULT_SEED) -> Figure:
    settings = run_settings(broker, "memory")
    prepare(settings)
    publish_articles(settings, count, seed)
    run = absorb(settings, count)
    print(f"# memory: {count} articles absorbed in {run.seconds:.1f} s; {load_average()}", flush=True)
    return figure(run)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=DEFAULT_COUNT, help="articles (default 100,000)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args()
    exit_on_sigterm()
    with private_broker() as broker:
        print(measure(broker, args.count, args.seed).line())


if __name__ == "__main__":
    main()
