"""Who speaks a quotation is told in the paragraph that holds it, not in the next one.

A quotation closing its paragraph ('... all are home."') has no speaker after it: the next paragraph
("The defence ministry in Moscow said 40 ...") opens an account of its own. A quotation set as a paragraph
of its own after one ending in a colon ("The minister posted a message on her channel on Friday:") is
spoken by the one government that introducing paragraph names. A line opening with a name, a colon and a
quotation ('14:31 - Umerov: "All are back"') names its speaker just as "Umerov said" does: a later "he" or
"the minister wrote" is him. A title opening a quotation inside its own sentence ('The minister wrote: "Sixty of
our ...') is such a "he" even when nothing after the quotation names anyone.
"""

from collections.abc import Callable
from typing import Final

from schemas import Authority
from services.extractor.rules.quotes import Quotes

SPEAKER_REACH: Final = 150  # how far around a quotation its speaker is looked for


def after_close(lower: str, close: int) -> int:
    """Where the search for a speaker named after a quotation closing at `close` stops: at its paragraph's end."""
    limit = min(close + SPEAKER_REACH, len(lower))
    brk = lower.find("\n", close, limit)
    return limit if brk == -1 else brk


def opened_within(quotes: Quotes, start: int, end: int) -> int | None:
    """Where a quotation opened inside text[start:end] and running on past it begins, if one does."""
    opened = quotes.open_at(end)
    return opened if opened is not None and opened >= start and quotes.open_at(start) is None else None


def introduced_by(lower: str, opened: int, governments: Callable[[int, int], set[Authority]]) -> Authority | None:
    """The government named in the paragraph ending in a colon right before a quotation opening at `opened`.

    `governments(lo, hi)` gives the governments (never the press) named in lower[lo:hi].
    """
    before = lower[:opened].rstrip()
    if not before.endswith(":") or opened - len(before) < 1 or "\n" not in lower[len(before) : opened]:
        return None
    lo = before.rfind("\n") + 1
    found = governments(lo, len(before))
    return found.pop() if len(found) == 1 else None
