"""An extractor-only worker batches its stage events; a worker that publishes the tally does not wait."""

from pathlib import Path

import pytest

from services.kafka.app import EXTRACTOR_LINGER_MS, Role, create_faust_app, producer_linger_ms
from services.settings import Settings


@pytest.mark.parametrize(
    ("role", "expected"), [(Role.EXTRACTOR, EXTRACTOR_LINGER_MS), (Role.AGGREGATOR, 0), (Role.ALL, 0)]
)
def test_the_default_linger_depends_on_the_role(tmp_path: Path, role: Role, expected: int) -> None:
    assert producer_linger_ms(Settings(state_dir=tmp_path), role) == expected


def test_a_configured_linger_wins_for_every_role(tmp_path: Path) -> None:
    settings = Settings(state_dir=tmp_path, producer_linger_ms=3)
    assert {producer_linger_ms(settings, role) for role in Role} == {3}


def test_the_faust_app_gets_the_role_linger(tmp_path: Path) -> None:
    assert EXTRACTOR_LINGER_MS > 0
    app = create_faust_app(Settings(state_dir=tmp_path), Role.EXTRACTOR)
    assert app.conf.producer_linger_ms == EXTRACTOR_LINGER_MS
    assert create_faust_app(Settings(state_dir=tmp_path), Role.ALL).conf.producer_linger_ms == 0
