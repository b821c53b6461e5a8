"""Watch a running pipeline from the outside: worker metrics, the live tally, the dead-letter topic."""

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import httpx
import orjson
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from prometheus_client.parser import text_string_to_metric_families

from schemas import DeadLetter, decode
from services.kafka.client import aiokafka_kwargs
from services.settings import Settings
from tests.integration.workers import WorkerProcess

T = TypeVar("T")

SEED_FIGURES = {
    "2025-05-23": {"total": 390, "military": 270, "civilian": 120},
    "2025-05-24": {"total": 307, "military": 307},
}
SEED_TOTALS = {"total": 697, "military": 577, "civilian": 120}


def metric_sum(text: str, name: str, **labels: str) -> float:
    """Sum the samples called `name` whose labels include `labels` (0 when there is none)."""
    total = 0.0
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            if sample.name == name and all(sample.labels.get(k) == v for k, v in labels.items()):
                total += sample.value
    return total


def scrape(worker: WorkerProcess) -> str:
    response = worker.get("/metrics")
    response.raise_for_status()
    return response.text


def counter(worker: WorkerProcess, name: str, **labels: str) -> float:
    """Read one counter of a worker; 0 while the worker is not answering."""
    try:
        return metric_sum(scrape(worker), name, **labels)
    except httpx.HTTPError:
        return 0.0


def wait_for(probe: Callable[[], T | None], timeout: float, what: str, interval: float = 0.25) -> T:
    """Call `probe` until it returns something truthy; fail with `what` after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    last: T | None = None
    while time.monotonic() < deadline:
        try:
            last = probe()
        except (httpx.HTTPError, OSError):
            last = None
        if last:
            return last
        time.sleep(interval)
    raise AssertionError(f"timed out after {timeout:.0f}s waiting for {what} (last: {last!r})")


async def async_wait_for(probe: Callable[[], Awaitable[T | None]], timeout: float, what: str) -> T:
    """Await `probe()` until it returns something truthy; fail after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    last: object = None
    while time.monotonic() < deadline:
        try:
            result = await probe()
        except Exception as exc:  # noqa: BLE001 - the group may not exist yet
            last = exc
        else:
            if result:
                return result
            last = result
        await asyncio.sleep(0.5)
    raise AssertionError(f"timed out after {timeout:.0f}s waiting for {what} (last: {last!r})")


def fetch_tally(worker: WorkerProcess) -> dict[str, Any] | None:
    """Return the worker's current tally JSON, or None while it is recovering."""
    response = worker.get("/tally")
    if response.status_code != 200:
        return None
    tally: dict[str, Any] = orjson.loads(response.content)
    return tally


def seed_tally_problems(tally: dict[str, Any] | None) -> list[str]:
    """Return how `tally` differs from the expected tally of the five seeds (empty when exact)."""
    if tally is None:
        return ["no tally"]
    problems = []
    for side in ("ukraine", "russia"):
        got = {k: v for k, v in tally["totals"].get(side, {}).items() if k in SEED_TOTALS}
        if got != SEED_TOTALS:
            problems.append(f"totals.{side} = {got}")
    exchanges = tally["exchanges"]
    if len(exchanges) != 1:
        return [*problems, f"{len(exchanges)} exchanges"]
    exchange = exchanges[0]
    if exchange.get("agreed_per_side") != 1000:
        problems.append(f"agreed_per_side = {exchange.get('agreed_per_side')}")
    if exchange.get("progress") != {"ukraine": 0.697, "russia": 0.697}:
        problems.append(f"progress = {exchange.get('progress')}")
    stages = {stage["date"]: stage for stage in exchange["stages"]}
    if sorted(stages) != sorted(SEED_FIGURES):
        problems.append(f"stage dates = {sorted(stages)}")
    for day, expected in SEED_FIGURES.items():
        for side in ("ukraine", "russia"):
            got = {k: v for k, v in stages.get(day, {}).get(side, {}).items() if v is not None}
            if got != expected:
                problems.append(f"{day}.{side} = {got}")
    return problems


def wait_for_seed_tally(worker: WorkerProcess, timeout: float = 120.0) -> dict[str, Any]:
    """Wait until the worker's tally is exactly the seed tally; fail showing the differences."""
    latest: dict[str, Any] | None = None

    def exact() -> dict[str, Any] | None:
        nonlocal latest
        latest = fetch_tally(worker)
        return latest if not seed_tally_problems(latest) else None

    try:
        return wait_for(exact, timeout, "the exact seed tally")
    except AssertionError as exc:
        raise AssertionError(f"{exc}; differences: {seed_tally_problems(latest)}\n{worker.log_tail(30)}") from None


def tally_sources(tally: dict[str, Any] | None) -> set[str]:
    """Return every source counted in some stage of the tally."""
    if tally is None:
        return set()
    return {source for exchange in tally["exchanges"] for stage in exchange["stages"] for source in stage["sources"]}


def wait_for_every_seed(worker: WorkerProcess, sources: set[str], timeout: float = 120.0) -> None:
    """Wait until every source in `sources` is counted in some stage of the worker's tally."""
    counted: set[str] = set()

    def complete() -> bool:
        nonlocal counted
        counted = tally_sources(fetch_tally(worker))
        return counted == sources

    try:
        wait_for(complete, timeout, "every seed counted")
    except AssertionError as exc:
        consumed = counter(worker, "swaptally_articles_consumed_total")
        raise AssertionError(
            f"{exc}; missing {sorted(sources - counted)} after {consumed:.0f} articles\n{worker.log_tail(20)}"
        ) from None


def figures_of(tally: dict[str, Any]) -> dict[str, Any]:
    """The parts of a tally that must not change under duplicates or faults (no times)."""
    return {
        "totals": tally["totals"],
        "exchanges": [
            {k: v for k, v in exchange.items() if k != "exchange_id"} for exchange in tally["exchanges"]
        ],
        "checks": tally.get("checks"),
    }


async def produce(settings: Settings, messages: list[tuple[bytes | None, bytes | None]], topic: str) -> None:
    """Send raw (key, value) pairs in order with a plain aiokafka producer, waiting for each ack."""
    producer = AIOKafkaProducer(**aiokafka_kwargs(settings), acks="all", max_request_size=4 * 1024 * 1024)
    await producer.start()
    try:
        for key, value in messages:
            await producer.send_and_wait(topic, value=value, key=key)
    finally:
        await producer.stop()


async def read_all(settings: Settings, topic: str, expected: int, timeout: float = 60.0) -> list[Any]:
    """Read a topic from the start until `expected` records arrived (or `timeout`); return the records."""
    consumer = AIOKafkaConsumer(
        topic, **aiokafka_kwargs(settings), auto_offset_reset="earliest", enable_auto_commit=False,
        group_id=None, fetch_max_bytes=8 * 1024 * 1024,
    )
    await consumer.start()
    records: list[Any] = []
    deadline = time.monotonic() + timeout
    try:
        while len(records) < expected and time.monotonic() < deadline:
            batch = await consumer.getmany(timeout_ms=500)
            for partition_records in batch.values():
                records.extend(partition_records)
        if len(records) >= expected:  # linger briefly: anything beyond `expected` is a failure too
            batch = await consumer.getmany(timeout_ms=1500)
            for partition_records in batch.values():
                records.extend(partition_records)
    finally:
        await consumer.stop()
    return records


def dead_letters(records: list[Any]) -> list[DeadLetter]:
    return [decode(record.value, DeadLetter) for record in records]
