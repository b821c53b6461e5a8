"""Rows of a "label: figure" table: "Returned to Ukraine: 150" over "of whom servicemen: 138".

A table written as lines of labels and values may open a row in lower case ("of whom civilians: 12"), which
looks like hard-wrapped prose; but a break between two labelled rows ends a line of the table, not a wrapped
line of a sentence, so it is no evidence of wrapping.
"""

from typing import Final

_ROW_CHARS: Final = 60  # "Longest held (Ukrainian side): 4 years, 1 month"
_LABEL_CHARS: Final = 32
_LABEL_WORDS: Final = 5


def _labelled(line: str) -> bool:
    colon = line.find(": ", 0, _LABEL_CHARS)
    if colon <= 0 or len(line) > _ROW_CHARS:
        return False
    return line[:colon].count(" ") < _LABEL_WORDS and not line[colon - 1].isdigit()  # not a clock "12:40"


def between_rows(text: str, newline: int, end: int) -> bool:
    """True when the line break at `newline` separates two labelled rows."""
    start = text.rfind("\n", 0, newline) + 1
    stop = text.find("\n", newline + 1, end)
    return _labelled(text[start:newline]) and _labelled(text[newline + 1 : end if stop == -1 else stop])
