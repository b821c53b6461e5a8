"""Replay article files into Kafka: load and validate them all, then publish each at its paced time."""

import asyncio
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

from schemas.article import Article
from services.feeder.files import FeedError, article_from_text, decode_bytes, discover, read_article
from services.feeder.metrics import FeederMetrics
from services.feeder.pacing import Pacing, delays
from services.feeder.publisher import ArticlePublisher, Published, PublishError
from services.logs import get_logger
from services.settings import Settings

log = get_logger("feeder.replay")

STDIN = "-"


@dataclass
class ReplaySummary:
    """The outcome of one replay; `published_ids` keeps publishing order."""

    published: int = 0
    skipped: int = 0
    failed: int = 0
    seconds: float = 0.0
    published_ids: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when nothing was skipped or failed."""
        return self.skipped == 0 and self.failed == 0


class ReplayObserver(Protocol):
    """Receives progress events, so the output layer (progress bar or plain lines) stays out of here."""

    def started(self, total: int, pacing: Pacing) -> None: ...
    def skipped(self, error: FeedError) -> None: ...
    def published(self, article: Article, where: Published) -> None: ...
    def failed(self, source: str, error: PublishError) -> None: ...
    def finished(self, summary: ReplaySummary) -> None: ...


@dataclass(frozen=True)
class Loaded:
    """Articles ready to publish (unique by id, in input order) and the inputs that were refused."""

    articles: list[Article]
    errors: list[FeedError]


def load(inputs: Sequence[str], settings: Settings) -> Loaded:
    """Read every input (files, folders, or `-` for one article on stdin) into validated articles."""
    articles: list[Article] = []
    errors: list[FeedError] = []
    first_source: dict[str, str] = {}
    candidates: list[Article] = []
    if STDIN in inputs:
        try:
            text = decode_bytes(sys.stdin.buffer.read(), "stdin", max_bytes=settings.max_article_bytes)
            candidates.append(article_from_text(text, "stdin"))
        except FeedError as exc:
            errors.append(exc)
    found = discover(Path(item) for item in inputs if item != STDIN)
    errors.extend(found.errors + found.ignored)
    for path in found.files:
        try:
            candidates.append(read_article(path, max_bytes=settings.max_article_bytes))
        except FeedError as exc:
            errors.append(exc)
    for article in candidates:
        if article.article_id in first_source:
            first = first_source[article.article_id]
            errors.append(FeedError(article.source, "duplicate", f"has the same text as {first}; sent once"))
            continue
        first_source[article.article_id] = article.source
        articles.append(article)
    return Loaded(articles, errors)


async def publish_all(
    loaded: Loaded,
    settings: Settings,
    pacing: Pacing,
    observer: ReplayObserver,
    metrics: FeederMetrics | None = None,
) -> ReplaySummary:
    """Publish the loaded articles with the chosen pacing; an outage that outlasts the retry budget ends it."""
    metrics = metrics or FeederMetrics()
    summary = ReplaySummary()
    started = time.monotonic()
    observer.started(len(loaded.articles), pacing)
    for error in loaded.errors:
        summary.skipped += 1
        metrics.skipped.labels(error.reason).inc()
        log.warning("input skipped", extra={"source": error.source, "reason": error.reason, "detail": error.detail})
        observer.skipped(error)
    waits = delays(pacing, [article.published for article in loaded.articles])
    async with ArticlePublisher(settings) as publisher:
        for index, (article, wait) in enumerate(zip(loaded.articles, waits, strict=True)):
            if wait > 0:
                await asyncio.sleep(wait)
            stamped = article.model_copy(update={"received_at": datetime.now(UTC)})
            try:
                where = await publisher.publish(stamped)
            except PublishError as exc:
                remaining = loaded.articles[index:] if exc.outage else [article]
                for lost in remaining:
                    summary.failed += 1
                    metrics.failed.inc()
                    observer.failed(lost.source, exc)
                log.error("publish failed", extra={"source": article.source, "error": str(exc)})
                if exc.outage:
                    break
                continue
            summary.published += 1
            summary.published_ids.append(article.article_id)
            metrics.published.inc()
            observer.published(stamped, where)
    summary.seconds = round(time.monotonic() - started, 3)
    observer.finished(summary)
    return summary


async def replay(
    inputs: Sequence[str],
    settings: Settings,
    pacing: Pacing,
    observer: ReplayObserver,
    metrics: FeederMetrics | None = None,
) -> ReplaySummary:
    """Load `inputs` and publish them; the one call behind `swaptally replay`."""
    return await publish_all(load(inputs, settings), settings, pacing, observer, metrics)
