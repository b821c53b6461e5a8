"""Headless Chromium (Debian's package) driven by Playwright, for the live page's browser tests.

Playwright's own browser downloads are never used: the tests launch the system `chromium`, so
`playwright install` (which fetches from the internet) is not part of the setup.
"""

import os
import shutil
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from services.settings import PROJECT_ROOT
from tests.conftest import skip_or_fail

ARTIFACTS = PROJECT_ROOT / "artifacts"  # git-ignored; CI uploads it
CHROMIUM_CANDIDATES = ("/usr/bin/chromium", "/usr/bin/chromium-browser")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
# Resolve no host name except loopback: the browser cannot reach anything but this machine.
LOOPBACK_ONLY = "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost"
LOOPBACK_HOSTS = {"127.0.0.1", "localhost", "::1", "[::1]"}


def chromium_path() -> Path:
    """Return the system Chromium; skip locally (fail under CI) when it is not installed."""
    override = os.environ.get("CHROMIUM_PATH")
    candidates = [override] if override else [*CHROMIUM_CANDIDATES, shutil.which("chromium") or ""]
    for candidate in candidates:
        if candidate and Path(candidate).is_file() and os.access(candidate, os.X_OK):
            return Path(candidate)
    skip_or_fail("headless Chromium is not installed (deploy/scripts/install-system-packages.sh installs it)")
    raise AssertionError("unreachable")


def is_loopback(url: str) -> bool:
    """Return True for URLs the page may fetch: loopback HTTP, or data/blob URLs that fetch nothing."""
    parts = urlsplit(url)
    if parts.scheme in {"data", "blob", "about"}:
        return True
    return parts.scheme in {"http", "https", "ws", "wss"} and (parts.hostname or "") in LOOPBACK_HOSTS


@asynccontextmanager
async def chromium(*extra_args: str) -> AsyncIterator[Any]:
    """Launch headless system Chromium; yield the Playwright Browser and close it afterwards."""
    executable = chromium_path()
    try:
        from playwright.async_api import async_playwright
    except ImportError:
        skip_or_fail("playwright is not installed in this environment")
        raise
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(
            executable_path=str(executable), headless=True, args=[*CHROMIUM_ARGS, *extra_args]
        )
        try:
            yield browser
        finally:
            await browser.close()


async def save_screenshot(page: Any, name: str) -> Path:
    """Save a full-page screenshot under artifacts/ and return its path."""
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / name
    await page.screenshot(path=str(path), full_page=True)
    return path
