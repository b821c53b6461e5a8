"""Phrases that make a figure background: "since the war began", "in 67 exchanges", "the previous swap".

Found once per sentence as token positions, so that a rule can ask whether such a phrase sits near a
figure; "the largest swap since the war began" is a superlative, not a total since the war.
"""

import re
from typing import Final

from services.extractor.rules.date_words import DateMention
from services.extractor.rules.sincedays import since_day_clauses

_HARD_BACKGROUND: Final = re.compile(
    r" since (?:the (?:start|beginning|outbreak) of (?:the |this )?(?:full-scale |russian )?(?:war|invasion|year)|"
    r"(?:february |feb )?2022|2014|the (?:full-scale )?(?:war|invasion)|russia (?:launched|invaded|began))|"
    r"(?:during|throughout|over the course of|in the course of) the (?:whole |entire )?war|in total since |"
    r"(?:in|across|over|during) (?:[0-9]+|several|many|dozens of|more than [0-9]+) (?:prisoner )?(?:exchanges|swaps)|"
    r" (?:[0-9]+|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|dozens of|"
    r"several) (?:separate |successful |prisoner |such )?(?:exchanges|swaps) |"
    r"(?:mediated|brokered|facilitated) (?:prisoner |such )?(?:exchanges|swaps) |"
    r"(?:over|in|during) the (?:past|last) (?:week|month|year|few weeks|few months) |"
    r"(?:before|until|prior to|up to) (?:today|yesterday|this (?:exchange|swap)|the (?:latest|new|current) "
    r"(?:exchange|swap)) "
)
_SOFT_BACKGROUND: Final = re.compile(
    r" (?:previous|last|earlier|prior|past|similar|preceding) (?:such )?(?:prisoner )?(?:exchanges?|swaps?|"
    r"releases?|rounds?)|last time|last year|last month|last week|a previous|in previous|the last such|"
    r"earlier (?:this|in the) (?:month|week|year) "
)
_SUPERLATIVES: Final = frozenset({"largest", "biggest", "first", "most", "record", "only", "such", "longest", "major"})


def war_long_positions(text: str) -> list[int]:
    """Token positions (within `text`) of phrases such as "since the start of the war", "since 2022".

    "The largest swap since the war began" is a superlative, not a total since the war.
    """
    if " since " not in text and " war " not in text and "exchanges" not in text and "swaps" not in text and not (
        " before " in text or " until " in text or " prior to " in text or " up to " in text or " the past " in text
        or " the last " in text
    ):
        return []
    positions: list[int] = []
    for match in _HARD_BACKGROUND.finditer(text):
        before = text[: match.start()].split()
        if not _SUPERLATIVES.intersection(before[-8:]) or _share_of_plural(before[-8:]):
            # both ends: "since the start of the full-scale invasion, Ukraine has brought home 5,000" is long
            positions += [len(before), len(text[: match.end()].split())]
    return positions


_PLURAL_EXCHANGES: Final = frozenset({"exchanges", "swaps", "releases", "handovers"})


def _share_of_plural(words: list[str]) -> bool:
    """ "which has mediated most swaps since the war began": "most" before a plural is a share, not a superlative
    (only when it is the one superlative-like word in reach)."""
    found = [k for k, word in enumerate(words) if word in _SUPERLATIVES]
    return len(found) == 1 and words[found[0]] == "most" and found[0] + 1 < len(words) and (
        words[found[0] + 1] in _PLURAL_EXCHANGES)


_EARLIER_HINTS: Final = (" previous ", " last ", " earlier ", " prior ", " past ", " similar ", " preceding ")


_RELATIVE: Final = re.compile(r" (?:in|during|at|under) which | when ")
RELATIVE_REACH: Final = 10  # tokens from the earlier exchange to the relative clause that describes it


def earlier_exchange_positions(text: str) -> list[int]:
    """Token positions of phrases about earlier exchanges ("the previous swap", "last year").

    A relative clause describing such an exchange tells of it too ("last month's swap, the largest of the war,
    in which 1,000 were exchanged"): its opening counts as a position of its own.
    """
    if not any(hint in text for hint in _EARLIER_HINTS):
        return []
    positions: list[int] = []
    for match in _SOFT_BACKGROUND.finditer(text):
        at = len(text[: match.start()].split())
        positions.append(at)
        relative = _RELATIVE.search(text, match.end())
        if relative is not None:
            opens = len(text[: relative.start()].split())
            if opens - at <= RELATIVE_REACH:
                positions.append(opens)
    return positions


_PRIOR_SUBJECT: Final = re.compile(
    r" (?:(?:in|during|at) )?(?:the|its|their) (?:most recent|previous|preceding|prior) (?:prisoner )?"
    r"(?:exchange|swap|handover) "
)


def prior_exchange_opens(text: str) -> bool:
    """True when a clause opens on an earlier exchange ("The most recent exchange, on Aug. 14, returned 84"):
    what it tells, dated or not, is that earlier swap, not the story's own."""
    return _PRIOR_SUBJECT.match(text) is not None  # anchored: fails on the first words of almost every clause


_EXCHANGE_NOUNS: Final = frozenset({"exchange", "swap", "handover", "trade"})


def recalled_clauses(tokens: list[str], dates: list[DateMention]) -> list[tuple[int, int]]:
    """The [start, end) tokens of each "when" clause, up to its closing comma, that describes a dated exchange
    named as a noun ("the swap of 30 December, when 189 went home, ..."): it recalls that exchange, not the story's
    own handover."""
    found: list[tuple[int, int]] = []
    for mention in dates:
        at, first = mention.last + 2, mention.first
        if tokens[at - 1 : at + 1] == [",", "when"] and first > 1 and tokens[first - 1] in {"of", "on"} and (
            tokens[first - 2] in _EXCHANGE_NOUNS
        ):
            end = next((k for k in range(at + 1, len(tokens)) if tokens[k] == ","), len(tokens))
            found.append((at, end))
    return found + since_day_clauses(tokens, dates)  # "the first since 4 December's, when ..."
