"""An echo of the swapped group when people were freed on top: "swapped 40 for 40, and also freed 12 wounded ...
The 40 Ukrainian soldiers are ...".

The side's total then holds the on-top people (52), so the echo's 40 matches no total; it restates the swap's own
figure, and its category adds to the on-top people's one (40 soldiers + 12 wounded soldiers), as a stated
"40 soldiers for 40" would.
"""

from services.extractor.rules.model import Finding, Item


def restates_swapped(items: list[Item], echo: Finding) -> bool:
    """True when `echo` (a category figure of one side) restates the swap's total for that side or both, and the
    side's figures in the echo's category so far are all on-top ones."""
    swapped = any(f.field == "total" and f.value == echo.value and f.side in {echo.side, "both"}
                  and not (f.additive or f.echo or f.correction) for _, _, f in items)
    same = [f for _, _, f in items if f.side == echo.side and f.field == echo.field]
    return swapped and bool(same) and all(f.additive for f in same)
