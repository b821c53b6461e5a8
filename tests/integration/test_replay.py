"""Replay against the real broker: the five seeds arrive as five Articles with stable ids and dates."""

import hashlib
import re
import unicodedata
from datetime import date
from pathlib import Path

from schemas import Article, decode_article
from services.feeder.metrics import FeederMetrics
from services.feeder.pacing import Pacing, PacingMode
from services.feeder.replay import ReplaySummary, load, publish_all
from services.settings import Settings
from tests.integration.cli_helpers import run_cli
from tests.integration.kafka_helpers import consume_all, end_offsets

HEADER = re.compile(r"^ ?date (\d{4}-\d{2}-\d{2}) ")


def expected_seed(path: Path) -> tuple[str, date | None]:
    """Work out a seed's id and date independently of the feeder's code."""
    text = path.read_text(encoding="utf-8")
    match = HEADER.match(text)
    body = text[match.end():] if match else text
    # one line per paragraph: each line's words joined by single spaces, at most one blank line in a row
    lines = [" ".join(line.split()) for line in unicodedata.normalize("NFC", body).splitlines()]
    paragraphs = "\n".join(lines).strip("\n")
    while "\n\n\n" in paragraphs:
        paragraphs = paragraphs.replace("\n\n\n", "\n\n")
    normalised = paragraphs
    return hashlib.sha256(normalised.encode()).hexdigest(), date.fromisoformat(match.group(1)) if match else None


class Recorder:
    """A replay observer that keeps what happened."""

    def __init__(self) -> None:
        self.events: list[str] = []

    def started(self, total: int, pacing: Pacing) -> None:
        self.events.append(f"started {total}")

    def skipped(self, error: object) -> None:
        self.events.append(f"skipped {error}")

    def published(self, article: Article, where: object) -> None:
        self.events.append(f"published {article.source}")

    def failed(self, source: str, error: object) -> None:
        self.events.append(f"failed {source}")

    def finished(self, summary: ReplaySummary) -> None:
        self.events.append("finished")


async def replay_seeds(settings: Settings, seeds_dir: Path, pacing: Pacing | None = None) -> ReplaySummary:
    loaded = load([str(seeds_dir)], settings)
    return await publish_all(loaded, settings, pacing or Pacing(), Recorder(), FeederMetrics())


async def test_the_five_seeds_arrive_as_five_articles_with_ids_and_dates(settings: Settings, seeds_dir: Path) -> None:
    summary = await replay_seeds(settings, seeds_dir)
    assert (summary.published, summary.skipped, summary.failed) == (5, 0, 0)

    records = await consume_all(settings, settings.articles_topic, expected_count=5, timeout=30)
    assert len(records) == 5
    articles = {decode_article(record.value).source: (record, decode_article(record.value)) for record in records}
    expected = {path.name: expected_seed(path) for path in sorted(seeds_dir.glob("*.txt"))}
    assert set(articles) == set(expected)
    for name, (article_id, published) in expected.items():
        record, article = articles[name]
        assert article.article_id == article_id, name
        assert record.key == article_id.encode()
        assert article.published == published, name
    assert articles["003_9595e874bc238fbd.txt"][1].published is None
    assert sum((await end_offsets(settings, settings.articles_topic)).values()) == 5


async def test_replaying_again_publishes_the_same_ids_to_the_same_partitions(
    settings: Settings, seeds_dir: Path
) -> None:
    first = await replay_seeds(settings, seeds_dir)
    second = await replay_seeds(settings, seeds_dir, Pacing(PacingMode.INTERVAL, 0.05))
    assert first.published_ids == second.published_ids and len(first.published_ids) == 5

    records = await consume_all(settings, settings.articles_topic, expected_count=10, timeout=30)
    assert len(records) == 10
    partitions: dict[bytes, set[int]] = {}
    for record in records:
        partitions.setdefault(record.key, set()).add(record.partition)
    assert sorted(k.decode() for k in partitions) == sorted(first.published_ids)
    assert all(len(p) == 1 for p in partitions.values()), "a replayed article changed partition"
    assert len({r.partition for r in records}) > 1, "articles should spread over the topic's partitions"


async def test_replay_command_prints_plain_lines_and_a_summary(
    settings: Settings, seeds_dir: Path, tmp_path: Path
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = run_cli(settings, "replay", str(seeds_dir / "003_9595e874bc238fbd.txt"), str(empty), "--interval", "0")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "replaying 1 article(s), every 0 s"
    assert "skipped empty.txt: is empty" in lines
    assert any(line.startswith("published 003_9595e874bc238fbd.txt (undated)") for line in lines)
    assert lines[-1].startswith("replay done: 1 published, 1 skipped, 0 failed")
    records = await consume_all(settings, settings.articles_topic, expected_count=1, timeout=20)
    expected_id, _ = expected_seed(seeds_dir / "003_9595e874bc238fbd.txt")
    assert [decode_article(r.value).article_id for r in records] == [expected_id]


async def test_replay_reads_one_article_from_stdin(settings: Settings) -> None:
    result = run_cli(settings, "replay", "-", input=" date 2025-05-24 Piped article about 307 people.\n")
    assert result.returncode == 0, result.stderr
    records = await consume_all(settings, settings.articles_topic, expected_count=1, timeout=20)
    assert len(records) == 1
    article = decode_article(records[0].value)
    assert (article.source, article.published) == ("stdin", date(2025, 5, 24))
    assert article.text == "Piped article about 307 people."
