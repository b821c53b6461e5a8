"""What a figure's surroundings say about it: its day, nearby background phrases, governing verbs.

Each helper looks at a small window of tokens around a head count, so a
phrase such as "since 2014" far away in the sentence does not touch it.
"""

from collections.abc import Sequence
from datetime import date
from typing import Final, NamedTuple

from schemas import Authority
from services.extractor.rules.barebodies import answers_bodies
from services.extractor.rules.date_words import DateMention
from services.extractor.rules.feasts import EASTER_KINDS
from services.extractor.rules.incaptivity import held_in_captivity
from services.extractor.rules.lexicon import (
    BE_FORMS,
    EXCHANGE_STEMS,
    GIVE_VERBS,
    NEGATIVE_AFTER,
    NEGATIVE_BEFORE,
    NUMBER_WORDS,
)
from services.extractor.rules.mentions import Mention
from services.extractor.rules.reference import resolve
from services.extractor.rules.tokens import is_word
from services.extractor.rules.toldinturn import day_in_turn
from services.extractor.rules.yearlists import first_of_years

_SKIP_BEFORE: Final = frozenset("another a further some about nearly almost around roughly over more than at least up "
                         "to just an additional all".split())
_SKIP_AFTER: Final = frozenset("also reportedly now currently being still had has have".split()) | BE_FORMS
_REMAINS: Final = frozenset({"bodies", "remains", "corpses", "body"})
_HANDOVER_VERBS: Final = frozenset(
    "returned released freed exchanged swapped handed transferred repatriated home back".split()
)
_SWAPPED_FOR: Final = frozenset({"exchange", "return", "swapped", "traded", "exchanged"})
_CAME: Final = frozenset({"came", "come", "went", "crossed", "arrived", "brought"})
_AUXILIARIES: Final = BE_FORMS | frozenset({"have", "has", "had", "got"})
_DATED_KINDS: Final = frozenset({"explicit", "weekday", "today", "ago", "narrative"}) | EASTER_KINDS



class Context(NamedTuple):
    """What a sentence is read against: the article's reference day, the story's last day, the speaker."""

    reference: date
    narrative: date
    authority: Authority
    group: str | None = None  # "Ninety of them were soldiers": the side of the people the sentence before counted


def sentence_days(
    tokens: list[str], mentions: list[DateMention], context: Context
) -> tuple[list[tuple[int, date]], list[tuple[int, date]]]:
    """Return (token index, day) for the dates of events, and for the first days of spans ("since Friday").

    A day only stated for the statement ("the ministry said on Saturday") counts when nothing else dates it.
    """
    return _days(mentions, context)


def other_periods(mentions: list[DateMention], reference: date, months_only: bool = False) -> list[int]:
    """Token positions of months or years named without a day other than the reference's ("since February")."""
    return [
        m.first for m in mentions
        if m.kind == "coarse" and (m.month or not months_only) and (
            (m.year is not None and m.year != reference.year) or (m.month and m.month != reference.month)
            or (m.year is not None and not m.month)
        )
    ]


def _days(
    mentions: list[DateMention], context: Context
) -> tuple[list[tuple[int, date]], list[tuple[int, date]]]:
    days: list[tuple[int, date]] = []
    starts: list[tuple[int, date]] = []
    stated: list[tuple[int, date]] = []
    for mention in mentions:
        if mention.kind in _DATED_KINDS or mention.kind in {"since", "stated"}:
            day = resolve(mention, context.reference, context.narrative)
            if day is not None:
                {"since": starts, "stated": stated}.get(mention.kind, days).append((mention.first, day))
    return (days or stated), starts


WAR_LONG_REACH: Final = 10  # tokens


def war_long(position: int, phrases: list[int], days: list[tuple[int, date]]) -> bool:
    """True when a "since the war began" phrase governs the figure (and no day in the sentence is closer)."""
    for at in phrases:
        distance = abs(position - at)
        if distance <= WAR_LONG_REACH and all(abs(position - d) > distance for d, _ in days):
            return True
    return False


EARLIER_REACH: Final = 12  # tokens


PERIOD_REACH: Final = 16  # tokens: "held on treason charges since April" thirty words on says nothing of the figure


def nearest_is_other_period(position: int, periods: list[int], days: list[tuple[int, date]]) -> bool:
    """True when the closest date to a figure is another month or year ("... since February, when 100 ...")."""
    near_periods = [abs(position - at) for at in periods if abs(position - at) <= PERIOD_REACH]
    if not near_periods:
        return False
    closest = min(near_periods)
    return all(abs(position - at) > closest for at, _ in days)


def near(position: int, phrases: list[int]) -> bool:
    return any(abs(position - at) <= EARLIER_REACH for at in phrases)


def spans_days(days: list[tuple[int, date]], clause: tuple[int, int], figures: list[int]) -> bool:
    """True when a clause with a single figure names two or more days: the count covers the span."""
    inside = {day for at, day in days if clause[0] <= at < clause[1]}
    counts = sum(1 for at in figures if clause[0] <= at < clause[1])
    return len(inside) > 1 and counts == 1


def period(mentions: list[DateMention], figures: list[int] | None = None) -> tuple[int | None, int] | None:
    """The (year, month) of a month or year named without a day ("in January 2024", "since 2022").

    With `figures` (token positions of the sentence's head counts), only a period within PERIOD_REACH
    of one of them counts.
    """
    if any(m.kind in _DATED_KINDS for m in mentions):
        return None
    coarse = next((m for m in mentions if m.kind == "coarse" and (m.year is not None or m.month) and (
        figures is None or any(abs(m.first - at) <= PERIOD_REACH for at in figures))), None)
    return None if coarse is None else (coarse.year, coarse.month)


_ITEM_EDGES: Final = frozenset({",", ":"})


def _comma_span(tokens: Sequence[str], position: int, clause: tuple[int, int]) -> tuple[int, int]:
    """The comma-delimited stretch of the clause holding token `position`."""
    lo = position
    while lo > clause[0] and tokens[lo - 1] not in _ITEM_EDGES:
        lo -= 1
    hi = position
    while hi < clause[1] and hi < len(tokens) and tokens[hi] not in _ITEM_EDGES:
        hi += 1
    return lo, hi


def day_for(
    days: list[tuple[int, date]], position: int, clause: tuple[int, int], latest: bool = False,
    tokens: Sequence[str] = (),
) -> date | None:
    """The day nearest the figure, preferring its own clause; a running total takes the latest day named.

    With `tokens`, a day in the figure's own comma-delimited item wins: "390 each way on Friday, 307 on Saturday".
    """
    if not days:
        return None
    inside = [d for d in days if clause[0] <= d[0] < clause[1]]
    pool = inside or days
    if latest:
        return max(day for _, day in pool)
    if tokens and len(inside) > 1:
        lo, hi = _comma_span(tokens, position, clause)
        pool = [d for d in inside if lo <= d[0] < hi] or pool
    return min(pool, key=lambda d: abs(d[0] - position))[1]


def respective_day(
    tokens: Sequence[str], days: list[tuple[int, date]], position: int, clause: tuple[int, int], figures: list[int]
) -> date | None:
    """ "60 and 84 servicemen respectively ... on Thursday and Friday": with "respectively", the n-th figure of
    the clause goes with its n-th day, when the clause names as many distinct days as figures."""
    if "respectively" not in tokens[clause[0] : clause[1]]:
        return day_in_turn(tokens, days, position, figures)  # "on Saturday and on Sunday ... 64 and then 50"
    inside = sorted(d for d in days if clause[0] <= d[0] < clause[1])
    counts = sorted(at for at in figures if clause[0] <= at < clause[1])
    if len(counts) < 2 or len(inside) != len(counts) or len({day for _, day in inside}) != len(inside):
        return None
    return inside[counts.index(position)][1] if position in counts else None


_PARTICIPLE_REACH: Final = 14


def _handover_follows(tokens: list[str], start: int, end: int) -> bool:
    """ "captured during the Kursk push were sent back": a handover verb later in the clause."""
    for k in range(start, min(end, start + _PARTICIPLE_REACH)):
        word = tokens[k]
        if word in _HANDOVER_VERBS or word in GIVE_VERBS or word in _CAME:
            return True
        if word.startswith(EXCHANGE_STEMS) and k > 0 and tokens[k - 1] in _AUXILIARIES:
            return True
    return False


def remains_before(tokens: list[str], first: int, clause_start: int, figures: list[int], bare: bool = False) -> bool:
    """True when the clause is about bodies: "the exchange of remains, agreed as 6,000 for 6,000".

    "27 bodies and 84 of its servicemen": bodies counted by another figure leave a head count alone, but
    not a bare one ("received 1,000 bodies and handed 19 to Russia").
    """
    if bare and answers_bodies(tokens, first, figures):
        return True  # "... the remains of 750 soldiers while Moscow takes back 41"
    for k in range(first - 1, clause_start - 1, -1):
        word = tokens[k]
        if word in _REMAINS:
            return bare or k == 0 or not (tokens[k - 1][:1].isdigit() or tokens[k - 1] in NUMBER_WORDS)
        if k in figures:
            return False
    return False


_CAPTIVITY: Final = frozenset("captured held detained taken imprisoned jailed missing sentenced abducted deported "
                       "convicted captivity custody stuck trapped stranded interned".split())
_CAPTIVITY_REACH: Final = 8


def captivity_period(tokens: list[str], at: int) -> bool:
    """True for a month or year that dates the captivity, not the handover ("captured in Mariupol in 2022").

    "brought back from captivity since March" ends the captivity: the month dates the returns, not the holding.
    """
    at = first_of_years(tokens, at)  # "held since 2015, 2018 and 2019"
    for k in range(at - 1, max(at - _CAPTIVITY_REACH, 0) - 1, -1):
        word = tokens[k]
        if word in _CAPTIVITY:
            return tokens[k - 1 : k] != ["from"]
        if not is_word(word):
            return False
    return False


_CARRYING: Final = frozenset({"carrying", "transporting", "ferrying", "flying", "taking", "bringing"})
_DESTINATION_REACH: Final = 8
_EXCHANGE_NOUNS: Final = frozenset({"swap", "exchange", "handover", "trade"})


def _bound_for_exchange(tokens: list[str], start: int) -> bool:
    """ "... to a swap", "... bound for an exchange": the people are being taken to a handover still to come."""
    for k in range(start, min(len(tokens) - 2, start + _DESTINATION_REACH)):
        if tokens[k] in {"to", "for"} and tokens[k + 1] in {"a", "an", "the"} and not _EXCHANGE_NOUNS.isdisjoint(
            tokens[k + 2 : k + 4]
        ):
            return True  # "to a swap", "to a planned swap"
        if not is_word(tokens[k]):
            return False
    return False


_ABOARD_REACH: Final = 16


def _aboard_for_exchange(tokens: list[str], start: int) -> bool:
    """ "65 prisoners were on board, being flown to the border for a planned exchange": still on their way."""
    if "board" not in tokens[start : start + 4] or "on" not in tokens[start : start + 4]:
        return False
    for k in range(start + 2, min(len(tokens) - 2, start + _ABOARD_REACH)):
        if tokens[k] in {"to", "for"} and tokens[k + 1] in {"a", "an", "the"} and not _EXCHANGE_NOUNS.isdisjoint(
            tokens[k + 2 : k + 4]
        ):
            return True
    return False


def negative(tokens: list[str], mention: Mention, clause_end: int | None = None) -> bool:
    """True when a verb next to the head count makes it casualties, holdings or estimates."""
    if held_in_captivity(tokens):
        return True  # "still in Russian captivity there are about 1,800 civilians": held, not freed
    k = mention.quantity.first - 1
    while k >= 0 and tokens[k] in _SKIP_BEFORE:
        k -= 1
    if k >= 0 and tokens[k] in NEGATIVE_BEFORE:
        return True
    handed = k >= 0 and (tokens[k] in _HANDOVER_VERBS or tokens[k] in GIVE_VERBS or tokens[k].startswith(
        EXCHANGE_STEMS))  # "Ukraine brought home 140 defenders captured in 2022": the participle describes them
    handed = handed or (k >= 1 and tokens[k] == "for" and tokens[k - 1] in _SWAPPED_FOR)  # "in exchange for 75 held"
    first = mention.quantity.first
    if first > 1 and tokens[first - 1] == "of" and tokens[first - 2] in _REMAINS:
        return True  # "the bodies of 1,200 fallen soldiers"
    if tokens[mention.end + 1 : mention.end + 3] in (["among", "those"], ["among", "the"]):
        return True  # "three Volyn soldiers among those freed": a few of the people, not the count of a side
    if k >= 0 and tokens[k] in _CARRYING and _bound_for_exchange(tokens, mention.end + 1):
        return True  # "a plane carrying 65 prisoners to a swap": on their way, not yet handed over
    if _aboard_for_exchange(tokens, mention.end + 1):
        return True
    seen_be = False
    after = mention.end + 1
    if tokens[after : after + 1] == ["of"] and is_word(tokens[after + 1] if after + 1 < len(tokens) else ","):
        after += 2  # "900 defenders of Kherson are still held": the place they come from says nothing
    for offset, word in enumerate(tokens[after : after + 4], start=after):
        if not is_word(word):
            return False
        if word in NEGATIVE_AFTER or (seen_be and word in {"wounded", "injured"}):
            # "servicemen captured in Kursk were returned": a participle, the handover verb follows
            return not handed and not _handover_follows(
                tokens, offset + 1, len(tokens) if clause_end is None else clause_end)
        if word in _SKIP_AFTER:
            seen_be = seen_be or word in BE_FORMS
            continue
        return False
    return False
