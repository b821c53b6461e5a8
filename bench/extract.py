"""Benchmark the pure extractor on one core: articles per second and microseconds per article.

Runs `analyse` over the seeds and over the labelled corpus, many times each,
timing with `time.perf_counter`; prints one line per figure. The time is
split into many short rounds (a few passes over the set each) and the best
round is reported, since other processes on a shared machine only ever slow
a round down; the median round is printed too, as a sense of the noise.

    python bench/extract.py [--seconds 4] [--round-ms 20] [--rules both|imported]

By default it measures the rules the process imports (the mypyc build when `make native` has made
one that matches the sources), then the plain Python rules in a child process with
SWAPTALLY_NATIVE_EXTRACTOR=false; `--rules imported` measures only the first.
"""

import argparse
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from schemas import Article  # noqa: E402
from services.extractor.evaluation import load_corpus  # noqa: E402
from services.extractor.extract import analyse  # noqa: E402
from services.extractor.native import rules_are_native  # noqa: E402
from services.feeder.files import read_article  # noqa: E402

RECEIVED_AT = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)


def one_round(articles: Sequence[Article], seconds: float) -> float:
    """Extract the articles in a loop for about `seconds`; return seconds per article."""
    done = 0
    started = time.perf_counter()
    while True:
        for article in articles:
            analyse(article)
        done += len(articles)
        elapsed = time.perf_counter() - started
        if elapsed >= seconds:
            return elapsed / done


TARGET_US = 200.0  # issue #3: at least 5,000 seed-sized articles per second on one core


def bench(name: str, articles: Sequence[Article], seconds: float, round_seconds: float) -> float:
    """Print articles per second and microseconds per article for one set of articles."""
    for article in articles:
        analyse(article)  # warm up (imports, regex caches)
    rounds: list[float] = []
    started = time.perf_counter()
    while time.perf_counter() - started < seconds:
        rounds.append(one_round(articles, round_seconds))
    best = min(rounds)
    median = statistics.median(rounds)
    size = sum(len(article.text) for article in articles) / len(articles)
    print(f"{name}: {len(articles)} articles, {size:,.0f} chars on average, {len(rounds)} rounds")
    print(f"{name}: {1 / best:,.0f} articles/s")
    print(f"{name}: {best * 1e6:,.0f} us/article (median round {median * 1e6:,.0f} us/article)")
    return best * 1e6


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=4.0, help="time spent per set of articles")
    parser.add_argument("--round-ms", type=float, default=20.0, help="length of one round; the best is reported")
    parser.add_argument("--rules", choices=("both", "imported"), default="both",
                        help="also time the Python rules in a child process (both), or only the imported ones")
    args = parser.parse_args(argv)
    seeds = [read_article(path, RECEIVED_AT) for path in sorted((ROOT / "seeds").glob("*.txt"))]
    corpus = [case.article for case in load_corpus(ROOT / "tests" / "corpus")]
    print(f"rules: {'native (mypyc build)' if rules_are_native() else 'python'}")
    seed_us = bench("seeds", seeds, args.seconds, args.round_ms / 1000)
    verdict = "met" if seed_us <= TARGET_US else "NOT MET"
    print(f"seeds: target <= {TARGET_US:,.0f} us/article ({1e6 / TARGET_US:,.0f} articles/s): {verdict}")
    bench("corpus", corpus, args.seconds, args.round_ms / 1000)
    if args.rules == "both" and rules_are_native():
        sys.stdout.flush()
        child = [sys.executable, __file__, "--rules", "imported", "--seconds", str(args.seconds),
                 "--round-ms", str(args.round_ms)]
        return subprocess.call(child, env={**os.environ, "SWAPTALLY_NATIVE_EXTRACTOR": "false"})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
