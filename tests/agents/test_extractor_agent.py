"""The extractor agent: decode -> extract -> send, and every bad message to the DLQ."""

import base64
from datetime import UTC, datetime

import orjson
import pytest
from prometheus_client import CollectorRegistry

from schemas import Article, DeadLetter, decode, decode_stage, encode
from schemas.article import article_id_for, normalise_text
from services.extractor import agent as extractor_agent
from services.extractor.extract import Extraction, Rejection
from services.kafka.app import AppContext
from tests.agents.conftest import sent_values

SEED_LIKE = (
    "Russia and Ukraine each released 390 prisoners on Friday, the first stage of an exchange "
    "of 1,000 for 1,000 agreed in Istanbul."
)


def make_article(text: str = SEED_LIKE) -> Article:
    body = normalise_text(text)
    return Article(
        article_id=article_id_for(body), source="wire.txt", published=datetime(2025, 5, 24).date(),
        received_at=datetime(2025, 5, 24, 12, tzinfo=UTC), text=body,
    )


def metric(registry: CollectorRegistry, name: str, labels: dict[str, str] | None = None) -> float:
    return registry.get_sample_value(name, labels or {}) or 0.0


async def run_agent(context: AppContext, key: bytes | None, value: bytes | None) -> None:
    extractor_agent.register_extractor(context)
    agent = context.app.agents["extractor"]
    async with agent.test_context() as test_agent:
        await test_agent.put(value, key=key)


async def test_article_stages_are_sent_keyed_by_conflict(agent_context: AppContext) -> None:
    article = make_article()
    await run_agent(agent_context, article.article_id.encode(), encode(article))
    stages = [decode_stage(v) for v in sent_values(agent_context.topics.stage_publisher)]
    assert stages, "a seed-like article must produce at least one stage event"
    assert {s.article_id for s in stages} == {article.article_id}
    keys = {call.kwargs["key"] for call in agent_context.topics.stage_publisher.send.call_args_list}
    assert keys == {b"russia-ukraine"}
    assert metric(agent_context.registry, "swaptally_articles_consumed_total") == 1
    assert agent_context.topics.dlq.send.call_count == 0


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        (b"", "empty"),
        (b"\xff\xfe\x00binary", "not_utf8"),
        (b"{not json", "malformed_json"),
        (b"[1, 2, 3]", "wrong_shape"),
        (b'{"hello": "world"}', "wrong_shape"),
    ],
)
async def test_bad_messages_go_to_dlq_with_reason(agent_context: AppContext, value: bytes, reason: str) -> None:
    await run_agent(agent_context, b"k1", value)
    letters = [decode(v, DeadLetter) for v in sent_values(agent_context.topics.dlq)]
    assert [letter.reason for letter in letters] == [reason]
    assert base64.b64decode(letters[0].original_value_b64) == value
    assert agent_context.topics.stage_publisher.send.call_count == 0
    assert metric(agent_context.registry, "swaptally_dead_letters_total", {"reason": reason}) == 1


async def test_unknown_schema_version_is_dead_lettered(agent_context: AppContext) -> None:
    payload = orjson.loads(encode(make_article()))
    payload["schema_version"] = 99
    await run_agent(agent_context, b"k", orjson.dumps(payload))
    letters = [decode(v, DeadLetter) for v in sent_values(agent_context.topics.dlq)]
    assert [letter.reason for letter in letters] == ["unknown_schema_version"]


async def test_oversized_value_is_dead_lettered(agent_context: AppContext) -> None:
    limit = agent_context.settings.max_article_bytes
    await run_agent(agent_context, b"k", b'"' + b"x" * limit + b'"')
    letters = [decode(v, DeadLetter) for v in sent_values(agent_context.topics.dlq)]
    assert [letter.reason for letter in letters] == ["too_large"]


async def test_rejection_and_extractor_bug_are_dead_lettered(
    agent_context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    outcomes = iter([Extraction(rejection=Rejection("contradictory_figures", "390 vs 391")), RuntimeError("bug")])

    def fake_analyse(article: Article) -> Extraction:
        outcome = next(outcomes)
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    monkeypatch.setattr(extractor_agent, "analyse", fake_analyse)
    extractor_agent.register_extractor(agent_context)
    agent = agent_context.app.agents["extractor"]
    article = make_article()
    async with agent.test_context() as test_agent:
        await test_agent.put(encode(article), key=b"a")
        await test_agent.put(encode(article), key=b"b")
    letters = [decode(v, DeadLetter) for v in sent_values(agent_context.topics.dlq)]
    assert [letter.reason for letter in letters] == ["contradictory_figures", "extractor_error"]
    assert metric(agent_context.registry, "swaptally_articles_consumed_total") == 2
