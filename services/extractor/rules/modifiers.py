"""An "of ..." phrase naming whose people a list item counts does not end the enumeration.

"Kyiv got back 66 soldiers of the army and the navy, and also four medics.": the words between the two counts
are the first item's "of the army and the navy" and the glue ", and also"; the four medics are the second item
of the same list, as they would be right after "66 soldiers". An "of" phrase made only of the names of forces
needs no "and" of its own: "119 soldiers of the Armed Forces, 61 marines and ..." is one list already.
"""

from typing import Final

_GLUE: Final = frozenset({",", "and", "also", "as", "well", "plus"})
_CLAUSE_WORDS: Final = frozenset(
    "who whom which that where when while whereas but were was are is been being had have has will would said "
    "says in".split()
)
_FORCE_WORDS: Final = frozenset("the armed forces army navy national guard marine corps border service".split())
_REACH: Final = 24  # an "of" phrase longer than this is more than the names of a few forces


def of_phrase_glue(gap: list[str]) -> bool:
    """True when `gap` is an "of ..." phrase of the item before, then list glue with an "and" in it."""
    if len(gap) < 3 or gap[0] != "of":
        return False
    end = len(gap)
    while end > 1 and gap[end - 1] in _GLUE:
        end -= 1
    tail = gap[end:]
    forces = tail == [","] and all(word in _FORCE_WORDS for word in gap[1:end])  # "of the Armed Forces, 61 ..."
    if "and" not in tail and tail[-2:] != ["well", "as"] and not forces or end - 1 > _REACH:
        return False
    return not any(word[:1].isdigit() or word in _CLAUSE_WORDS for word in gap[:end])
