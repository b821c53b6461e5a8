"""Merge the findings of an article's sentences into one group per (kind, day).

- The *anchor* is the day of the first dated handover in the story (else the
  article's reference day). Agreements are filed under it.
- Dated handovers far before the anchor are background and dropped; so are
  undated sentences that speak of earlier exchanges.
- An undated sentence goes to the anchor unless its figures clash there and
  fit another day of the same story ("Russia received 270 troops and 120
  civilians" after a lead about Saturday's 307 belongs to Friday's 390).
- A running total equal to the handover of its own day is that handover
  ("270 soldiers and 120 civilians so far" on the first day).
"""

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Final

from schemas import StageKind
from services.extractor.rules.dealscale import agreed_scale, within_deal
from services.extractor.rules.firmness import Firm, clashes, firm, merge_firm
from services.extractor.rules.leadsfirst import undated_news_first
from services.extractor.rules.model import Finding, Item, Reading
from services.extractor.rules.ontop import restates_swapped
from services.extractor.rules.pastcontinued import past_continued
from services.extractor.rules.resolution import SIDES, GroupResult, resolve_group
from services.extractor.rules.restated import as_restated
from services.extractor.rules.restatedpart import restated_part
from services.extractor.rules.retrospect import Recalled, recalled_only
from services.extractor.rules.runningday import last_handover_day
from services.extractor.rules.separate import drop_earlier_swaps

BACKGROUND_DAYS: Final = 3  # a handover more than this many days before the anchor is an earlier exchange
STALE_DAYS: Final = 10  # ... and so is one this long before the reference day
AGREEMENT_STALE_DAYS: Final = 45

Key = tuple[StageKind, date]


@dataclass
class Assembly:
    """The groups of an article with their resolution, or the contradictions that reject it."""

    groups: dict[Key, list[Item]]
    results: dict[Key, GroupResult]
    readings: dict[int, Reading]
    conflicts: list[str]


def anchor_day(readings: list[Reading], reference: date, lead: date | None = None) -> date:
    """Return the day of the first dated handover within a week of the reference day, else the lead's day."""
    if lead is not None and reference - timedelta(days=7) <= lead <= reference and undated_news_first(
            readings, reference):  # "Kyiv got back 60 today. ... On Tuesday, 100": the day the story opens on
        return lead
    for reading in readings:
        for finding in reading.findings:
            day = finding.day
            if finding.kind == StageKind.STAGE and day is not None and finding.correction != "retracted" and (
                reference - timedelta(days=7) <= day <= reference + timedelta(days=1)
            ):
                return day
    if lead is not None and reference - timedelta(days=7) <= lead <= reference + timedelta(days=1):
        return lead
    return _earlier_this_month(readings, reference) or reference


def _earlier_this_month(readings: list[Reading], reference: date) -> date | None:
    """A round-up published at a month's end ("January in review") dates its handover earlier that month: with
    no handover in the last week, a story whose first handover is dated in the reference's own month is of that
    day (an undated first handover is the story's own, and a dated one after it background)."""
    first = next((f for r in readings for f in r.findings if f.kind == StageKind.STAGE), None)
    if first is None or first.day is None or first.correction == "retracted":
        return None
    day = first.day
    return day if (day.year, day.month) == (reference.year, reference.month) and day <= reference else None


def _in_window(day: date, anchor: date, reference: date) -> bool:
    earliest = min(max(anchor - timedelta(days=BACKGROUND_DAYS), reference - timedelta(days=STALE_DAYS)), anchor)
    return earliest <= day <= max(reference, anchor) + timedelta(days=1)


def _other_period(period: tuple[int | None, int] | None, anchor: date) -> bool:
    """True when an undated sentence names a month or year other than the anchor's ("In January 2024, ...")."""
    if period is None:
        return False
    year, month = period
    return (year is not None and year != anchor.year) or (month != 0 and month != anchor.month) or month == 0


def _agreement_day(readings: list[Reading], anchor: date) -> date:
    """An agreement in a story with no handover is dated the day it names ("agreed on Wednesday"), else the anchor."""
    findings = [f for r in readings for f in r.findings]
    if any(f.kind != StageKind.AGREEMENT for f in findings):
        return anchor
    return next((f.day for f in findings if f.day is not None and anchor - timedelta(days=7) <= f.day <= anchor),
                anchor)


def _place_dated(readings: list[Reading], anchor: date, reference: date) -> tuple[dict[Key, list[Item]], list[Reading]]:
    groups: dict[Key, list[Item]] = defaultdict(list)
    undated: list[Reading] = []
    agreed = _agreement_day(readings, anchor)
    for reading in readings:
        loose = False
        for finding in reading.findings:
            item: Item = (reading.index, reading.authority, finding)
            if finding.kind == StageKind.AGREEMENT:
                stale = finding.day is not None and finding.day < reference - timedelta(days=AGREEMENT_STALE_DAYS)
                stale = stale or (reading.period is not None and reading.period[0] is not None
                                  and reading.period[0] < reference.year - 1)  # "a deal in 1986 involving four men"
                if not stale:
                    groups[(StageKind.AGREEMENT, agreed)].append(item)
            elif finding.echo:
                continue
            elif finding.day is not None:
                if _in_window(finding.day, anchor, reference):
                    groups[(finding.kind, finding.day)].append(item)
            elif not _other_period(reading.period, anchor):
                loose = True
        if loose:
            undated.append(reading)
    return groups, undated


def _place_undated(groups: dict[Key, list[Item]], undated: list[Reading], anchor: date) -> None:
    if not undated:
        return
    firmness: dict[Key, Firm] = {key: firm(items) for key, items in groups.items()}
    for reading in undated:
        by_kind: dict[StageKind, list[Item]] = defaultdict(list)
        for finding in reading.findings:
            if finding.day is None and finding.kind != StageKind.AGREEMENT and not finding.echo:
                by_kind[finding.kind].append((reading.index, reading.authority, finding))
        for kind, unit in by_kind.items():
            ours = firm(unit)
            days = sorted({d for k, d in groups if k == StageKind.STAGE and d != anchor},
                          key=lambda d: (abs((d - anchor).days), d))
            start = last_handover_day(groups, anchor) if kind == StageKind.CUMULATIVE else anchor  # as of the last
            restated = restated_part(groups, unit) if kind == StageKind.STAGE else None  # "ten civilians ..."
            start, unit, ours = (restated[0], restated[1], firm(restated[1])) if restated else (start, unit, ours)
            chosen = start
            for day in [start, *(d for d in [anchor, *days] if d != start)]:
                if not clashes(firmness.get((kind, day), {}), ours):
                    chosen = day
                    break
            else:  # it clashes with every day: "130 home in all" in a headline over 70 and 60 sums the days
                kind, chosen, unit = as_restated(firmness, (kind, anchor), unit, ours)
            groups[(kind, chosen)].extend(unit)
            merge_firm(firmness.setdefault((kind, chosen), {}), ours)


def _fold_extras(groups: dict[Key, list[Item]], anchor: date) -> None:
    """People freed on top of an exchange belong to it: a group of nothing but extras ("two wounded handed over
    in addition to the main group", told with the day of the briefing) joins the story's handover."""
    target = (StageKind.STAGE, anchor)
    if target not in groups:
        return
    for key in [k for k in groups if k != target and k[0] != StageKind.AGREEMENT]:
        if abs((key[1] - anchor).days) <= BACKGROUND_DAYS and all(f.additive for _, _, f in groups[key]):
            groups[target].extend((i, a, _as_stage(f)) for i, a, f in groups.pop(key))


def _merge_cumulative(groups: dict[Key, list[Item]], results: dict[Key, GroupResult]) -> None:
    """A running total equal to its own day's handover is that handover: fold it in."""
    for key in [k for k in groups if k[0] == StageKind.CUMULATIVE]:
        stage_key = (StageKind.STAGE, key[1])
        if stage_key not in results:
            continue
        running, stage = results[key], results[stage_key]
        sides = [s for s in SIDES if "total" in running.sides[s].values]
        if sides and all(running.sides[s].values["total"] == stage.sides[s].values.get("total") for s in sides):
            groups[stage_key].extend((i, a, _as_stage(f)) for i, a, f in groups.pop(key))
            results.pop(key)
            results[stage_key] = resolve_group(groups[stage_key], stage_key[1].isoformat())


WAR_LONG_RATIO: Final = 5  # a running total this many times the article's largest handover spans the war, not the swap


def _drop_war_long(groups: dict[Key, list[Item]], results: dict[Key, GroupResult]) -> None:
    """Drop running totals far larger than any handover the article reports ("4,131 returned in total")."""
    largest: dict[str, int] = {
        side: max((r.sides[side].values.get("total", 0) for k, r in results.items() if k[0] == StageKind.STAGE),
                  default=0)
        for side in SIDES
    }
    # "2,834 captives exchanged through its efforts": a figure for each side, or for the two together
    scale: dict[str, int] = {"both": max(largest.values()), "combined": sum(largest.values())}
    scale.update(largest)
    agreed = agreed_scale(results)  # "1,200 each are to be freed": a running total within it is the deal's
    for key in [k for k in results if k[0] == StageKind.CUMULATIVE]:
        kept = [
            (i, a, f) for i, a, f in groups[key]
            if not (scale.get(f.side) and f.value > WAR_LONG_RATIO * scale[f.side]) or within_deal(f, agreed)
        ]
        if len(kept) != len(groups[key]):
            groups[key] = kept
            results[key] = resolve_group(kept, key[1].isoformat())


def _as_stage(finding: Finding) -> Finding:
    return finding._replace(kind=StageKind.STAGE)


def _attach_echoes(readings: list[Reading], groups: dict[Key, list[Item]], results: dict[Key, GroupResult]) -> None:
    """Let "the 248 Russian servicemen ..." add its category to the stage whose total it restates."""
    for reading in readings:
        for finding in reading.findings:
            if not finding.echo or finding.field == "total" or finding.side not in SIDES:
                continue
            for key, result in results.items():
                side = result.sides[finding.side]  # type: ignore[index]
                if key[0] == StageKind.STAGE and (side.values.get("total") == finding.value and (
                    finding.field not in side.values) or restates_swapped(groups[key], finding)):
                    groups[key].append((reading.index, reading.authority, finding))
                    results[key] = resolve_group(groups[key], key[1].isoformat())
                    break


def assemble(
    readings: list[Reading], reference: date, lead: date | None = None, recalled: Recalled | None = None
) -> Assembly:
    """Group, place and resolve every finding of an article (a retrospective's of the exchange it recalls)."""
    with_findings = [r for r in (recalled_only(readings, recalled) if recalled else readings) if r.findings]
    anchor = recalled.day if recalled and recalled.day else anchor_day(with_findings, reference, lead)
    groups, undated = _place_dated(with_findings, anchor, reference)
    undated = past_continued(with_findings, undated, groups, anchor)  # "... on January 28 and 29. Ukraine got 170"
    drop_earlier_swaps(groups, readings, anchor)  # "the second exchange in three days": the others are background
    _place_undated(groups, undated, anchor)
    _fold_extras(groups, anchor)
    results = {key: resolve_group(items, key[1].isoformat()) for key, items in groups.items()}
    _merge_cumulative(groups, results)
    _drop_war_long(groups, results)
    _attach_echoes(with_findings, groups, results)
    conflicts = [c for key, result in results.items() if key[0] == StageKind.STAGE for c in result.conflicts]
    return Assembly(dict(groups), results, {r.index: r for r in with_findings}, conflicts)
