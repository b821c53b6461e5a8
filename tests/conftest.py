"""Shared test fixtures and constants: the repository's paths and whether we run in CI."""

import os
from pathlib import Path

import pytest

from services.settings import PROJECT_ROOT

REPO_ROOT = PROJECT_ROOT
SEEDS_DIR = REPO_ROOT / "seeds"
SHARED_JAR_CACHE = REPO_ROOT / "var" / "kafka-lib"  # jars are resolved once per clone, whatever the test state dir


def in_ci() -> bool:
    """Return True under CI (`CI=true`), where a missing dependency must fail a test, never skip it."""
    return os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}


def skip_or_fail(reason: str) -> None:
    """Skip locally with `reason`; fail under CI, so CI never passes by skipping."""
    if in_ci():
        pytest.fail(f"{reason} (CI=true: failing instead of skipping)", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    """The five seed articles shipped with the repository."""
    return SEEDS_DIR
