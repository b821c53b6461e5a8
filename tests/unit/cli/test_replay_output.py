"""Plain replay output: one line per event, skipped files by name, and the summary last."""

import io
from datetime import UTC, date, datetime

from schemas import Article
from services.cli.replay_output import PlainObserver, ProgressObserver, observer_for, summary_line
from services.feeder.files import FeedError
from services.feeder.pacing import Pacing, PacingMode
from services.feeder.publisher import Published, PublishError
from services.feeder.replay import ReplaySummary


def test_plain_lines_name_every_event() -> None:
    out = io.StringIO()
    observer = PlainObserver(out)
    article = Article(
        article_id="b" * 64, source="seed.txt", published=date(2025, 5, 23),
        received_at=datetime(2025, 5, 23, tzinfo=UTC), text="t",
    )
    observer.started(2, Pacing(PacingMode.INTERVAL, 1))
    observer.skipped(FeedError("empty.txt", "empty", "is empty"))
    observer.published(article, Published(article.article_id, "articles", 2, 7))
    observer.failed("late.txt", PublishError("broker gone", outage=True))
    observer.finished(ReplaySummary(published=1, skipped=1, failed=1, seconds=1.25))
    assert out.getvalue().splitlines() == [
        "replaying 2 article(s), every 1 s",
        "skipped empty.txt: is empty",
        f"published seed.txt (2025-05-23) id={'b' * 12} -> articles[2]@7",
        "FAILED late.txt: broker gone",
        "replay done: 1 published, 1 skipped, 1 failed in 1.2 s",
    ]


def test_summary_line_counts() -> None:
    assert summary_line(ReplaySummary(published=5)) == "replay done: 5 published, 0 skipped, 0 failed in 0.0 s"


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_terminal_gets_the_progress_bar_and_a_pipe_gets_lines() -> None:
    assert isinstance(observer_for(_Terminal()), ProgressObserver)
    assert isinstance(observer_for(io.StringIO()), PlainObserver)
