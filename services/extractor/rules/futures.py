"""Whether the words before a date put it in a plan: "the swap expected on Friday", "next Sunday".

"Two years later, on 29 December 2019" tells the past; so does "a further swap on 25 May returned 106", where
"further" is one more exchange, not a later one, and the verb after the date is in the past tense; so does "the next
day, 4 June", the day after the one the story has just told.
"""

from typing import Final

from services.extractor.rules.sincewhen import since_day

_FUTURE: Final = frozenset(
    {"will", "would", "due", "expected", "planned", "scheduled", "next", "later", "coming", "hope", "hopes",
     "continue", "further", "tomorrow", "plans", "until", "expects", "expect"}
)
_SPANS: Final = frozenset({"years", "months", "weeks", "days", "year", "month", "week", "day", "hours"})
_TOLD_PAST: Final = frozenset(
    "returned released freed exchanged swapped brought saw took involved handed repatriated transferred came "
    "went".split()
)


_NEXT_OF_STORY: Final = (["day"], ["morning"], ["evening"], ["afternoon"])  # "the next day": after the story's day


def planned(window: list[str], following: str = "") -> bool:
    """True when a plan word stands in `window` (the words before a date); `following` is the first word after
    the date, past a comma."""
    if since_day(window):  # "it would be the first swap since July 9": a past day
        return False
    return any(word in _FUTURE and not (word == "later" and k and window[k - 1] in _SPANS)
               and not (word == "further" and following in _TOLD_PAST)
               and not (word == "next" and window[k + 1 : k + 2] in _NEXT_OF_STORY) for k, word in enumerate(window))
