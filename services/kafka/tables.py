"""A faust Table whose changelog writes can be awaited, so offsets are acknowledged only after them.

faust sends changelog records through its producer buffer, and the flush it runs before committing
offsets gives up after 0.1 s without a record leaving the buffer. A commit can then cover a Table
write that never reached Kafka, and a worker killed at that moment loses it. An agent that awaits
`delivery()` before acknowledging its events does not depend on that flush.
"""

import asyncio
from typing import Any

import faust
from faust.types import FutureMessage


class DeliveredTable(faust.Table[bytes, bytes]):
    """A Table that keeps the futures of its changelog sends until `delivery` takes them."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._undelivered: list[FutureMessage] = []

    def send_changelog(self, *args: Any, **kwargs: Any) -> FutureMessage:
        future = super().send_changelog(*args, **kwargs)
        self._undelivered.append(future)
        return future

    @property
    def undelivered(self) -> int:
        """Changelog records sent since the last `delivery`."""
        return len(self._undelivered)

    def delivery(self) -> "asyncio.Future[Any]":
        """Return a future of every changelog record sent so far being on the broker (it raises if one failed).

        The records are taken now, so more writes after this call belong to the next `delivery`.
        """
        pending, self._undelivered = self._undelivered, []
        return asyncio.gather(*pending)


def add_delivered_table(app: faust.App, name: str, **options: Any) -> DeliveredTable:
    """Define a `DeliveredTable` on `app`, as `app.Table(name, **options)` would define a Table."""
    table = DeliveredTable(app, name=name, beacon=app.tables.beacon, **options)
    app.tables.add(table)
    return table
