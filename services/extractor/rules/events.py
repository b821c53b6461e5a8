"""Build `ExchangeStage` events from resolved groups: figures, evidence, confidence, deterministic id."""

import hashlib
from datetime import date

from schemas import Article, ExchangeStage, StageKind
from services.extractor.rules.assemble import Assembly, Key
from services.extractor.rules.model import Item
from services.extractor.rules.resolution import FIELDS, SIDES, GroupResult, SideResult
from services.extractor.rules.sides import MEDIUM, STRONG, WEAK


def event_id(article_id: str, kind: StageKind, stage_date: date) -> str:
    """sha256 of article id, kind and stage date: a replayed article yields the same ids."""
    return hashlib.sha256(f"{article_id}:{kind.value}:{stage_date.isoformat()}".encode()).hexdigest()


# Events are validated in one call from plain dicts: pydantic-core builds the nested models itself, far
# cheaper than a Python-level constructor call per nested model.


def _figures(result: SideResult) -> dict[str, object]:
    values = result.values
    return {
        "total": values.get("total"),
        "military": values.get("military"),
        "civilian": values.get("civilian"),
        "approximate": result.approximate,
        "authority": result.authority,
    }


def _evidence(assembly: Assembly, result: GroupResult) -> list[dict[str, object]]:
    supports: dict[int, set[str]] = {}
    for side in SIDES:
        for name in FIELDS:
            for index in result.sides[side].backing.get(name, set()):
                supports.setdefault(index, set()).add(f"{side}.{name}")
    for index in result.combined_backing:
        supports.setdefault(index, set()).add("combined_total")
    evidence = []
    for index in sorted(supports):
        sentence = assembly.readings[index].sentence
        evidence.append({"text": sentence.text, "start": sentence.start, "end": sentence.end,
                         "supports": sorted(supports[index])})
    return evidence


def confidence(items: list[Item], result: GroupResult) -> float:
    """Score how sure the event is: stated sides, stated days, several sentences, official sources."""
    findings = [f for _, _, f in items]
    score = 0.5
    strongest = max((f.strength for f in findings), default=WEAK)
    score += {STRONG: 0.2, MEDIUM: 0.1}.get(strongest, -0.15)
    if any(f.day is not None for f in findings):
        score += 0.1
    if len({i for i, _, _ in items}) > 1:
        score += 0.1
    if any(a.value != "press" for _, a, _ in items):
        score += 0.05
    if any(result.sides[s].approximate for s in SIDES):
        score -= 0.1
    return round(min(max(score, 0.05), 0.99), 2)


def build_events(article: Article, assembly: Assembly, version: str) -> list[ExchangeStage]:
    """Return one event per group that states at least one figure, ordered by day and kind."""
    events: list[ExchangeStage] = []
    order = {StageKind.STAGE: 0, StageKind.CUMULATIVE: 1, StageKind.AGREEMENT: 2}
    keys: list[Key] = sorted(assembly.results, key=lambda k: (k[1], order[k[0]]))
    for kind, day in keys:
        result = assembly.results[(kind, day)]
        if all(not result.sides[s].values for s in SIDES) and result.combined is None:
            continue
        items = assembly.groups[(kind, day)]
        numbers = [assembly.readings[i].stage_number for i in sorted({i for i, _, _ in items})]
        events.append(
            ExchangeStage.model_validate({
                "event_id": event_id(article.article_id, kind, day),
                "article_id": article.article_id,
                "source": article.source,
                "published": article.published,
                "received_at": article.received_at,
                "kind": kind,
                "stage_date": day,
                "stage_number": next((n for n in numbers if n), None) if kind == StageKind.STAGE else None,
                "sides": {"ukraine": _figures(result.sides["ukraine"]), "russia": _figures(result.sides["russia"])},
                "combined_total": result.combined,
                "evidence": _evidence(assembly, result),
                "confidence": confidence(items, result),
                "extractor_version": version,
            })
        )
    return events
