"""The `Tally` contract: the reconciled per-side view of one conflict's exchanges."""

from datetime import date
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from schemas.article import SCHEMA_VERSION
from schemas.stage import Evidence, SideFigures, StageKind


class StageStatus(StrEnum):
    """How well a stage's figures are supported."""

    CONFIRMED = "confirmed"  # two or more sources, no disagreement
    SINGLE_SOURCE = "single-source"  # one source only
    DISPUTED = "disputed"  # sources disagree on some figure


class Figures(BaseModel):
    """Resolved figures for one side."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    total: int | None = None
    military: int | None = None
    civilian: int | None = None


class Alternative(BaseModel):
    """A figure that lost the vote for one side and field, with who reported it."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    side: Literal["ukraine", "russia"]
    field: Literal["total", "military", "civilian"]
    value: int
    sources: list[str]
    approximate: bool = Field(default=False, description="Only hedged reports give this value; not a dispute")


class OtherDate(BaseModel):
    """Another date given for a stage by sources whose figures match it: shown, not counted twice."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    date: date
    sources: list[str]


class TallyStage(BaseModel):
    """One reconciled stage (one day of handovers)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    date: date
    stage_number: int | None = None
    status: StageStatus
    sources: list[str]
    ukraine: Figures
    russia: Figures
    alternatives: list[Alternative] = Field(default_factory=list)
    approximate: list[str] = Field(
        default_factory=list, description='Figures resolved from hedged reports only, e.g. "ukraine.total"'
    )
    other_dates: list[OtherDate] = Field(
        default_factory=list, description="Dates a lone source gave this stage, a day off, with its very figures"
    )


SideName = Literal["ukraine", "russia"]
FieldName = Literal["total", "military", "civilian"]
INCOMPLETE_HELP = "Per side, the fields whose sum leaves out a stage that does not report them: lower bounds"


class Progress(BaseModel):
    """Share of the agreed total returned so far, per side; null without an agreement."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    ukraine: float | None = None
    russia: float | None = None


class Agreed(BaseModel):
    """The agreed number of people to return to each side; null where no agreement names it."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    ukraine: int | None = None
    russia: int | None = None


class Exchange(BaseModel):
    """Stages that belong to one agreed exchange (consecutive days)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    exchange_id: str
    agreed_per_side: int | None = Field(default=None, description="Set when both sides' agreed figures match")
    agreed: Agreed = Field(default_factory=Agreed)
    progress: Progress = Field(default_factory=Progress)
    totals: dict[Literal["ukraine", "russia"], Figures] = Field(
        default_factory=dict, description="Sum of this exchange's stages per side"
    )
    incomplete: dict[SideName, list[FieldName]] = Field(default_factory=dict, description=INCOMPLETE_HELP)
    stages: list[TallyStage]


class Check(BaseModel):
    """A cumulative claim compared with the sum of the stages it covers."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    claim: str = Field(description="The sentence that makes the claim")
    side: Literal["ukraine", "russia"]
    field: Literal["total", "military", "civilian"] = "total"
    approximate: bool = Field(default=False, description="Hedged claim: ok within a tolerance")
    date: date
    claimed: int
    computed: int
    ok: bool
    sources: list[str]


class Tally(BaseModel):
    """The deduplicated tally of one conflict; the same reports always give the same bytes."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    schema_version: Literal[1] = SCHEMA_VERSION
    conflict: str
    as_of: date | None = Field(description="Latest date among the reports (deterministic, not wall clock)")
    reports: int = Field(ge=0, description="Distinct stage reports considered")
    totals: dict[Literal["ukraine", "russia"], Figures]
    incomplete: dict[SideName, list[FieldName]] = Field(default_factory=dict, description=INCOMPLETE_HELP)
    exchanges: list[Exchange]
    checks: list[Check]


class ReportView(BaseModel):
    """One report behind a stage, as shown by `GET /tally/stages/{date}`."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    event_id: str
    source: str
    published: date | None
    kind: StageKind
    ukraine: SideFigures
    russia: SideFigures
    evidence: list[Evidence]
    agrees: bool = Field(description="True when every figure it gives matches the resolved stage")


class StageView(BaseModel):
    """A stage with every supporting and conflicting report and its evidence."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    stage: TallyStage
    reports: list[ReportView]
