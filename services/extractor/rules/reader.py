"""Read a whole article: sentences, attribution, reference day, then each candidate sentence in order."""

from datetime import date

from schemas import Article, Authority
from services.extractor.rules.attribution import Attribution, attribute, quote_depth_change, resolve_authorities
from services.extractor.rules.dates import find_dates
from services.extractor.rules.findings import Context, read_sentence
from services.extractor.rules.model import Reading
from services.extractor.rules.prefilter import has_attribution, is_candidate, mentions_exchange
from services.extractor.rules.reference import infer_reference
from services.extractor.rules.sentences import Sentence, body_end, split_sentences
from services.extractor.rules.tokens import tokenize

_NONE = Attribution(None, False)


def _authorities(sentences: list[Sentence], lower: str) -> list[Authority]:
    own: list[Attribution] = []
    inside: list[bool] = []
    open_quote = False
    for sentence in sentences:
        inside.append(open_quote)
        has_quote = any(q in sentence.text for q in ('"', "“", "”"))
        open_quote = quote_depth_change(sentence.text, open_quote) if has_quote else open_quote
        own.append(attribute(tokenize(sentence.text)) if has_attribution(lower, sentence) else _NONE)
    return resolve_authorities(own, inside)


def reference_day(article: Article, candidates: list[Sentence]) -> date:
    """The header date, else one inferred from the explicit dates of the exchange sentences."""
    if article.published is not None:
        return article.published
    mentions = [m for s in candidates for m in find_dates(tokenize(s.text))]
    return infer_reference(mentions, article.received_at.date())


def read_article(article: Article) -> tuple[list[Reading], date]:
    """Return the readings of the candidate sentences and the article's reference day."""
    text = article.text
    lower = text.lower()
    if not mentions_exchange(lower):
        return [], article.published or article.received_at.date()
    sentences = split_sentences(text, body_end(text))
    candidates = [i for i, s in enumerate(sentences) if is_candidate(lower, s)]
    if not candidates:
        return [], article.published or article.received_at.date()
    authorities = _authorities(sentences, lower)
    reference = reference_day(article, [sentences[i] for i in candidates])
    narrative = reference
    readings: list[Reading] = []
    for index in candidates:
        reading = read_sentence(index, sentences[index], Context(reference, narrative, authorities[index]))
        if reading.day is not None and reading.findings:
            narrative = reading.day
        readings.append(reading)
    return readings, reference
