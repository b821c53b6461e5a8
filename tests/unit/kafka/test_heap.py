"""The heap freezer: start-up and held-state objects leave the collector's full passes."""

import gc
from collections.abc import Iterator

import pytest

from services.kafka import heap
from services.kafka.heap import StateFreezer, freeze_long_lived


@pytest.fixture(autouse=True)
def unfrozen() -> Iterator[None]:
    gc.unfreeze()
    yield
    gc.unfreeze()


def test_freezing_takes_the_live_objects_out_of_the_collectors_view() -> None:
    held = [{"side": "ukraine", "total": index} for index in range(1000)]
    frozen = freeze_long_lived("test")
    assert frozen == gc.get_freeze_count() >= len(held)
    assert not any(item is held[0] for item in gc.get_objects())


def test_the_state_is_frozen_again_only_once_it_has_grown_by_a_quarter(monkeypatch: pytest.MonkeyPatch) -> None:
    reasons: list[str] = []
    monkeypatch.setattr(heap, "freeze_long_lived", lambda reason: reasons.append(reason) or 0)
    freezer = StateFreezer(2000)
    assert not freezer.observe(2400)  # +20 %
    assert freezer.observe(2500) and freezer.frozen_size == 2500
    assert not freezer.observe(3000)
    assert reasons == ["held state grew"]


def test_a_small_state_waits_for_a_minimum_growth(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(heap, "freeze_long_lived", lambda reason: 0)
    freezer = StateFreezer()
    assert not freezer.observe(heap.STATE_MIN_GROWTH - 1)
    assert freezer.observe(heap.STATE_MIN_GROWTH)
