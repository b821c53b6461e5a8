"""Fuzz the extractor agent: whatever arrives on `articles`, the agent never raises and accounts for it."""

from pathlib import Path

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from schemas import DeadLetter, decode, decode_stage, encode
from services.extractor import agent as extractor_agent
from services.kafka.app import AppContext
from tests.agents.conftest import sent_values
from tests.fuzz_inputs import LIMIT, any_text, article_for, article_payloads


def counter(context: AppContext, name: str) -> float:
    value = 0.0
    for family in context.registry.collect():
        for sample in family.samples:
            if sample.name == name:
                value += sample.value
    return value


@pytest.fixture
def fuzz_context(agent_context: AppContext) -> AppContext:
    """The agent context with a small article limit so the fuzzer also reaches `too_large`."""
    small = agent_context.settings.model_copy(update={"max_article_bytes": LIMIT})
    return AppContext(
        app=agent_context.app, settings=small, topics=agent_context.topics, metrics=agent_context.metrics,
        registry=agent_context.registry, role=agent_context.role,
    )


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.one_of(article_payloads(), st.binary(max_size=200)), min_size=1, max_size=6))
async def test_agent_never_raises_and_every_message_is_accounted(
    fuzz_context: AppContext, values: list[bytes]
) -> None:
    context = fuzz_context
    if "extractor" not in context.app.agents:
        extractor_agent.register_extractor(context)
    agent = context.app.agents["extractor"]
    dlq_before = len(sent_values(context.topics.dlq))
    consumed_before = counter(context, "swaptally_articles_consumed_total")
    processed_before = counter(context, "swaptally_articles_processed_total")
    async with agent.test_context() as test_agent:
        for index, value in enumerate(values):
            await test_agent.put(value, key=f"k{index}".encode())
    letters = [decode(v, DeadLetter) for v in sent_values(context.topics.dlq)[dlq_before:]]
    consumed = counter(context, "swaptally_articles_consumed_total") - consumed_before
    processed = counter(context, "swaptally_articles_processed_total") - processed_before
    assert consumed == len(values)
    assert consumed == processed + len(letters)
    assert all(letter.reason != "extractor_error" for letter in letters), [letter.detail for letter in letters]
    assert counter(context, "swaptally_dead_letters_total") == len(sent_values(context.topics.dlq))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(any_text)
async def test_stage_events_from_any_text_are_valid_contracts(agent_context: AppContext, text: str) -> None:
    context = agent_context
    article = article_for(text, None)
    if article is None:
        return
    if "extractor" not in context.app.agents:
        extractor_agent.register_extractor(context)
    sent_before = len(sent_values(context.topics.stage_publisher))
    async with context.app.agents["extractor"].test_context() as test_agent:
        await test_agent.put(encode(article), key=article.article_id.encode())
    for value in sent_values(context.topics.stage_publisher)[sent_before:]:
        stage = decode_stage(value)  # every event the agent sends passes the same boundary
        assert stage.article_id == article.article_id
        assert orjson.loads(value)["event_id"] == stage.event_id


def test_fuzz_helpers_make_articles(tmp_path: Path) -> None:
    """Guard against a fuzzer that silently generates nothing useful."""
    article = article_for("Russia and Ukraine each released 390 prisoners on Friday.", None)
    assert article is not None and article.text.startswith("Russia")
    assert article_for("   \n\t ", None) is None
