"""The extractor agent: decode an article, call the pure extractor, publish its stages."""

import time
from typing import Any

from schemas import CodecError, FailureStage, decode_article, encode
from services.extractor.extract import Extraction, analyse
from services.kafka.app import AppContext
from services.kafka.dead_letters import build_dead_letter, send_dead_letter
from services.logs import get_logger

log = get_logger("extractor")


async def process_article_message(context: AppContext, key: bytes | None, value: bytes | None, message: Any) -> int:
    """Handle one `articles` message; return the number of stage events sent (0 when dead-lettered)."""
    metrics = context.metrics
    metrics.articles_consumed.inc()
    try:
        article = decode_article(value, max_bytes=context.settings.max_article_bytes)
    except CodecError as exc:
        stage = FailureStage.DECODE if exc.reason in {"empty", "too_large", "not_utf8", "malformed_json"} else (
            FailureStage.VALIDATE
        )
        await _dead_letter(context, exc.reason, exc.detail, stage, key, value, message)
        return 0
    started = time.perf_counter()
    try:
        extraction: Extraction = analyse(article)
    except Exception as exc:  # the extractor promises not to raise; a bug must still not stop the worker
        log.exception("extractor raised", extra={"article_id": article.article_id})
        await _dead_letter(context, "extractor_error", repr(exc), FailureStage.EXTRACT, key, value, message)
        return 0
    finally:
        metrics.extraction_seconds.observe(time.perf_counter() - started)
    if extraction.rejection is not None:
        rejection = extraction.rejection
        await _dead_letter(context, rejection.reason, rejection.detail, FailureStage.EXTRACT, key, value, message)
        return 0
    metrics.articles_processed.inc()
    if not extraction.stages:
        metrics.articles_without_stage.inc()
    for stage_event in extraction.stages:
        await context.topics.stage_publisher.send(key=stage_event.conflict.encode(), value=encode(stage_event))
        metrics.stage_events.labels(kind=stage_event.kind.value).inc()
    log.debug(
        "article extracted",
        extra={"article_id": article.article_id, "source": article.source, "stages": len(extraction.stages)},
    )
    return len(extraction.stages)


async def _dead_letter(
    context: AppContext,
    reason: str,
    detail: str,
    stage: FailureStage,
    key: bytes | None,
    value: bytes | None,
    message: Any,
) -> None:
    letter = build_dead_letter(
        reason=reason,
        detail=detail,
        stage=stage,
        topic=context.settings.articles_topic,
        key=key,
        value=value,
        partition=getattr(message, "partition", None),
        offset=getattr(message, "offset", None),
    )
    await send_dead_letter(context.topics.dlq, letter, key)
    context.metrics.dead_letters.labels(reason=reason).inc()
    log.warning("article dead-lettered", extra={"reason": reason, "detail": detail[:300], "offset": letter.offset})


def register_extractor(context: AppContext) -> None:
    """Attach the extractor agent to the app; it scales out with the partitions of `articles`."""

    # A plain coroutine, not a generator: nothing to reply, and faust's per-yield bookkeeping is not free.
    @context.app.agent(context.topics.articles, name="extractor")
    async def extract_articles(stream: Any) -> None:
        async for event in stream.events():
            await process_article_message(context, event.key, event.value, event.message)
