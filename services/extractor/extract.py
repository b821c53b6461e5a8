"""Public face of the extraction rules: `analyse(article)` and `extract(article)` (pure, no Kafka).

The rules live in `services.extractor.rules`, one concern per module:
sentences and a cheap pre-filter, numbers, dates, head counts, sides,
composition, kinds, attribution, then assembly into per-(kind, day) events.
"""

from dataclasses import dataclass, field

from schemas import Article, ExchangeStage
from services.extractor.rules.assemble import assemble
from services.extractor.rules.events import build_events
from services.extractor.rules.language import english_problem
from services.extractor.rules.reader import read_article
from services.logs import get_logger

EXTRACTOR_VERSION = "1.0.0"

log = get_logger("extractor.rules")


@dataclass(frozen=True)
class Rejection:
    """Why an article must go to the dead-letter topic instead of producing events."""

    reason: str  # machine-readable, e.g. "not_english", "contradictory_figures"
    detail: str  # human-readable, names the offending figures or sentence


@dataclass(frozen=True)
class Extraction:
    """The outcome of reading one article: its events, or the reason it was rejected."""

    stages: list[ExchangeStage] = field(default_factory=list)
    rejection: Rejection | None = None


def _analyse(article: Article) -> Extraction:
    problem = english_problem(article.text)
    if problem is not None:
        return Extraction(rejection=Rejection("not_english", problem))
    reading = read_article(article)
    if not reading.readings:
        return Extraction()
    assembly = assemble(reading.readings, reading.reference, reading.lead, reading.recalled)
    if assembly.conflicts:
        return Extraction(rejection=Rejection("contradictory_figures", "; ".join(assembly.conflicts)))
    return Extraction(stages=build_events(article, assembly, EXTRACTOR_VERSION))


def analyse(article: Article) -> Extraction:
    """Read an article; never raises on any text (an internal error becomes a rejection)."""
    try:
        return _analyse(article)
    except Exception as exc:  # a rule bug must cost one article, never the stream
        log.exception("extraction failed", extra={"article_id": article.article_id})
        return Extraction(rejection=Rejection("extractor_error", f"{type(exc).__name__}: {exc}"))


def extract(article: Article) -> list[ExchangeStage]:
    """Return every stage, cumulative claim and agreement the article reports (empty if rejected)."""
    return analyse(article).stages
