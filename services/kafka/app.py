"""Build the faust app: topics, agents for the chosen role, web views and sensors."""

import asyncio
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

import faust
from prometheus_client import CollectorRegistry

from services.kafka.client import faust_broker_url, faust_credentials
from services.kafka.publisher import DirectPublisher, direct_publisher
from services.kafka.transport import Transport
from services.observability.metrics import DomainMetrics
from services.settings import Settings


class Role(StrEnum):
    """Which agents a worker process runs."""

    ALL = "all"
    EXTRACTOR = "extractor"
    AGGREGATOR = "aggregator"


@dataclass(frozen=True)
class AppTopics:
    """The faust handles of the pipeline's topics (raw bytes; `schemas.codec` is the boundary)."""

    articles: Any
    stages: Any
    tally: Any
    dlq: Any
    stage_publisher: DirectPublisher  # the extractor's hot path to `stages` (see services.kafka.publisher)


@dataclass(frozen=True)
class AppContext:
    """Everything an agent needs, passed explicitly instead of read from globals."""

    app: faust.App
    settings: Settings
    topics: AppTopics
    metrics: DomainMetrics
    registry: CollectorRegistry
    role: Role


def declare_topics(app: faust.App, settings: Settings) -> AppTopics:
    """Declare the four topics on `app` (raw bytes in and out: the codec in `schemas` is the one boundary)."""

    def raw_topic(name: str, partitions: int) -> Any:
        return app.topic(
            name,
            key_type=bytes,
            value_type=bytes,
            key_serializer="raw",
            value_serializer="raw",
            partitions=partitions,
            internal=False,
        )

    stages = raw_topic(settings.stages_topic, settings.stages_partitions)
    return AppTopics(
        articles=raw_topic(settings.articles_topic, settings.articles_partitions),
        stages=stages,
        tally=raw_topic(settings.tally_topic, 1),
        dlq=raw_topic(settings.dlq_topic, 1),
        stage_publisher=direct_publisher(app, stages),
    )


# An extractor-only worker batches its stage events for this long: with no linger each one costs a produce
# request (a socket write that wakes the broker). A two-worker pipeline absorbed 29-35 % more articles per
# second with 5 ms than with none, and 5-13 % more again with 10 ms, which also lowers the aggregator's CPU per
# article (fewer, larger batches reach it); bench/RESULTS.md. The tally's worker keeps 0: its sends are few
# and on the clock.
EXTRACTOR_LINGER_MS = 10


def producer_linger_ms(settings: Settings, role: Role) -> int:
    """The producer linger of a worker of `role`: the setting, else the role's measured default."""
    if settings.producer_linger_ms is not None:
        return settings.producer_linger_ms
    return EXTRACTOR_LINGER_MS if role is Role.EXTRACTOR else 0


def create_faust_app(settings: Settings, role: Role) -> faust.App:
    """Return a configured faust App with no agents yet."""
    # Each role is its own consumer group, so extractors can scale out beside one aggregator.
    app_id = settings.app_id if role is Role.ALL else f"{settings.app_id}-{role.value}"
    app = faust.App(
        app_id,
        broker=faust_broker_url(settings),
        broker_credentials=faust_credentials(settings),
        store=settings.table_store if role is not Role.EXTRACTOR else "memory://",
        datadir=str(settings.state_dir / "faust" / f"{app_id}-{settings.web_port}"),
        autodiscover=False,
        key_serializer="raw",
        value_serializer="raw",
        web_enabled=True,
        web_host=settings.web_host,
        web_bind=settings.web_host,
        web_port=settings.web_port,
        topic_partitions=settings.stages_partitions,
        topic_replication_factor=settings.replication_factor,
        topic_allow_declare=True,
        broker_session_timeout=settings.session_timeout,
        broker_heartbeat_interval=settings.heartbeat_interval,
        consumer_auto_offset_reset="earliest",
        processing_guarantee="at_least_once",
        producer_acks=-1,
        producer_linger_ms=producer_linger_ms(settings, role),
        broker_max_poll_records=settings.max_poll_records,
        stream_buffer_maxsize=settings.stream_buffer_maxsize,
        broker_commit_interval=settings.commit_interval,
        table_standby_replicas=0,
    )
    app.transport = Transport(app.conf.broker_consumer, app, fetch_max_wait_ms=settings.fetch_max_wait_ms)
    return app


def install_event_loop(settings: Settings) -> None:
    """Make the next event loop a uvloop one when configured (call before the faust Worker starts)."""
    if settings.event_loop == "uvloop":
        import uvloop

        asyncio.set_event_loop_policy(uvloop.EventLoopPolicy())


def build_app(settings: Settings, role: Role = Role.ALL, registry: CollectorRegistry | None = None) -> AppContext:
    """Create the app and register the agents, views and sensors for `role`."""
    from services.aggregator.agent import register_aggregator
    from services.extractor.agent import register_extractor
    from services.observability.wiring import register_observability

    app = create_faust_app(settings, role)
    registry = registry if registry is not None else CollectorRegistry()
    context = AppContext(
        app=app,
        settings=settings,
        topics=declare_topics(app, settings),
        metrics=DomainMetrics(registry),
        registry=registry,
        role=role,
    )
    if role in (Role.ALL, Role.EXTRACTOR):
        register_extractor(context)
    if role in (Role.ALL, Role.AGGREGATOR):
        register_aggregator(context)
    register_observability(context)
    if settings.freeze_heap:
        register_heap_freeze(app)
    return context


def register_heap_freeze(app: faust.App) -> None:
    """Freeze the heap once the worker has started, when what exists now lives as long as the process."""
    from services.kafka.heap import freeze_long_lived

    async def freeze_after_start() -> None:
        freeze_long_lived("worker started")

    app.task(freeze_after_start)
