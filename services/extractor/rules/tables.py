"""Rows of a text table: "| Returned to Ukraine | 120 | 5 | 125 |" under "| ... | Servicemen | Civilians | Total |".

A row counts a handover when its label, or the table's first header cell, speaks of one; the label names the
side the people went to ("to Ukraine", "from Russia", "Ukrainians"); the header names what each column counts.
A row whose label names an earlier exchange ("Previous swap, 2 October") counts nothing of the story's own.
"""

from datetime import date
from typing import Final

from schemas import StageKind
from services.extractor.rules.background import earlier_exchange_positions
from services.extractor.rules.lexicon import CIVILIAN_HEADS, COUNTRY, EXCHANGE_STEMS, MILITARY_HEADS, NATIONALITY, OTHER
from services.extractor.rules.model import Finding
from services.extractor.rules.tokens import phrase, tokenize

_TOTALS: Final = frozenset({"total", "all", "overall"})
_RULE_CHARS: Final = frozenset("|-: ")


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in line.strip().strip("|").split("|")]


def _header(text: str, start: int) -> list[str] | None:
    """The first row of the table whose row starts at `start` (a row of dashes under it), else None."""
    lines: list[str] = []
    end = start - 1
    while end > 0:
        begin = text.rfind("\n", 0, end) + 1
        line = text[begin:end]
        if not line.startswith("|"):
            break
        lines.append(line)
        end = begin - 1
    rules = [k for k, line in enumerate(lines) if set(line) <= _RULE_CHARS]
    if not rules or rules[-1] != len(lines) - 2:
        return None  # the topmost row must be the header, with the rule of dashes right under it
    return _cells(lines[-1])


def _field(cell: str) -> str | None:
    words = set(tokenize(cell))
    if words & MILITARY_HEADS:
        return "military"
    if words & CIVILIAN_HEADS:
        return "civilian"
    return "total" if words & _TOTALS else None


def _side(tokens: list[str]) -> str | None:
    for k, word in enumerate(tokens):
        if word in NATIONALITY:
            return NATIONALITY[word]
        side = COUNTRY.get(word)
        if side is not None and k > 0 and tokens[k - 1] in {"to", "from"}:
            return side if tokens[k - 1] == "to" else OTHER[side]
    return None


def _handover(tokens: list[str]) -> bool:
    return any(word.startswith(EXCHANGE_STEMS) for word in tokens)


def table_findings(text: str, start: int, end: int, day: date | None) -> tuple[Finding, ...]:
    """The findings of the table row text[start:end], dated `day` (the row's own date, if any)."""
    header = _header(text, start)
    cells = _cells(text[start:end])
    if header is None or len(header) != len(cells):
        return ()
    label = tokenize(cells[0])
    side = _side(label)
    if side is None or not (_handover(label) or _handover(tokenize(header[0]))):
        return ()
    if earlier_exchange_positions(phrase(label, 0, len(label))):
        return ()
    found: list[Finding] = []
    for name, cell in zip(header[1:], cells[1:], strict=True):
        field = _field(name)
        value = cell.replace(",", "").replace(" ", "")
        if field is not None and value.isdigit():
            found.append(Finding(StageKind.STAGE, side, field, int(value), day=day))
    return tuple(found)
