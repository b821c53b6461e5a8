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
    return psutil.Process(pid).memory_info().rss / 1e6


def _cpu(pid: int) -> tuple[float, float]:
    times = psutil.Process(pid).cpu_times()
    return float(times.user), float(times.system)


def _sum(samples: dict[str, float], name: str) -> int:
    return int(sum(value for key, value in samples.items() if key == name or key.startswith(name + "{")))


def absorb(settings: Settings, articles: int, role: str = "all", timeout: float = 900.0) -> PipelineRun:
    """Start a worker on the run's (already published) topics and time it through `articles` articles."""
    process = worker(settings, role)
    started = None
    cpu_at_start = (0.0, 0.0)
    deadline = time.monotonic() + timeout
    try:
        while True:
            if time.monotonic() > deadline or not process.alive():
                raise RuntimeError(f"worker did not absorb {articles} articles:\n{process.log_tail()}")
            try:
                samples = scrape(process.url)
            except httpx.HTTPError:
                time.sleep(0.1)
                continue
            consumed = _sum(samples, "swaptally_articles_consumed_total")
            if consumed and started is None:
                started, cpu_at_start = time.monotonic(), _cpu(process.process.pid)
            processed = _sum(samples, "swaptally_articles_processed_total")
            letters = _sum(samples, "swaptally_dead_letters_total")
            events = _sum(samples, "swaptally_stage_events_total")
            absorbed = _sum(samples, "swaptally_stage_reports_consumed_total")
            if started is not None and processed + letters >= articles and absorbed >= events:
                seconds, cpu_now = time.monotonic() - started, _cpu(process.process.pid)
                user, system = cpu_now[0] - cpu_at_start[0], cpu_now[1] - cpu_at_start[1]
                break
            time.sleep(0.1 if started is None else 0.5)
        peak = peak_rss_mb(process.process.pid)
        tally = process.get("/tally", timeout=30).content
        reports = int(httpx.Response(200, content=tally).json()["reports"])
        updates = _sum(scrape(process.url), "swaptally_tally_updates_total")
        return PipelineRun(articles, events, letters, seconds, peak, reports, len(tally), updates, user + system, system)
    finally:
        process.stop()
