"""Find the figures in a tokenized sentence: digits with separators, number words, hedges and ranges.

"1,000", "1.000" and "1 000" are a thousand (groups of exactly three digits
after the first); a decimal ("2.5"), a percentage, an ordinal ("23rd"), a
hyphenated form ("58-year-old") or a figure in millions is no head count. Words such as "three
hundred and three" or "a thousand" are parsed too. A hedge before the figure
("about", "nearly", "at least") marks it approximate, except "over"/"under"
right after a verb they complete ("handed over 22" is exact); both ends of a
range ("between 8,000 and 10,000") are marked so that no rule counts them.
"""

from typing import Final, NamedTuple

from services.extractor.rules.lexicon import NUMBER_WORDS, SCALE_WORDS
from services.extractor.rules.running import running_count
from services.extractor.rules.tokens import DIGITS

MAX_FIGURE: Final = 10**7  # anything larger is no count of people handed over

_HEDGES_ONE: Final = frozenset(
    "about around roughly approximately nearly almost some over approx circa estimated ~ under".split()
)
# "over"/"under" is a particle, not "more than", after these verbs: "handed over 22", "took over 5".
_PARTICLE_VERBS: Final = frozenset(
    "hand hands handed handing turn turns turned turning pass passes passed passing took taken".split()
)
_PARTICLES: Final = frozenset({"over", "under"})
_HEDGES_TWO: Final = frozenset(
    {
        ("more", "than"), ("at", "least"), ("up", "to"), ("close", "to"), ("an", "estimated"),
        ("fewer", "than"), ("less", "than"), ("just", "over"), ("just", "under"), ("upwards", "of"),
        ("as", "many"), ("at", "most"),
    }
)
_MONTHS: Final = frozenset(
    "january february march april may june july august september october november december jan feb mar apr "
    "jun jul aug sep sept oct nov dec".split()
)
_NOT_COUNTS: Final = frozenset({"%", "percent", "million", "billion", "bn", "per", "trillion"})
_NUMBER_START: Final = frozenset(NUMBER_WORDS) | {"a"} | {
    f"{tens}-{unit}" for tens, value in NUMBER_WORDS.items() if value >= 20 for unit in
    ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
}


class Quantity(NamedTuple):
    """A figure and the tokens it spans (`first`..`last` inclusive)."""

    value: int
    first: int
    last: int
    approximate: bool = False
    in_range: bool = False
    spelled: bool = False
    pair: bool = False  # "1,000-for-1,000" written as one token


def _pair_value(token: str) -> int | None:
    """Return N for the token "N-for-N" (both halves equal), else None."""
    left, _, right = token.partition("-for-")
    value = figure_value(left)
    return value if value is not None and value == figure_value(right) else None


def _spaced_pair_value(tokens: list[str], i: int) -> int | None:
    """Return N for "1 000-for-1 000" (three tokens with space-separated thousands), else None."""
    left_group, _, right_head = tokens[i + 1].partition("-for-")
    head, tail = tokens[i], tokens[i + 2]
    if not (len(head) <= 3 and head.isdigit() and len(tail) == 3 and tail.isdigit()):
        return None
    if not (len(left_group) == 3 and left_group.isdigit() and 0 < len(right_head) <= 3 and right_head.isdigit()):
        return None
    left, right = int(head + left_group), int(right_head + tail)
    return left if left == right else None


def figure_value(token: str) -> int | None:
    """Return the integer a figure token denotes ("390", "1,000", "1.000"), or None for anything else.

    Decimals ("2.5"), ordinals ("23rd"), ranges ("8,000-10,000") and hyphenated forms ("58-year-old") are
    no head counts; a separator must be followed by exactly three digits.
    """
    if not token.isascii():
        return None
    if token.isdigit():
        return int(token) if len(token) <= 8 else None
    separator = "," if "," in token else "." if "." in token else ""
    if not separator or ("," in token and "." in token):
        return None
    head, *groups = token.split(separator)
    if not (0 < len(head) <= 3 and head.isdigit() and all(len(g) == 3 and g.isdigit() for g in groups)):
        return None
    return int(head + "".join(groups))


def _word_kind(word: str) -> str | None:
    """Classify a number word: unit (1-9), teen (10-19), tens, hundred, thousand, or None."""
    if word in SCALE_WORDS:
        return word
    if "-" in word:
        parts = word.split("-")
        if len(parts) == 2 and NUMBER_WORDS.get(parts[0], 0) >= 20 and 0 < NUMBER_WORDS.get(parts[1], 0) < 10:
            return "unit"
        return None
    value = NUMBER_WORDS.get(word)
    if not value:
        return None
    if value < 10:
        return "unit"
    return "teen" if value < 20 else "tens"


# Which kind of number word may follow which ("twenty" then "two", "three" then "hundred", ...).
_MAY_FOLLOW: dict[str | None, frozenset[str]] = {
    None: frozenset({"unit", "teen", "tens"}),
    "a": frozenset({"hundred", "thousand", "teen"}),  # "a dozen"
    "unit": frozenset({"hundred", "thousand"}),
    "teen": frozenset({"hundred", "thousand"}),
    "tens": frozenset({"unit", "thousand"}),
    "hundred": frozenset({"unit", "teen", "tens", "thousand"}),
    "thousand": frozenset({"unit", "teen", "tens", "hundred"}),
    "and": frozenset({"unit", "teen", "tens"}),
}


def _compound_value(word: str) -> int:
    if "-" in word:
        return sum(NUMBER_WORDS.get(part, 0) for part in word.split("-"))
    return NUMBER_WORDS.get(word, 0)


def _word_run(tokens: list[str], i: int) -> tuple[int | None, int]:
    """Parse number words starting at `i` ("three hundred and three", "a thousand", "twenty-two")."""
    total = 0
    current = 0
    previous: str | None = None
    last = i - 1
    for j in range(i, min(len(tokens), i + 12)):
        word = tokens[j]
        if word == "a" and previous is None:
            kind = "a"
        elif word == "and" and previous in {"hundred", "thousand"}:
            kind = "and"
        else:
            found = _word_kind(word)
            if found is None or found not in _MAY_FOLLOW[previous]:
                break
            kind = found
        if kind == "a":
            current = 1
        elif kind == "hundred":
            current = max(current, 1) * 100
        elif kind == "thousand":
            total += max(current, 1) * 1000
            current = 0
        elif kind != "and":
            current = (0 if previous == "a" else current) + _compound_value(word)  # "a dozen" is 12
        previous = kind
        last = j
    while last >= i and tokens[last] in {"a", "and"}:
        last -= 1
    if last < i:
        return None, i
    return total + current, last


def is_hedged(tokens: list[str], first: int) -> bool:
    """Return True when the figure starting at `first` is preceded by a hedge ("about", "at least")."""
    if running_count(tokens, first):  # "Already 64 of ours are home": a count of a handover still going on
        return True
    if first >= 1 and tokens[first - 1] in _HEDGES_ONE:
        return not (first >= 2 and tokens[first - 1] in _PARTICLES and tokens[first - 2] in _PARTICLE_VERBS)
    return first >= 2 and (tokens[first - 2], tokens[first - 1]) in _HEDGES_TWO


def find_quantities(tokens: list[str], skip: frozenset[int] = frozenset()) -> list[Quantity]:
    """Return the figures of a sentence, in order; tokens in `skip` (dates) are never figures."""
    found: list[Quantity] = []
    i = 0
    n = len(tokens)
    # most tokens start no figure: one comprehension finds the few that may, the loop visits only those
    for start in [k for k, t in enumerate(tokens) if t in _NUMBER_START or t[:1] in DIGITS]:
        if start < i or start in skip:
            continue
        i = start
        token = tokens[i]
        digit = token[:1] in DIGITS
        if digit and "-for-" in token:
            value, last, spelled = _pair_value(token), i, False
            if value is not None and value <= MAX_FIGURE:
                found.append(Quantity(value, i, i, is_hedged(tokens, i), pair=True))
            i += 1
            continue
        if digit and i + 2 < n and "-for-" in tokens[i + 1]:
            value = _spaced_pair_value(tokens, i)
            if value is not None and value <= MAX_FIGURE:
                found.append(Quantity(value, i, i + 2, is_hedged(tokens, i), pair=True))
                i += 3
                continue
        if digit:
            value = figure_value(token)
            last = i
            spelled = False
            while (  # "1 000": a thousands group written after a space
                value is not None and len(token) <= 3 and last + 1 < n and len(tokens[last + 1]) == 3
                and tokens[last + 1].isdigit() and tokens[last + 1].isascii()
                and (i == 0 or tokens[i - 1] not in _MONTHS)
                and last + 1 not in skip
            ):
                value = value * 1000 + int(tokens[last + 1])
                last += 1
            if last + 1 < n and tokens[last + 1] in _NOT_COUNTS:
                value = None
        else:
            value, last = _word_run(tokens, i)
            spelled = True
        if value is not None and 0 < value <= MAX_FIGURE and skip.isdisjoint(range(i, last + 1)):
            found.append(Quantity(value, i, last, is_hedged(tokens, i), spelled=spelled))
        i = last + 1
    return _mark_ranges(tokens, found)


def _mark_ranges(tokens: list[str], found: list[Quantity]) -> list[Quantity]:
    """Flag both ends of "between A and B", "from A to B", "A to B", "A-B" and "A or B"."""
    marked = list(found)
    for k in range(len(found) - 1):
        a, b = found[k], found[k + 1]
        gap = tokens[a.last + 1 : b.first]
        before = tokens[a.first - 1] if a.first > 0 else ""
        joined = (gap == ["and"] and before == "between") or gap in (["to"], ["-"], ["–"], ["or"])
        if joined and not (gap == ["-"] and b.value == a.value):
            marked[k] = _ranged(marked[k])
            marked[k + 1] = _ranged(marked[k + 1])
    return marked


def _ranged(quantity: Quantity) -> Quantity:
    return Quantity(quantity.value, quantity.first, quantity.last, True, True, quantity.spelled, quantity.pair)
