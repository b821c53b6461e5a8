"""`swaptally tally`: offline files through extract + reconcile, JSON bytes, and a clear broker error."""

import argparse
import time
from pathlib import Path

import pytest

from schemas import Article, ExchangeStage, SideFigures, Sides, StageKind, decode_tally, encode
from services.cli import tally_cmd, tally_offline
from services.extractor.extract import Extraction
from services.settings import PROJECT_ROOT, get_settings

SEEDS = sorted((PROJECT_ROOT / "seeds").glob("*.txt"))


def run_tally(*argv: str) -> int:
    parser = argparse.ArgumentParser()
    tally_cmd.add_arguments(parser)
    return tally_cmd.run(parser.parse_args(list(argv)))


def test_offline_seeds_give_the_expected_tally(capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    """The real extractor and reconcile: ARCHITECTURE.md's expected tally after the five seeds."""
    assert run_tally("--offline", "--json", *map(str, SEEDS)) == 0
    out = capsysbinary.readouterr().out
    tally = decode_tally(out.rstrip(b"\n"))
    assert out == encode(tally) + b"\n"
    for side in ("ukraine", "russia"):
        assert tally.totals[side].model_dump() == {"total": 697, "military": 577, "civilian": 120}
    [exchange] = tally.exchanges
    assert exchange.agreed_per_side == 1000 and exchange.progress.ukraine == 0.697 == exchange.progress.russia
    assert [stage.date.isoformat() for stage in exchange.stages] == ["2025-05-23", "2025-05-24"]
    assert exchange.stages[0].ukraine.model_dump() == {"total": 390, "military": 270, "civilian": 120}
    assert exchange.stages[1].russia.model_dump() == {"total": 307, "military": 307, "civilian": None}
    assert any(check.claimed == 697 and check.ok for check in tally.checks)


def test_offline_seeds_in_any_file_order_give_the_same_bytes(capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    assert run_tally("--offline", "--json", *map(str, SEEDS)) == 0
    forward = capsysbinary.readouterr().out
    assert run_tally("--offline", "--json", *map(str, reversed(SEEDS))) == 0
    assert capsysbinary.readouterr().out == forward


def _figures_from_text(article: Article) -> Extraction:
    """A stand-in extractor: the article's first number is the stage total for both sides."""
    total = int(next(word for word in article.text.split() if word.isdigit()))
    stage = ExchangeStage(
        event_id=article.article_id,
        article_id=article.article_id,
        source=article.source,
        published=article.published,
        received_at=article.received_at,
        kind=StageKind.STAGE,
        stage_date=article.published or article.received_at.date(),
        sides=Sides(ukraine=SideFigures(total=total), russia=SideFigures(total=total)),
        confidence=1.0,
        extractor_version="stub",
    )
    return Extraction(stages=[stage])


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def test_a_later_file_from_the_same_source_corrects_an_earlier_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tally_offline, "analyse", _figures_from_text)
    first = _write(tmp_path / "monday" / "wire.txt", " date 2025-05-23 Each side got 380 people.")
    second = _write(tmp_path / "tuesday" / "wire.txt", " date 2025-05-23 Each side got 390 people.")
    forward = tally_offline.offline_tally([first, second], "russia-ukraine").tally
    backward = tally_offline.offline_tally([second, first], "russia-ukraine").tally
    assert forward.totals["ukraine"].total == 390 and backward.totals["ukraine"].total == 380
    assert forward.reports == 1 and forward.exchanges[0].stages[0].alternatives == []


def test_unreadable_files_are_reported_and_skipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(tally_offline, "analyse", _figures_from_text)
    good = _write(tmp_path / "good.txt", " date 2025-05-23 Each side got 390 people.")
    binary = tmp_path / "photo.jpg"
    binary.write_bytes(b"\x00\x01\x02")
    assert run_tally("--offline", "--json", str(good), str(binary)) == 0
    captured = capsys.readouterr()
    assert "skipped photo.jpg" in captured.err
    assert decode_tally(captured.out.strip().encode()).totals["ukraine"].total == 390


def test_missing_files_and_misused_flags_are_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_tally("--offline", str(tmp_path / "nope.txt")) == 2
    assert "nope.txt: does not exist" in capsys.readouterr().err
    assert run_tally("--offline") == 2
    assert run_tally(str(tmp_path)) == 2
    assert "only read with --offline" in capsys.readouterr().err


def test_an_unreachable_broker_is_a_clear_error(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("SWAPTALLY_KAFKA_BOOTSTRAP", "127.0.0.1:9")
    get_settings.cache_clear()
    try:
        started = time.monotonic()
        assert run_tally("--timeout", "5") == 1
        assert time.monotonic() - started < 10
    finally:
        get_settings.cache_clear()
    err = capsys.readouterr().err
    assert "127.0.0.1:9" in err and "broker" in err


def test_undated_files_count_as_received_on_the_given_day(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    monkeypatch.setattr(tally_offline, "analyse", _figures_from_text)
    undated = _write(tmp_path / "undated.txt", "Each side got 390 people.")
    assert run_tally("--offline", "--json", "--received-on", "2024-01-02", str(undated)) == 0
    first = capsysbinary.readouterr().out
    assert decode_tally(first.strip()).exchanges[0].stages[0].date.isoformat() == "2024-01-02"
    assert run_tally("--offline", "--json", "--received-on", "2024-01-02", str(undated)) == 0
    assert capsysbinary.readouterr().out == first


def test_a_corpus_folder_counts_its_articles_and_names_what_it_skipped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The real extractor over a folder whose README quotes figures: only the article counts."""
    (tmp_path / "README.md").write_text(
        " date 2025-05-24 Notes\n\nRussia and Ukraine exchanged 500 prisoners each on Friday, the labels say.\n"
    )
    (tmp_path / "a.expected.json").write_text('{"events": []}')
    (tmp_path / "a.txt").write_text(
        " date 2025-06-11 Swap\n\nUkraine and Russia exchanged 120 prisoners of war each on Tuesday, "
        "the Ukrainian coordination headquarters said.\n"
    )
    assert run_tally("--offline", "--json", str(tmp_path)) == 0
    captured = capsys.readouterr()
    tally = decode_tally(captured.out.strip().encode())
    assert tally.totals["ukraine"].total == 120 == tally.totals["russia"].total
    assert "skipped" in captured.err and "README.md" in captured.err and "a.expected.json" in captured.err
