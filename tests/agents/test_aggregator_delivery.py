"""The aggregator's flush, after which its events are acknowledged, waits for the Table's changelog writes.

An offset committed before the changelog record of its report reached Kafka is a report that a
worker killed at that moment loses: the restarted worker rebuilds its Table from the changelog.
"""

import asyncio
from typing import Any

from schemas import StageKind, encode
from services.aggregator.agent import Aggregator
from services.kafka.app import AppContext
from tests.agents.stage_reports import FRIDAY, figures, report


class UndeliveredTable(dict[bytes, bytes]):
    """A Table whose changelog records the test acknowledges, like services.kafka.tables.DeliveredTable."""

    def __init__(self) -> None:
        super().__init__()
        self.acknowledged = asyncio.Event()

    async def wait_delivered(self) -> None:
        await self.acknowledged.wait()


async def test_flush_returns_only_once_the_changelog_records_are_acknowledged(agent_context: AppContext) -> None:
    table = UndeliveredTable()
    aggregator = Aggregator(agent_context, table)
    value = encode(report("source-a", StageKind.STAGE, FRIDAY, figures(390, 270, 120)))
    message: Any = None
    await aggregator.apply(b"russia-ukraine", value, message)
    assert len(table) == 1

    flushing = asyncio.create_task(aggregator.flush())
    for _ in range(5):
        await asyncio.sleep(0)
    assert not flushing.done(), "the events would be acknowledged before their Table writes are on the broker"
    table.acknowledged.set()
    assert await asyncio.wait_for(flushing, 1.0) is True  # the tally changed and was published
