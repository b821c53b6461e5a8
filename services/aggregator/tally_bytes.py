"""Encode a `Tally` to the codec's exact bytes, reusing the JSON of exchanges and checks seen before.

`schemas.encode` dumps the whole tally on every change; most exchanges and checks are the very
same objects as in the previous tally (see `IncrementalTally`), so their dumped form is kept.
"""

from typing import Any

import orjson
from pydantic import BaseModel

from schemas import Tally

_PARTS = ("exchanges", "checks")


class TallyEncoder:
    """Remembers the dumped JSON of the parts of the last tally it encoded."""

    def __init__(self) -> None:
        self._dumps: dict[int, tuple[BaseModel, Any]] = {}

    def _dump(self, part: BaseModel, used: dict[int, tuple[BaseModel, Any]]) -> Any:
        held = self._dumps.get(id(part))
        if held is None or held[0] is not part:
            held = (part, part.model_dump(mode="json"))
        used[id(part)] = held  # holding `part` keeps its id from being reused
        return held[1]

    def encode(self, tally: Tally) -> bytes:
        """Return `schemas.encode(tally)`: the same dict, dumped with sorted keys."""
        used: dict[int, tuple[BaseModel, Any]] = {}
        data = tally.model_dump(mode="json", exclude=set(_PARTS))
        for name in _PARTS:
            data[name] = [self._dump(part, used) for part in getattr(tally, name)]
        self._dumps = used
        return orjson.dumps(data, option=orjson.OPT_SORT_KEYS)
