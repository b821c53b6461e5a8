"""The feeder survives a broker restart in the middle of a replay: every article still arrives."""

import asyncio
from pathlib import Path

from schemas import Article, decode_article
from services.broker import manager
from services.feeder.metrics import FeederMetrics
from services.feeder.pacing import Pacing, PacingMode
from services.feeder.replay import ReplaySummary, load, publish_all
from tests.conftest import skip_or_fail
from tests.integration.conftest import broker_settings
from tests.integration.kafka_helpers import consume_all, unique_prefix


class PublishWatcher:
    """A replay observer that signals the first publish and counts them."""

    def __init__(self) -> None:
        self.first = asyncio.Event()
        self.published_sources: list[str] = []

    def started(self, total: int, pacing: Pacing) -> None: ...

    def skipped(self, error: object) -> None: ...

    def published(self, article: Article, where: object) -> None:
        self.published_sources.append(article.source)
        self.first.set()

    def failed(self, source: str, error: object) -> None: ...

    def finished(self, summary: ReplaySummary) -> None: ...


async def test_replay_survives_a_broker_restart(tmp_path: Path, seeds_dir: Path) -> None:
    settings = broker_settings(tmp_path, topic_prefix=unique_prefix(), publish_retry_timeout=120.0)
    try:
        await asyncio.to_thread(manager.start, settings)
    except Exception as exc:
        skip_or_fail(f"the local Kafka broker could not start: {exc}")
    try:
        loaded = load([str(seeds_dir)], settings)
        watcher, metrics = PublishWatcher(), FeederMetrics()
        replay = asyncio.create_task(
            publish_all(loaded, settings, Pacing(PacingMode.INTERVAL, 1.0), watcher, metrics)
        )
        await asyncio.wait_for(watcher.first.wait(), timeout=60)
        await asyncio.to_thread(manager.stop, settings)
        sent_before_restart = len(watcher.published_sources)
        await asyncio.sleep(2.0)  # the feeder meets a dead broker and keeps retrying
        await asyncio.to_thread(manager.start, settings)
        summary = await asyncio.wait_for(replay, timeout=180)

        assert 1 <= sent_before_restart < 5, "the restart must happen in the middle of the replay"
        assert (summary.published, summary.failed) == (5, 0)
        assert metrics.registry.get_sample_value("swaptally_feeder_published_total") == 5
        records = await consume_all(settings, settings.articles_topic, expected_count=5, timeout=30)
        assert {decode_article(r.value).article_id for r in records} == {a.article_id for a in loaded.articles}
    finally:
        await asyncio.to_thread(manager.stop, settings)
