"""Feast days as dates: "on the eve of Easter", "on Christmas Eve", "freed on New Year's Eve".

Outlets date a handover by the holiday it fell on or just before, naming no weekday and no date. Christmas and
New Year are fixed days, read like a yearless date; Easter moves, so it is resolved in the reference day's year
(the year before when that falls more than a week after it). An Easter named alone is the Orthodox one, the
feast kept by both countries of this war; "Catholic" or "Western" names the other.
"""

from datetime import date, timedelta
from typing import Final, NamedTuple

from services.extractor.rules.futures import planned

FEAST_WORDS: Final = frozenset({"easter", "christmas", "eve"})  # the tokens that end a feast's name or its eve
EASTER_KINDS: Final = frozenset({"easter", "pascha"})  # Western (Gregorian) and Orthodox (Julian) Easter
_WESTERN: Final = frozenset({"catholic", "western", "gregorian"})
_CHURCH: Final = _WESTERN | {"orthodox", "eastern", "julian"}
_FIXED: Final = {("christmas", False): (12, 25), ("christmas", True): (1, 7), ("new", False): (1, 1),
                 ("new", True): (1, 1)}
_REACH_DAYS: Final = 7  # as for a yearless date: a feast up to a week after the reference is this year's


class Feast(NamedTuple):
    """A feast named at tokens `first`..`last`, laid out as a `DateMention` (`dates` imports this module): `kind`
    is explicit (a fixed day: month and day), easter or pascha (`offset` days from Easter), or future."""

    kind: str
    first: int
    last: int
    month: int = 0
    day: int = 0
    year: int | None = None
    weekday: int = -1
    offset: int = 0  # days from the feast: -1 for its eve


def _named(tokens: list[str], end: int) -> tuple[str, int, bool] | None:
    """The feast whose name ends at `end` ("christmas", "new year"), its first token and whether it is Orthodox."""
    word = tokens[end]
    first = end - 1 if word == "year" and end and tokens[end - 1] == "new" else end
    if word not in {"easter", "christmas"} and first == end:
        return None
    church = tokens[first - 1] if first else ""
    orthodox = church not in _WESTERN if word == "easter" else church in _CHURCH - _WESTERN
    return ("new" if word == "year" else word), first - (church in _CHURCH), orthodox


def _feast(name: str, orthodox: bool, first: int, last: int, offset: int) -> Feast:
    if name == "easter":
        return Feast("pascha" if orthodox else "easter", first, last, offset=offset)
    month, day = _FIXED[(name, orthodox)]
    eve = date(2001, month, day) + timedelta(days=offset)  # any year: the fixed feasts are never 29 February
    return Feast("explicit", first, last, eve.month, eve.day)


def feast_at(tokens: list[str], i: int) -> Feast | None:
    """Match "[the] eve of [Orthodox] Easter", "Christmas Eve", "New Year's Eve" or "on [Orthodox] Easter [Sunday]"
    whose last feast word is at `i`; a feast after a plan word ("due on Christmas Eve") is a plan."""
    word = tokens[i]
    found: Feast | None = None
    if word == "eve" and tokens[i + 1 : i + 2] == ["of"]:
        end = i + 2 + (tokens[i + 2 : i + 3] == ["the"])
        end += end < len(tokens) and tokens[end] in _CHURCH
        end += tokens[end : end + 2] == ["new", "year"]
        named = _named(tokens, end) if end < len(tokens) else None
        if named is not None:
            found = _feast(named[0], named[2], i - (tokens[i - 1 : i] == ["the"]), end, -1)
    elif word == "eve" and i:
        named = _named(tokens, i - 1)
        found = _feast(named[0], named[2], named[1], i, -1) if named is not None else None
    elif word in {"easter", "christmas"} and tokens[i + 1 : i + 2] != ["eve"]:
        named = _named(tokens, i)
        if named is not None and named[1] and tokens[named[1] - 1] == "on":
            last = i + (tokens[i + 1 : i + 2] in (["day"], ["sunday"]))
            found = _feast(named[0], named[2], named[1], last, 0)
    if found is None:
        return None
    following = tokens[found.last + 1] if found.last + 1 < len(tokens) else ""
    return found._replace(kind="future") if planned(tokens[max(found.first - 8, 0) : found.first], following) else found


def easter(year: int, orthodox: bool) -> date:
    """Easter Sunday of `year`: the Gregorian computus, or the Julian one moved to the civil calendar."""
    if orthodox:
        a, b, c = year % 4, year % 7, year % 19
        d = (19 * c + 15) % 30
        e = (2 * a + 4 * b - d + 34) % 7
        julian = date(year, (d + e + 114) // 31, (d + e + 114) % 31 + 1)
        return julian + timedelta(days=year // 100 - year // 400 - 2)
    a, b, c = year % 19, year // 100, year % 100
    d = (19 * a + b - b // 4 - (b - (8 * b + 13) // 25 + 1) // 3 + 15) % 30
    e = (32 + 2 * (b % 4) + 2 * (c // 4) - d - c % 4) % 7
    f = d + e - 7 * ((a + 11 * d + 22 * e) // 451) + 114
    return date(year, f // 31, f % 31 + 1)


def easter_day(kind: str, offset: int, reference: date) -> date:
    """The day an Easter mention (kind easter or pascha, `offset` days from the feast) denotes."""
    day = easter(reference.year, kind == "pascha") + timedelta(days=offset)
    if day > reference + timedelta(days=_REACH_DAYS):
        day = easter(reference.year - 1, kind == "pascha") + timedelta(days=offset)
    return day
