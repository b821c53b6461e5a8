"""Dash asides inside an enumeration: "224 were servicemen — soldiers, guardsmen and sailors — and six were
civilians" lists two parts; the aside between the dashes only says who the first part are.

A pair of dashes enclosing words and no figure is skipped when deciding whether two head counts are items of
one list, as brackets would be. Head counts inside an aside right after another one ("96 are servicewomen - 11
officers and 85 privates - and 12 are civilians") break that part down and are no parts of the list.
"""

from typing import Final

from services.extractor.rules.mentions import Mention

_DASHES: Final = frozenset({"—", "–", "-"})
_ASIDE_REACH: Final = 16  # tokens an aside may hold


def without_asides(gap: list[str]) -> list[str]:
    """`gap` with every figureless aside between two dashes (the dashes included) left out."""
    out: list[str] = []
    k = 0
    while k < len(gap):
        if gap[k] in _DASHES:
            close = next((j for j in range(k + 1, min(len(gap), k + 1 + _ASIDE_REACH)) if gap[j] in _DASHES), -1)
            # an aside opening right after the first part may break it down with figures of its own
            if close != -1 and (k == 0 or not any(t[:1].isdigit() for t in gap[k + 1 : close])):
                k = close + 1
                continue
        out.append(gap[k])
        k += 1
    return out


_HYPHEN_ASIDE_MIN: Final = 2  # "96 are soldiers - officers and privates - and 12": "1,000-for-1,000" holds one word


def hyphen_asides(tokens: list[str]) -> set[int]:
    """The positions of spaced hyphens that open or close an aside inside a sentence (not a bullet or "N-for-N")."""
    found: set[int] = set()
    k = 1
    while k < len(tokens):
        if tokens[k] == "-" and tokens[k - 1][:1].isalpha():
            close = next((j for j in range(k + 1, min(len(tokens), k + 1 + _ASIDE_REACH)) if tokens[j] == "-"), -1)
            if close - k > _HYPHEN_ASIDE_MIN:
                found |= {k, close}
                k = close
        k += 1
    return found


def _aside_after(tokens: list[str], end: int) -> tuple[int, int] | None:
    """The [open, close] dashes of an aside right after the noun phrase ending at `end`, if any."""
    if end + 1 >= len(tokens) or tokens[end + 1] not in _DASHES:
        return None
    close = next((j for j in range(end + 2, min(len(tokens), end + 2 + _ASIDE_REACH)) if tokens[j] in _DASHES), -1)
    return (end + 1, close) if close != -1 else None


def outside_asides(tokens: list[str], mentions: list[Mention]) -> list[Mention]:
    """Drop the head counts inside a dash aside that follows another head count ("96 are servicewomen - 11
    officers and 85 privates - and 12 are civilians"): the aside breaks down that one part, it adds no part."""
    asides = [span for m in mentions if (span := _aside_after(tokens, m.end)) is not None]
    if not asides:
        return mentions
    return [m for m in mentions if not any(lo < m.quantity.first < hi for lo, hi in asides)]
