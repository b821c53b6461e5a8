"""People freed on top with no side named: "Today 90 Ukrainians came home. ... In addition, six badly wounded
fighters and four civilians were handed back the same day."

A government's own release, or a story told from one side, names the receiving side once and then counts the
extras as "returned" or "handed back" without repeating it. When every figure the story stated for a side so far
was for one and the same side, the extras went there too; a story that has counted both sides leaves them unsided.
"""

from services.extractor.rules.extras import additive_position
from services.extractor.rules.model import Reading
from services.extractor.rules.tokens import phrase

_STATED: int = 2  # a side named by the sentence itself, not inferred or defaulted


def extras_side(tokens: list[str], readings: list[Reading]) -> str | None:
    """The one side the story counted so far, for a sentence that counts people freed on top."""
    found = {f.side for r in readings for f in r.findings if f.strength >= _STATED}
    if len(found) != 1 or not found <= {"ukraine", "russia"}:
        return None
    if additive_position(phrase(tokens, 0, len(tokens))) is None:
        return None
    return found.pop()
