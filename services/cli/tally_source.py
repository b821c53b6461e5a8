"""Read the latest `Tally` of a conflict from the compacted `exchange-tally` topic.

A plain consumer with manual assignment (no consumer group, nothing
committed) looks at the last few records of each partition and keeps the
newest one keyed by the conflict: after compaction that is the current tally.
"""

import asyncio

from aiokafka import AIOKafkaConsumer, ConsumerRecord, TopicPartition

from services.cli.stages_cmd import topic_partitions
from services.kafka.client import aiokafka_kwargs
from services.settings import Settings

LOOKBACK = 50  # records per partition; other conflicts' tallies may sit after ours


class TallyUnavailable(RuntimeError):
    """The broker or the tally topic cannot be read; the message says what to do."""


async def _partitions(settings: Settings, topic: str) -> list[TopicPartition]:
    try:
        return await topic_partitions(settings, topic)
    except LookupError as exc:
        message = f"topic {topic!r} does not exist yet; start a worker (`swaptally worker`) first"
        raise TallyUnavailable(message) from exc


async def _latest_record(
    consumer: AIOKafkaConsumer, partitions: list[TopicPartition], key: bytes
) -> ConsumerRecord | None:
    consumer.assign(partitions)
    begins = await consumer.beginning_offsets(partitions)
    ends = await consumer.end_offsets(partitions)
    pending = {tp for tp in partitions if ends[tp] > begins[tp]}
    for tp in pending:
        consumer.seek(tp, max(begins[tp], ends[tp] - LOOKBACK))
    latest: ConsumerRecord | None = None
    while pending:
        batches = await consumer.getmany(*pending, timeout_ms=500)
        for records in batches.values():
            for record in records:
                if record.key == key and (latest is None or record.timestamp >= latest.timestamp):
                    latest = record
        for tp in list(pending):
            if await consumer.position(tp) >= ends[tp]:
                pending.discard(tp)
    return latest


async def _read(settings: Settings, conflict: str) -> bytes | None:
    partitions = await _partitions(settings, settings.tally_topic)
    consumer = AIOKafkaConsumer(**aiokafka_kwargs(settings), group_id=None, enable_auto_commit=False)
    try:
        await consumer.start()
        record = await _latest_record(consumer, partitions, conflict.encode())
        return None if record is None else record.value
    finally:
        await consumer.stop()


async def fetch_latest_tally(settings: Settings, conflict: str, timeout: float) -> bytes | None:
    """Return the newest tally record value for `conflict`, None if there is none yet.

    Raises `TallyUnavailable` when the broker cannot be reached within `timeout` seconds.
    """
    try:
        return await asyncio.wait_for(_read(settings, conflict), timeout)
    except TallyUnavailable:
        raise
    except TimeoutError as exc:
        raise TallyUnavailable(
            f"no answer from Kafka at {settings.kafka_bootstrap} within {timeout:g} s; "
            "is the broker running (`swaptally broker status`)?"
        ) from exc
    except Exception as exc:  # aiokafka raises KafkaConnectionError, KafkaError or OSError
        raise TallyUnavailable(
            f"cannot read {settings.tally_topic!r} from Kafka at {settings.kafka_bootstrap}: {exc}; "
            "is the broker running (`swaptally broker status`)?"
        ) from exc
