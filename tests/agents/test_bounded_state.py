"""The aggregator's state grows with stages x sources, never with the number of articles."""

from schemas import StageKind, decode_tally, encode
from services.aggregator.agent import register_aggregator
from services.kafka.app import AppContext
from tests.agents.conftest import sent_values
from tests.agents.stage_reports import FRIDAY, SATURDAY, figures, report

SOURCES = ["afp.txt", "dpa.txt", "reuters.txt", "ukrinform.txt", "tass.txt"]
ARTICLES = 2_000


async def test_two_thousand_articles_from_five_sources_hold_five_reports_per_stage(
    agent_context: AppContext,
) -> None:
    aggregator = register_aggregator(agent_context)
    agent = agent_context.app.agents["aggregator"]
    async with agent.test_context() as test_agent:
        for index in range(ARTICLES):
            source = SOURCES[index % len(SOURCES)]
            day, each = (FRIDAY, figures(390, 270, 120)) if index % 2 == 0 else (SATURDAY, figures(307, 307))
            event = report(source, StageKind.STAGE, day, each, article=f"article-{index}", received_offset=index)
            await test_agent.put(encode(event), key=b"russia-ukraine")

    stages = 2
    assert len(aggregator.table) <= stages * len(SOURCES)
    assert aggregator.state.report_count() <= stages * len(SOURCES)
    tally = decode_tally(sent_values(agent_context.topics.tally)[-1])
    assert tally.totals["ukraine"].total == 697
    assert agent_context.registry.get_sample_value("swaptally_stage_reports_consumed_total") == ARTICLES
