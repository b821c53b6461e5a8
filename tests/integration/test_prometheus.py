"""A real Prometheus scrapes a real worker while the seeds are replayed, and reads what the pipeline did."""

import json
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from schemas import decode_stage
from services.settings import PROJECT_ROOT, Settings
from tests.integration.observe import read_all, wait_for_seed_tally
from tests.integration.prometheus_server import PrometheusServer, start_prometheus
from tests.integration.workers import WorkerProcess, settings_env, start_worker

pytestmark = [pytest.mark.integration, pytest.mark.prometheus]

SEEDS = sorted(str(p) for p in (PROJECT_ROOT / "seeds").glob("*.txt"))
DASHBOARD = PROJECT_ROOT / "deploy" / "grafana" / "dashboards" / "swaptally.json"


@pytest.fixture
def worker(settings: Settings) -> Iterator[WorkerProcess]:
    process = start_worker(settings, lag_interval=2.0)
    try:
        process.wait_ready()
        yield process
    finally:
        process.stop()


@pytest.fixture
def prometheus(worker: WorkerProcess, tmp_path: Path) -> Iterator[PrometheusServer]:
    server = start_prometheus(tmp_path / "prometheus", [f"127.0.0.1:{worker.settings.web_port}"])
    try:
        yield server
    finally:
        server.stop()


def replay_seeds(settings: Settings) -> None:
    """Publish the five seeds with the real CLI, as a person would."""
    subprocess.run(
        [sys.executable, "-m", "services", "replay", *SEEDS, "--asap"],
        env=settings_env(settings), cwd=PROJECT_ROOT, check=True, capture_output=True, timeout=120,
    )


def settle(prometheus: PrometheusServer, expected: dict[str, float], timeout: float = 120.0) -> dict[str, float | None]:
    """Query until every expression reads its expected value (scrapes lag the worker); return the last reads."""
    deadline = time.monotonic() + timeout
    while True:
        got = {expr: prometheus.scalar(expr) for expr in expected}
        if got == expected or time.monotonic() > deadline:
            return got
        time.sleep(1.0)


async def test_prometheus_reads_the_seed_replay(
    settings: Settings, worker: WorkerProcess, prometheus: PrometheusServer
) -> None:
    assert settle(prometheus, {'up{job="swaptally-worker"}': 1.0}, timeout=60) == {'up{job="swaptally-worker"}': 1.0}

    replay_seeds(settings)
    wait_for_seed_tally(worker)
    stage_records = await read_all(settings, settings.stages_topic, expected=10_000, timeout=3.0)
    emitted = Counter(decode_stage(record.value).kind.value for record in stage_records)
    assert emitted, "the extractor emitted no stage event"
    dlq_records = await read_all(settings, settings.dlq_topic, expected=1, timeout=2.0)

    expected = {
        'swaptally_people_returned{side="ukraine", category="total"}': 697.0,
        'swaptally_people_returned{side="russia", category="total"}': 697.0,
        "sum(swaptally_stage_events_total)": float(len(stage_records)),
        **{f'sum(swaptally_stage_events_total{{kind="{kind}"}})': float(n) for kind, n in emitted.items()},
        "sum(swaptally_dead_letters_total) or vector(0)": 0.0,
        "sum(swaptally_articles_consumed_total)": float(len(SEEDS)),
        "sum(swaptally_end_to_end_latency_seconds_count)": float(len(SEEDS)),
        # every article partition is measured, and the worker catches up (faust commits every few seconds)
        f'count(swaptally_consumer_lag{{topic="{settings.articles_topic}"}})': float(settings.articles_partitions),
        f'count(swaptally_consumer_lag{{topic="{settings.stages_topic}"}})': float(settings.stages_partitions),
        "sum(swaptally_consumer_lag)": 0.0,
        'count(ALERTS{alertname=~"SwaptallyDeadLetters|SwaptallyWorkerDown"})  or vector(0)': 0.0,
    }
    got = settle(prometheus, expected)
    assert got == expected, f"{got}\nworker log:\n{worker.log_tail(20)}\nprometheus log:\n{prometheus.log_tail()}"
    assert dlq_records == []

    # the latency histogram's quantile is computable from what was scraped
    p95 = prometheus.scalar("histogram_quantile(0.95, sum by (le) (swaptally_end_to_end_latency_seconds_bucket))")
    assert p95 is not None and 0 <= p95 < 60

    # faust's own sensor is served beside the domain metrics on the same /metrics
    received = prometheus.scalar("sum(faust_messages_received_total)")
    assert received is not None and received >= len(SEEDS) + len(stage_records)
    # the extractor's stage events bypass faust's Topic.send (services.kafka.publisher) yet are still counted
    stages_sent = prometheus.scalar(f'sum(faust_topic_messages_sent_total{{topic="topic.{settings.stages_topic}"}})')
    assert stages_sent == len(stage_records)

    # the project's alert rules are loaded by a real Prometheus
    groups = prometheus.api("rules")["groups"]
    alerts = {rule["name"] for group in groups for rule in group["rules"]}
    assert {"SwaptallyDeadLetters", "SwaptallyDisputedStage", "SwaptallyWorkerDown"} <= alerts


    # every dashboard panel shows data after a clean replay, except the (empty) dead-letter panel
    assert panels_without_data(prometheus, worker.settings.conflict) == ["Dead letters by reason"]


def panels_without_data(prometheus: PrometheusServer, conflict: str) -> list[str]:
    """Run each Grafana query (variables filled in) on Prometheus; return the titles of panels with no series."""
    panels = [panel for panel in json.loads(DASHBOARD.read_text())["panels"] if panel["type"] != "row"]
    empty = []
    for panel in panels:
        series = 0
        for target in panel["targets"]:
            expr = target["expr"].replace("$__rate_interval", "1m").replace("$conflict", conflict)
            series += len(prometheus.query(expr))  # raises with Prometheus's message if a query is rejected
        if series == 0:
            empty.append(panel["title"])
    return empty
