"""Public face of the extraction rules: `analyse(article)` and `extract(article)` (pure, no Kafka)."""

from dataclasses import dataclass, field

from schemas import Article, ExchangeStage

EXTRACTOR_VERSION = "0.0.0"


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


def analyse(article: Article) -> Extraction:
    """Read an article; never raises on any text."""
    raise NotImplementedError("extractor rules are being written (issue 3)")


def extract(article: Article) -> list[ExchangeStage]:
    """Return every stage, cumulative claim and agreement the article reports (empty if rejected)."""
    return analyse(article).stages
