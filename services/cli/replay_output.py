"""How `swaptally replay` shows progress: a rich progress bar on a terminal, plain lines otherwise."""

import sys
from typing import TextIO

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeElapsedColumn

from schemas.article import Article
from services.feeder.files import FeedError
from services.feeder.pacing import Pacing
from services.feeder.publisher import Published, PublishError
from services.feeder.replay import ReplaySummary


def summary_line(summary: ReplaySummary) -> str:
    """Return the one-line summary both outputs end with."""
    return (
        f"replay done: {summary.published} published, {summary.skipped} skipped, "
        f"{summary.failed} failed in {summary.seconds:.1f} s"
    )


class PlainObserver:
    """One line per event, for logs and pipes."""

    def __init__(self, out: TextIO | None = None) -> None:
        self.out = out or sys.stdout

    def _line(self, text: str) -> None:
        print(text, file=self.out, flush=True)

    def started(self, total: int, pacing: Pacing) -> None:
        self._line(f"replaying {total} article(s), {pacing.describe()}")

    def skipped(self, error: FeedError) -> None:
        self._line(f"skipped {error.source}: {error.detail}")

    def published(self, article: Article, where: Published) -> None:
        date = article.published.isoformat() if article.published else "undated"
        self._line(
            f"published {article.source} ({date}) id={article.article_id[:12]} "
            f"-> {where.topic}[{where.partition}]@{where.offset}"
        )

    def failed(self, source: str, error: PublishError) -> None:
        self._line(f"FAILED {source}: {error}")

    def finished(self, summary: ReplaySummary) -> None:
        self._line(summary_line(summary))


class ProgressObserver:
    """A live progress bar; skipped and failed inputs are still printed by name above it."""

    def __init__(self, console: Console | None = None) -> None:
        self.console = console or Console()
        self.progress = Progress(
            TextColumn("[bold]replay[/]"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[current]}"),
            TimeElapsedColumn(),
            console=self.console,
            transient=False,
        )
        self.task: TaskID | None = None

    def started(self, total: int, pacing: Pacing) -> None:
        self.console.print(f"replaying {total} article(s), {pacing.describe()}")
        self.progress.start()
        self.task = self.progress.add_task("replay", total=total, current="")

    def skipped(self, error: FeedError) -> None:
        self.console.print(f"[yellow]skipped[/] {error.source}: {error.detail}", markup=True, highlight=False)

    def published(self, article: Article, where: Published) -> None:
        if self.task is not None:
            self.progress.update(self.task, advance=1, current=article.source)

    def failed(self, source: str, error: PublishError) -> None:
        self.console.print(f"[red]FAILED[/] {source}: {error}", highlight=False)
        if self.task is not None:
            self.progress.update(self.task, advance=1, current=source)

    def finished(self, summary: ReplaySummary) -> None:
        self.progress.stop()
        colour = "green" if summary.ok else "yellow"
        self.console.print(f"[{colour}]{summary_line(summary)}[/]", highlight=False)


def observer_for(stream: TextIO | None = None) -> PlainObserver | ProgressObserver:
    """Pick the progress bar for a terminal and plain lines for everything else."""
    stream = stream or sys.stdout
    return ProgressObserver(Console(file=stream)) if stream.isatty() else PlainObserver(stream)
