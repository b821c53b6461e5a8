"""Declare every topic explicitly, with its partitions and configs (never rely on auto-create)."""

import asyncio
from dataclasses import dataclass, field

from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import TopicAlreadyExistsError

from services.kafka.client import aiokafka_kwargs
from services.logs import get_logger
from services.settings import Settings

log = get_logger("kafka.topics")


@dataclass(frozen=True)
class TopicSpec:
    """A topic the pipeline needs, as it must exist on the cluster."""

    name: str
    partitions: int
    configs: dict[str, str] = field(default_factory=dict)


def topic_specs(settings: Settings) -> list[TopicSpec]:
    """Return the topics of ARCHITECTURE.md for these settings."""
    return [
        TopicSpec(settings.articles_topic, settings.articles_partitions),
        TopicSpec(settings.stages_topic, settings.stages_partitions),
        TopicSpec(
            settings.tally_topic,
            1,
            {"cleanup.policy": "compact", "min.cleanable.dirty.ratio": "0.1", "segment.ms": "600000"},
        ),
        TopicSpec(settings.dlq_topic, 1, {"retention.ms": str(30 * 24 * 3600 * 1000)}),
    ]


async def ensure_topics(settings: Settings, *, timeout: float = 30.0) -> list[str]:
    """Create missing topics; return the names created. Existing topics are left as they are."""
    admin = AIOKafkaAdminClient(**aiokafka_kwargs(settings), request_timeout_ms=int(timeout * 1000))
    await admin.start()
    try:
        existing = set(await admin.list_topics())
        missing = [spec for spec in topic_specs(settings) if spec.name not in existing]
        if missing:
            try:
                await admin.create_topics(
                    [
                        NewTopic(
                            name=spec.name,
                            num_partitions=spec.partitions,
                            replication_factor=settings.replication_factor,
                            topic_configs=spec.configs,
                        )
                        for spec in missing
                    ]
                )
            except TopicAlreadyExistsError:
                pass  # another process won the race; the topic is what we need
        for spec in missing:
            log.info("topic created", extra={"topic": spec.name, "partitions": spec.partitions})
        await _wait_for_metadata(admin, {spec.name for spec in missing}, timeout)
        return [spec.name for spec in missing]
    finally:
        await admin.close()


async def _wait_for_metadata(admin: AIOKafkaAdminClient, names: set[str], timeout: float) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while names:
        names -= set(await admin.list_topics())
        if not names or asyncio.get_running_loop().time() > deadline:
            return
        await asyncio.sleep(0.2)
