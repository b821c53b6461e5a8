"""The aggregator agent: hold the latest report per vote in a Table, publish the tally on change.

Messages are applied one by one, but the tally is recomputed and published once per batch: when
no further message is waiting, or after `tally_batch_max` messages. While messages keep coming,
publishing may take at most `tally_flush_share` of the time: after a flush of d seconds the next
one waits d * (1 - share) / share (at most `tally_flush_max_wait`), gathering what arrives
meanwhile; an idle aggregator publishes at once. Offsets are acknowledged only after the
publication that includes them and the Table's changelog records for them are on the broker
(at least once).
"""

import asyncio
import time
from collections import OrderedDict
from datetime import UTC, datetime
from typing import Any

from schemas import CodecError, ExchangeStage, FailureStage, Tally, decode_stage
from services.aggregator.reconcile import vote_key
from services.aggregator.state import TallyState
from services.kafka.app import AppContext
from services.kafka.dead_letters import build_dead_letter, send_dead_letter
from services.kafka.heap import StateFreezer, freeze_long_lived
from services.kafka.tables import add_delivered_table
from services.logs import get_logger

log = get_logger("aggregator")

RECENT_ARTICLES = 4096  # bounded memory for "first report of this article" latency bookkeeping


class Aggregator:
    """Apply stage reports to the Table and the in-memory state; publish tallies that changed."""

    def __init__(self, context: AppContext, table: Any) -> None:
        self.context = context
        self.table = table
        self.state = TallyState(context.settings.conflict)
        self._published: dict[str, bytes] = {}
        self._recent_articles: OrderedDict[str, None] = OrderedDict()
        self._stale: set[str] = set()  # conflicts whose tally changed since the last flush
        self._unpublished: list[ExchangeStage] = []  # reports applied since the last flush (for latency)
        self._freezer = StateFreezer()

    def ready(self) -> bool:
        """Return True once the Table has recovered, so a tally read now is complete."""
        app = self.context.app
        tables: Any = app.tables
        return bool(tables.recovery.completed.is_set()) and not app.rebalancing

    def ensure_loaded(self) -> None:
        """Rebuild the in-memory state from the Table once it has recovered from its changelog."""
        if self.state.loaded:
            return
        reports = []
        for value in self.table.values():
            try:
                reports.append(decode_stage(value))
            except CodecError:
                log.error("undecodable report in table; ignored")
        self.state.load(reports)
        log.info("state loaded from table", extra={"reports": len(reports)})
        if self.context.settings.freeze_heap:
            freeze_long_lived("table state loaded")  # the recovered reports live until replaced
            self._freezer = StateFreezer(self.state.report_count())

    async def handle(self, key: bytes | None, value: bytes | None, message: Any) -> bool:
        """Handle one `exchange-stages` message, publish, and wait for its Table write; True when the tally changed."""
        await self.apply(key, value, message)
        changed = await self.flush()
        await self.delivery()
        return changed

    async def apply(self, key: bytes | None, value: bytes | None, message: Any) -> None:
        """Apply one message to the Table and the state; `flush` publishes the tally it gives."""
        self.ensure_loaded()
        metrics = self.context.metrics
        metrics.stage_reports_consumed.inc()
        try:
            report = decode_stage(value)
        except CodecError as exc:
            letter = build_dead_letter(
                reason=exc.reason, detail=exc.detail, stage=FailureStage.VALIDATE,
                topic=self.context.settings.stages_topic, key=key, value=value,
                partition=getattr(message, "partition", None), offset=getattr(message, "offset", None),
            )
            await send_dead_letter(self.context.topics.dlq, letter, key)
            metrics.dead_letters.labels(reason=exc.reason).inc()
            return
        if self.state.accepts(report):
            self.table[vote_key(report).encode()] = value
            self.state.apply(report)
            self._stale.add(report.conflict)
        self._unpublished.append(report)

    async def flush(self) -> bool:
        """Publish the tally of every conflict changed since the last flush; True when one changed.

        The applied reports may be acknowledged once `delivery()`, taken after this, is done.
        """
        changed = False
        for conflict in sorted(self._stale):
            changed = await self.publish(conflict) or changed
        self._stale.clear()
        for report in self._unpublished:
            self._observe_latency(report)
        self._unpublished.clear()
        if self.context.settings.freeze_heap:
            self._freezer.observe(self.state.report_count())  # rare: each time the held reports grow by a quarter
        return changed

    def delivery(self) -> "asyncio.Future[Any]":
        """A future of the Table's changelog records written so far being on the broker (services.kafka.tables)."""
        take = getattr(self.table, "delivery", None)
        return take() if take is not None else asyncio.gather()

    async def publish(self, conflict: str) -> bool:
        """Send the conflict's tally to the tally topic if it differs from the last one sent."""
        tally, encoded = self.state.tally(conflict)
        if self._published.get(conflict) == encoded:
            return False
        await self.context.topics.tally.send(key=conflict.encode(), value=encoded)
        self._published[conflict] = encoded
        self.context.metrics.tally_updates.labels(conflict=conflict).inc()
        self._update_gauges(tally)
        self.state.publish_to_subscribers(encoded)
        return True

    def _observe_latency(self, report: ExchangeStage) -> None:
        if report.article_id in self._recent_articles:
            self._recent_articles.move_to_end(report.article_id)
            return
        self._recent_articles[report.article_id] = None
        if len(self._recent_articles) > RECENT_ARTICLES:
            self._recent_articles.popitem(last=False)
        latency = (datetime.now(UTC) - report.received_at).total_seconds()
        self.context.metrics.end_to_end_seconds.observe(max(latency, 0.0))

    def _update_gauges(self, tally: Tally) -> None:
        metrics = self.context.metrics
        for side, figures in tally.totals.items():
            for category in ("total", "military", "civilian"):
                metrics.people_returned.labels(tally.conflict, side, category).set(getattr(figures, category) or 0)
        statuses = [stage.status.value for exchange in tally.exchanges for stage in exchange.stages]
        for status in ("confirmed", "single-source", "disputed"):
            metrics.stages_by_status.labels(tally.conflict, status).set(statuses.count(status))
        metrics.failed_checks.labels(tally.conflict).set(sum(1 for check in tally.checks if not check.ok))


def register_aggregator(context: AppContext) -> Aggregator:
    """Attach the aggregator agent, its Table and its HTTP views to the app."""
    from services.aggregator.views import register_views
    from services.web.page import register_page

    table = add_delivered_table(
        context.app,
        "stage-reports",
        default=None,
        partitions=context.settings.stages_partitions,
        key_type=bytes,  # faust picks the "raw" serializer for bytes; Table takes no *_serializer kwargs
        value_type=bytes,
        help="Latest ExchangeStage report per source, stage and kind (vote key)",
    )
    aggregator = Aggregator(context, table)

    async def forget_state(sender: Any, *args: Any, **kwargs: Any) -> None:
        aggregator.state.loaded = False  # partitions may move; reload from the Table after recovery

    revoked_signal: Any = context.app.on_partitions_revoked
    revoked_signal.connect(forget_state)

    batch_max = context.settings.tally_batch_max
    rest_per_flush = (1 - context.settings.tally_flush_share) / context.settings.tally_flush_share
    longest_wait = context.settings.tally_flush_max_wait

    @context.app.agent(context.topics.stages, name="aggregator")
    async def aggregate_stages(stream: Any) -> Any:
        manual = stream.noack()  # acknowledge only once the tally that includes the event is sent
        waiting = manual.channel.queue  # events fetched for this agent and not yet taken
        clock = time.perf_counter  # uvloop's loop.time() has millisecond steps; flushes take about that
        batch: list[Any] = []
        next_flush = 0.0  # before this time a flush would exceed `tally_flush_share`
        acking: asyncio.Future[None] | None = None  # the previous batch, acknowledged once its Table writes land

        async def acknowledge(delivered: "asyncio.Future[Any]", events: list[Any]) -> None:
            await delivered  # raises if a changelog record failed: its events stay unacknowledged
            for done in events:
                await manual.ack(done)

        async for event in manual.events():
            await aggregator.apply(event.key, event.value, event.message)
            batch.append(event)
            if len(batch) < batch_max and waiting.empty() and clock() < next_flush:
                await asyncio.sleep(next_flush - clock())  # let more events join this batch
            if len(batch) >= batch_max or waiting.empty():
                started = clock()
                await aggregator.flush()
                finished = clock()
                if acking is not None:
                    await acking  # one batch at a time waits on the broker, while the next one is read
                acking = asyncio.ensure_future(acknowledge(aggregator.delivery(), batch))
                batch = []
                # capped: one flush slowed by a GC pause or a busy CPU must not hold the next one long
                next_flush = finished + min((finished - started) * rest_per_flush, longest_wait)
                yield None  # once per published batch: faust's per-yield bookkeeping is not free

    register_views(context, aggregator)
    register_page(context, aggregator)
    return aggregator
