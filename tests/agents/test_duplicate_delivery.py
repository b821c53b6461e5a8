"""At-least-once delivery into the aggregator: duplicates, redeliveries and restarts change nothing."""

import random
from datetime import timedelta
from typing import Any

from schemas import Tally, decode_tally, encode
from services.aggregator.agent import Aggregator, register_aggregator
from services.aggregator.reconcile import reconcile
from services.kafka.app import AppContext
from tests.agents.conftest import sent_values
from tests.agents.stage_reports import seed_like_reports


def assert_seed_tally(tally: Tally) -> None:
    """The expected tally of the May 2025 reports: 390 + 307 = 697 per side of 1,000 agreed."""
    for side in ("ukraine", "russia"):
        assert (tally.totals[side].total, tally.totals[side].military, tally.totals[side].civilian) == (697, 577, 120)
    (exchange,) = tally.exchanges
    assert exchange.agreed_per_side == 1000
    assert (exchange.progress.ukraine, exchange.progress.russia) == (0.697, 0.697)
    assert [(str(s.date), s.ukraine.total, s.russia.total) for s in exchange.stages] == [
        ("2025-05-23", 390, 390),
        ("2025-05-24", 307, 307),
    ]


async def deliver(context: AppContext, values: list[bytes]) -> None:
    async with context.app.agents["aggregator"].test_context() as test_agent:
        for value in values:
            await test_agent.put(value, key=b"russia-ukraine")


async def test_every_stage_event_delivered_twice_gives_the_same_tally(agent_context: AppContext) -> None:
    aggregator = register_aggregator(agent_context)
    reports = seed_like_reports()
    once = [encode(r) for r in reports]
    await deliver(agent_context, once)
    published = sent_values(agent_context.topics.tally)
    assert published, "the aggregator must publish a tally"
    first = published[-1]
    assert_seed_tally(decode_tally(first))
    assert first == encode(reconcile(reports))  # the live tally is the pure function of the reports
    held = len(aggregator.table)

    # redeliver everything: in order, then shuffled, then each message twice in a row
    twice = once + random.Random(7).sample(once, len(once)) + [v for value in once for v in (value, value)]
    await deliver(agent_context, twice)
    assert sent_values(agent_context.topics.tally)[-1] == first
    assert len(sent_values(agent_context.topics.tally)) == len(published), "a duplicate must not publish a tally"
    assert len(aggregator.table) == held
    consumed = agent_context.registry.get_sample_value("swaptally_stage_reports_consumed_total")
    assert consumed == len(once) + len(twice)


async def test_redelivery_after_a_restart_is_absorbed_by_the_table(agent_context: AppContext) -> None:
    """A crash before the offset commit redelivers reports the Table already holds."""
    aggregator = register_aggregator(agent_context)
    values = [encode(r) for r in seed_like_reports()]
    await deliver(agent_context, values[: len(values) // 2])
    # the process dies: a new aggregator rebuilds its view from the same Table, then gets everything again
    restarted = Aggregator(agent_context, aggregator.table)
    agent_context.app.agents.pop("aggregator")

    @agent_context.app.agent(agent_context.topics.stages, name="aggregator")
    async def aggregate_again(stream: Any) -> Any:
        async for event in stream.events():
            await restarted.handle(event.key, event.value, event.message)
            yield None

    await deliver(agent_context, values)
    _, encoded = restarted.state.tally("russia-ukraine")
    assert_seed_tally(decode_tally(encoded))
    assert sent_values(agent_context.topics.tally)[-1] == encoded


async def test_a_replayed_feed_with_new_receive_times_changes_no_figure(agent_context: AppContext) -> None:
    """Replaying the articles re-extracts the same events (same event_id) received later: same tally."""
    aggregator = register_aggregator(agent_context)
    reports = seed_like_reports()
    await deliver(agent_context, [encode(r) for r in reports])
    first = decode_tally(sent_values(agent_context.topics.tally)[-1])
    held = len(aggregator.table)
    later = [r.model_copy(update={"received_at": r.received_at + timedelta(days=1)}) for r in reports]
    await deliver(agent_context, [encode(r) for r in reversed(later)])
    again = decode_tally(sent_values(agent_context.topics.tally)[-1])
    assert_seed_tally(again)
    assert again.model_dump(exclude={"as_of"}) == first.model_dump(exclude={"as_of"})
    assert len(aggregator.table) == held
