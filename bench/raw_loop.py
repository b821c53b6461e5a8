"""The baseline: the fastest plain aiokafka loop doing the extractor's work (no faust, no aggregation).

Consume `articles` with its own group, decode, `analyse` (the same pure extractor), produce the same
stage events (and the same dead letters) to separate topics, commit after each batch is acknowledged.
Run as a subprocess by `bench.throughput` (settings from SWAPTALLY_* variables); prints one JSON line.
"""

import argparse
import asyncio
import sys
import time

import orjson
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

from schemas import CodecError, FailureStage, decode_article, encode
from services.extractor.extract import analyse
from services.kafka.client import aiokafka_kwargs
from services.kafka.dead_letters import build_dead_letter, dead_letter_headers
from services.settings import Settings


def _dead_letter(settings: Settings, reason: str, detail: str, key: bytes | None, value: bytes | None,
                 stage: FailureStage) -> tuple[bytes, dict[str, bytes]]:
    letter = build_dead_letter(reason=reason, detail=detail, stage=stage, topic=settings.articles_topic,
                               key=key, value=value)
    return encode(letter), dead_letter_headers(letter)


async def run(settings: Settings, out_topic: str, dlq_topic: str, expect: int) -> dict[str, float]:
    consumer = AIOKafkaConsumer(settings.articles_topic, **aiokafka_kwargs(settings), group_id=f"{settings.app_id}-raw",
                                enable_auto_commit=False, auto_offset_reset="earliest", max_poll_records=500)
    producer = AIOKafkaProducer(**aiokafka_kwargs(settings), acks="all", linger_ms=5)
    await consumer.start()
    await producer.start()
    consumed = produced = letters = 0
    first = cpu_first = 0.0
    try:
        while consumed < expect:
            batches = await consumer.getmany(timeout_ms=200, max_records=500)
            if not batches:
                continue
            if not first:
                first, cpu_first = time.time(), time.process_time()
            pending = []
            for records in batches.values():
                for record in records:
                    consumed += 1
                    try:
                        extraction = analyse(decode_article(record.value, max_bytes=settings.max_article_bytes))
                    except CodecError as exc:
                        value, headers = _dead_letter(settings, exc.reason, exc.detail, record.key, record.value,
                                                      FailureStage.DECODE)
                        pending.append(await producer.send(dlq_topic, value=value, key=record.key,
                                                           headers=list(headers.items())))
                        letters += 1
                        continue
                    if extraction.rejection is not None:
                        value, headers = _dead_letter(settings, extraction.rejection.reason,
                                                      extraction.rejection.detail, record.key, record.value,
                                                      FailureStage.EXTRACT)
                        pending.append(await producer.send(dlq_topic, value=value, key=record.key,
                                                           headers=list(headers.items())))
                        letters += 1
                    for event in extraction.stages:
                        pending.append(await producer.send(out_topic, key=event.conflict.encode(), value=encode(event)))
                        produced += 1
            await asyncio.gather(*pending)
            await consumer.commit()
        last, cpu = time.time(), time.process_time() - cpu_first
    finally:
        await producer.stop()
        await consumer.stop()
    return {
        "first": first, "last": last, "cpu": cpu, "consumed": consumed, "produced": produced, "dead_letters": letters
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out-topic", required=True)
    parser.add_argument("--dlq-topic", required=True)
    parser.add_argument("--expect", type=int, required=True)
    args = parser.parse_args()
    result = asyncio.run(run(Settings(), args.out_topic, args.dlq_topic, args.expect))
    sys.stdout.write(orjson.dumps(result).decode() + "\n")


if __name__ == "__main__":
    main()
