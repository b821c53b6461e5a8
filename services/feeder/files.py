"""Turn article files into `Article`s: header parsing, normalisation, and clear errors for bad input."""

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

from schemas.article import Article, article_id_for, normalise_text

# The optional first line marker of the seeds: " date 2025-05-24 " before the body.
_HEADER = re.compile(r"\A\s*date\s+(\d{4}-\d{2}-\d{2})(?:\s+|\Z)")
_BOM = "\ufeff"


class FeedError(ValueError):
    """An input the feeder cannot publish; `source` names the file and `reason` is machine-readable."""

    def __init__(self, source: str, reason: str, detail: str) -> None:
        super().__init__(f"{source}: {detail}")
        self.source = source
        self.reason = reason
        self.detail = detail


class HeaderError(ValueError):
    """A header that looks like ` date ... ` but does not hold a real calendar date."""


def parse_header(text: str) -> tuple[date | None, str]:
    """Split the optional leading ` date YYYY-MM-DD ` header from the body.

    Text without the header comes back whole with a None date; a header whose date does not
    exist (e.g. 2025-02-30) raises `HeaderError` rather than being mistaken for body text.
    """
    stripped = text.removeprefix(_BOM)
    match = _HEADER.match(stripped)
    if match is None:
        return None, stripped
    try:
        published = date.fromisoformat(match.group(1))
    except ValueError as exc:
        raise HeaderError(f"header date {match.group(1)!r} is not a calendar date") from exc
    return published, stripped[match.end() :]


def article_from_text(
    text: str, source: str, received_at: datetime | None = None, *, max_bytes: int | None = None
) -> Article:
    """Build an `Article` from raw text (header optional); raise `FeedError` naming `source` if unusable."""
    if max_bytes is not None and len(text.encode("utf-8")) > max_bytes:
        raise FeedError(source, "too_large", f"larger than the {max_bytes}-byte limit")
    if "\x00" in text:
        raise FeedError(source, "binary", "looks binary (contains NUL bytes), not an article")
    try:
        published, body = parse_header(text)
    except HeaderError as exc:
        raise FeedError(source, "bad_header", str(exc)) from exc
    normalised = normalise_text(body)
    if not normalised:
        raise FeedError(source, "empty", "has no article text")
    return Article(
        article_id=article_id_for(normalised),
        source=source[:500],
        published=published,
        received_at=received_at or datetime.now(UTC),
        text=normalised,
    )


def decode_bytes(data: bytes, source: str, *, max_bytes: int | None = None) -> str:
    """Decode raw input as UTF-8 text, raising `FeedError` for oversized, binary or non-UTF-8 data."""
    if max_bytes is not None and len(data) > max_bytes:
        raise FeedError(source, "too_large", f"is {len(data)} bytes, over the {max_bytes}-byte limit")
    if b"\x00" in data:
        raise FeedError(source, "binary", "looks binary (contains NUL bytes), not an article")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise FeedError(source, "not_utf8", f"is not UTF-8 text ({exc.reason} at byte {exc.start})") from exc


def read_article(path: Path, received_at: datetime | None = None, *, max_bytes: int | None = None) -> Article:
    """Read one article file; the source is the file name, the id the hash of its normalised text."""
    source = path.name
    try:
        size = path.stat().st_size
        if max_bytes is not None and size > max_bytes:
            raise FeedError(source, "too_large", f"is {size} bytes, over the {max_bytes}-byte limit")
        data = path.read_bytes()
    except IsADirectoryError as exc:
        raise FeedError(source, "unreadable", "is a folder, not a file") from exc
    except OSError as exc:
        raise FeedError(source, "unreadable", f"cannot be read ({exc.strerror or exc})") from exc
    if not data.strip():
        raise FeedError(source, "empty", "is empty")
    return article_from_text(decode_bytes(data, source, max_bytes=max_bytes), source, received_at)


@dataclass(frozen=True)
class Discovery:
    """Files found under the given paths (in publishing order), the paths that could not be used, and the
    files of a folder left out because they are not articles."""

    files: list[Path]
    errors: list[FeedError]
    ignored: list[FeedError] = field(default_factory=list)


def _is_hidden(path: Path) -> bool:
    return path.name.startswith(".")


# A folder of articles often carries its notes and labels too (a README, `*.expected.json`). Read as articles,
# a README's figures would become stage reports, so a folder yields only the files that can be articles; a
# file named on the command line is always read.
_DOCUMENT_NAMES = ("readme", "license", "licence", "changelog", "notice", "contributing")
_DATA_SUFFIXES = frozenset({".json", ".jsonl", ".ndjson", ".yaml", ".yml", ".toml", ".csv", ".tsv", ".py", ".sh"})


def not_an_article(path: Path) -> str | None:
    """Why a file found in a folder is not an article (None when it may be one)."""
    stem = path.name.lower().split(".", 1)[0]
    if stem in _DOCUMENT_NAMES:
        return "is the folder's documentation, not an article"
    if path.suffix.lower() in _DATA_SUFFIXES:
        return f"is a {path.suffix.lower()} data file, not an article"
    return None


def discover(paths: Iterable[Path]) -> Discovery:
    """Expand files and folders into article files: a folder gives its visible article files, sorted by name."""
    files: list[Path] = []
    errors: list[FeedError] = []
    ignored: list[FeedError] = []
    for path in paths:
        if path.is_dir():
            found = sorted((p for p in path.rglob("*") if p.is_file()), key=lambda p: p.relative_to(path).parts)
            visible = [p for p in found if not any(_is_hidden(Path(part)) for part in p.relative_to(path).parts)]
            articles = []
            for candidate in visible:
                reason = not_an_article(candidate)
                if reason is None:
                    articles.append(candidate)
                else:
                    ignored.append(FeedError(str(candidate), "not_an_article", reason))
            if not articles:
                errors.append(FeedError(str(path), "empty_folder", "folder holds no article files"))
            files.extend(articles)
        elif path.exists():
            files.append(path)
        else:
            errors.append(FeedError(str(path), "missing", "does not exist"))
    return Discovery(files=files, errors=errors, ignored=ignored)
