"""Publish `Article`s to the articles topic: acks=all, idempotent, and patient while the broker is away."""

import asyncio
import time
from dataclasses import dataclass
from types import TracebackType
from typing import Any

from aiokafka import AIOKafkaProducer
from aiokafka.errors import KafkaError, KafkaTimeoutError

from schemas.article import Article
from schemas.codec import encode
from services.broker.ready import quiet_aiokafka
from services.kafka.client import aiokafka_kwargs
from services.logs import get_logger
from services.settings import Settings

log = get_logger("feeder.publisher")

BACKOFF_START = 0.5
BACKOFF_MAX = 5.0
REQUEST_TIMEOUT_MS = 15_000


class PublishError(RuntimeError):
    """An article could not be published; `outage` means Kafka stayed unreachable for the whole retry budget."""

    def __init__(self, message: str, *, outage: bool) -> None:
        super().__init__(message)
        self.outage = outage


@dataclass(frozen=True)
class Published:
    """Where an article landed."""

    article_id: str
    topic: str
    partition: int
    offset: int


def _retriable(exc: BaseException) -> bool:
    if isinstance(exc, KafkaTimeoutError | OSError | asyncio.TimeoutError):
        return True
    return isinstance(exc, KafkaError) and bool(getattr(exc, "retriable", False))


class ArticlePublisher:
    """An async context manager around one idempotent producer that reconnects after broker outages.

    A failed send throws the producer away and builds a new one: a fresh producer id keeps the
    idempotence sequence valid after a broker restart. Resending may duplicate a message, which
    is harmless because consumers deduplicate by `article_id`.
    """

    def __init__(self, settings: Settings, *, retry_timeout: float | None = None) -> None:
        self._settings = settings
        self._retry_timeout = retry_timeout if retry_timeout is not None else settings.publish_retry_timeout
        self._producer: Any = None

    async def __aenter__(self) -> "ArticlePublisher":
        return self  # connects lazily, so an unreachable cluster surfaces as a PublishError per article

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self._discard()

    def _new_producer(self) -> Any:
        return AIOKafkaProducer(
            **aiokafka_kwargs(self._settings),
            acks="all",
            enable_idempotence=True,
            linger_ms=5,
            request_timeout_ms=REQUEST_TIMEOUT_MS,
            retry_backoff_ms=250,
            client_id=f"{self._settings.app_id}-feeder",
        )

    async def _discard(self) -> None:
        producer, self._producer = self._producer, None
        if producer is not None:
            try:
                await producer.stop()
            except (KafkaError, OSError) as exc:
                log.debug("producer stop failed", extra={"error": str(exc)})

    async def _connect(self, deadline: float) -> None:
        backoff = BACKOFF_START
        while True:
            producer = self._new_producer()
            try:
                with quiet_aiokafka():
                    await producer.start()
                self._producer = producer
                return
            except Exception as exc:
                await producer.stop()
                if not _retriable(exc) or time.monotonic() + backoff > deadline:
                    raise PublishError(
                        f"cannot reach Kafka at {self._settings.kafka_bootstrap}: {exc!r}", outage=_retriable(exc)
                    ) from exc
                log.warning("Kafka unreachable; retrying", extra={"error": str(exc), "retry_in_s": backoff})
                await asyncio.sleep(backoff)
                backoff = min(backoff * 2, BACKOFF_MAX)

    async def publish(self, article: Article) -> Published:
        """Send one article keyed by its id and wait for all in-sync replicas to have it."""
        topic = self._settings.articles_topic
        deadline = time.monotonic() + self._retry_timeout
        backoff = BACKOFF_START
        while True:
            if self._producer is None:
                await self._connect(deadline)
            try:
                meta = await self._producer.send_and_wait(
                    topic, value=encode(article), key=article.article_id.encode("ascii")
                )
                return Published(article.article_id, topic, meta.partition, meta.offset)
            except Exception as exc:
                if not _retriable(exc) or time.monotonic() + backoff > deadline:
                    raise PublishError(
                        f"publishing {article.source} to {topic} failed: {exc!r}", outage=_retriable(exc)
                    ) from exc
                log.warning(
                    "publish failed; reconnecting",
                    extra={"source": article.source, "error": repr(exc), "retry_in_s": backoff},
                )
                await self._discard()
                await asyncio.sleep(backoff)
                backoff = min(backoff * 2, BACKOFF_MAX)
