"""Static assets of the live page: a fixed whitelist of files, loaded once, served from memory.

Only names listed in `CONTENT_TYPES` are ever served, and a request name is never joined onto a
path, so a crafted name (`../settings.py`, an encoded slash, a NUL byte) cannot reach another file.
"""

import hashlib
from dataclasses import dataclass
from pathlib import Path

STATIC_DIR = Path(__file__).resolve().parent / "static"

CONTENT_TYPES: dict[str, str] = {
    "index.html": "text/html; charset=utf-8",
    "app.css": "text/css; charset=utf-8",
    "app.js": "text/javascript; charset=utf-8",
    "favicon.svg": "image/svg+xml",
}


@dataclass(frozen=True)
class Asset:
    """One servable file: its bytes, content type and a strong ETag for revalidation."""

    name: str
    body: bytes
    content_type: str
    etag: str


def content_type_for(name: str) -> str | None:
    """Return the content type of a whitelisted asset name, or None when it is not served."""
    return CONTENT_TYPES.get(name)


def asset_path(name: str, directory: Path = STATIC_DIR) -> Path | None:
    """Return the file behind a whitelisted name, or None for any other name."""
    if content_type_for(name) is None:
        return None
    return directory / name


def load_asset(name: str, directory: Path = STATIC_DIR) -> Asset:
    """Read one whitelisted asset; raise KeyError for a name outside the whitelist."""
    path = asset_path(name, directory)
    content_type = content_type_for(name)
    if path is None or content_type is None:
        raise KeyError(name)
    body = path.read_bytes()
    etag = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
    return Asset(name=name, body=body, content_type=content_type, etag=etag)


class AssetStore:
    """Every whitelisted asset read at start-up, so a missing file fails the worker, not a visitor."""

    def __init__(self, directory: Path = STATIC_DIR) -> None:
        self._assets = {name: load_asset(name, directory) for name in CONTENT_TYPES}

    def get(self, name: str) -> Asset | None:
        """Return the asset for a request name, or None when the name is not whitelisted."""
        return self._assets.get(name)

    def names(self) -> list[str]:
        """Return the served names."""
        return sorted(self._assets)


def etag_matches(if_none_match: str | None, etag: str) -> bool:
    """Return True when an If-None-Match header names `etag` (weak or strong) or is `*`."""
    if not if_none_match:
        return False
    candidates = {tag.strip().removeprefix("W/") for tag in if_none_match.split(",")}
    return "*" in candidates or etag in candidates
