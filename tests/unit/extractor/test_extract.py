"""The public interface: events, ids, evidence, rejections, and never raising."""

from datetime import UTC, date, datetime

from schemas import Authority, StageKind
from services.extractor.extract import EXTRACTOR_VERSION, analyse, extract
from services.extractor.rules.events import event_id
from tests.unit.extractor.helpers import article, run

TEXT = ("MOSCOW: Russia and Ukraine exchanged 307 POWs from each country on Saturday, the Russian defence ministry "
        "said. Both sides received 390 people in the first stage on Friday and are expected to exchange 1,000 each "
        "in total.")


def test_events_carry_ids_evidence_and_version() -> None:
    item = article(TEXT)
    stages = extract(item)
    assert [(s.kind, s.stage_date) for s in stages] == [
        (StageKind.STAGE, date(2025, 5, 23)), (StageKind.STAGE, date(2025, 5, 24)),
        (StageKind.AGREEMENT, date(2025, 5, 24))]
    for stage in stages:
        assert stage.event_id == event_id(item.article_id, stage.kind, stage.stage_date)
        assert stage.extractor_version == EXTRACTOR_VERSION == "1.0.0"
        assert 0 < stage.confidence <= 1
        assert stage.source == item.source and stage.published == item.published
        for evidence in stage.evidence:
            assert item.text[evidence.start : evidence.end] == evidence.text
            assert evidence.supports


def test_event_ids_are_deterministic_and_distinct() -> None:
    first, second = extract(article(TEXT)), extract(article(TEXT))
    assert [s.event_id for s in first] == [s.event_id for s in second]
    assert len({s.event_id for s in first}) == len(first)


def test_authority_comes_from_attribution() -> None:
    stage = next(s for s in extract(article(TEXT)) if s.stage_date == date(2025, 5, 24))
    assert stage.sides.russia.authority == Authority.MOSCOW


def test_stage_number() -> None:
    stage = next(s for s in extract(article(TEXT)) if s.stage_date == date(2025, 5, 23))
    assert stage.stage_number == 1


def test_no_exchange_is_no_rejection() -> None:
    extraction = run("Shakhtar beat Dynamo 3-1 on Saturday in front of 4,500 fans, returning to the top of the table.")
    assert extraction.rejection is None and extraction.stages == []


def test_not_english_is_rejected() -> None:
    extraction = run("Сьогодні додому повернулися 390 українців: 270 військовослужбовців та 120 цивільних.")
    assert extraction.rejection is not None and extraction.rejection.reason == "not_english"


def test_headerless_article_uses_its_own_dates() -> None:
    text = ("Russia and Ukraine exchanged 307 military personnel each on Saturday. The Defense Ministry reported the "
            "return of 307 Russian servicemen on May 24.")
    (stage,) = run(text, published=None, received=datetime(2026, 11, 21, tzinfo=UTC)).stages
    assert stage.stage_date == date(2025, 5, 24)


def test_headerless_without_dates_falls_back_to_arrival() -> None:
    (stage,) = run("Today 84 Ukrainians returned home from Russian captivity.", published=None,
                   received=datetime(2025, 8, 14, 17, 0, tzinfo=UTC)).stages
    assert stage.stage_date == date(2025, 8, 14)


def test_analyse_turns_a_rule_bug_into_a_rejection(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import services.extractor.extract as module

    def broken(_: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(module, "read_article", broken)
    extraction = analyse(article(TEXT))
    assert extraction.rejection is not None and extraction.rejection.reason == "extractor_error"
