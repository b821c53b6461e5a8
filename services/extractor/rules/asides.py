"""Dash asides inside an enumeration: "224 were servicemen — soldiers, guardsmen and sailors — and six were
civilians" lists two parts; the aside between the dashes only says who the first part are.

A pair of dashes enclosing words and no figure is skipped when deciding whether two head counts are items of
one list, as brackets would be.
"""

from typing import Final

_DASHES: Final = frozenset({"—", "–", "-"})
_ASIDE_REACH: Final = 16  # tokens an aside may hold


def without_asides(gap: list[str]) -> list[str]:
    """`gap` with every figureless aside between two dashes (the dashes included) left out."""
    out: list[str] = []
    k = 0
    while k < len(gap):
        if gap[k] in _DASHES:
            close = next((j for j in range(k + 1, min(len(gap), k + 1 + _ASIDE_REACH)) if gap[j] in _DASHES), -1)
            if close != -1 and not any(t[:1].isdigit() for t in gap[k + 1 : close]):
                k = close + 1
                continue
        out.append(gap[k])
        k += 1
    return out
