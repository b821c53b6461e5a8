"""How newsrooms write figures and dates: digits with separators, number words, hedges, weekdays."""

import random
from datetime import date, timedelta

_UNITS = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen " \
    "seventeen eighteen nineteen".split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")


def in_words(value: int) -> str:
    """Spell 0..999 the British way: "three hundred and three"."""
    if value < 20:
        return _UNITS[value]
    if value < 100:
        tens, unit = divmod(value, 10)
        return _TENS[tens] + (f"-{_UNITS[unit]}" if unit else "")
    hundreds, rest = divmod(value, 100)
    head = f"{_UNITS[hundreds]} hundred"
    return head + (f" and {in_words(rest)}" if rest else "")


def figure(rng: random.Random, value: int, words_share: float = 0.05) -> str:
    """Write a head count as an outlet would: mostly digits, "1,000" with a separator, sometimes words."""
    if value < 1000 and rng.random() < words_share:
        return in_words(value)
    return f"{value:,}"


def hedged(rng: random.Random, value: int) -> str:
    """A rounded, hedged figure ("about 300", "nearly 400")."""
    rounded = max(10, round(value, -1) if value < 100 else round(value, -2 if value % 100 in (0, 50) else -1))
    return f"{rng.choice(('about', 'nearly', 'around', 'roughly', 'almost'))} {rounded:,}"


def day_phrase(rng: random.Random, day: date, published: date, *, with_year: bool = False) -> str:
    """Refer to `day` from an article published on `published`: weekday, yesterday, or a calendar date."""
    explicit = f"on {MONTHS[day.month - 1]} {day.day}" + (f", {day.year}" if with_year else "")
    if with_year:
        return explicit
    gap = (published - day).days
    choices = [f"on {WEEKDAYS[day.weekday()]}", explicit, f"on {day.day} {MONTHS[day.month - 1]}"]
    if gap == 1:
        choices.append("yesterday")
    if gap == 0:
        choices.append("today")
    return rng.choice(choices)


def month_year(day: date) -> str:
    return f"{MONTHS[day.month - 1]} {day.year}"


def days_before(day: date, count: int) -> date:
    return day - timedelta(days=count)
