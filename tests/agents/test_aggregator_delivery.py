"""The aggregator acknowledges its events only once the Table's changelog writes for them are on the broker.

An offset committed before the changelog record of its report reached Kafka is a report that a
worker killed at that moment loses: the restarted worker rebuilds its Table from the changelog.
The agent does not wait for that in line: it reads the next batch while the last one's writes land.
"""

import asyncio
from typing import Any

from schemas import StageKind, encode
from services.aggregator.agent import Aggregator
from services.kafka.app import AppContext
from tests.agents.stage_reports import FRIDAY, SATURDAY, figures, report


class UndeliveredTable(dict[bytes, bytes]):
    """A Table whose changelog records the test acknowledges, like services.kafka.tables.DeliveredTable."""

    def __init__(self) -> None:
        super().__init__()
        self.writes: list[asyncio.Event] = []  # one per write, set when the broker "acknowledges" it
        self._pending: list[asyncio.Event] = []

    def __setitem__(self, key: bytes, value: bytes) -> None:
        super().__setitem__(key, value)
        self.writes.append(asyncio.Event())
        self._pending.append(self.writes[-1])

    def delivery(self) -> "asyncio.Future[Any]":
        pending, self._pending = self._pending, []
        return asyncio.gather(*(event.wait() for event in pending))


def stage_message(source: str, day: Any) -> bytes:
    return encode(report(source, StageKind.STAGE, day, figures(390, 270, 120)))


async def test_a_delivery_is_done_only_once_its_changelog_records_are_acknowledged(
    agent_context: AppContext,
) -> None:
    table = UndeliveredTable()
    aggregator = Aggregator(agent_context, table)
    message: Any = None
    await aggregator.apply(b"russia-ukraine", stage_message("source-a", FRIDAY), message)
    assert await aggregator.flush() is True  # the tally is published at once
    first = table.writes[0]
    delivered = aggregator.delivery()
    await aggregator.apply(b"russia-ukraine", stage_message("source-b", SATURDAY), message)
    later = aggregator.delivery()  # the write after the first delivery belongs to the next one
    for _ in range(5):
        await asyncio.sleep(0)
    assert not delivered.done(), "the events would be acknowledged before their Table writes are on the broker"
    first.set()
    await asyncio.wait_for(delivered, 1.0)
    assert not later.done(), "the second write is not acknowledged yet"


async def test_handle_returns_once_the_write_is_on_the_broker(agent_context: AppContext) -> None:
    table = UndeliveredTable()
    aggregator = Aggregator(agent_context, table)
    message: Any = None
    handling = asyncio.create_task(aggregator.handle(b"russia-ukraine", stage_message("source-a", FRIDAY), message))
    for _ in range(5):
        await asyncio.sleep(0)
    assert not handling.done()
    table.writes[0].set()
    assert await asyncio.wait_for(handling, 1.0) is True
