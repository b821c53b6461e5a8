"""Change a test topic's configuration on the broker (e.g. to let messages over Kafka's 1 MB default in)."""

from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.admin.config_resource import ConfigResource, ConfigResourceType

from services.kafka.client import aiokafka_kwargs
from services.settings import Settings


async def raise_message_limit(settings: Settings, topic: str, max_bytes: int) -> None:
    """Set the topic's `max.message.bytes`, so the broker accepts records up to `max_bytes`."""
    admin = AIOKafkaAdminClient(**aiokafka_kwargs(settings), request_timeout_ms=10_000)
    await admin.start()
    try:
        responses = await admin.alter_configs(
            [ConfigResource(ConfigResourceType.TOPIC, topic, configs={"max.message.bytes": str(max_bytes)})]
        )
    finally:
        await admin.close()
    errors = [resource for response in responses for resource in response.resources if resource[0] != 0]
    assert errors == [], f"altering {topic} failed: {errors}"
