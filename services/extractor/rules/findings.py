"""Read one sentence: its dates, head counts, sides, kinds and flags, as findings.

This is where the rule modules meet. A head count becomes a finding only if its clause speaks of a handover
(exchanged, released, returned, home, ...) and no verb around it makes it something else (killed, held, remain).
"""

from datetime import date
from typing import Final, NamedTuple

from schemas import Authority, StageKind
from services.extractor.rules import background, extras, kinds
from services.extractor.rules.aboard import aboard_count
from services.extractor.rules.allwere import all_were
from services.extractor.rules.appositions import dash_category
from services.extractor.rules.asides import outside_asides
from services.extractor.rules.awaiting import awaiting
from services.extractor.rules.carried import carried_to
from services.extractor.rules.casualties import death_of
from services.extractor.rules.clauses import clause_of, clause_starts
from services.extractor.rules.clausewarlong import war_long_in_clause
from services.extractor.rules.commaasides import held_past_aside
from services.extractor.rules.completed import completed_over_days
from services.extractor.rules.composition import UNKNOWN, Resolved, compose
from services.extractor.rules.credited import credited_total
from services.extractor.rules.cues import Cue, find_cues
from services.extractor.rules.dates import date_tokens
from services.extractor.rules.dayranges import ranged_day
from services.extractor.rules.deadlines import exchange_periods, stage_periods, without_deadlines
from services.extractor.rules.deniedhandover import denied_handover
from services.extractor.rules.elapsed import elapsed_positions
from services.extractor.rules.ellipsis import elliptic
from services.extractor.rules.feasts import EASTER_KINDS
from services.extractor.rules.formers import former_captives
from services.extractor.rules.gapping import gapped_clause
from services.extractor.rules.heldsince import held_apart
from services.extractor.rules.increments import is_increment
from services.extractor.rules.labels import earlier_label
from services.extractor.rules.lexicon import EXCHANGE_STEMS, Side
from services.extractor.rules.localshare import local_share
from services.extractor.rules.membership import among_counted, is_member, is_subset
from services.extractor.rules.mentions import Mention, find_mentions
from services.extractor.rules.mirrors import mirror
from services.extractor.rules.model import Finding, Reading
from services.extractor.rules.named import named_extra, named_part
from services.extractor.rules.namedgroups import partitive_group
from services.extractor.rules.numbers import find_quantities
from services.extractor.rules.parsing import Parsed, parse
from services.extractor.rules.plans import planned_batch
from services.extractor.rules.precedents import followed_clauses
from services.extractor.rules.proposals import one_sided_proposal
from services.extractor.rules.readiness import ready_for
from services.extractor.rules.refusals import refused
from services.extractor.rules.remainders import remainder
from services.extractor.rules.restating import same_as_before
from services.extractor.rules.sentences import Sentence
from services.extractor.rules.sides import MEDIUM, STRONG, WEAK, SideCall, resolve_side
from services.extractor.rules.spanend import covered_until
from services.extractor.rules.surroundings import (
    Context,
    captivity_period,
    day_for,
    near,
    nearest_is_other_period,
    negative,
    other_periods,
    period,
    remains_before,
    respective_day,
    sentence_days,
    spans_days,
)
from services.extractor.rules.together import told_as_running
from services.extractor.rules.tokens import phrase
from services.extractor.rules.toldinturn import kind_in_turn
from services.extractor.rules.undone import died_before_handover
from services.extractor.rules.uniform import said_of_whole
from services.extractor.rules.wholes import said_of_all

_SPEAKER_SIDE: dict[Authority, Side | None] = {Authority.KYIV: "ukraine", Authority.MOSCOW: "russia",
                                               Authority.PRESS: None}
_HEDGE_WORDS: Final = (" preliminary ", " preliminarily ", " provisional ", " unconfirmed ", " initial figures ")


_EXCHANGE_WORDS: Final = frozenset({"back"})  # "were sent back", "got back": the word itself, not a stem ("background")


_EACH_WAY: Final = frozenset({"way", "direction"})  # "390 people each way": people crossing in both directions


def _speaks_of_exchange(tokens: list[str], clause: tuple[int, int]) -> bool:
    for k in range(clause[0], clause[1]):
        word = tokens[k]
        if word.startswith(EXCHANGE_STEMS) or word in _EXCHANGE_WORDS:
            return True
        if word == "each" and k + 1 < len(tokens) and tokens[k + 1] in _EACH_WAY:
            return True
    return False


def _clause(starts: list[int], position: int, tokens: list[str]) -> tuple[int, int]:
    """The clause of a figure; a list after a colon belongs with the clause before it ("... home: 33 ...")."""
    clause = clause_of(starts, position, len(tokens))
    if clause[0] > 0 and tokens[clause[0] - 1] == ":":
        clause = (clause_of(starts, clause[0] - 1, len(tokens))[0], clause[1])
    return gapped_clause(tokens, starts, position, clause, _speaks_of_exchange)  # ", and Russia 25 servicemen"


def _kind(tokens: list[str], mention: Mention, clause: "_Clause", dated: bool, restated: bool) -> StageKind:
    if kinds.is_agreement(tokens, mention, clause.bounds, dated, restated) or ready_for(
            tokens, mention.quantity.first, clause.bounds[0]):  # "ready to exchange 120 each": still to come
        return StageKind.AGREEMENT
    if clause.cumulative and not is_increment(tokens, mention):  # "307 more each way, 697 in two days"
        return StageKind.CUMULATIVE
    return StageKind.STAGE


class _Clause(NamedTuple):
    """What a clause says as a whole, computed once for all its figures."""

    bounds: tuple[int, int]
    text: str
    exchange: bool
    cumulative: bool
    hedged: bool
    prior: bool  # the clause opens on an earlier exchange


def _clause_info(tokens: list[str], bounds: tuple[int, int], counted: bool = False) -> _Clause:
    text = phrase(tokens, bounds[0], bounds[1])
    return _Clause(
        bounds,
        text,
        counted or _speaks_of_exchange(tokens, bounds),
        kinds.is_cumulative(text) or told_as_running(text),
        any(h in text for h in _HEDGE_WORDS),
        background.prior_exchange_opens(text),
    )


_EVENT_DATES: Final = frozenset({"explicit", "weekday", "today", "ago", "narrative"}) | EASTER_KINDS


class _Sentence(NamedTuple):
    """What a sentence says as a whole, for each of its figures."""

    days: list[tuple[int, date]]
    span_starts: list[tuple[int, date]]
    figures: list[int]  # token positions of every figure, head count or not
    additive_at: int | None
    periods: list[int]
    month_periods: list[int]
    war_long: list[int]  # positions of "since the war began" phrases
    earlier: list[int]
    correction: bool
    stated: bool  # the only days are those of statements ("the ministry said on Sunday")
    recalled: list[tuple[int, int]]  # "when" clauses describing a dated exchange ("the swap of 30 December, when")


def _resolve(
    tokens: list[str], mention: Mention, clause: _Clause, whole: _Sentence, mentions: list[Mention],
    cues: list[Cue], speaker: Side | None, group: str | None = None,
) -> Resolved | None:
    """Turn one head count into a resolved figure, or None when it is no handover."""
    first = mention.quantity.first
    echo = False
    carried = None if clause.exchange else carried_to(tokens, mention, clause.bounds)  # "..., while ten were taken"
    if not clause.exchange and carried is None:
        # "the 248 Russian servicemen had been flown to Moscow": may only restate a figure given elsewhere
        echo = first > 0 and (tokens[first - 1] == "the" or aboard_count(tokens, first)) and bool(mention.nationality)
        if not echo:
            return None
    # "said on Monday that 2,200 had been freed since the invasion": the day of a statement dates no handover
    shield = whole.days if not whole.stated else []
    if negative(tokens, mention, clause.bounds[1]) or war_long_in_clause(
            first, whole.war_long, shield, clause.bounds, whole.figures) or held_past_aside(
            tokens, mention):  # "7,000 Ukrainians, men and women, remain in captivity"
        return None
    if death_of(tokens, first) or died_before_handover(tokens, mention) or former_captives(tokens, mention):
        return None  # "the execution of 24 soldiers", "three former POWs were guests": the dead, people long freed
    if awaiting(tokens, mention.end, clause.bounds):
        return None  # "40 men sat on the bus, waiting to learn whether the swap would go ahead"
    if refused(tokens, mention.end) or credited_total(tokens, first) or denied_handover(tokens, first):
        return None  # "two of the men refused to return": left out of the swap
    if remains_before(tokens, first, clause.bounds[0], whole.figures, mention.bare):
        return None  # bodies handed back, "6,000 for 6,000" included, are not people returned
    if is_member(tokens, mention, clause.bounds[1], whole.figures) or among_counted(tokens, mention, mentions) \
            or local_share(tokens, mention, whole.figures):
        return None  # a few local men "among the prisoners who came home" do not count the handover
    # a count with no side of its own may still take one from its enumeration ("... and 20 civilians")
    call = resolve_side(tokens, mention, cues, clause.bounds, speaker) or (
        SideCall(group, MEDIUM) if group else SideCall(UNKNOWN, WEAK - 1))
    if carried is not None and mention.nationality is None:
        call = SideCall(carried, STRONG)
    days, span_starts = whole.days, whole.span_starts
    restated = mention.pair and any(not m.pair and m.quantity.value == mention.quantity.value for m in mentions)
    kind = _kind(tokens, mention, clause, bool(days or span_starts), restated)
    if kind == StageKind.STAGE and (
            spans_days(days + span_starts, clause.bounds, whole.figures) or ranged_day(tokens, days)):
        kind = StageKind.CUMULATIVE  # "the exchange that began on May 23 and ended on May 25 returned 1,000"
    elif kind == StageKind.CUMULATIVE and is_subset(tokens, mention) and any(
        mention.end < at < clause.bounds[1] for at, _ in days
    ):
        kind = StageKind.STAGE  # "since Friday, 697 ..., including 307 who crossed on Saturday"
    if kind == StageKind.STAGE and mention.pair and completed_over_days(tokens):
        kind = StageKind.CUMULATIVE  # "Exchange of 1,000 for 1,000 completed on the third day": the whole swap
    if kind == StageKind.AGREEMENT and planned_batch(tokens, mention):
        return None
    if one_sided_proposal(tokens, mention, clause.bounds):
        return None  # "Kyiv suggested a new swap of 500 each": an offer, neither handover nor target
    if kind == StageKind.AGREEMENT and call.strength == WEAK and call.side in {"ukraine", "russia"}:
        call = SideCall("both", WEAK)  # a plan to "release 1,200 more prisoners" is an exchange: both sides
    # "the first part, which started on Friday, saw 390": a span's first day dates a handover, not a total
    cumulative = kind == StageKind.CUMULATIVE
    day = respective_day(tokens, days, first, clause.bounds, whole.figures) or day_for(
        days if cumulative else days + span_starts, first, clause.bounds, latest=cumulative, tokens=tokens)
    if cumulative and len(days) > 1:  # "up to and including yesterday's, 392 ...": the last day it covers
        day = covered_until(tokens, days) or day
    if day is None and near(first, whole.earlier):
        return None  # "the previous exchange, in August, involved 22 people on each side"
    if clause.prior or any(lo <= first < hi for lo, hi in whole.recalled):
        return None  # "The most recent exchange, on Aug. 14, returned 84 Ukrainians": that earlier swap
    periods = whole.periods if kind != StageKind.AGREEMENT else whole.month_periods
    if nearest_is_other_period(first, periods, days + span_starts):
        return None  # "the first since February, when 100 prisoners were swapped"
    return Resolved(
        mention=mention,
        side=call.side,
        strength=call.strength,
        kind=kind_in_turn(kind, tokens, days, first, whole.figures),  # "on Saturday and Sunday, 64 and then 50"
        approximate=mention.quantity.approximate or clause.hedged,
        additive=extras.is_additive(tokens, clause.text, whole.additive_at, mention, whole.figures),
        correction=kinds.correction_state(tokens, mention, clause.bounds, whole.correction),
        day=day,
        echo=echo,
    )


def read_sentence(index: int, sentence: Sentence, context: Context, parsed: Parsed | None = None) -> Reading:
    """Return the findings of one sentence (none when it reports no handover); `parsed` if already parsed."""
    tokens, date_mentions = parsed or parse(sentence)
    days, span_starts = sentence_days(tokens, date_mentions, context)
    first_day = days[0][1] if days else (span_starts[0][1] if span_starts else None)
    quantities = find_quantities(tokens, date_tokens(date_mentions))
    coarse = exchange_periods(tokens, date_mentions)  # not "held since May 2022", "since the war began in 2022"
    mentions = outside_asides(tokens, find_mentions(tokens, quantities))  # "96 are soldiers - 11 officers ... -"
    group = partitive_group(tokens) if tokens[:1] == ["of"] else -1
    # "Ninety-six of them are servicewomen": parts of the people just counted need no handover word either
    counted = group >= 0 or context.group is not None
    if group >= 0:  # the people the story already counted name no handover: their parts do
        mentions = [m for m in mentions if m.quantity.first > group]
    if not mentions or earlier_label(tokens):  # "- Previous exchange: 17 July (95 for 95)": background
        return Reading(index, sentence, day=first_day, authority=context.authority)
    speaker = _SPEAKER_SIDE[context.authority]
    starts = clause_starts(tokens)
    cues = find_cues(tokens, speaker)
    text = phrase(tokens, 0, len(tokens))
    whole = _Sentence(
        days, span_starts, [q.first for q in quantities if not q.in_range], extras.additive_position(text),
        stage_periods(tokens, coarse, days, context.reference) + elapsed_positions(tokens, coarse, context.reference),
        other_periods(without_deadlines(tokens, coarse), context.reference, months_only=True),  # "by May"
        held_apart(tokens, background.war_long_positions(text)),  # "held since 2022": a captivity
        [at for at in background.earlier_exchange_positions(text) if not captivity_period(tokens, at)],
        kinds.is_correction(text), bool(days) and not any(m.kind in _EVENT_DATES for m in date_mentions),
        (background.recalled_clauses(tokens, date_mentions) if "when" in tokens else []) + followed_clauses(tokens),
    )
    clauses: dict[tuple[int, int], _Clause] = {}
    resolved: list[Resolved] = []
    for mention in mentions:
        bounds = _clause(starts, mention.quantity.first, tokens)
        clause = clauses.get(bounds) or clauses.setdefault(bounds, _clause_info(tokens, bounds, counted))
        item = _resolve(tokens, mention, clause, whole, mentions, cues, speaker, context.group)
        item = item or remainder(tokens, mention, resolved)  # "...; the other 19 were civilians"
        if item is not None:
            resolved.append(item)
    resolved += elliptic(tokens, quantities, mentions, resolved, days, starts)
    if "same" in tokens:
        resolved = same_as_before(tokens, resolved)
    findings: list[Finding] = compose(tokens, all_were(tokens, resolved) if "all" in tokens else resolved, starts)
    findings = dash_category(tokens, findings) if "—" in tokens or "–" in tokens else findings
    findings = named_extra(sentence.text, findings) if findings and " and " in sentence.text else findings
    findings = named_part(sentence.text, findings) if findings and ": " in sentence.text else findings
    if " all of " in text:
        findings = said_of_all(tokens, findings)
    if " all " in text:
        findings = said_of_whole(tokens, findings)  # "Russia got back 36 people, who were all soldiers"
    # "Russia received the same number of servicemen as well as eight residents": a mirror before every figure
    # points back to an earlier sentence, not to the figures that follow it
    if any(c.kind == "mirror" and c.at > mentions[0].quantity.first for c in cues):
        findings = mirror(findings)
    return Reading(
        index,
        sentence,
        findings=tuple(findings),
        day=first_day,
        period=period(coarse, [m.quantity.first for m in mentions]),
        authority=context.authority,
        stage_number=kinds.stage_number(tokens, text),
    )


