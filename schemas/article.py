"""The `Article` contract: one news report as published to the `articles` topic."""

import hashlib
import re
import unicodedata
from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION: Literal[1] = 1

_SPACES = re.compile(r"[^\S\n]+")  # any whitespace but a line break (tabs, NBSP, CR, ...)
_BLANK_RUNS = re.compile(r"\n{3,}")
_LINE_BREAKS = re.compile(r"\r\n?|[\n\v\f\u0085\u2028\u2029]")


def normalise_text(text: str) -> str:
    """Return the canonical form of an article body: NFC, one line per paragraph, single spaces.

    Line structure survives because a paragraph break is a hard sentence
    boundary: a headline must not run into the lead. Each line is stripped,
    runs of other whitespace become one space, and a run of blank lines
    becomes one blank line (a paragraph break, which tells a hard-wrapped
    paragraph's inner line breaks from the breaks between paragraphs). The
    article id hashes this form, so re-publishing a file with other line
    endings, more blank lines or trailing blanks keeps its id.
    """
    unified = _LINE_BREAKS.sub("\n", unicodedata.normalize("NFC", text))
    lines = "\n".join(_SPACES.sub(" ", line).strip() for line in unified.split("\n")).strip("\n")
    return _BLANK_RUNS.sub("\n\n", lines)


def article_id_for(normalised_text: str) -> str:
    """Return the sha256 hex digest that identifies an article by its normalised text."""
    return hashlib.sha256(normalised_text.encode("utf-8")).hexdigest()


class Article(BaseModel):
    """A news article, normalised by the feeder; `article_id` is stable across replays."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    schema_version: Literal[1] = SCHEMA_VERSION
    article_id: str = Field(pattern=r"^[0-9a-f]{64}$", description="sha256 of the normalised text")
    source: str = Field(min_length=1, max_length=500, description="Outlet or file name")
    published: date | None = Field(description="Publication date from the header, if any")
    received_at: datetime = Field(description="When the feeder published it (UTC)")
    text: str = Field(min_length=1, description="The article body, normalised")
