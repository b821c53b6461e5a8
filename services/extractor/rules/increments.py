"""Head counts that add a batch to the ones before: "307 more soldiers", "another 307", "a further 307".

Such a figure counts what one more handover brought, so it is never a running total, even in a clause whose
other figure is one ("307 more each way, 697 home in two days").
"""

from typing import Final

from services.extractor.rules.mentions import Mention

_ANOTHER: Final = frozenset({"another"})


def is_increment(tokens: list[str], mention: Mention) -> bool:
    """True for "N more <people>" (not "N more than"), "another N" and "a further N"."""
    first, last = mention.quantity.first, mention.quantity.last
    after = tokens[last + 1 : last + 3]
    if after[:1] == ["more"] and after[1:] != ["than"]:
        return True
    return (first > 0 and tokens[first - 1] in _ANOTHER) or tokens[max(first - 2, 0) : first] == ["a", "further"]
