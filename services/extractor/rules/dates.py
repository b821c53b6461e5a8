"""Find date expressions in a sentence and resolve them to calendar days.

Relative words are resolved against two anchors: the *reference* day (the
article's date: header, else inferred from its explicit dates, else the day it
was received) for "today", "yesterday" and weekday names; the *narrative* day
(the last day the story spoke about) for "the previous day" or "a day later".
Dates of signatures, publication stamps or future plans are recognised so that
they never date a handover.
"""

from dataclasses import dataclass
from datetime import date, timedelta

from services.extractor.rules.lexicon import NUMBER_WORDS
from services.extractor.rules.tokens import Token

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS: dict[str, int] = {
    name: index
    for index, name in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())
}
_ORDINAL_SUFFIX = frozenset({"st", "nd", "rd", "th"})
_STAMP = frozenset({"published", "updated", "posted", "modified"})
_AGREED = frozenset(
    {"signed", "agreed", "reached", "talks", "negotiations", "meeting", "met", "deal", "summit", "struck"}
)
_FUTURE = frozenset(
    {"will", "would", "due", "expected", "planned", "scheduled", "next", "later", "coming", "hope", "hopes",
     "continue", "further", "tomorrow", "plans", "until", "expects", "expect"}
)
_TODAY = frozenset({"today", "tonight"})
_DAYPART = frozenset({"morning", "afternoon", "evening"})


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression: `kind` says how to resolve it; `first`..`last` are its tokens."""

    kind: str  # explicit | weekday | today | ago | narrative | future | coarse | ignored
    first: int
    last: int
    month: int = 0
    day: int = 0
    year: int | None = None
    weekday: int = -1
    offset: int = 0


def _day_number(tokens: list[Token], i: int) -> tuple[int, int] | None:
    """Return (day, last index) for "23" or "23rd" at `i`."""
    if i >= len(tokens) or not tokens[i].is_digits or len(tokens[i].text) > 2:
        return None
    day = int(tokens[i].text)
    if not 1 <= day <= 31:
        return None
    if i + 1 < len(tokens) and tokens[i + 1].text in _ORDINAL_SUFFIX and tokens[i].end == tokens[i + 1].start:
        return day, i + 1
    return day, i


def _year_after(tokens: list[Token], i: int) -> tuple[int | None, int]:
    """Return (year, last index) for an optional ", 2025" or " 2025" starting at `i`."""
    j = i + 1 if i < len(tokens) and tokens[i].text == "," else i
    if j < len(tokens) and tokens[j].is_digits and len(tokens[j].text) == 4 and 1990 <= int(tokens[j].text) <= 2100:
        return int(tokens[j].text), j
    return None, i - 1


def _is_month(token: Token) -> bool:
    return token.text in MONTHS and token.capitalised


def _explicit(tokens: list[Token], i: int) -> DateMention | None:
    """Match "May 23[, 2025]", "23 May [2025]", "23rd of May" or "2025-05-23" at `i`."""
    token = tokens[i]
    if _is_month(token):
        found = _day_number(tokens, i + 1)
        if found is not None:
            day, last = found
            if last + 2 < len(tokens) and tokens[last + 1].text in {"-", "–"} and _day_number(tokens, last + 2):
                last += 2  # a span of days such as "May 26-27": the first day stands for it
            year, year_last = _year_after(tokens, last + 1)
            return DateMention("explicit", i, max(last, year_last), MONTHS[token.text], day, year)
    found = _day_number(tokens, i)
    if found is not None:
        day, last = found
        j = last + 1
        if j < len(tokens) and tokens[j].text == "of":
            j += 1
        if j < len(tokens) and _is_month(tokens[j]):
            year, year_last = _year_after(tokens, j + 1)
            return DateMention("explicit", i, max(j, year_last), MONTHS[tokens[j].text], day, year)
    if token.is_digits and len(token.text) == 4 and i + 4 < len(tokens):
        parts = [t.text for t in tokens[i : i + 5]]
        if parts[1] == "-" == parts[3] and parts[2].isdigit() and parts[4].isdigit():
            return DateMention("explicit", i, i + 4, int(parts[2]), int(parts[4]), int(parts[0]))
    return None


def _relative(tokens: list[Token], i: int) -> DateMention | None:
    """Match weekday names and words such as "today", "yesterday", "a day earlier", "two days ago"."""
    word = tokens[i].text
    nxt = tokens[i + 1].text if i + 1 < len(tokens) else ""
    prev = tokens[i - 1].text if i > 0 else ""
    if word in WEEKDAYS:
        kind = "future" if prev == "next" else "weekday"
        return DateMention(kind, i, i, weekday=WEEKDAYS[word])
    if word in _TODAY or (word == "this" and nxt in _DAYPART):
        return DateMention("today", i, i + (word == "this"))
    if word == "yesterday" or (word == "last" and nxt == "night"):
        return DateMention("ago", i, i + (word == "last"), offset=1)
    if word == "tomorrow":
        return DateMention("future", i, i)
    if word in {"week", "month", "year"} and prev in {"last", "next", "this"}:
        return DateMention("future" if prev == "next" else "coarse", i - 1, i)
    if word == "day" and prev in {"previous", "following", "next"}:
        return DateMention("narrative", i - 1, i, offset=-1 if prev == "previous" else 1)
    count = 1 if prev in {"a", "one"} else NUMBER_WORDS.get(prev, 0)
    if prev.isdigit() and len(prev) < 3:
        count = int(prev)
    if word in {"day", "days"} and count and nxt in {"earlier", "before", "later", "ago", "prior"}:
        if nxt == "ago":
            return DateMention("ago", i - 1, i + 1, offset=count)
        return DateMention("narrative", i - 1, i + 1, offset=count if nxt == "later" else -count)
    if word == "day" and prev == "the" and nxt in {"before", "prior"}:
        return DateMention("narrative", i - 1, i + 1, offset=-1)
    return None


def _coarse(tokens: list[Token], i: int) -> DateMention | None:
    """Match a month or year without a day ("in January", "since 2022")."""
    token = tokens[i]
    if _is_month(token) and token.text not in {"may", "march"}:
        year, last = _year_after(tokens, i + 1)
        return DateMention("coarse", i, max(i, last), month=MONTHS[token.text], year=year)
    if token.is_digits and len(token.text) == 4 and 1990 <= int(token.text) <= 2100:
        prev = tokens[i - 1].text if i else ""
        if prev in {"in", "since", "of", "until", "during", "early", "late", "mid", "from", "year"}:
            return DateMention("coarse", i, i, year=int(token.text))
    return None


def _context_kind(tokens: list[Token], mention: DateMention) -> str:
    """Demote a date that stamps publication, dates an agreement, or lies in a plan for the future."""
    window = {t.text for t in tokens[max(mention.first - 8, 0) : mention.first]}
    near = {t.text for t in tokens[max(mention.first - 3, 0) : mention.first]}
    if near & _STAMP:
        return "ignored"
    if mention.kind in {"explicit", "weekday", "today"} and near & _AGREED:
        return "ignored"
    if mention.kind in {"explicit", "weekday"} and window & _FUTURE:
        return "future"
    return mention.kind


def find_dates(tokens: list[Token]) -> list[DateMention]:
    """Return the date expressions of a sentence in order, each with its resolution kind."""
    found: list[DateMention] = []
    i = 0
    while i < len(tokens):
        mention = _explicit(tokens, i) or _relative(tokens, i) or _coarse(tokens, i)
        if mention is None:
            i += 1
            continue
        kind = _context_kind(tokens, mention)
        if found and found[-1].kind == "future" and found[-1].last + 2 == mention.first and tokens[
            mention.first - 1
        ].text in {"and", "or"}:
            kind = "future"  # "due on Saturday and Sunday"
        if kind != mention.kind:
            mention = DateMention(kind, mention.first, mention.last, mention.month, mention.day, mention.year,
                                  mention.weekday, mention.offset)
        found.append(mention)
        i = mention.last + 1
    return found


def date_tokens(mentions: list[DateMention]) -> frozenset[int]:
    """Return the token indices covered by dates (their digits are no head counts)."""
    return frozenset(k for m in mentions if m.kind != "narrative" for k in range(m.first, m.last + 1))


def calendar_day(year: int, month: int, day: int) -> date | None:
    """Return the date, or None when it does not exist (31 June)."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def resolve(mention: DateMention, reference: date, narrative: date) -> date | None:
    """Return the day `mention` denotes, or None for plans, coarse periods and ignored stamps."""
    if mention.kind == "explicit":
        if mention.year is not None:
            return calendar_day(mention.year, mention.month, mention.day)
        day = calendar_day(reference.year, mention.month, mention.day)
        if day is not None and day > reference + timedelta(days=7):
            day = calendar_day(reference.year - 1, mention.month, mention.day)
        return day
    if mention.kind == "weekday":
        return reference - timedelta(days=(reference.weekday() - mention.weekday) % 7)
    if mention.kind == "today":
        return reference
    if mention.kind == "ago":
        return reference - timedelta(days=mention.offset)
    if mention.kind == "narrative":
        return narrative + timedelta(days=mention.offset)
    return None
