"""The first lines of a page, each with its offsets: rows, boxes and lists are read line by line, and a bound on the
count keeps a pathological text (hundreds of thousands of breaks) from costing more than a page."""

from collections.abc import Iterator
from typing import Final

MAX_LINES: Final = 400  # bounds the work on a pathological text


def page_lines(text: str, end: int) -> Iterator[tuple[int, int, str]]:
    """(start, stop, stripped text) of each line of `text[:end]`, at most `MAX_LINES` of them."""
    at = 0
    for _ in range(MAX_LINES):
        if at >= end:
            return
        stop = text.find("\n", at, end)
        stop = end if stop == -1 else stop
        yield at, stop, text[at:stop].strip()
        at = stop + 1
