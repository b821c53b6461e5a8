"""Find date expressions in a sentence and resolve them to calendar days.

Relative words are resolved against two anchors: the *reference* day (the
article's date: header, else inferred from its explicit dates, else the day it
was received) for "today", "yesterday" and weekday names; the *narrative* day
(the last day the story spoke about) for "the previous day" or "a day later".
Dates of signatures, publication stamps or future plans are recognised so that
they never date a handover.
"""

from typing import Final

from services.extractor.rules.anniversaries import anniversary_today
from services.extractor.rules.attributiveyear import attributive_year
from services.extractor.rules.backrefs import at_that_time
from services.extractor.rules.beforeevent import before_event
from services.extractor.rules.byhour import by_hour
from services.extractor.rules.date_words import FIRST_YEAR, MONTHS, WEEKDAYS, DateMention
from services.extractor.rules.feasts import FEAST_WORDS, feast_at
from services.extractor.rules.futures import planned
from services.extractor.rules.inclusive import names_included_swap
from services.extractor.rules.indefinite import indefinite_weekday
from services.extractor.rules.lexicon import NUMBER_WORDS
from services.extractor.rules.tokens import DIGITS
from services.extractor.rules.wenton import went_on

_ORDINAL_SUFFIX: Final = frozenset({"st", "nd", "rd", "th"})  # "23rd" is one token
_STAMP: Final = frozenset({"published", "updated", "posted", "modified", "correction", "corrected", "clarification"})
_ISSUE: Final = frozenset({"edition", "issue", "bulletin", "briefing", "newsletter", "digest"})  # "Thursday edition"
_AGREED: Final = frozenset(
    {"signed", "agreed", "reached", "talks", "negotiations", "meeting", "met", "deal", "summit", "struck"}
)
_SUBJECT_REACH: Final = 12  # "the exchange agreed at the Istanbul talks continued on": back to the subject
_SPAN_START: Final = frozenset({"began", "begun", "started", "since", "start"})
_SAID: Final = frozenset({"said", "says", "announced", "reported", "confirmed", "told", "stated", "wrote", "added"})
_TODAY: Final = frozenset({"today", "tonight"})
_PERIOD_WORDS: Final = (
    frozenset({"in", "since", "of", "until", "during", "early", "late", "mid", "from", "year", "and"})
)
_DAYPART: Final = frozenset({"morning", "afternoon", "evening"})


def _day_number(tokens: list[str], i: int) -> int | None:
    """Return the day for "23" or "23rd" at `i`."""
    if i >= len(tokens):
        return None
    token = tokens[i].split("–", 1)[0].split("-", 1)[0]  # "26–27": a span of days starts on its first
    if token[-2:] in _ORDINAL_SUFFIX:
        token = token[:-2]
    if not (0 < len(token) <= 2 and token.isdigit()):
        return None
    day = int(token)
    return day if 1 <= day <= 31 else None


def _year_after(tokens: list[str], i: int) -> tuple[int | None, int]:
    """Return (year, last index) for an optional ", 2025" or " 2025" starting at `i`."""
    j = i + 1 if i < len(tokens) and tokens[i] == "," else i
    if j < len(tokens) and len(tokens[j]) == 4 and tokens[j].isdigit() and FIRST_YEAR <= int(tokens[j]) <= 2100:
        return int(tokens[j]), j
    return None, i - 1


def _explicit(tokens: list[str], i: int) -> DateMention | None:
    """Match "May 23[, 2025]", "23 May [2025]", "23rd of May", "23.05.2025" or "2025-05-23" at `i`."""
    token = tokens[i]
    if token in MONTHS and i + 1 < len(tokens) and "," in tokens[i + 1]:
        day_text, _, year_text = tokens[i + 1].partition(",")  # "May 24,2025" without a space
        if day_text.isdigit() and year_text.isdigit() and len(year_text) == 4 and 0 < len(day_text) <= 2:
            return DateMention("explicit", i, i + 1, MONTHS[token], int(day_text), int(year_text))
    if token in MONTHS:
        day = _day_number(tokens, i + 1)
        if day is not None:
            last = i + 1
            if last + 2 < len(tokens) and tokens[last + 1] in {"-", "–"} and _day_number(tokens, last + 2):
                last += 2  # a span of days such as "May 26-27": the first day stands for it
            year, year_last = _year_after(tokens, last + 1)
            return DateMention("explicit", i, max(last, year_last), MONTHS[token], day, year)
    day = _day_number(tokens, i)
    if day is not None:
        j = i + 1
        if j < len(tokens) and tokens[j] == "of":
            j += 1
        if j < len(tokens) and tokens[j] in MONTHS:
            year, year_last = _year_after(tokens, j + 1)
            return DateMention("explicit", i, max(j, year_last), MONTHS[tokens[j]], day, year)
    dotted = token.split(".")
    if len(dotted) == 3 and len(dotted[2]) == 4 and all(0 < len(p) <= 2 for p in dotted[:2]) and token.replace(
        ".", ""
    ).isdigit() and 1 <= int(dotted[1]) <= 12 and 1 <= int(dotted[0]) <= 31:
        return DateMention("explicit", i, i, int(dotted[1]), int(dotted[0]), int(dotted[2]))  # "18.10.2024": d.m.y
    if len(token) == 10 and token[4] == "-" == token[7]:  # "2025-05-23"
        year_text, month_text, day_text = token[:4], token[5:7], token[8:]
        if year_text.isdigit() and month_text.isdigit() and day_text.isdigit():
            return DateMention("explicit", i, i, int(month_text), int(day_text), int(year_text))
    return None


def _relative(tokens: list[str], i: int) -> DateMention | None:
    """Match weekday names and words such as "today", "yesterday", "a day earlier", "two days ago"."""
    word = tokens[i]
    nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
    prev = tokens[i - 1] if i > 0 else ""
    if word in WEEKDAYS:
        kind = "future" if prev == "next" else "weekday"
        return DateMention(kind, i, i, weekday=WEEKDAYS[word])
    if word == "weekend" and prev in {"the", "this", "last"}:
        return DateMention("future" if prev == "next" else "weekday", i - 1, i, weekday=6)  # its Sunday
    if word in _TODAY or (word == "this" and nxt in _DAYPART):
        return DateMention("today", i, i + (word == "this"))
    if word == "yesterday" or (word == "last" and nxt == "night"):
        return DateMention("ago", i, i + (word == "last"), offset=1)
    if word == "tomorrow":
        return DateMention("future", i, i)
    if word in {"week", "month", "year"} and prev in {"last", "next", "this"}:
        return DateMention("future" if prev == "next" else "coarse", i - 1, i)
    if word == "day" and prev in {"that", "same"}:
        return DateMention("narrative", i - 1, i, offset=0)  # "that day", "the same day"
    if word == "time" and at_that_time(tokens, i):
        return DateMention("narrative", i - 2, i, offset=0)  # "at that time", "at the time"
    if word == "day" and prev in {"previous", "following", "next"}:
        return DateMention("narrative", i - 1, i, offset=-1 if prev == "previous" else 1)
    count = 1 if prev in {"a", "one"} else NUMBER_WORDS.get(prev, 0)
    if prev.isdigit() and len(prev) < 3:
        count = int(prev)
    if word in {"day", "days"} and count and nxt in {"before", "prior"} and before_event(tokens, i + 1):
        return None  # "two days before Christmas": the event's day, not the handover's (`beforeevent`)
    if word in {"day", "days"} and count and nxt in {"earlier", "before", "later", "ago", "prior"}:
        if nxt == "ago":
            return DateMention("ago", i - 1, i + 1, offset=count)
        return DateMention("narrative", i - 1, i + 1, offset=count if nxt == "later" else -count)
    if word in {"day", "days"} and count and nxt == "after" and i > 1 and tokens[i - 2] == "," and _counted(tokens, i):
        return DateMention("narrative", i - 1, i + 1, offset=-count)  # "on Friday, a day after 60 came home"
    if word == "day" and prev == "the" and nxt in {"before", "prior"}:
        return DateMention("narrative", i - 1, i + 1, offset=-1)
    feast = feast_at(tokens, i) if word in FEAST_WORDS else None  # "on the eve of Easter", "on Christmas Eve"
    return DateMention(*feast) if feast else None


def _counted(tokens: list[str], i: int) -> bool:
    """True when a figure follows within the clause: what "a day after" dates is the handover it counts."""
    for token in tokens[i + 2 : i + 8]:
        if token in {",", ";", "."}:
            return False
        if token[:1].isdigit() or token in NUMBER_WORDS:
            return True
    return False


_PART_OF_MONTH: Final = ("mid-", "early-", "late-")


def _coarse(tokens: list[str], i: int) -> DateMention | None:
    """Match a month or year without a day ("in January", "since 2022", "since mid-February")."""
    token = tokens[i]
    if token.startswith(_PART_OF_MONTH) and token.partition("-")[2] in MONTHS:
        year, last = _year_after(tokens, i + 1)
        return DateMention("coarse", i, max(i, last), month=MONTHS[token.partition("-")[2]], year=year)
    if token in MONTHS:
        year, last = _year_after(tokens, i + 1)
        prev = tokens[i - 1] if i else ""
        # "may", "march", "jan" are words too: a month only with a year or after "in", "since", ...
        if year is not None or len(token) > 5 or token in {"april", "june", "july", "august"} or prev in _PERIOD_WORDS:
            return DateMention("coarse", i, max(i, last), month=MONTHS[token], year=year)
    if len(token) == 4 and token.isdigit() and FIRST_YEAR <= int(token) <= 2100:
        prev = tokens[i - 1] if i else ""
        if prev in _PERIOD_WORDS or attributive_year(tokens, i):  # "the 2025 talks" (`attributiveyear`)
            return DateMention("coarse", i, i, year=int(token))
    return None


_CLAUSE_MARKS: Final = frozenset({",", ";", ":", "—", "–"})
_SUPERLATIVES: Final = (
    frozenset({"first", "largest", "biggest", "last", "only", "smallest", "longest", "final", "second"})
)
_DATELINE_REACH: Final = 3  # "KYIV, Ukraine (Monday) -": the date follows a place name of a few words


def _own_clause(tokens: list[str], first: int, reach: int) -> list[str]:
    """The up to `reach` tokens before `first` that lie in the date's own clause."""
    window = tokens[max(first - reach, 0) : first]
    for k in range(len(window) - 1, -1, -1):
        if window[k] in _CLAUSE_MARKS:
            return window[k + 1 :]
    return window


_DASHES: Final = frozenset({"-", "—", "–"})
# "KYIV, 11 December 2024 (Kyiv Independent) —": the brackets are gone, the outlet's words stay
_OUTLET_WORDS: Final = 4


def _dateline_dash(tokens: list[str], mention: DateMention) -> bool:
    """A dash right after the date, or after an outlet's name of a few words when a place and a comma open the
    line ("LVIV, 3 May (Rights Watch) —"): a dateline, whose date is the report's, not the handover's."""
    after = mention.last + 1
    if tokens[after : after + 1] and tokens[after] in _DASHES:
        return True
    if mention.first == 0 or tokens[mention.first - 1] != "," or "on" in tokens[: mention.first]:
        return False
    for k in range(after, min(after + _OUTLET_WORDS + 1, len(tokens))):
        if tokens[k] in _DASHES:
            return k > after
        if not tokens[k].isalpha():
            return False
    return False


def _context_kind(tokens: list[str], mention: DateMention) -> str:
    """Demote a date that stamps publication, dates an agreement, or lies in a plan for the future."""
    first = mention.first
    if mention.kind == "today" and anniversary_today(tokens, first):
        return "ignored"  # "three years ago today": the anniversary of a handover, not its day
    if mention.kind == "weekday" and indefinite_weekday(tokens, first):
        return "ignored"  # "on a Friday": which day of the week, not which week (`indefinite`)
    if mention.kind in {"weekday", "today"} and names_included_swap(tokens, first, mention.last):
        return "ignored"  # "together with today's exchange, 3,000 since 2022": a running total (`inclusive`)
    near = tokens[max(first - 3, 0) : first]
    if not _STAMP.isdisjoint(near) or not _ISSUE.isdisjoint(tokens[mention.last + 1 : mention.last + 2]):
        return "ignored"  # the day a text is published or issued under, never a handover's
    if near[-1:] in (["before"], ["until"]) or near[-2:] in (["prior", "to"], ["up", "to"]):
        return "ignored"  # "before today, 2,598 had been brought back": the days before, never the handover's
    if by_hour(tokens, first, mention.last):
        return "ignored"  # "by Tuesday evening the lists were final": when a count was known (`byhour`)
    superlative = not _SUPERLATIVES.isdisjoint(tokens[max(first - 5, 0) : first])
    if mention.kind in {"explicit", "weekday"} and not _SPAN_START.isdisjoint(near) and not superlative:
        return "since"  # the first day of a span: dates a handover, never a running total ("the biggest since
        # 21 September, when 215 came home" dates that earlier swap)
    if mention.kind in {"explicit", "weekday", "today"} and not _SAID.isdisjoint(near):
        return "stated"  # "the ministry said on Sunday": the day of the statement, a last resort
    if mention.kind in {"explicit", "weekday", "today"} and not _AGREED.isdisjoint(_own_clause(tokens, first, 5)) and (
        not went_on(_own_clause(tokens, first, _SUBJECT_REACH), _AGREED)):  # "the swap agreed ... resumed on"
        return "ignored"  # "the agreements signed in Istanbul on May 16"
    if mention.kind in {"explicit", "weekday"} and first <= _DATELINE_REACH and _dateline_dash(tokens, mention):
        return "dateline"  # "MOSCOW (Monday) - ...": the day of the report, not of the handover
    after = mention.last + 1 + (tokens[mention.last + 1 : mention.last + 2] == [","])
    following = tokens[after] if after < len(tokens) else ""
    if mention.kind in {"explicit", "weekday"} and planned(tokens[max(first - 8, 0) : first], following):
        return "future"
    if mention.kind == "coarse" and near[-1:] == ["of"] and superlative:
        return "ignored"  # "the first big exchange of 2025": the year qualifies a superlative, it is no period
    return mention.kind


_TRIGGERS: Final = frozenset(MONTHS) | frozenset(WEEKDAYS) | _TODAY | {
    "this", "yesterday", "last", "tomorrow", "week", "month", "year", "day", "days", "weekend", "time"
} | FEAST_WORDS


def find_dates(tokens: list[str]) -> list[DateMention]:
    """Return the date expressions of a sentence in order, each with its resolution kind."""
    found: list[DateMention] = []
    i = 0
    # one comprehension finds the few tokens that may start a date; the loop visits only those
    starts = [k for k, t in enumerate(tokens) if t in _TRIGGERS or t[:1] in DIGITS or t.startswith(_PART_OF_MONTH)]
    for start in starts:
        if start < i:
            continue
        i = start
        token = tokens[i]
        # Only a figure or a month can start an explicit or coarse date, and only the other triggers a relative one.
        if token in _TRIGGERS:
            mention = _relative(tokens, i) if token not in MONTHS else _explicit(tokens, i) or _coarse(tokens, i)
        elif token[:1] in DIGITS:
            mention = _explicit(tokens, i) or _coarse(tokens, i)
        else:
            mention = _coarse(tokens, i)  # "mid-February"
        if mention is None:
            continue
        kind = _context_kind(tokens, mention)
        if found and found[-1].kind == "future" and found[-1].last + 2 == mention.first and tokens[
            mention.first - 1
        ] in {"and", "or"}:
            kind = "future"  # "due on Saturday and Sunday"
        if kind != mention.kind:
            mention = DateMention(kind, mention.first, mention.last, mention.month, mention.day, mention.year,
                                  mention.weekday, mention.offset)
        if mention.day and found and found[-1].kind == "weekday" and _adjacent(tokens, found[-1], mention):
            # "on Sunday, 5 January" or "KYIV, Wednesday 8 March 2023 —": the weekday and the date name one day,
            # the date resolving it; the whole reads in the weekday's context (a dateline with its weekday)
            weekday = found.pop()
            mention = mention._replace(first=weekday.first, kind="explicit", weekday=weekday.weekday)
            kind = _context_kind(tokens, mention)
            mention = mention._replace(kind=kind, weekday=-1 if kind == "dateline" else weekday.weekday)
        found.append(mention)
        i = mention.last + 1
    return _years_from_context(found)


def _adjacent(tokens: list[str], weekday: DateMention, date: DateMention) -> bool:
    """True when `date` follows `weekday` directly or after a comma ("Sunday, 05.01.2025")."""
    gap = tokens[weekday.last + 1 : date.first]
    return gap in ([], [","])


def _years_from_context(found: list[DateMention]) -> list[DateMention]:
    """Give a yearless date the year the same sentence names ("the last swap of 2024 ... on December 30")."""
    years = {m.year for m in found if m.kind == "coarse" and m.year is not None and m.month == 0}
    if len(years) != 1:
        return found
    year = years.pop()
    return [
        DateMention(m.kind, m.first, m.last, m.month, m.day, year, m.weekday, m.offset)
        if m.kind == "explicit" and m.year is None else m
        for m in found
    ]


def date_tokens(mentions: list[DateMention]) -> frozenset[int]:
    """Return the token indices covered by dates (their digits are no head counts)."""
    return frozenset(k for m in mentions if m.kind != "narrative" for k in range(m.first, m.last + 1))
