"""Keep the garbage collector's full passes short, so they do not turn into tail latency.

A full (generation 2) collection walks every object the collector tracks. In a worker most of
them live as long as the process: the code and framework objects loaded at start-up (about 85,000)
and the reports the aggregator holds (about 20 objects each). Walking them took 80-130 ms per pass
with 10,000 articles absorbed (bench/RESULTS.md, session 9), longer than the whole latency budget.
`gc.freeze()` moves what exists now out of the collector's view. Frozen objects are still freed by
reference counting when their last reference goes (a replaced report is); only a reference cycle
among them would outlive it, and `gc.collect()` runs first, so no cycle that is already garbage is
frozen.
"""

import gc
from typing import Final

from services.logs import get_logger

log = get_logger("heap")

STATE_GROWTH: Final = 1.25  # freeze again once the held state is this much larger than at the last freeze
STATE_MIN_GROWTH: Final = 256  # ... and at least this many items larger (no freezing of a tiny state)


def freeze_long_lived(reason: str) -> int:
    """Collect once, then exempt every surviving object from later collections; return how many are frozen."""
    gc.collect()
    gc.freeze()
    frozen = gc.get_freeze_count()
    log.info("heap frozen", extra={"reason": reason, "frozen_objects": frozen})
    return frozen


class StateFreezer:
    """Freeze the heap each time a long-lived state has grown by a fixed share since the last freeze.

    The reports an aggregator holds arrive while it runs, not only at recovery; without this they
    stay in every full pass. Growth by a share keeps the number of freezes logarithmic in the
    state's size, and what a full pass still walks below a quarter of the state.
    """

    def __init__(self, size: int = 0) -> None:
        self.frozen_size = size

    def observe(self, size: int) -> bool:
        """Freeze when `size` (items held now) has outgrown the last freeze; True when it did."""
        if size < max(self.frozen_size * STATE_GROWTH, self.frozen_size + STATE_MIN_GROWTH):
            return False
        freeze_long_lived("held state grew")
        self.frozen_size = size
        return True
