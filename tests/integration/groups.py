"""Read a consumer group's partition assignment from the broker, as `kafka-consumer-groups --describe` does."""

from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.coordinator.protocol import ConsumerProtocolMemberAssignment

from services.kafka.client import aiokafka_kwargs
from services.settings import Settings


async def group_assignment(settings: Settings, group_id: str, topic: str) -> tuple[str, dict[str, set[int]]]:
    """Return the group's state and, per member id, the partitions of `topic` assigned to it."""
    admin = AIOKafkaAdminClient(**aiokafka_kwargs(settings), request_timeout_ms=10_000)
    await admin.start()
    try:
        (response,) = await admin.describe_consumer_groups([group_id])
    finally:
        await admin.close()
    (group,) = response.groups
    _error, _name, state, _protocol_type, _protocol, members = group[:6]
    owners: dict[str, set[int]] = {}
    for member in members:
        member_id, raw_assignment = member[0], member[-1]
        partitions: set[int] = set()
        if raw_assignment:
            assignment = ConsumerProtocolMemberAssignment.decode(raw_assignment)
            partitions = {p for name, parts in assignment.assignment if name == topic for p in parts}
        owners[member_id] = partitions
    return state, owners


async def committed_offsets(settings: Settings, group_id: str, topic: str) -> dict[int, int]:
    """Return the offsets the group has committed on each partition of `topic` (absent: none yet)."""
    admin = AIOKafkaAdminClient(**aiokafka_kwargs(settings), request_timeout_ms=10_000)
    await admin.start()
    try:
        offsets = await admin.list_consumer_group_offsets(group_id)
    finally:
        await admin.close()
    return {tp.partition: meta.offset for tp, meta in offsets.items() if tp.topic == topic and meta.offset >= 0}
