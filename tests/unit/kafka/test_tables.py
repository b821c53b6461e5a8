"""DeliveredTable: the aggregator acknowledges offsets only once the Table's changelog writes are on the broker.

faust's send of a changelog record is replaced by a stub that hands out futures the test resolves,
as the broker's acknowledgements would.
"""

import asyncio
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import faust
import pytest

from services.kafka.app import Role, create_faust_app
from services.kafka.tables import DeliveredTable, add_delivered_table
from services.settings import Settings


class Sent(asyncio.Future[Any]):
    """Stands for faust's FutureMessage: resolved when the broker acknowledges the record."""

    message = SimpleNamespace(partition=0)


@pytest.fixture
def table(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[DeliveredTable, list[Sent]]]:
    app = create_faust_app(Settings(state_dir=tmp_path, table_store="memory://"), Role.ALL)
    sent: list[Sent] = []

    def send_changelog(self: Any, *args: Any, **kwargs: Any) -> Sent:
        future = Sent()
        sent.append(future)
        return future

    monkeypatch.setattr(faust.Table, "send_changelog", send_changelog)
    yield add_delivered_table(app, "reports", default=None, partitions=3, key_type=bytes, value_type=bytes), sent


async def settle() -> None:
    for _ in range(5):
        await asyncio.sleep(0)


def test_it_is_registered_like_app_table(table: tuple[DeliveredTable, list[Sent]]) -> None:
    delivered, _ = table
    assert delivered.app.tables["reports"] is delivered
    assert delivered.partitions == 3


async def test_a_table_write_is_waited_for(table: tuple[DeliveredTable, list[Sent]]) -> None:
    delivered, sent = table
    delivered.send_changelog(0, b"k1", b"v1")
    delivered.send_changelog(1, b"k2", b"v2")
    assert delivered.undelivered == 2
    waiting = asyncio.ensure_future(delivered.delivery())
    await settle()
    assert not waiting.done(), "no changelog record is acknowledged yet"
    sent[0].set_result(None)
    await settle()
    assert not waiting.done(), "one changelog record is still unacknowledged"
    sent[1].set_result(None)
    await asyncio.wait_for(waiting, 1.0)
    assert delivered.undelivered == 0


async def test_setting_a_key_goes_through_the_waited_send(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """faust's Table.__setitem__ calls send_changelog on the table itself, so every write is kept."""
    app = create_faust_app(Settings(state_dir=tmp_path, table_store="memory://"), Role.ALL)
    monkeypatch.setattr(faust.Table, "send_changelog", lambda self, *args, **kwargs: Sent())
    delivered = add_delivered_table(app, "reports", default=None, key_type=bytes, value_type=bytes)
    delivered.use_partitioner = True  # no current stream event needed to pick the partition
    delivered[b"key"] = b"value"
    assert delivered.undelivered == 1


async def test_a_failed_send_is_raised(table: tuple[DeliveredTable, list[Sent]]) -> None:
    delivered, sent = table
    delivered.send_changelog(0, b"k", b"v")
    sent[0].set_exception(RuntimeError("broker refused the record"))
    with pytest.raises(RuntimeError, match="refused"):
        await delivered.delivery()


async def test_only_the_records_sent_since_the_last_wait_are_waited_for(
    table: tuple[DeliveredTable, list[Sent]],
) -> None:
    delivered, sent = table
    delivered.send_changelog(0, b"k1", b"v1")
    sent[0].set_result(None)
    await delivered.delivery()
    delivered.send_changelog(0, b"k2", b"v2")
    assert delivered.undelivered == 1
    waiting = asyncio.ensure_future(delivered.delivery())
    await settle()
    assert not waiting.done()
    sent[1].set_result(None)
    await asyncio.wait_for(waiting, 1.0)
    await asyncio.wait_for(delivered.delivery(), 1.0)  # nothing pending: returns at once
