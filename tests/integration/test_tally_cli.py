"""`swaptally tally` reads the newest tally of its conflict from the compacted tally topic."""

import argparse
import asyncio

import pytest
from aiokafka import AIOKafkaProducer

from schemas import Tally, encode
from services.aggregator.reconcile import reconcile
from services.cli import tally_cmd
from services.cli.tally_source import fetch_latest_tally
from services.kafka.client import aiokafka_kwargs
from services.settings import Settings
from tests.integration.cli_helpers import run_cli
from tests.unit.aggregator.seed_reports import seed_reports


async def publish(settings: Settings, *tallies: Tally) -> None:
    producer = AIOKafkaProducer(**aiokafka_kwargs(settings), acks="all")
    await producer.start()
    try:
        for tally in tallies:
            await producer.send_and_wait(settings.tally_topic, encode(tally), key=tally.conflict.encode())
    finally:
        await producer.stop()


def tallies() -> tuple[Tally, Tally, Tally]:
    reports = seed_reports()
    older = reconcile(reports[:5])
    newer = reconcile(reports)
    other = reconcile([r.model_copy(update={"conflict": "elsewhere"}) for r in reports[:2]], "elsewhere")
    return older, newer, other


async def test_the_newest_record_of_the_conflict_wins(settings: Settings) -> None:
    older, newer, other = tallies()
    await publish(settings, older, newer, other)
    assert await fetch_latest_tally(settings, "russia-ukraine", 30) == encode(newer)
    assert await fetch_latest_tally(settings, "elsewhere", 30) == encode(other)
    assert await fetch_latest_tally(settings, "nowhere", 30) is None


async def test_tally_command_prints_the_record_bytes(
    settings: Settings, monkeypatch: pytest.MonkeyPatch, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    older, newer, _ = tallies()
    await publish(settings, older, newer)
    monkeypatch.setattr(tally_cmd, "get_settings", lambda: settings)
    parser = argparse.ArgumentParser()
    tally_cmd.add_arguments(parser)
    code = await asyncio.to_thread(tally_cmd.run, parser.parse_args(["--json"]))
    assert code == 0
    assert capsysbinary.readouterr().out == encode(newer) + b"\n"


async def test_tally_cli_prints_json_and_tables(settings: Settings) -> None:
    older, newer, _ = tallies()
    await publish(settings, older, newer)
    as_json = run_cli(settings, "tally", "--json", timeout=60)
    assert as_json.returncode == 0, as_json.stderr
    assert as_json.stdout == encode(newer).decode() + "\n"
    readable = run_cli(settings, "tally", timeout=60)
    assert readable.returncode == 0, readable.stderr
    assert "agreed 1,000 per side" in readable.stdout and "697" in readable.stdout


def test_tally_cli_without_a_tally_says_so(settings: Settings) -> None:
    result = run_cli(settings, "tally", timeout=60)
    assert result.returncode == 1
    assert "no tally for 'russia-ukraine'" in result.stderr
