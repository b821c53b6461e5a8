"""`swaptally stages` reads the stage topic with a plain consumer: readable lines, raw JSON, or following."""

import subprocess
import sys
from datetime import UTC, date, datetime

from aiokafka import AIOKafkaProducer

from schemas import Evidence, ExchangeStage, SideFigures, Sides, StageKind, encode
from services.kafka.client import aiokafka_kwargs
from services.settings import PROJECT_ROOT, Settings
from tests.integration.cli_helpers import cli_env, run_cli


def stage(number: int) -> ExchangeStage:
    return ExchangeStage(
        event_id=f"{number:064x}",
        article_id="a" * 64,
        source=f"outlet-{number}.txt",
        published=date(2025, 5, 24),
        received_at=datetime(2025, 5, 24, 8, 0, tzinfo=UTC),
        kind=StageKind.STAGE,
        stage_date=date(2025, 5, 23),
        stage_number=number,
        sides=Sides(ukraine=SideFigures(total=390), russia=SideFigures(total=390)),
        evidence=[Evidence(text="Each side received 390 people.", start=0, end=30)],
        confidence=0.9,
        extractor_version="test",
    )


async def publish(settings: Settings, *stages: ExchangeStage) -> None:
    producer = AIOKafkaProducer(**aiokafka_kwargs(settings), acks="all")
    await producer.start()
    try:
        for item in stages:
            await producer.send_and_wait(settings.stages_topic, encode(item), key=item.conflict.encode())
    finally:
        await producer.stop()


async def test_stages_prints_every_event_readably_then_exits(settings: Settings) -> None:
    await publish(settings, stage(1), stage(2))
    result = run_cli(settings, "stages", timeout=60)
    assert result.returncode == 0, result.stderr
    assert "2025-05-23  stage #1  ukraine 390 [press]  |  russia 390 [press]" in result.stdout
    assert "source outlet-2.txt (2025-05-24)" in result.stdout
    assert 'evidence "Each side received 390 people."' in result.stdout
    assert "2 stage event(s)" in result.stderr


async def test_stages_json_prints_the_raw_messages(settings: Settings) -> None:
    await publish(settings, stage(3))
    result = run_cli(settings, "stages", "--json", timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [encode(stage(3)).decode()]


async def test_stages_follow_prints_events_as_they_arrive(settings: Settings) -> None:
    follower = subprocess.Popen(
        [sys.executable, "-m", "services", "stages", "--follow", "--json", "--from-beginning"],
        env=cli_env(settings), cwd=PROJECT_ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        await publish(settings, stage(4))
        assert follower.stdout is not None
        line = await __import__("asyncio").to_thread(follower.stdout.readline)
        assert line.strip() == encode(stage(4)).decode()
        assert follower.poll() is None, "--follow must keep running"
    finally:
        follower.terminate()
        follower.wait(timeout=20)


def test_stages_on_a_missing_topic_says_so(settings: Settings) -> None:
    missing = settings.model_copy(update={"topic_prefix": "never-created-"})
    result = run_cli(missing, "stages", timeout=60)
    assert result.returncode == 1
    assert "never-created-exchange-stages" in result.stderr
