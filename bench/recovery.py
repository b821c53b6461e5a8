"""Recovery: time from starting an aggregator with no local state to serving the correct `/tally`.

    python -m bench.recovery [--reports 100000]

Stage reports are produced straight to the stage topic: the real extractor's events for generated
articles, one per vote (source, kind, date), replayed in rounds under new ids and later receipt
times, so that every report supersedes the last one and is written to the Table's changelog. An
aggregator absorbs them; its `/tally` is noted; it is stopped and its local state folder deleted.
A new aggregator must rebuild the Table from the changelog: the figure is the time from its start
to the first `/tally` answer equal to the noted one. Target: at most 10 s.
"""

import argparse
import asyncio
import hashlib
import shutil
import time
from datetime import UTC, datetime, timedelta

import httpx

from bench.generate import DEFAULT_SEED, article_texts, to_article
from bench.harness import (
    Figure,
    end_offset_total,
    exit_on_sigterm,
    load_average,
    prepare,
    private_broker,
    produce,
    run_settings,
    scrape,
    worker,
)
from schemas import ExchangeStage, encode
from services.aggregator.reconcile import vote_key
from services.extractor.extract import extract
from services.settings import Settings
from tests.integration.workers import WorkerProcess

TARGET_SECONDS = 10.0
POOL_ARTICLES = 6000


def distinct_votes(seed: int) -> list[ExchangeStage]:
    """One real extracted report per vote key, from generated articles."""
    votes: dict[str, ExchangeStage] = {}
    for generated in article_texts(POOL_ARTICLES, seed):
        for report in extract(to_article(generated)):
            votes.setdefault(vote_key(report), report)
    return list(votes.values())


def reports(count: int, seed: int) -> list[tuple[bytes, bytes]]:
    """`count` encoded reports cycling through the votes, each received after the one before."""
    pool = distinct_votes(seed)
    start = datetime(2025, 6, 1, tzinfo=UTC)
    out = []
    for index in range(count):
        digest = hashlib.sha256(f"bench-recovery-{index}".encode()).hexdigest()
        report = pool[index % len(pool)].model_copy(
            update={"event_id": digest, "article_id": digest, "received_at": start + timedelta(milliseconds=index)}
        )
        out.append((report.conflict.encode(), encode(report)))
    return out


def wait_consumed(process: WorkerProcess, count: int, timeout: float = 600.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not process.alive():
            raise RuntimeError(f"aggregator exited:\n{process.log_tail()}")
        try:
            if scrape(process.url).get("swaptally_stage_reports_consumed_total", 0) >= count:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    raise TimeoutError(f"aggregator did not consume {count} reports:\n{process.log_tail()}")


def time_to_correct_tally(settings: Settings, expected: bytes, timeout: float = 120.0) -> float:
    """Start an aggregator; return the seconds until its `/tally` answers with `expected`."""
    started = time.monotonic()
    process = worker(settings, "aggregator")
    try:
        while time.monotonic() - started < timeout:
            if not process.alive():
                raise RuntimeError(f"aggregator exited:\n{process.log_tail()}")
            try:
                response = process.get("/tally", timeout=2.0)
                if response.status_code == 200 and response.content == expected:
                    return time.monotonic() - started
            except httpx.HTTPError:
                pass
            time.sleep(0.05)
        raise TimeoutError(f"no correct /tally after {timeout} s:\n{process.log_tail()}")
    finally:
        process.stop()


def run(broker: Settings, count: int, seed: int = DEFAULT_SEED) -> list[Figure]:
    """Fill the changelog with `count` reports, then time a cold and a warm aggregator restart."""
    settings = run_settings(broker, "recovery")
    prepare(settings)
    records = reports(count, seed)
    asyncio.run(produce(settings, settings.stages_topic, records))
    first = worker(settings, "aggregator")
    began = time.monotonic()
    try:
        wait_consumed(first, count)
        absorbed = time.monotonic() - began
        time.sleep(1.0)  # the last batch's tally is published after its events are counted
        expected = first.get("/tally").content
    finally:
        first.stop()
    changelog = f"{settings.app_id}-aggregator-stage-reports-changelog"
    logged = asyncio.run(end_offset_total(settings, changelog))
    print(f"# recovery: {count} reports consumed in {absorbed:.1f} s (from the aggregator's start, "
          f"{count / absorbed:.0f}/s), {logged} records in {changelog}, tally {len(expected)} bytes; "
          f"{load_average()}", flush=True)
    shutil.rmtree(settings.state_dir / "faust")
    cold = time_to_correct_tally(settings, expected)
    warm = time_to_correct_tally(settings, expected)
    print(f"# recovery: cold (state folder deleted) {cold:.1f} s, warm (RocksDB kept) {warm:.1f} s; "
          f"{load_average()}", flush=True)
    note = f"{logged} changelog records, {count} reports"
    return [
        Figure("recovery, local state deleted", cold, "s", "<= 10 s", cold <= TARGET_SECONDS, note),
        Figure("recovery, local state kept", warm, "s", "(info)", True, note),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=100_000, help="stage reports in the changelog")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args()
    exit_on_sigterm()
    with private_broker() as broker:
        figures = run(broker, args.reports, args.seed)
    for figure in figures:
        print(figure.line())


if __name__ == "__main__":
    main()
