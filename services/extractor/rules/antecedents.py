"""A day named for the talks or the call an exchange came after dates that event, not the exchange.

"..., in a swap that followed a meeting of the negotiators the day before", "after talks in Geneva on Monday":
the day sits inside a phrase about another event (a call, talks, a meeting, a summit, a visit) that the handover
followed, so it tells when that event took place; the handover is dated by the rest of the sentence or story.
"""

from typing import Final

from services.extractor.rules.date_words import DateMention

_TRIGGERS: Final = frozenset({"after", "following", "followed", "follows"})
_EVENTS: Final = frozenset({"call", "calls", "talks", "meeting", "meetings", "summit", "visit", "conversation",
                            "negotiations", "phone", "telephone", "video"})
_NOUN_REACH: Final = 4  # "followed a two-hour phone call": the event noun a few words after the trigger
_DAY_REACH: Final = 14  # "... a call between the Russian and U.S. presidents the day before"
_BREAKS: Final = frozenset({",", ";", ":", ".", "—", "–", "(", ")", '"', "“", "”"})


def _antecedent(tokens: list[str], mention: DateMention) -> bool:
    """True when the mention closes an "after/followed <event> ..." phrase with no break in between."""
    for k in range(mention.first - 1, max(mention.first - 1 - _DAY_REACH, -1), -1):
        word = tokens[k].lower()
        if word in _BREAKS:
            return False
        if word in _TRIGGERS:
            ahead = [t.lower() for t in tokens[k + 1 : min(k + 1 + _NOUN_REACH, mention.first)]]
            return any(t in _EVENTS for t in ahead)
    return False


def without_antecedent_days(tokens: list[str], dates: list[DateMention]) -> list[DateMention]:
    """`dates` without the days that date the call, talks or meeting the exchange followed."""
    return [m for m in dates if not _antecedent(tokens, m)]
