"""People freed "together with them": the side of the people the sentence before counted.

"175 defenders came home. Together with them, eight civilians were freed": "them" are the people just counted,
and those freed with them go home to the same side. A sentence that names no side of its own opening "together
with them", "along with them", "alongside them" or "with them" takes the one side the sentence before counted;
its people are counted besides them, so they add to that side's handover.
"""

from typing import Final

from services.extractor.rules.model import Reading

_OPENERS: Final = ("together with them", "along with them", "alongside them", "with them,", "with them ")


def with_them_side(text: str, lower: str, start: int, readings: list[Reading]) -> str | None:
    """The side of the reading just before a sentence opening "Together with them, ...", if it counted one side."""
    if not readings or not lower.startswith(_OPENERS, start) or text[readings[-1].sentence.end : start].strip():
        return None
    sides = {f.side for f in readings[-1].findings}
    return sides.pop() if len(sides) == 1 and sides <= {"ukraine", "russia"} else None
