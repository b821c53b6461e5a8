"""Shared plumbing for the benchmarks: a private broker, per-run topics, a worker, metrics and figures."""

import asyncio
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient

from services.broker import manager
from services.kafka.client import aiokafka_kwargs
from services.kafka.topics import ensure_topics
from services.settings import PROJECT_ROOT, Settings
from tests.integration.kafka_helpers import free_port, free_ports, partitions_of, unique_prefix
from tests.integration.workers import WorkerProcess, settings_env

JAR_CACHE = PROJECT_ROOT / "var" / "kafka-lib"
_SAMPLE = re.compile(r"^([a-zA-Z_:][\w:]*)(\{[^}]*\})? ([-+\deE.naNIif]+)$")


@dataclass(frozen=True)
class Figure:
    """One measured figure, printed as `name: value unit (target ...) met|NOT MET`."""

    name: str
    value: float
    unit: str
    target: str
    met: bool
    note: str = ""

    def line(self) -> str:
        # "(info)", "(baseline)": printed for context, no target to meet
        verdict = "" if self.target.startswith("(") else "met" if self.met else "NOT MET"
        note = f"  [{self.note}]" if self.note else ""
        return f"{self.name:<42} {self.value:>10.1f} {self.unit:<10} target {self.target:<14} {verdict}{note}"


def exit_on_sigterm() -> None:
    """Turn SIGTERM into SystemExit, so the `finally` blocks stop the workers and the broker we started."""
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))


def load_average() -> str:
    """The 1/5/15-minute load averages, recorded beside every figure (the machine is shared)."""
    one, five, fifteen = os.getloadavg()
    return f"load {one:.2f} {five:.2f} {fifteen:.2f} on {os.cpu_count()} cores"


@contextmanager
def private_broker() -> Iterator[Settings]:
    """Start the project's Kafka broker on free ports in a temporary folder; stop and delete it after."""
    state = Path(tempfile.mkdtemp(prefix="swaptally-bench-"))
    broker_port, controller_port = free_ports(2)
    settings = Settings(
        state_dir=state, broker_lib_dir=JAR_CACHE, broker_port=broker_port, controller_port=controller_port,
        kafka_bootstrap=f"127.0.0.1:{broker_port}", log_level="WARNING",
    )
    started = time.monotonic()
    manager.start(settings, create_topics=False)
    print(f"# broker on 127.0.0.1:{broker_port} ready in {time.monotonic() - started:.1f} s ({state})", flush=True)
    try:
        yield settings
    finally:
        manager.stop(settings)
        shutil.rmtree(state, ignore_errors=True)


def run_settings(broker: Settings, name: str, **overrides: Any) -> Settings:
    """Settings of one benchmark run: its own topics, consumer groups, web port and state folder."""
    prefix = f"{name}-{unique_prefix()}"
    return broker.model_copy(
        update={
            "topic_prefix": prefix,
            "app_id": f"bench-{prefix.strip('-')}",
            "web_port": free_port(),
            "state_dir": broker.state_dir / "runs" / prefix.strip("-"),
            **overrides,
        }
    )


def prepare(settings: Settings) -> None:
    """Create the run's topics (as `swaptally worker` would) and its state folder."""
    (settings.state_dir / "faust").mkdir(parents=True, exist_ok=True)
    asyncio.run(ensure_topics(settings))


async def create_topic(settings: Settings, name: str, partitions: int) -> None:
    """Create one extra topic (e.g. the raw loop's output)."""
    from aiokafka.admin import NewTopic

    admin = AIOKafkaAdminClient(**aiokafka_kwargs(settings))
    await admin.start()
    try:
        await admin.create_topics([NewTopic(name=name, num_partitions=partitions, replication_factor=1)])
    finally:
        await admin.close()


async def produce(settings: Settings, topic: str, records: Iterable[tuple[bytes, bytes]]) -> int:
    """Publish (key, value) records as fast as the broker takes them (acks=all, batched); return the count."""
    producer = AIOKafkaProducer(**aiokafka_kwargs(settings), acks="all", linger_ms=20, max_batch_size=256 * 1024,
                                max_request_size=4 * 1024 * 1024)
    await producer.start()
    count = 0
    try:
        pending = []
        for key, value in records:
            pending.append(await producer.send(topic, value=value, key=key))
            count += 1
            if len(pending) >= 2000:
                await asyncio.gather(*pending)
                pending.clear()
        await asyncio.gather(*pending)
    finally:
        await producer.stop()
    return count


async def end_offset_total(settings: Settings, topic: str) -> int:
    """Return how many records `topic` has ever held (sum of its partitions' end offsets)."""
    partitions = await partitions_of(settings, topic)
    consumer = AIOKafkaConsumer(**aiokafka_kwargs(settings), group_id=None, enable_auto_commit=False)
    await consumer.start()
    try:
        ends = await consumer.end_offsets(partitions)
    finally:
        await consumer.stop()
    return sum(ends.values())


def scrape(url: str, timeout: float = 5.0) -> dict[str, float]:
    """Read a Prometheus text page into {"name{labels}": value}."""
    samples: dict[str, float] = {}
    for line in httpx.get(f"{url}/metrics", timeout=timeout).text.splitlines():
        match = _SAMPLE.match(line)
        if match:
            samples[match.group(1) + (match.group(2) or "")] = float(match.group(3))
    return samples


WORKER_COMMAND = [sys.executable, "-m", "services", "worker"]


def worker(settings: Settings, role: str = "all") -> WorkerProcess:
    """Start `swaptally worker --role ROLE` for this run (its log goes to the run's state folder)."""
    log_path = settings.state_dir / f"worker-{role}-{settings.web_port}.log"
    log_path.parent.mkdir(parents=True, exist_ok=True)
    with log_path.open("ab") as log_file:
        process = subprocess.Popen(
            [*WORKER_COMMAND, "--role", role], env=settings_env(settings), stdout=log_file, stderr=subprocess.STDOUT,
            cwd=PROJECT_ROOT, start_new_session=True,
        )
    return WorkerProcess(settings=settings, role=role, process=process, log_path=log_path)
