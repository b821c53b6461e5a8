"""Read a whole article: the reference day, then each candidate sentence in order, with its authority."""

from dataclasses import dataclass
from datetime import date

from schemas import Article
from services.extractor.rules.attribution import sentence_authority
from services.extractor.rules.findings import Parsed, parse, read_sentence
from services.extractor.rules.model import Reading
from services.extractor.rules.prefilter import (
    about_this_conflict,
    digit_positions,
    exchange_positions,
    has_number_word,
    has_position,
    mentions_exchange,
)
from services.extractor.rules.quotes import Quotes
from services.extractor.rules.reference import infer_reference, resolve
from services.extractor.rules.sentences import Sentence, body_end, boundaries, sentence_at
from services.extractor.rules.surroundings import Context


def lower_text(text: str) -> str:
    """Lower-case `text` keeping every offset (a few characters grow when lower-cased)."""
    lower = text.lower()
    if len(lower) == len(text):
        return lower
    return "".join(char if len(char.lower()) != 1 else char.lower() for char in text)


MAX_CANDIDATES = 120  # no real article has more; bounds the work on a pathological 1 MB text


MAX_SENTENCE = 600  # a run-on "sentence" longer than this is read in windows around its exchange words


def _bounded(text: str, sentence: Sentence, position: int) -> Sentence:
    """Cut an overlong sentence to a window around `position`, at spaces, so each read stays small."""
    if sentence.end - sentence.start <= MAX_SENTENCE:
        return sentence
    half = MAX_SENTENCE // 2
    lo = max(sentence.start, position - half)
    hi = min(sentence.end, position + half)
    if lo > sentence.start:
        lo = text.find(" ", lo, position) + 1 or position
    if hi < sentence.end:
        cut = text.rfind(" ", position, hi)
        hi = cut if cut > position else hi
    return Sentence(text[lo:hi], lo, hi)


def candidate_sentences(text: str, lower: str, starts: list[int], end: int) -> list[Sentence]:
    """Return the sentences that hold both an exchange word and a figure, in order (at most MAX_CANDIDATES)."""
    stems = exchange_positions(lower, end)
    if not stems:
        return []
    digits = digit_positions(lower, end)
    found: list[Sentence] = []
    covered = -1
    for position in stems:
        if position < covered:
            continue
        sentence = _bounded(text, sentence_at(text, starts, position, end), position)
        if not sentence.text:
            continue
        covered = sentence.end
        if has_position(digits, sentence.start, sentence.end) or has_number_word(lower, sentence.start, sentence.end):
            found.append(sentence)
            if len(found) == MAX_CANDIDATES:
                break
    return found


def reference_day(article: Article, parsed: list[Parsed]) -> date:
    """The header date, else one inferred from the explicit dates of the exchange sentences."""
    if article.published is not None:
        return article.published
    mentions = [m for p in parsed for m in p.dates]
    return infer_reference(mentions, article.received_at.date())


LEAD_SENTENCES = 4


def lead_day(
    text: str, starts: list[int], end: int, reference: date, known: dict[tuple[int, int], Parsed] | None = None
) -> date | None:
    """The first day the story names in its opening sentences ("... traded prisoners on Saturday").

    `known` holds the sentences already parsed, by their offsets.
    """
    for position in starts[:LEAD_SENTENCES]:
        sentence = _bounded(text, sentence_at(text, starts, position, end), position)
        parsed = (known or {}).get((sentence.start, sentence.end)) or parse(sentence)
        for mention in parsed.dates:
            day = resolve(mention, reference, reference)
            if day is not None:
                return day
    return None


@dataclass(frozen=True)
class ArticleReading:
    """The readings of an article's candidate sentences, its reference day and the day its lead names."""

    readings: list[Reading]
    reference: date
    lead: date | None


def read_article(article: Article) -> ArticleReading:
    """Read the candidate sentences of an article in order."""
    text = article.text
    lower = lower_text(text)
    fallback = article.published or article.received_at.date()
    if not mentions_exchange(lower) or not about_this_conflict(lower):
        return ArticleReading([], fallback, None)
    end = body_end(text)
    starts = boundaries(text, end)
    candidates = candidate_sentences(text, lower, starts, end)
    if not candidates:
        return ArticleReading([], fallback, None)
    parsed = [parse(sentence) for sentence in candidates]  # once each: the reference day needs their dates
    reference = reference_day(article, parsed)
    narrative = reference
    readings: list[Reading] = []
    quotes = Quotes(text)
    for index, sentence in enumerate(candidates):
        authority = sentence_authority(text, lower, sentence.start, sentence.end, quotes)
        reading = read_sentence(index, sentence, Context(reference, narrative, authority), parsed[index])
        if reading.day is not None and reading.findings:
            narrative = reading.day
        readings.append(reading)
    lead = None
    if not any(f.day is not None for r in readings for f in r.findings):
        known = {(sentence.start, sentence.end): p for sentence, p in zip(candidates, parsed, strict=True)}
        lead = lead_day(text, starts, end, reference, known)
    return ArticleReading(readings, reference, lead)
