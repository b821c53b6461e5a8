"""Find the figures in a tokenized sentence: digits with separators, number words, hedges and ranges.

"1,000", "1 000" and "1.000" are a thousand when each group after the first
has exactly three digits; "2.5" is a decimal and no head count. Words such as
"three hundred and three" or "a thousand" are parsed too. A hedge before the
figure ("about", "nearly", "at least") marks it approximate; both ends of a
range ("between 8,000 and 10,000") are marked so that no rule counts them.
"""

from dataclasses import dataclass

from services.extractor.rules.lexicon import NUMBER_WORDS, SCALE_WORDS
from services.extractor.rules.tokens import Token

MAX_FIGURE = 10**7  # anything larger is no count of people handed over

_HEDGES_ONE = frozenset(
    "about around roughly approximately nearly almost some over approx circa estimated ~ under".split()
)
_HEDGES_TWO = frozenset(
    {
        ("more", "than"), ("at", "least"), ("up", "to"), ("close", "to"), ("an", "estimated"),
        ("fewer", "than"), ("less", "than"), ("just", "over"), ("just", "under"), ("upwards", "of"),
        ("as", "many"), ("at", "most"),
    }
)
_MONTHS_BEFORE_SPACE_GROUP = frozenset(
    "january february march april may june july august september october november december jan feb mar apr "
    "jun jul aug sep sept oct nov dec".split()
)
_SUFFIXES = frozenset({"st", "nd", "rd", "th", "%", "percent", "million", "billion", "bn", "m", "per"})


@dataclass(frozen=True, slots=True)
class Quantity:
    """A figure and the tokens it spans (`first`..`last` inclusive)."""

    value: int
    first: int
    last: int
    approximate: bool = False
    in_range: bool = False
    spelled: bool = False


def _contiguous(a: Token, b: Token) -> bool:
    return a.end == b.start


def _three_digits(token: Token) -> bool:
    return len(token.text) == 3 and token.is_digits


def _digit_run(tokens: list[Token], i: int, sentence: str) -> tuple[int | None, int]:
    """Parse the digits starting at `i`; return (value or None for decimals/units, last index)."""
    last = i
    digits = tokens[i].text
    n = len(tokens)
    separated = False
    while (
        last + 2 < n
        and tokens[last + 1].text in {",", "."}
        and _contiguous(tokens[last], tokens[last + 1])
        and _contiguous(tokens[last + 1], tokens[last + 2])
        and _three_digits(tokens[last + 2])
        and not (last + 3 < n and tokens[last + 3].is_digits and _contiguous(tokens[last + 2], tokens[last + 3]))
    ):
        digits += tokens[last + 2].text
        last += 2
        separated = True
    if not separated and len(tokens[i].text) <= 3 and not (i > 0 and tokens[i - 1].text in _MONTHS_BEFORE_SPACE_GROUP):
        while (
            last + 1 < n
            and _three_digits(tokens[last + 1])
            and sentence[tokens[last].end : tokens[last + 1].start] == " "
            and not (last + 2 < n and tokens[last + 2].is_digits)
        ):
            digits += tokens[last + 1].text
            last += 1
    if last + 2 < n and tokens[last + 1].text in {".", ","} and _contiguous(tokens[last], tokens[last + 1]):
        following = tokens[last + 2]
        if following.is_digits and _contiguous(tokens[last + 1], following):
            return None, last + 2  # a decimal such as 2.5, or a malformed group
    if last + 1 < n and tokens[last + 1].text in _SUFFIXES and (
        _contiguous(tokens[last], tokens[last + 1]) or tokens[last + 1].text in {"percent", "million", "billion"}
    ):
        return None, last + 1
    if len(digits) > 8:
        return None, last
    return int(digits), last


def _word_kind(word: str) -> str | None:
    """Classify a number word: unit (1-9), teen (10-19, dozen), tens, hundred, thousand, or None."""
    if word in SCALE_WORDS:
        return word
    if "-" in word:
        parts = word.split("-")
        if len(parts) == 2 and NUMBER_WORDS.get(parts[0], 0) >= 20 and 0 < NUMBER_WORDS.get(parts[1], 0) < 10:
            return "unit"
        return None
    value = NUMBER_WORDS.get(word)
    if value is None or value == 0:
        return None
    if value < 10:
        return "unit"
    return "teen" if value < 20 else "tens"


# Which kind of number word may follow which ("twenty" then "two", "three" then "hundred", ...).
_MAY_FOLLOW: dict[str | None, frozenset[str]] = {
    None: frozenset({"unit", "teen", "tens"}),
    "a": frozenset({"hundred", "thousand"}),
    "unit": frozenset({"hundred", "thousand"}),
    "teen": frozenset({"hundred", "thousand"}),
    "tens": frozenset({"unit", "thousand"}),
    "hundred": frozenset({"unit", "teen", "tens", "thousand"}),
    "thousand": frozenset({"unit", "teen", "tens"}),
    "and": frozenset({"unit", "teen", "tens"}),
}


def _word_run(tokens: list[Token], i: int) -> tuple[int | None, int]:
    """Parse number words starting at `i` ("three hundred and three", "a thousand", "twenty-two")."""
    total = 0
    current = 0
    previous: str | None = None
    last = i - 1
    for j in range(i, len(tokens)):
        word = tokens[j].text
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
            current += _compound_value(word)
        previous = kind
        last = j
    while last >= i and tokens[last].text in {"a", "and"}:
        last -= 1
    if last < i:
        return None, i
    return total + current, last


def _compound_value(word: str) -> int:
    if "-" in word:
        return sum(NUMBER_WORDS.get(part, 0) for part in word.split("-"))
    return NUMBER_WORDS.get(word, 0)


def _is_number_word(word: str) -> bool:
    if word in NUMBER_WORDS or word in SCALE_WORDS:
        return True
    if "-" in word:
        parts = word.split("-")
        return len(parts) == 2 and all(part in NUMBER_WORDS for part in parts)
    return False


def is_hedged(tokens: list[Token], first: int) -> bool:
    """Return True when the figure starting at `first` is preceded by a hedge ("about", "at least")."""
    if first >= 1 and tokens[first - 1].text in _HEDGES_ONE:
        return True
    if first >= 2 and (tokens[first - 2].text, tokens[first - 1].text) in _HEDGES_TWO:
        return True
    return first >= 3 and (tokens[first - 3].text, tokens[first - 2].text) in _HEDGES_TWO and tokens[
        first - 1
    ].text in {"just", "some", "around", "about"}


def find_quantities(tokens: list[Token], sentence: str, skip: frozenset[int] = frozenset()) -> list[Quantity]:
    """Return the figures of a sentence, in order; tokens in `skip` (dates) are never figures."""
    found: list[Quantity] = []
    i = 0
    n = len(tokens)
    while i < n:
        token = tokens[i]
        if i in skip:
            i += 1
            continue
        if token.is_digits:
            value, last = _digit_run(tokens, i, sentence)
            spelled = False
        elif token.text == "a" or _is_number_word(token.text):
            value, last = _word_run(tokens, i)
            spelled = True
            if value is None:
                i += 1
                continue
        else:
            i += 1
            continue
        if value is not None and 0 < value <= MAX_FIGURE and not any(k in skip for k in range(i, last + 1)):
            found.append(Quantity(value, i, last, is_hedged(tokens, i), spelled=spelled))
        i = last + 1
    return _mark_ranges(tokens, found)


def _mark_ranges(tokens: list[Token], found: list[Quantity]) -> list[Quantity]:
    """Flag both ends of "between A and B", "from A to B", "A to B", "A-B" and "A or B"."""
    marked = list(found)
    for k in range(len(found) - 1):
        a, b = found[k], found[k + 1]
        gap = [t.text for t in tokens[a.last + 1 : b.first]]
        before = tokens[a.first - 1].text if a.first > 0 else ""
        joined = (gap == ["and"] and before == "between") or gap in (["to"], ["-"], ["–"], ["or"])
        if joined and not (gap == ["-"] and b.value == a.value):
            marked[k] = _ranged(marked[k])
            marked[k + 1] = _ranged(marked[k + 1])
    return marked


def _ranged(quantity: Quantity) -> Quantity:
    return Quantity(quantity.value, quantity.first, quantity.last, True, True, quantity.spelled)
