"""`swaptally stages [--follow] [--json] [--from-beginning]`: print ExchangeStage events from Kafka.

Without `--follow` it prints what the topic holds now, from the beginning, and exits.
With `--follow` it waits for new events (from the end, or from the start with `--from-beginning`).
It uses a plain consumer with manual assignment: no consumer group, so it never takes
partitions from a running aggregator.
"""

import argparse
import asyncio
import sys
from collections.abc import Callable

from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.errors import KafkaError

from schemas.codec import CodecError, decode_stage
from schemas.stage import ExchangeStage, SideFigures
from services.kafka.client import aiokafka_kwargs
from services.settings import Settings, get_settings


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Register the output and position flags."""
    parser.add_argument("--follow", "-f", action="store_true", help="keep waiting for new events")
    parser.add_argument("--json", action="store_true", help="print each event as the raw JSON line from the topic")
    parser.add_argument("--from-beginning", action="store_true", help="with --follow, start at the oldest event")


def format_side(name: str, figures: SideFigures) -> str:
    """Render one side's figures, e.g. 'ukraine ~390 (270 military, 120 civilian) [kyiv]'."""
    if figures.is_empty():
        return f"{name} -"
    hedge = "~" if figures.approximate else ""
    total = f"{hedge}{figures.total}" if figures.total is not None else "?"
    parts = [f"{value} {label}" for label, value in (("military", figures.military), ("civilian", figures.civilian))
             if value is not None]
    detail = f" ({', '.join(parts)})" if parts else ""
    return f"{name} {total}{detail} [{figures.authority.value}]"


def format_stage(stage: ExchangeStage) -> str:
    """Render an event as a few readable lines: what, when, how many per side, who said so and why."""
    number = f" #{stage.stage_number}" if stage.stage_number is not None else ""
    headline = (
        f"{stage.stage_date.isoformat()}  {stage.kind.value}{number}  "
        f"{format_side('ukraine', stage.sides.ukraine)}  |  {format_side('russia', stage.sides.russia)}"
    )
    if stage.combined_total is not None:
        headline += f"  |  both sides together {stage.combined_total}"
    published = stage.published.isoformat() if stage.published else "undated"
    lines = [headline, f"    source {stage.source} ({published}), confidence {stage.confidence:.2f}"]
    lines += [f'    evidence "{evidence.text}"' for evidence in stage.evidence]
    return "\n".join(lines)


async def topic_partitions(settings: Settings, topic: str) -> list[TopicPartition]:
    """Return the partitions of `topic`, or raise LookupError if the cluster does not have it."""
    admin = AIOKafkaAdminClient(**aiokafka_kwargs(settings))
    await admin.start()
    try:
        described = await admin.describe_topics([topic])
    finally:
        await admin.close()
    found = [t for t in described if t.get("topic") == topic and t.get("error_code") == 0]
    if not found or not found[0].get("partitions"):
        raise LookupError(f"topic {topic!r} does not exist; start the broker (`swaptally broker start`) first")
    return [TopicPartition(topic, p["partition"]) for p in sorted(found[0]["partitions"], key=lambda p: p["partition"])]


async def _behind(consumer: AIOKafkaConsumer, ends: dict[TopicPartition, int]) -> bool:
    for partition, end in ends.items():
        if await consumer.position(partition) < end:
            return True
    return False


async def consume_stages(
    settings: Settings, *, follow: bool, from_beginning: bool, emit: Callable[[bytes], None]
) -> int:
    """Pass every stage message value to `emit`; return how many were read."""
    partitions = await topic_partitions(settings, settings.stages_topic)
    consumer = AIOKafkaConsumer(**aiokafka_kwargs(settings), group_id=None, enable_auto_commit=False)
    await consumer.start()
    try:
        consumer.assign(partitions)
        if from_beginning or not follow:
            await consumer.seek_to_beginning(*partitions)
        else:
            await consumer.seek_to_end(*partitions)
        ends = {} if follow else await consumer.end_offsets(partitions)
        count = 0
        while follow or await _behind(consumer, ends):
            batches = await consumer.getmany(timeout_ms=1000)
            for records in batches.values():
                for record in records:
                    emit(record.value or b"")
                    count += 1
        return count
    finally:
        await consumer.stop()


def _printer(as_json: bool) -> Callable[[bytes], None]:
    def emit(value: bytes) -> None:
        if as_json:
            print(value.decode("utf-8", errors="replace"), flush=True)
            return
        try:
            print(format_stage(decode_stage(value)) + "\n", flush=True)
        except CodecError as exc:
            print(f"(undecodable stage event: {exc})", file=sys.stderr, flush=True)

    return emit


def run(args: argparse.Namespace) -> int:
    """Print the events; exit 1 if the topic cannot be read."""
    settings = get_settings()
    try:
        count = asyncio.run(
            consume_stages(settings, follow=args.follow, from_beginning=args.from_beginning, emit=_printer(args.json))
        )
    except (LookupError, KafkaError) as exc:
        print(f"stages: {exc}", file=sys.stderr)
        return 1
    if not args.json:
        print(f"{count} stage event(s) on {settings.stages_topic}", file=sys.stderr)
    return 0
