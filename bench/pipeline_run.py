"""Publish generated articles, then run them through a `swaptally worker` and watch it absorb them all."""

import asyncio
import time
from dataclasses import dataclass
from pathlib import Path

import httpx
import psutil

from bench.generate import DEFAULT_SEED, article_texts, to_article
from bench.harness import produce, scrape, worker
from schemas import encode
from services.settings import Settings
from tests.integration.kafka_helpers import free_port
from tests.integration.workers import WorkerProcess


@dataclass(frozen=True)
class Published:
    count: int
    seconds: float
    megabytes: float


@dataclass(frozen=True)
class PipelineRun:
    """What the worker did with `articles` articles, from its first consumed article to the last stage absorbed."""

    articles: int
    stage_events: int
    dead_letters: int
    seconds: float
    peak_rss_mb: float  # the kernel's high-water mark (VmHWM) of the worker process
    tally_reports: int
    tally_bytes: int
    tally_updates: int
    cpu_seconds: float  # the worker's user + system time over the measured span
    system_seconds: float  # of which in the kernel (mostly socket sends)

    @property
    def rate(self) -> float:
        return self.articles / self.seconds


def publish_articles(settings: Settings, count: int, seed: int = DEFAULT_SEED, first_index: int = 0) -> Published:
    """Generate and publish `count` articles to the run's articles topic, as fast as the broker takes them."""
    size = 0

    def records() -> list[tuple[bytes, bytes]]:
        nonlocal size
        out = []
        for generated in article_texts(count, seed):
            article = to_article(generated)
            value = encode(article)
            size += len(value)
            out.append((article.article_id.encode(), value))
        return out

    batch = records()
    started = time.monotonic()
    asyncio.run(produce(settings, settings.articles_topic, batch))
    return Published(count, time.monotonic() - started, size / 1e6)


def peak_rss_mb(pid: int) -> float:
    """Return the process's peak resident set size (VmHWM from /proc), in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float(psutil.Process(pid).memory_info().rss) / 1e6


def _cpu(pid: int) -> tuple[float, float]:
    times = psutil.Process(pid).cpu_times()
    return float(times.user), float(times.system)


def cpu_seconds(pid: int) -> float:
    """Return the process's user + system CPU time so far."""
    return sum(_cpu(pid))


def _sum(samples: dict[str, float], name: str) -> int:
    return int(sum(value for key, value in samples.items() if key == name or key.startswith(name + "{")))


def _samples(processes: list[WorkerProcess]) -> dict[str, float] | None:
    merged: dict[str, float] = {}
    for process in processes:
        try:
            for key, value in scrape(process.url).items():
                merged[key] = merged.get(key, 0.0) + value
        except httpx.HTTPError:
            return None
    return merged


def _cpu_of(processes: list[WorkerProcess]) -> tuple[float, float]:
    times = [_cpu(process.process.pid) for process in processes]
    return sum(t[0] for t in times), sum(t[1] for t in times)


def start_workers(settings: Settings, roles: tuple[str, ...] = ("all",)) -> list[WorkerProcess]:
    """Start one worker per role (each on its own web port); the last one serves the tally."""
    return [
        worker(settings.model_copy(update={"web_port": free_port()}) if index else settings, role)
        for index, role in enumerate(roles)
    ]


@dataclass(frozen=True)
class Span:
    seconds: float
    cpu_seconds: float
    system_seconds: float
    stage_events: int
    dead_letters: int


def wait_absorbed(processes: list[WorkerProcess], articles: int, timeout: float = 900.0) -> Span:
    """Wait until the workers have extracted `articles` articles and aggregated every stage event of them.

    The span runs from the first article consumed (or from the call, if consumption had already begun)
    to the moment the aggregator has consumed every stage event the extractor emitted (polled at 2 Hz).
    """
    started = None
    cpu_at_start = (0.0, 0.0)
    deadline = time.monotonic() + timeout
    while True:
        dead = [process for process in processes if not process.alive()]
        if time.monotonic() > deadline or dead:
            tails = "\n".join(process.log_tail() for process in processes)
            raise RuntimeError(f"workers did not absorb {articles} articles:\n{tails}")
        samples = _samples(processes)
        if samples is None:
            time.sleep(0.1)
            continue
        if _sum(samples, "swaptally_articles_consumed_total") and started is None:
            started, cpu_at_start = time.monotonic(), _cpu_of(processes)
        processed = _sum(samples, "swaptally_articles_processed_total")
        letters = _sum(samples, "swaptally_dead_letters_total")
        events = _sum(samples, "swaptally_stage_events_total")
        absorbed = _sum(samples, "swaptally_stage_reports_consumed_total")
        if started is not None and processed + letters >= articles and absorbed >= events:
            seconds, cpu_now = time.monotonic() - started, _cpu_of(processes)
            user, system = cpu_now[0] - cpu_at_start[0], cpu_now[1] - cpu_at_start[1]
            return Span(seconds, user + system, system, events, letters)
        time.sleep(0.1 if started is None else 0.5)


def absorb(settings: Settings, articles: int, roles: tuple[str, ...] = ("all",), timeout: float = 900.0) -> PipelineRun:
    """Start workers on the run's published topics, time them through `articles` articles, stop them."""
    processes = start_workers(settings, roles)
    try:
        span = wait_absorbed(processes, articles, timeout)
        peak = max(peak_rss_mb(process.process.pid) for process in processes)
        aggregator = processes[-1]
        tally = aggregator.get("/tally", timeout=30).content
        reports = int(httpx.Response(200, content=tally).json()["reports"])
        updates = _sum(scrape(aggregator.url), "swaptally_tally_updates_total")
        return PipelineRun(
            articles, span.stage_events, span.dead_letters, span.seconds, peak, reports, len(tally), updates,
            span.cpu_seconds, span.system_seconds,
        )
    finally:
        for process in processes:
            process.stop()
