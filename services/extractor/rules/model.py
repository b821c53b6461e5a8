"""The intermediate records of extraction: a figure found in one sentence, and a sentence's reading."""

from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from schemas import Authority, StageKind
from services.extractor.rules.sentences import Sentence


class Finding(NamedTuple):
    """One figure for one side and field, as a single sentence states it."""

    kind: StageKind
    side: str  # ukraine | russia | both | combined
    field: str  # total | military | civilian
    value: int
    approximate: bool = False
    strength: int = 2  # 2 stated, 1 inferred, 0 defaulted ("exchanged 307" read as each side)
    listed: bool = True  # a total stated or enumerated; False when implied by one category ("307 POWs")
    additive: bool = False  # freed on top of the exchange
    correction: str | None = None  # retracted | corrected
    day: date | None = None  # the day the sentence gives for this figure, if any
    echo: bool = False  # restates a figure ("the 248 Russian servicemen ...") without speaking of a handover


@dataclass(frozen=True, slots=True)
class Reading:
    """What one sentence contributes: its findings, stated day, attribution and stage number."""

    index: int
    sentence: Sentence
    findings: tuple[Finding, ...] = ()
    day: date | None = None
    period: tuple[int | None, int] | None = None  # (year, month) named without a day: "in January 2024"
    authority: Authority = Authority.PRESS
    stage_number: int | None = None


Item = tuple[int, Authority, Finding]  # (sentence index, authority, finding)
