"""Split a tokenized sentence into clauses, so that cues apply to the figures they govern.

Boundaries: semicolons, "while", "whereas", "but", ", and", and "and" when a
new verb phrase or a country with its own verb follows ("... 390 people on
Friday and are expected to exchange 1,000"). Commas alone do not split: they
separate attributions and lists that still belong to the figure. ", and four
civilians" with no verb of its own, or ", and six were civilians" after a
breakdown, is the last item of a list, not a clause.
"""

from typing import Final

from services.extractor.rules.asides import hyphen_asides
from services.extractor.rules.lexicon import BE_FORMS, COUNTRY, NUMBER_WORDS
from services.extractor.rules.tokens import is_figure

_ALWAYS: Final = frozenset({";", ":", "-", "•", "while", "whereas", "but", "although", "though"})
_PARTICIPLES: Final = frozenset({"bringing", "raising", "taking", "pushing", "making"})
_VERB_AFTER_AND: Final = frozenset(
    "are is was were will would have has had said say says expected expect plan plans hope hopes added "
    "confirmed announced called could should may might".split()
)
_LIST_END: Final = frozenset({",", ";", ":", "—", "while", "whereas", "but"})
_FINITE: Final = BE_FORMS | _VERB_AFTER_AND | frozenset(
    "came come comes crossed cross arrived went got get gets returned return received receive did changed reached "
    "landed boarded walked".split()
)
_LIST_REACH: Final = 8
_BREAKDOWN: Final = (
    frozenset("military civilian civilians soldiers servicemen women men officers conscripts pows".split())
)
# ", and alongside them, 20 civilians": the list goes on
_ALONG: Final = frozenset({"alongside", "along", "together", "plus"})


def _list_item(tokens: list[str], i: int) -> bool:
    """True for ", and 20 civilians" (a figure with no verb before the next comma): the list goes on."""
    i += tokens[i + 1 : i + 2] == ["also"]  # ", and also 20 civilians"
    nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
    if not (is_figure(nxt) or nxt in NUMBER_WORDS):
        return False
    if tokens[i + 2 : i + 3] and tokens[i + 2] in BE_FORMS and tokens[i + 3 : i + 4] and tokens[i + 3] in _BREAKDOWN:
        return True  # "224 were soldiers, sergeants and officers, and six were civilians": the breakdown goes on
    for word in tokens[i + 2 : i + 2 + _LIST_REACH]:
        if word in _LIST_END:
            return True
        if word in _FINITE:
            return False
    return True


_CLAUSE_WORDS: Final = _ALWAYS | _PARTICIPLES | {"when", "and"}  # every word a branch of `clause_starts` tests


def clause_starts(tokens: list[str]) -> list[int]:
    """Return the first token index of each clause (always starting with 0)."""
    starts = [0]
    asides = hyphen_asides(tokens) if "-" in tokens else set()  # "96 are soldiers - officers ... - and 12 are"
    for i in [k for k, word in enumerate(tokens) if word in _CLAUSE_WORDS]:  # the loop visits only these few
        word = tokens[i]
        if word in _ALWAYS and i not in asides:
            starts.append(i + 1 if word in {";", ":", "-", "•"} else i)
        elif word in _PARTICIPLES and i > 0 and tokens[i - 1] == ",":
            starts.append(i)  # ", bringing the total to 1,000": a clause of its own
        elif word == "when" and i > 0 and tokens[i - 1] == ",":
            starts.append(i)  # "the biggest since 21 September, when 215 came home": that earlier day's clause
        elif word == "and" and i > 0:
            nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
            after = tokens[i + 2] if i + 2 < len(tokens) else ""
            new_subject = nxt in COUNTRY and tokens[i - 1] not in COUNTRY and after.isalpha()
            after_comma = tokens[i - 1] == "," and not _list_item(tokens, i) and nxt not in _ALONG
            if after_comma or nxt in _VERB_AFTER_AND or (new_subject and after not in {"and", "each"}):
                starts.append(i)
    return sorted(set(starts))


def clause_of(starts: list[int], index: int, length: int) -> tuple[int, int]:
    """Return the [start, end) token bounds of the clause holding token `index`."""
    begin = 0
    end = length
    for start in starts:
        if start <= index:
            begin = start
        else:
            end = start
            break
    return begin, end
