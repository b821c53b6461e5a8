"""The live page in real headless Chromium against a real worker and broker.

The page is opened before the seeds are replayed and must reach the seed tally by itself (server-sent
events, no reload); it must also render with the browser cut off from everything but loopback.
"""

import asyncio
import re
import sys
from pathlib import Path
from typing import Any

import pytest

from schemas.article import normalise_text
from services.settings import PROJECT_ROOT, Settings
from tests.integration.browser import LOOPBACK_ONLY, chromium, chromium_path, is_loopback, save_screenshot
from tests.integration.workers import WorkerProcess, settings_env, start_worker

pytestmark = [pytest.mark.integration, pytest.mark.browser]

SEEDS = sorted(PROJECT_ROOT.joinpath("seeds").glob("*.txt"))
SEED_TEXTS = [normalise_text(path.read_text(encoding="utf-8")) for path in SEEDS]
UPDATE_TIMEOUT_MS = 90_000
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 375, "height": 812}


@pytest.fixture(scope="session", autouse=True)
def require_chromium() -> None:
    """Find Chromium before the broker and workers start, so a missing browser is reported at once."""
    chromium_path()


async def replay_seeds(settings: Settings, seeds: list[Path] = SEEDS) -> None:
    """Publish seeds (all five by default) with the real CLI while the browser keeps the page open."""
    replay = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "services", "replay", *map(str, seeds), "--asap",
        env=settings_env(settings), cwd=PROJECT_ROOT,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT,
    )
    output, _ = await asyncio.wait_for(replay.communicate(), 120)
    assert replay.returncode == 0, output.decode(errors="replace")


async def expect_seed_tally(page: Any) -> None:
    from playwright.async_api import expect

    by = page.get_by_test_id
    await expect(by("side-total-ukraine")).to_have_text("697", timeout=UPDATE_TIMEOUT_MS)
    await expect(by("side-total-russia")).to_have_text("697", timeout=UPDATE_TIMEOUT_MS)
    await expect(by("stage-row")).to_have_count(2, timeout=UPDATE_TIMEOUT_MS)
    await expect(by("agreed-total")).to_have_text("1,000", timeout=UPDATE_TIMEOUT_MS)
    await expect(by("side-military-ukraine")).to_have_text("577")
    await expect(by("side-civilian-russia")).to_have_text("120")
    await expect(by("stage-row").nth(0)).to_have_attribute("data-date", "2025-05-23")
    await expect(by("stage-row").nth(1)).to_have_attribute("data-date", "2025-05-24")


def from_a_seed(sentence: str) -> bool:
    return any(normalise_text(sentence) in text for text in SEED_TEXTS)


async def test_page_updates_itself_while_the_seeds_replay(settings: Settings, worker: WorkerProcess) -> None:
    from playwright.async_api import expect

    async with chromium() as browser:
        page = await browser.new_page(viewport=DESKTOP)
        errors: list[str] = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        navigations: list[str] = []
        page.on("framenavigated", lambda frame: navigations.append(frame.url) if frame == page.main_frame else None)
        await page.goto(f"{worker.url}/")
        by = page.get_by_test_id
        await expect(by("connection-state")).to_have_attribute("data-state", "live", timeout=30_000)
        await expect(by("last-updated")).not_to_have_text("never")
        first_update = await by("last-updated").get_attribute("datetime")
        assert await by("side-total-ukraine").text_content() == "0"
        assert await by("stage-row").count() == 0
        await page.evaluate("window.__openedBeforeReplay = true")

        try:
            # the first two seeds give Ukraine's second-day soldiers but not the first day's split
            await replay_seeds(settings, SEEDS[:2])
            await expect(by("side-military-ukraine")).to_have_text("≥307", timeout=UPDATE_TIMEOUT_MS)
            await expect(by("side-total-ukraine")).to_have_text("697")
            await replay_seeds(settings)
            await expect_seed_tally(page)
            await expect(by("side-military-ukraine")).not_to_have_attribute("title", re.compile("."))
        except Exception:
            await save_screenshot(page, "live-page-failure.png")
            raise AssertionError(f"page did not reach the seed tally; worker log:\n{worker.log_tail()}") from None

        # the same document, updated in place: no reload, no navigation
        assert await page.evaluate("window.__openedBeforeReplay === true")
        assert navigations == [f"{worker.url}/"]
        assert await by("last-updated").get_attribute("datetime") != first_update
        await expect(by("connection-state")).to_have_attribute("data-state", "live")
        await expect(by("connection-state")).to_have_text("Live")

        # open the first stage: its reports, each with the sentences that support its figures
        first_stage = by("stage-row").nth(0)
        await first_stage.get_by_role("button").click()
        await expect(first_stage.get_by_role("button")).to_have_attribute("aria-expanded", "true")
        evidence = first_stage.get_by_test_id("evidence")
        await expect(evidence.first).to_be_visible(timeout=30_000)
        sentences = [text.strip() for text in await evidence.locator("p").all_text_contents()]
        assert sentences and all(from_a_seed(sentence) for sentence in sentences), sentences
        await expect(first_stage.get_by_test_id("report-source").first).not_to_be_empty()
        published = await first_stage.get_by_test_id("report-published").all_text_contents()
        assert any("2025" in text for text in published), published
        statuses = await by("stage-status").all_text_contents()
        assert set(statuses) <= {"Confirmed", "Single source", "Disputed"}, statuses

        desktop = await save_screenshot(page, "live-page-desktop.png")
        await page.set_viewport_size(PHONE)
        await page.wait_for_timeout(300)
        overflow = await page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, f"the page is {overflow}px wider than a phone screen"
        phone = await save_screenshot(page, "live-page-phone.png")
        assert desktop.stat().st_size > 0 and phone.stat().st_size > 0
        assert errors == []


async def test_page_fetches_nothing_beyond_loopback(settings: Settings, worker: WorkerProcess) -> None:
    from playwright.async_api import expect

    await replay_seeds(settings)
    async with chromium(LOOPBACK_ONLY) as browser:
        context = await browser.new_context(viewport=DESKTOP)
        requested: list[str] = []
        blocked: list[str] = []

        async def loopback_only(route: Any) -> None:
            if is_loopback(route.request.url):
                await route.continue_()
            else:
                blocked.append(route.request.url)
                await route.abort("internetdisconnected")

        await context.route("**/*", loopback_only)
        page = await context.new_page()
        page.on("request", lambda request: requested.append(request.url))
        errors: list[str] = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        # A fetch the Content-Security-Policy refuses never reaches the network (nor `requested`),
        # so the policy's refusals are collected too: the page must not even try.
        refused: list[str] = []

        def note_refusal(message: Any) -> None:
            if "Content Security Policy" in message.text:
                refused.append(message.text)

        page.on("console", note_refusal)

        await page.goto(f"{worker.url}/")
        await expect_seed_tally(page)
        first_stage = page.get_by_test_id("stage-row").nth(0)
        await first_stage.get_by_role("button").click()
        await expect(first_stage.get_by_test_id("evidence").first).to_be_visible(timeout=30_000)
        await expect(page.get_by_test_id("connection-state")).to_have_attribute("data-state", "live")
        # the stylesheet came from the worker: the masthead has its colour, not the browser default
        background = await page.evaluate("getComputedStyle(document.querySelector('.masthead')).backgroundColor")
        assert background not in ("rgba(0, 0, 0, 0)", "transparent"), background

        assert blocked == []
        assert refused == []
        assert requested, "the page made no request at all?"
        assert all(is_loopback(url) for url in requested), [url for url in requested if not is_loopback(url)]
        paths = {url.removeprefix(worker.url) for url in requested}
        assert {"/", "/static/app.css", "/static/app.js", "/tally/events"} <= paths, paths
        assert errors == []

        # and the cut-off is real: anything beyond loopback fails to load from this browser
        probe = await context.new_page()
        with pytest.raises(Exception, match="ERR_"):
            await probe.goto("http://example.com/", timeout=15_000)
        assert blocked == ["http://example.com/"]
        await context.close()


async def test_page_reconnects_when_the_worker_restarts(settings: Settings) -> None:
    from playwright.async_api import expect

    first = start_worker(settings)
    second: WorkerProcess | None = None
    try:
        first.wait_ready()
        async with chromium() as browser:
            page = await browser.new_page(viewport=DESKTOP)
            await page.goto(f"{first.url}/")
            state = page.get_by_test_id("connection-state")
            await expect(state).to_have_attribute("data-state", "live", timeout=30_000)
            await page.evaluate("window.__sameDocument = true")

            first.stop()
            await expect(state).to_have_attribute("data-state", "reconnecting", timeout=30_000)
            await expect(state).to_have_text("Reconnecting")

            second = start_worker(settings)  # same port and state: what a restart looks like to the page
            second.wait_ready()
            await expect(state).to_have_attribute("data-state", "live", timeout=60_000)
            await replay_seeds(settings)
            await expect_seed_tally(page)  # the stream after the reconnect is live, not just open
            assert await page.evaluate("window.__sameDocument === true")
    finally:
        first.stop()
        if second is not None:
            second.stop()
