"""Read a whole article: the reference day, then each candidate sentence in order, with its authority."""

from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Final

from schemas import Article, Authority, StageKind
from services.extractor.rules.amongparts import among_part
from services.extractor.rules.anniversaries import continues_anniversary
from services.extractor.rules.announced import counts_announced_extras
from services.extractor.rules.answers import answered_count, answers
from services.extractor.rules.attribution import sentence_sources
from services.extractor.rules.boxdates import boxed_days
from services.extractor.rules.bystanders import freed_elsewhere, onlookers_only
from services.extractor.rules.candidates import candidate_sentences, counts_part, mirrors
from services.extractor.rules.children import children_exchanged
from services.extractor.rules.clockentries import clock_entries
from services.extractor.rules.dayheadings import day_headings, heading_day
from services.extractor.rules.dealsize import sized_wholes, spread_totals
from services.extractor.rules.definiteparts import restated_parts
from services.extractor.rules.denials import retract_denied
from services.extractor.rules.eachplace import each_from_places
from services.extractor.rules.eachside import shared_by_each_side
from services.extractor.rules.extraside import extras_side
from services.extractor.rules.farpartners import with_far_partners
from services.extractor.rules.findings import read_sentence
from services.extractor.rules.foreignstory import naming_ukraine
from services.extractor.rules.headedbox import headed_rows
from services.extractor.rules.headeddeals import headed_deals
from services.extractor.rules.heldabroad import detained_abroad
from services.extractor.rules.interviews import at_home
from services.extractor.rules.kinds import likewise
from services.extractor.rules.leadday import antecedent_day, lead_day
from services.extractor.rules.leadsfirst import undated_news_first
from services.extractor.rules.mirrors import mirror_previous
from services.extractor.rules.model import Finding, Reading
from services.extractor.rules.nameddays import continues_named_day
from services.extractor.rules.namedgroups import named_group_side
from services.extractor.rules.namedpast import continues_named_past
from services.extractor.rules.occurred import EVENT_DATES, occurred_on
from services.extractor.rules.openingspan import opening_span
from services.extractor.rules.otherway import other_way_side
from services.extractor.rules.ownvoice import own_accounts
from services.extractor.rules.parsing import Parsed, parse
from services.extractor.rules.partners import with_partners
from services.extractor.rules.partrows import part_rows, row_part
from services.extractor.rules.partsequels import continues_part
from services.extractor.rules.prefilter import about_this_conflict, foreign_opening, mentions_exchange
from services.extractor.rules.priorclaims import correction_notice, earlier_claim
from services.extractor.rules.quotes import Quotes
from services.extractor.rules.raisedparts import raised_parts
from services.extractor.rules.reference import infer_reference, opening_dates
from services.extractor.rules.remainder import without_remainders
from services.extractor.rules.retrospect import Recalled, recalled_exchange
from services.extractor.rules.revisions import revised, revises
from services.extractor.rules.runningpair import sums_running_total
from services.extractor.rules.sameday import last_named_day
from services.extractor.rules.sections import claim_paragraphs, day_sections, sectioned
from services.extractor.rules.sentences import Sentence, body_end, boundaries
from services.extractor.rules.sport import sports_story
from services.extractor.rules.statedday import on_event_day
from services.extractor.rules.statementday import statement_today
from services.extractor.rules.surroundings import Context
from services.extractor.rules.tables import table_findings
from services.extractor.rules.thatdayreach import scene_day
from services.extractor.rules.timelines import timeline_entries
from services.extractor.rules.uniform import restated_group, said_of_group
from services.extractor.rules.unnumbered import lower_bounds
from services.extractor.rules.withthem import with_them_side


def lower_text(text: str) -> str:
    """Lower-case `text` keeping every offset (a few characters grow when lower-cased)."""
    lower = text.lower()
    if len(lower) == len(text):
        return lower
    return "".join(char if len(char.lower()) != 1 else char.lower() for char in text)


_LIKEWISE: Final = (" likewise ", " similarly ")


def _group_side(readings: list[Reading]) -> str | None:
    """The one side whose people the sentence before counted ("Russia received 110 people. 72 of them ...")."""
    found = {f.side for f in readings[-1].findings} if readings else set()
    return found.pop() if len(found) == 1 and found <= {"ukraine", "russia"} else None


def in_turn(previous: tuple[Finding, ...], findings: tuple[Finding, ...]) -> tuple[Finding, ...]:
    """ "On top of the swap, Russia handed over 12 sick men. Ukraine in turn released three wounded": a reply in
    kind to people freed on top is freed on top as well."""
    if not previous or not all(f.additive for f in previous):
        return findings
    return tuple(f._replace(additive=True) for f in findings)


def _of_those_days(text: str, lower: str, previous: Reading, sentence: Sentence) -> bool:
    """ "... in which over three days 1,000 were swapped. On the first of those days, 390 ...": "those days"
    are the days of the sentence just before; when its figures told an earlier exchange, so does this one."""
    if previous.findings or lower.find(" those days", sentence.start, sentence.end) == -1:
        return False
    return not text[previous.sentence.end : sentence.start].strip()


def _likewise(lower: str, start: int, end: int) -> bool:
    return any(lower.find(word, start, end) != -1 for word in _LIKEWISE)


def reference_day(article: Article, parsed: list[Parsed]) -> date:
    """The header date, else a full date atop the page, else one inferred from the exchange sentences' dates."""
    if article.published is not None:
        return article.published
    mentions = opening_dates(article.text) + [m for p in parsed for m in p.dates]
    return infer_reference(mentions, article.received_at.date())


def _quoted_today(lower: str, sentence: Sentence, parsed: Parsed, quotes: Quotes) -> bool:
    """ '"Today 115 of our defenders are home," he said': inside a quotation "today" is the speaker's day, the
    day the story is telling, not the day of the article (when the sentence names no other day)."""
    if len(parsed.dates) != 1 or parsed.dates[0].kind != "today" or parsed.dates[0].offset:
        return False
    at = lower.find("today", sentence.start, sentence.end)
    return at != -1 and quotes.open_at(at) is not None


def _of_this_war(reading: Reading) -> Reading:
    """In a story of another exchange (`foreign_opening`) only a figure that names a side of this war counts:
    "Twenty-four people were released in all" counts that other swap."""
    kept = tuple(f for f in reading.findings if f.side != "combined" and f.strength > 0)
    return reading if len(kept) == len(reading.findings) else replace(reading, findings=kept)


LEAD_REACH_DAYS: Final = 7  # a dated figure older than this does not keep the lead's day from dating the story


@dataclass(frozen=True)
class ArticleReading:
    """The readings of an article's candidate sentences, its reference day and the day its lead names."""

    readings: list[Reading]
    reference: date
    lead: date | None
    recalled: Recalled | None = None  # the past exchange a retrospective opens on (`retrospect`)


def read_article(article: Article) -> ArticleReading:
    """Read the candidate sentences of an article in order."""
    text = article.text
    lower = lower_text(text)
    fallback = article.published or article.received_at.date()
    if not mentions_exchange(lower) or not about_this_conflict(lower) or freed_elsewhere(lower) or detained_abroad(
            lower):  # a pardon, a deportation or a detention abroad (`heldabroad`)
        return ArticleReading([], fallback, None)
    end = body_end(text)
    starts = boundaries(text, end)
    if sports_story(lower, starts, end):
        return ArticleReading([], fallback, None)  # clubs swapping players
    candidates = candidate_sentences(text, lower, starts, end)
    answered = answers(text, lower, starts, end) if "?\n" in lower else {}  # "What did Ukraine get?\nForty marines ..."
    answered |= headed_rows(text, starts, end)  # "WHO CAME HOME" over "- Ukraine: 95 soldiers"
    answered |= part_rows(text, starts, end) if "\nof " in lower or "\ninclud" in lower else {}  # "of whom ...: 12"
    if not candidates and not answered:
        return ArticleReading([], fallback, None)
    if answered:
        taken = {c.start for c in candidates}
        extra = [s for at, (s, _) in answered.items() if at not in taken]
        candidates = sorted(candidates + extra, key=lambda s: s.start)
    parsed = [parse(sentence) for sentence in candidates]  # once each: the reference day needs their dates
    reference = reference_day(article, parsed)
    narrative = reference
    readings: list[Reading] = []
    stated_days: set[int] = set()  # readings dated only by the day of a statement
    quotes = Quotes(text)
    notice = correction_notice(lower[:end])  # a correction quotes the errors of an earlier story
    sections = day_sections(text, end, reference)
    headings = day_headings(text, end, reference)  # a live blog's "SATURDAY 24 MAY": the day of its part
    headings = headings or clock_entries(text, end, reference)  # "12:55 ...": a one-day blog's entries
    claims = claim_paragraphs(text, lower, end)
    for index, sentence in enumerate(candidates):
        if any(m.kind == "narrative" for m in parsed[index].dates):
            floor = candidates[index - 1].end if index else 0
            narrative = antecedent_day(text, starts, end, reference, sentence, floor) or scene_day(
                text, starts, end, reference, sentence, floor) or last_named_day(  # through a scene (`thatdayreach`)
                readings) or narrative  # "the same day": the last day named, by a figure or not
        parsed[index] = statement_today(lower, sentence, parsed[index], quotes)  # '"... today," it said on Friday'
        if narrative != reference and _quoted_today(lower, sentence, parsed[index], quotes):
            parsed[index] = parsed[index]._replace(dates=[m._replace(kind="narrative") for m in parsed[index].dates])
        authority, two_governments = sentence_sources(text, lower, sentence.start, sentence.end, quotes)
        if sentence.start in answered:  # "Q: How many people came home?": the answering side's home
            at_home(answered, sentence.start, authority)
        group = _group_side(readings) if counts_part(lower, sentence.start, sentence.end) or continues_part(
            text, lower, readings, sentence, counts_part) else None  # "150 of them are soldiers. 12 are civilians."
        group = answered[sentence.start][1] if sentence.start in answered else group
        group = group or named_group_side(lower, sentence.start, sentence.end, readings)  # "Of the 108, 96 ..."
        group = group or with_them_side(text, lower, sentence.start, readings)  # "Together with them, 8 ..."
        group = other_way_side(lower, sentence.start, sentence.end, _group_side(readings)) or group  # "the other way"
        own = heading_day(headings, sentence.start) if headings else None  # "yesterday" counts from that day
        context = Context(own or reference, narrative, authority, group)
        reading = read_sentence(index, sentence, context, parsed[index])
        side = None if reading.findings or group else extras_side(parsed[index].tokens, readings)
        if side is not None:  # "In addition, 6 wounded were handed back": no side named (`extraside`)
            reading = read_sentence(index, sentence, context._replace(group=side), parsed[index])
        reading = each_from_places(parsed[index].tokens, reading)  # "one each from Lutsk and Kovel": by home town
        reading = opening_span(lower, sentence, reading)  # "Over the three days, 540 came home, and ..."
        if reading.findings and lower.find(" among the ", sentence.start, sentence.end) != -1:  # "... among the 90"
            reading = replace(reading, findings=among_part(parsed[index].tokens, reading.findings))
        reading = sized_wholes(lower, sentence, reading)  # "the first part of an exchange of 200": the deal's size
        reading = spread_totals(text, lower, readings, sentence, reading, bool(parsed[index].dates))  # "over two days"
        reading = earlier_claim(lower, sentence, reading, notice)  # a correction: "An article on Monday said 90 ..."
        reading = answered_count(reading, parsed[index].tokens, answered.get(sentence.start))  # "How many? Forty."
        reading = row_part(reading, answered.get(sentence.start))  # "of whom servicemen: 138" (`partrows`)
        if len(reading.findings) == 1 and lower.find(" number of ", sentence.start, sentence.end) != -1:
            reading = raised_parts(parsed[index].tokens, parsed[index].dates, reading)  # "..., bringing ... to 230"
        if readings and not reading.findings and revises(lower, sentence.start, sentence.end):
            reading = revised(parsed[index].tokens, readings[-1], reading)  # "... put the final number at 62"
        if sentence.text.startswith("|"):  # a row of a text table: its header says what each figure counts
            row = table_findings(text, sentence.start, sentence.end, reading.day)
            reading = replace(reading, findings=row) if row else reading
        if not reading.findings and readings and mirrors(lower, sentence.start, sentence.end):
            earlier = [r.findings for r in reversed(readings)]
            reading = replace(reading, findings=tuple(mirror_previous(parsed[index].tokens, earlier)))
        elif reading.findings and readings and _likewise(lower, sentence.start, sentence.end):
            reading = replace(reading, findings=likewise(readings[-1].sentence.text, reading.findings))
        if reading.findings and not any(f.additive for f in reading.findings) and counts_announced_extras(
            text, starts, sentence
        ):
            reading = replace(reading, findings=tuple(f._replace(additive=True) for f in reading.findings))
        if readings and said_of_group(lower, sentence.start, sentence.end):  # "the 47 were all soldiers"
            reading = replace(reading, findings=restated_group(parsed[index].tokens, readings, reading.findings))
        if reading.findings and readings and lower.find(" in turn ", sentence.start, sentence.end) != -1:
            reading = replace(reading, findings=in_turn(readings[-1].findings, reading.findings))
        if reading.findings and readings:  # "... each side got back 1,000. Altogether 2,000 people were freed."
            reading = sums_running_total(text, readings[-1], reading)
        if reading.findings and readings and _of_those_days(text, lower, readings[-1], sentence):
            reading = replace(reading, findings=())
        reading = sectioned(reading, sections + headings) if reading.findings else reading
        reading = headed_deals(reading, headings) if headings and reading.findings else reading  # a deal of that day
        stated_only = any(m.kind == "stated" for m in parsed[index].dates) and not any(
            m.kind in EVENT_DATES for m in parsed[index].dates)
        reading = occurred_on(text, starts, end, reading, stated_only, reference)  # "said on Thursday"
        stated_days |= {index} if stated_only and reading.day is not None and reading.findings else set()
        if reading.findings and readings:  # "The March 2021 swap is the one people remember. Kyiv got back 90"
            reading = continues_named_past(text, readings[-1], parsed[index - 1].dates, reading, reference)
            reading = continues_named_day(text, readings[-1], reading)  # "The swap on October 22 was ... Kyiv said"
        if reading.findings and readings:  # "Three years ago today, on ..., 215 came home. Russia received 55"
            reading = continues_anniversary(text, lower, readings[-1], reading)
        if reading.findings and any(lo <= sentence.start < hi for lo, hi in claims):
            reading = replace(reading, findings=())  # a fact check's quoted claim reports nothing
        if reading.findings and two_governments:  # Kyiv and Moscow quoted alike (`both_governments`)
            findings = own_accounts(lower, sentence.start, reading.findings)  # "Kyiv said 190; Moscow said 188"
            reading = replace(reading, authority=Authority.PRESS, findings=findings)
        if reading.day is not None and reading.findings:
            narrative = reading.day
        readings.append(reading)
    if " children" in lower:  # "16 Ukrainian children ... and 7 Russian children were returned": civilians
        readings = children_exchanged(readings, Context(reference, reference, Authority.PRESS))
    readings = on_event_day(readings, stated_days)  # "... said on Sunday" restating a headline's dated figure
    readings = boxed_days(text, readings, reference) if "\n-" in text or "\n•" in text else readings  # fact box
    readings = with_partners(text, lower, starts, readings, reference, len(candidates))  # "... In return, ..."
    readings = with_far_partners(text, lower, (starts, end), readings, reference) if (
        " in return" in lower or " in exchange" in lower) else readings  # "... 84 of its own back in return"
    readings = lower_bounds(text, starts, end, readings)  # "120 returned. Some wounded were also freed" (`unnumbered`)
    readings = retract_denied(lower, end, readings)  # "Not 101.", "... 150 were freed. That was our error."
    readings = timeline_entries(text, end, reference, readings)  # "12 April — 40 for 40": a chronology's past
    readings = without_remainders(readings) if "remaining" in lower or "outstanding" in lower else readings
    readings = restated_parts(readings) if "including the " in lower else readings  # "..., including the 22 ..."
    readings = shared_by_each_side(readings) if " each side " in lower or " both sides " in lower else readings
    foreign = foreign_opening(lower, starts, end)
    if foreign or onlookers_only(lower, readings):
        readings = [_of_this_war(r) for r in readings]
    readings = naming_ukraine(readings) if foreign else readings  # Russia's swap with the West (`foreignstory`)
    lead = None
    earliest = reference - timedelta(days=LEAD_REACH_DAYS)  # "On 3 January, in the largest exchange ..." is background
    if not any(f.day is not None and f.day >= earliest for r in readings for f in r.findings) or undated_news_first(
            readings, reference):  # "Kyiv got back 60 today. ... On Tuesday, 100": the opening's day
        figures = [r.sentence.start for r in readings if any(f.kind == StageKind.STAGE for f in r.findings)]
        known = {(sentence.start, sentence.end): p for sentence, p in zip(candidates, parsed, strict=True)}
        lead = lead_day(text, starts, end, reference, figures, known)
    return ArticleReading(readings, reference, lead, recalled_exchange(text, starts, end, reference, readings))
