"""Read one sentence: its dates, head counts, sides, kinds and flags, as findings.

This is where the rule modules meet. A head count becomes a finding only if
its clause speaks of a handover (exchanged, released, returned, home, ...)
and no verb around it makes it something else (killed, held, remain).
"""

from dataclasses import dataclass, replace
from datetime import date

from schemas import Authority, StageKind
from services.extractor.rules import kinds
from services.extractor.rules.clauses import clause_of, clause_starts
from services.extractor.rules.composition import Resolved, compose, mirror
from services.extractor.rules.dates import DateMention, date_tokens, find_dates, resolve
from services.extractor.rules.lexicon import BE_FORMS, EXCHANGE_STEMS, NEGATIVE_AFTER, NEGATIVE_BEFORE, Side
from services.extractor.rules.mentions import Mention, find_mentions
from services.extractor.rules.model import Finding, Reading
from services.extractor.rules.numbers import find_quantities
from services.extractor.rules.sentences import Sentence
from services.extractor.rules.sides import find_cues, resolve_side
from services.extractor.rules.tokens import Token, tokenize

_SKIP_BEFORE = frozenset("another a further some about nearly almost around roughly over more than at least up "
                         "to just an additional all".split())
_SKIP_AFTER = frozenset("also reportedly now currently being still".split()) | BE_FORMS
_HEDGE_WORDS = (" preliminary ", " preliminarily ", " provisional ", " unconfirmed ", " initial figures ")
_DATED_KINDS = frozenset({"explicit", "weekday", "today", "ago", "narrative"})
_SPEAKER_SIDE: dict[Authority, Side | None] = {Authority.KYIV: "ukraine", Authority.MOSCOW: "russia",
                                               Authority.PRESS: None}


@dataclass(frozen=True, slots=True)
class Context:
    """What a sentence is read against: the article's reference day, the story's last day, the speaker."""

    reference: date
    narrative: date
    authority: Authority


def sentence_days(tokens: list[Token], mentions: list[DateMention], context: Context) -> list[tuple[int, date]]:
    """Return (token index, day) for each date expression that dates an event."""
    days: list[tuple[int, date]] = []
    for mention in mentions:
        if mention.kind in _DATED_KINDS:
            day = resolve(mention, context.reference, context.narrative)
            if day is not None:
                days.append((mention.first, day))
    return days


def _day_for(days: list[tuple[int, date]], position: int, clause: tuple[int, int]) -> date | None:
    if not days:
        return None
    inside = [d for d in days if clause[0] <= d[0] < clause[1]]
    pool = inside or days
    return min(pool, key=lambda d: abs(d[0] - position))[1]


def _negative(tokens: list[Token], mention: Mention) -> bool:
    """True when a verb next to the head count makes it casualties, holdings or estimates."""
    k = mention.quantity.first - 1
    while k >= 0 and tokens[k].text in _SKIP_BEFORE:
        k -= 1
    if k >= 0 and tokens[k].text in NEGATIVE_BEFORE:
        return True
    seen_be = False
    for token in tokens[mention.end + 1 : mention.end + 5]:
        word = token.text
        if not token.is_word:
            return False
        if word in NEGATIVE_AFTER or (seen_be and word in {"wounded", "injured"}):
            return True
        if word in _SKIP_AFTER:
            seen_be = seen_be or word in BE_FORMS
            continue
        return False
    return False


def _speaks_of_exchange(tokens: list[Token], clause: tuple[int, int]) -> bool:
    return any(t.text.startswith(EXCHANGE_STEMS) for t in tokens[clause[0] : clause[1]])


def _kind(tokens: list[Token], mention: Mention, clause: tuple[int, int], text: str, dated: bool) -> StageKind:
    if kinds.is_agreement(tokens, mention, clause, dated):
        return StageKind.AGREEMENT
    if kinds.is_cumulative(text):
        return StageKind.CUMULATIVE
    return StageKind.STAGE


def read_sentence(index: int, sentence: Sentence, context: Context) -> Reading:
    """Return the findings of one sentence (none when it reports no handover)."""
    tokens = tokenize(sentence.text)
    date_mentions = find_dates(tokens)
    days = sentence_days(tokens, date_mentions, context)
    first_day = days[0][1] if days else None
    quantities = find_quantities(tokens, sentence.text, date_tokens(date_mentions))
    mentions = find_mentions(tokens, quantities)
    if not mentions:
        return Reading(index, sentence, day=first_day, authority=context.authority)
    speaker = _SPEAKER_SIDE[context.authority]
    starts = clause_starts(tokens)
    cues = find_cues(tokens, speaker)
    whole = kinds.phrase_text(tokens, 0, len(tokens))
    resolved: list[Resolved] = []
    for mention in mentions:
        clause = clause_of(starts, mention.quantity.first, len(tokens))
        text = kinds.phrase_text(tokens, clause[0], clause[1])
        if not _speaks_of_exchange(tokens, clause) or _negative(tokens, mention):
            continue
        if kinds.background(text) == "hard":
            continue
        call = resolve_side(tokens, mention, cues, clause, speaker)
        if call is None:
            continue
        day = _day_for(days, mention.quantity.first, clause)
        resolved.append(
            Resolved(
                mention=mention,
                side=call.side,
                strength=call.strength,
                kind=_kind(tokens, mention, clause, text, day is not None),
                approximate=mention.quantity.approximate or any(h in text for h in _HEDGE_WORDS),
                additive=kinds.is_additive(text, mention),
                correction=kinds.correction_state(tokens, mention, clause, whole),
                day=day,
            )
        )
    resolved += _corrections(tokens, quantities, mentions, resolved, whole)
    findings: list[Finding] = compose(tokens, resolved)
    if any(c.kind == "mirror" for c in cues):
        findings = mirror(findings)
    return Reading(
        index,
        sentence,
        findings=tuple(findings),
        day=first_day,
        background=kinds.background(whole),
        authority=context.authority,
        stage_number=kinds.stage_number(tokens),
    )


def _corrections(
    tokens: list[Token], quantities: list, mentions: list[Mention], resolved: list[Resolved], whole: str  # type: ignore[type-arg]
) -> list[Resolved]:
    """Bare figures that replace a retracted one ("... the correct figure is 307") take its side and kind."""
    retracted = [r for r in resolved if r.correction == "retracted"]
    if not retracted:
        return []
    used = {m.quantity.first for m in mentions}
    extra: list[Resolved] = []
    for quantity in quantities:
        if quantity.first in used or quantity.first == 0 or quantity.in_range:
            continue
        if tokens[quantity.first - 1].text in {"is", "was", "to", "at", "be", "of"}:
            model = retracted[0]
            mention = replace(model.mention, quantity=quantity, end=quantity.last, bare=True)
            extra.append(replace(model, mention=mention, correction="corrected"))
    return extra
