"""The page's static assets: only whitelisted names are served, with the right types, from memory."""

import re
from pathlib import Path

import pytest

from services.web.assets import (
    CONTENT_TYPES,
    STATIC_DIR,
    AssetStore,
    asset_path,
    content_type_for,
    etag_matches,
    load_asset,
)

HOSTILE_NAMES = [
    "",
    ".",
    "..",
    "../page.py",
    "..%2Fpage.py",
    "..\\page.py",
    "/etc/passwd",
    "static/app.css",
    "./app.css",
    "app.css/",
    "app.css/../app.js",
    "APP.CSS",
    "app.css ",
    "app.css\x00.html",
    "app.css.map",
    "__init__.py",
    "../../services/settings.py",
]


def test_every_whitelisted_asset_exists_in_the_static_folder() -> None:
    on_disk = {path.name for path in STATIC_DIR.iterdir() if path.is_file()}
    assert set(CONTENT_TYPES) <= on_disk


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("index.html", "text/html; charset=utf-8"),
        ("app.css", "text/css; charset=utf-8"),
        ("app.js", "text/javascript; charset=utf-8"),
        ("favicon.svg", "image/svg+xml"),
    ],
)
def test_content_type_follows_the_file_kind(name: str, expected: str) -> None:
    assert content_type_for(name) == expected
    assert load_asset(name).content_type == expected


@pytest.mark.parametrize("name", HOSTILE_NAMES)
def test_names_outside_the_whitelist_are_refused(name: str) -> None:
    assert content_type_for(name) is None
    assert asset_path(name) is None
    assert AssetStore().get(name) is None
    with pytest.raises(KeyError):
        load_asset(name)


def test_whitelisted_paths_stay_inside_the_static_folder() -> None:
    for name in CONTENT_TYPES:
        path = asset_path(name)
        assert path is not None
        assert path.resolve().parent == STATIC_DIR.resolve()


def test_store_serves_the_bytes_on_disk() -> None:
    store = AssetStore()
    assert store.names() == sorted(CONTENT_TYPES)
    for name in CONTENT_TYPES:
        asset = store.get(name)
        assert asset is not None
        assert asset.body == (STATIC_DIR / name).read_bytes()


def test_a_missing_asset_fails_at_start_up_not_at_request_time(tmp_path: Path) -> None:
    for name in CONTENT_TYPES:
        if name != "app.js":
            (tmp_path / name).write_text("x")
    with pytest.raises(FileNotFoundError):
        AssetStore(tmp_path)


def test_etag_is_stable_and_changes_with_the_content(tmp_path: Path) -> None:
    (tmp_path / "app.css").write_text("body { color: red; }")
    first = load_asset("app.css", tmp_path).etag
    assert load_asset("app.css", tmp_path).etag == first
    (tmp_path / "app.css").write_text("body { color: blue; }")
    assert load_asset("app.css", tmp_path).etag != first
    assert first.startswith('"') and first.endswith('"')


@pytest.mark.parametrize(
    ("header", "matches"),
    [
        (None, False),
        ("", False),
        ('"abc"', True),
        ('W/"abc"', True),
        ('"zzz", "abc"', True),
        ("*", True),
        ('"abcd"', False),
        ("abc", False),
    ],
)
def test_if_none_match(header: str | None, matches: bool) -> None:
    assert etag_matches(header, '"abc"') is matches


def test_page_references_only_its_own_assets() -> None:
    html = (STATIC_DIR / "index.html").read_text()
    references = re.findall(r'(?:src|href)="([^"]*)"', html)
    assert references, "the page should load its stylesheet and script"
    for reference in references:
        assert reference.startswith(("/", "#")) and not reference.startswith("//"), reference
        if reference.startswith("/static/"):
            assert reference.removeprefix("/static/") in CONTENT_TYPES, reference


@pytest.mark.parametrize("name", ["index.html", "app.css", "app.js", "favicon.svg"])
def test_assets_name_no_external_host(name: str) -> None:
    text = (STATIC_DIR / name).read_text()
    # The SVG namespace is an identifier, never fetched; anything else with a scheme would be.
    found = re.findall(r"(?:https?:)?//[\w.-]+\.[a-z]{2,}[^\s\"')]*", text)
    urls = [url for url in found if "www.w3.org/2000/svg" not in url]
    assert urls == []
    assert "@import" not in text
