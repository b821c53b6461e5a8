"""Subgroups of one counted whole: which of them are its parts, and which only detail or overlap them.

"Kyiv got back 90 people: 80 soldiers, of them 12 officers and 68 privates, and ten civilians": the "of them"
list details the part just before it, so the whole breaks down into 80 + 10 alone. "Ukraine got back 90
prisoners, 80 soldiers and ten civilians": the first figure is the sum of the others, a whole with its parts set
after it, not a third group added to them. "90 came home, including 30 officers and 25 paratroopers": two parts
of one category may overlap (an officer can be a paratrooper), so neither is the side's figure for that
category.
"""

from collections import Counter
from collections.abc import Callable, Sequence
from typing import TypeVar

T = TypeVar("T")


def details_part(group: Sequence[tuple[T, bool]], nested: bool) -> bool:
    """True for a list of a breakdown that is wholly a subset ("of them 12 officers") after another part."""
    return nested and bool(group) and all(subset for _, subset in group)


def apposed_whole(values: Sequence[int], fields: Sequence[str | None]) -> bool:
    """True when the first of three or more listed figures, people of no category, is the sum of the rest, which
    name categories: a whole, then its parts ("50 soldiers, 40 marines and ten civilians" stays a list)."""
    return (len(values) > 2 and values[0] == sum(values[1:]) and fields[0] is None
            and any(field is not None for field in fields[1:]))


def overlapping_fields(fields: Sequence[str | None]) -> frozenset[str]:
    """The categories more than one part of a whole gives: none of those parts is the category's figure."""
    counts = Counter(field for field in fields if field is not None)
    return frozenset(field for field, count in counts.items() if count > 1)


def keep_parts(parts: Sequence[T], field_of: Callable[[T], str | None]) -> list[T]:
    """The parts of a whole whose category no other part of it shares."""
    shared = overlapping_fields([field_of(part) for part in parts])
    return [part for part in parts if field_of(part) not in shared]
