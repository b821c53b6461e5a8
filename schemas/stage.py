"""The `ExchangeStage` contract: one stage, cumulative claim or agreement an article reports."""

from datetime import date, datetime
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from schemas.article import SCHEMA_VERSION

DEFAULT_CONFLICT = "russia-ukraine"


class StageKind(StrEnum):
    """What a reported figure means."""

    STAGE = "stage"  # people handed over on one day
    CUMULATIVE = "cumulative"  # a running total over several stages
    AGREEMENT = "agreement"  # an agreed total per side


class Authority(StrEnum):
    """Who a figure is attributed to; a side's own government outranks the others for that side."""

    KYIV = "kyiv"
    MOSCOW = "moscow"
    PRESS = "press"


class SideFigures(BaseModel):
    """People returned *to* one side; null where the article does not say."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    total: int | None = Field(default=None, ge=0)
    military: int | None = Field(default=None, ge=0)
    civilian: int | None = Field(default=None, ge=0)
    approximate: bool = Field(default=False, description="Hedged: about, nearly, at least, preliminary")
    authority: Authority = Field(default=Authority.PRESS, description="Who the figure is attributed to")

    def is_empty(self) -> bool:
        """Return True when no figure is reported for this side."""
        return self.total is None and self.military is None and self.civilian is None


class Sides(BaseModel):
    """Figures for each side, keyed by the country whose people were returned to it."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    ukraine: SideFigures = Field(default_factory=SideFigures)
    russia: SideFigures = Field(default_factory=SideFigures)


class Evidence(BaseModel):
    """A sentence of the article that supports some of the figures, with its character offsets."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    text: str
    start: int = Field(ge=0, description="Offset of the sentence in Article.text")
    end: int = Field(ge=0)
    supports: list[str] = Field(
        default_factory=list, description='Figures it backs, e.g. "ukraine.total", "russia.civilian"'
    )


class ExchangeStage(BaseModel):
    """One stage event; `event_id` is deterministic so replays and duplicates are idempotent."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    schema_version: Literal[1] = SCHEMA_VERSION
    event_id: str = Field(description="sha256 of article id, kind and stage date")
    conflict: str = DEFAULT_CONFLICT
    article_id: str
    source: str
    published: date | None
    received_at: datetime = Field(description="When the article entered the pipeline (for latency)")
    kind: StageKind
    stage_date: date = Field(description="The day the stage happened (or the claim refers to)")
    stage_number: int | None = Field(default=None, ge=1)
    sides: Sides
    combined_total: int | None = Field(
        default=None, ge=0, description="A two-sided figure ('478 released by both sides'); never a side's"
    )
    evidence: list[Evidence] = Field(default_factory=list)
    confidence: float = Field(ge=0.0, le=1.0)
    extractor_version: str
