"""Contracts shared by every swaptally service: pydantic v2 models and their JSON codec."""

from schemas.article import SCHEMA_VERSION, Article
from schemas.codec import CodecError, decode, decode_article, decode_stage, decode_tally, encode
from schemas.dead_letter import DeadLetter, FailureStage
from schemas.stage import (
    Authority,
    Evidence,
    ExchangeStage,
    SideFigures,
    Sides,
    StageKind,
)
from schemas.tally import (
    Agreed,
    Alternative,
    Check,
    Exchange,
    Figures,
    OtherDate,
    Progress,
    StageStatus,
    StageView,
    Tally,
    TallyStage,
)

__all__ = [
    "SCHEMA_VERSION",
    "Agreed",
    "Alternative",
    "Article",
    "Authority",
    "Check",
    "CodecError",
    "DeadLetter",
    "Evidence",
    "Exchange",
    "ExchangeStage",
    "Figures",
    "FailureStage",
    "OtherDate",
    "Progress",
    "SideFigures",
    "Sides",
    "StageKind",
    "StageStatus",
    "StageView",
    "Tally",
    "TallyStage",
    "decode",
    "decode_article",
    "decode_stage",
    "decode_tally",
    "encode",
]
