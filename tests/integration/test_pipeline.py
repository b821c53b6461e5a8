"""End to end through the real broker: seeds -> extractor -> aggregator -> /tally and exchange-tally."""

import subprocess
import sys

import orjson

from schemas import Tally, decode_tally, encode
from services.settings import PROJECT_ROOT, Settings
from tests.integration.observe import (
    counter,
    fetch_tally,
    read_all,
    seed_tally_problems,
    wait_for,
    wait_for_seed_tally,
)
from tests.integration.workers import WorkerProcess, settings_env

SEEDS = sorted(str(p) for p in (PROJECT_ROOT / "seeds").glob("*.txt"))


def replay_seeds(settings: Settings) -> None:
    """Publish the five seeds with the real CLI, as a person would."""
    subprocess.run(
        [sys.executable, "-m", "services", "replay", *SEEDS, "--asap"],
        env=settings_env(settings), cwd=PROJECT_ROOT, check=True, capture_output=True, timeout=120,
    )


async def last_tally_record(settings: Settings) -> Tally:
    records = await read_all(settings, settings.tally_topic, expected=10_000, timeout=5.0)
    assert records, "no record on the tally topic"
    return decode_tally(records[-1].value)


async def test_seeds_give_the_expected_tally_everywhere(settings: Settings, worker: WorkerProcess) -> None:
    replay_seeds(settings)
    wait_for_seed_tally(worker)
    await wait_until_drained(settings, worker, articles=len(SEEDS))
    tally = fetch_tally(worker)
    assert tally is not None
    exchange = tally["exchanges"][0]
    assert [stage["date"] for stage in exchange["stages"]] == ["2025-05-23", "2025-05-24"]
    assert tally["totals"]["ukraine"] == {"total": 697, "military": 577, "civilian": 120}
    assert tally["totals"]["russia"] == {"total": 697, "military": 577, "civilian": 120}
    checks = [check for check in tally["checks"] if check["claimed"] == 697]
    assert checks and all(check["ok"] for check in checks), tally["checks"]

    # the last record on the compacted tally topic is exactly what GET /tally serves
    served = worker.get("/tally").content
    assert encode(await last_tally_record(settings)) == served

    # the offline path (same extract + reconcile, no broker) gives byte-identical JSON
    offline = subprocess.run(
        [sys.executable, "-m", "services", "tally", "--offline", "--json", *SEEDS],
        env=settings_env(settings), cwd=PROJECT_ROOT, check=True, capture_output=True, timeout=60,
    ).stdout.strip()
    assert offline == served

    # a stage view shows every report with its evidence
    stage = orjson.loads(worker.get("/tally/stages/2025-05-23").content)
    assert stage["reports"] and all(report["evidence"] for report in stage["reports"])


async def wait_until_drained(settings: Settings, worker: WorkerProcess, articles: int) -> int:
    """Wait until the worker consumed `articles` articles and every stage event on the topic; return that count."""
    wait_for(
        lambda: counter(worker, "swaptally_articles_consumed_total") >= articles, 60, f"{articles} articles consumed"
    )
    stage_events = len(await read_all(settings, settings.stages_topic, expected=10_000, timeout=3.0))
    wait_for(
        lambda: counter(worker, "swaptally_stage_reports_consumed_total") >= stage_events,
        60,
        f"the aggregator to consume {stage_events} stage events",
    )
    return stage_events


async def test_replaying_the_seeds_again_changes_nothing(settings: Settings, worker: WorkerProcess) -> None:
    replay_seeds(settings)
    wait_for_seed_tally(worker)
    first_events = await wait_until_drained(settings, worker, articles=len(SEEDS))
    first = fetch_tally(worker)
    tally_records_before = len(await read_all(settings, settings.tally_topic, expected=10_000, timeout=3.0))

    replay_seeds(settings)
    second_events = await wait_until_drained(settings, worker, articles=2 * len(SEEDS))
    assert second_events == 2 * first_events, "a replay must produce the same stage events again"
    assert fetch_tally(worker) == first
    assert seed_tally_problems(fetch_tally(worker)) == []
    tally_records_after = len(await read_all(settings, settings.tally_topic, expected=10_000, timeout=3.0))
    assert tally_records_after == tally_records_before, "an unchanged tally must not be re-published"
