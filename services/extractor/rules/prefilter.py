"""Cheap checks that decide which sentences deserve the heavy rules.

One compiled alternation over the lower-cased text: an article that never
speaks of exchanges, releases or captivity yields nothing, and within an
article only sentences with both such a word and a figure are read closely.
"""

import re

from services.extractor.rules.sentences import Sentence

_EXCHANGE = re.compile(r"exchang|swap|releas|free|return|repatri|hand|transfer|receiv|home|captiv|got back|brought")
_FIGURE = re.compile(
    r"[0-9]|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)"
    r"\b"
)
_ATTRIBUTION = re.compile(r"sa(?:id|ys)\b|accord|announc|report|confirm|wrote|statement|added|told|posted|claimed")


def mentions_exchange(lower: str) -> bool:
    """True when the article speaks of handing people over at all."""
    return _EXCHANGE.search(lower) is not None


def is_candidate(lower: str, sentence: Sentence) -> bool:
    """True when a sentence has both an exchange word and a figure."""
    return (
        _EXCHANGE.search(lower, sentence.start, sentence.end) is not None
        and _FIGURE.search(lower, sentence.start, sentence.end) is not None
    )


def has_attribution(lower: str, sentence: Sentence) -> bool:
    """True when a sentence may name who is speaking."""
    return _ATTRIBUTION.search(lower, sentence.start, sentence.end) is not None
