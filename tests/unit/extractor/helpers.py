"""Build articles and read sentences for the extractor tests."""

from datetime import UTC, date, datetime

from schemas import Article, Authority, ExchangeStage, StageKind
from schemas.article import article_id_for, normalise_text
from services.extractor.extract import Extraction, analyse
from services.extractor.rules.findings import read_sentence
from services.extractor.rules.model import Finding
from services.extractor.rules.sentences import Sentence
from services.extractor.rules.surroundings import Context

RECEIVED = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)


def article(text: str, published: date | None = date(2025, 5, 24), received: datetime = RECEIVED) -> Article:
    """An Article as the feeder would build it."""
    body = normalise_text(text)
    return Article(article_id=article_id_for(body), source="test.txt", published=published, received_at=received,
                   text=body)


def run(text: str, published: date | None = date(2025, 5, 24), received: datetime = RECEIVED) -> Extraction:
    """Extract an article made of `text`."""
    return analyse(article(text, published, received))


def findings(text: str, day: date = date(2025, 5, 24), authority: Authority = Authority.PRESS) -> list[Finding]:
    """The findings of one sentence read on `day`."""
    return list(read_sentence(0, Sentence(text, 0, len(text)), Context(day, day, authority)).findings)


def kinds_read(text: str) -> set[StageKind]:
    """The kinds of one sentence's findings; `== {kind}` says it found something, and only of that kind."""
    return {finding.kind for finding in findings(text)}


def figures(
    text: str, day: date = date(2025, 5, 24), authority: Authority = Authority.PRESS
) -> set[tuple[str, str, int]]:
    """(side, field, value) of a sentence's findings."""
    return {(f.side, f.field, f.value) for f in findings(text, day, authority)}


def only(stages: list[ExchangeStage], kind: StageKind) -> list[ExchangeStage]:
    return [s for s in stages if s.kind == kind]


def sides(stage: ExchangeStage) -> tuple[tuple[int | None, int | None, int | None], tuple[int | None, ...]]:
    """((ukraine total, military, civilian), (russia total, military, civilian))."""
    u, r = stage.sides.ukraine, stage.sides.russia
    return (u.total, u.military, u.civilian), (r.total, r.military, r.civilian)
