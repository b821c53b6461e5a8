"""Generators of messages for the fuzz tests: arbitrary bytes, Article-like JSON, exchange-like text."""

import json
from datetime import UTC, date, datetime

import orjson
from hypothesis import strategies as st

from schemas import Article, encode
from schemas.article import article_id_for, normalise_text

LIMIT = 64 * 1024

# Words and figures from exchange reporting, so generated texts reach the extractor's deeper rules.
VOCABULARY = [
    "Russia", "Ukraine", "Ukrainian", "Russian", "Kyiv", "Moscow", "each", "side", "sides", "exchanged",
    "released", "returned", "received", "home", "freed", "prisoners", "POWs", "servicemen", "soldiers",
    "civilians", "defenders", "including", "and", "of", "for", "on", "in", "Friday", "Saturday", "today",
    "yesterday", "the previous day", "May 23", "23 May 2025", "2025-05-24", "first stage", "second day",
    "about", "nearly", "at least", "some", "390", "307", "1,000", "1 000", "1.000", "697", "270", "120",
    "three hundred and three", "a thousand", "0", "-5", "99999999999999999999", "1,000 for 1,000",
    "in two days", "agreed", "Istanbul", "said", "ministry", "Zelensky", "“", "”", '"', ".", ",", "—", "\n",
    "Read next", "18:56", "aged 58", "killed", "wounded", "30-day ceasefire", "%", "½", "٣٩٠", "३९०",
]

vocabulary_text = st.lists(st.sampled_from(VOCABULARY), min_size=1, max_size=80).map(" ".join)
any_text = st.one_of(st.text(min_size=1, max_size=2000), vocabulary_text)


def article_for(text: str, published: date | None) -> Article | None:
    body = normalise_text(text)
    if not body:
        return None
    return Article(
        article_id=article_id_for(body),
        source="fuzz.txt",
        published=published,
        received_at=datetime(2025, 5, 24, 9, tzinfo=UTC),
        text=body,
    )


def article_payloads() -> st.SearchStrategy[bytes]:
    """Bytes that look like Article JSON: valid, with odd fields, or corrupted."""
    valid = st.builds(
        article_for, any_text, st.one_of(st.none(), st.dates(date(1990, 1, 1), date(2035, 12, 31)))
    ).filter(lambda a: a is not None).map(lambda a: encode(a))  # type: ignore[arg-type]
    odd_values = st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=50),
        lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
        max_leaves=10,
    )
    field = st.sampled_from(["schema_version", "article_id", "source", "published", "received_at", "text", "extra"])
    tweaked = st.tuples(valid, field, odd_values).map(
        # the stdlib encoder also writes what orjson refuses (huge integers, Infinity): more bad input
        lambda parts: json.dumps({**orjson.loads(parts[0]), parts[1]: parts[2]}).encode()
    )
    corrupted = st.tuples(valid, st.integers(min_value=0), st.binary(min_size=1, max_size=8)).map(
        lambda parts: parts[0][: parts[1] % len(parts[0])] + parts[2] + parts[0][parts[1] % len(parts[0]) :]
    )
    return st.one_of(valid, tweaked, corrupted, st.binary(max_size=300))
