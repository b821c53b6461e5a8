"""Loading a replay's inputs: files, folders and stdin become unique articles; bad inputs are named."""

import io
import sys
from pathlib import Path

import pytest

from services.feeder.replay import load
from services.settings import Settings


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(state_dir=tmp_path, max_article_bytes=8192)


def test_seeds_load_as_five_articles_in_name_order(seeds_dir: Path, settings: Settings) -> None:
    loaded = load([str(seeds_dir)], settings)
    assert loaded.errors == []
    assert [a.source for a in loaded.articles] == sorted(p.name for p in seeds_dir.glob("*.txt"))
    assert len({a.article_id for a in loaded.articles}) == 5


def test_bad_files_are_reported_by_name_and_good_ones_kept(tmp_path: Path, settings: Settings) -> None:
    feed = tmp_path / "feed"
    feed.mkdir()
    (feed / "1-good.txt").write_text(" date 2025-05-23 390 each.")
    (feed / "2-empty.txt").write_text("")
    (feed / "3-binary.bin").write_bytes(b"\x00\x01\x02")
    (feed / "4-huge.txt").write_text("y" * 9000)
    loaded = load([str(feed), str(tmp_path / "nope.txt")], settings)
    assert [a.source for a in loaded.articles] == ["1-good.txt"]
    assert sorted((Path(e.source).name, e.reason) for e in loaded.errors) == [
        ("2-empty.txt", "empty"), ("3-binary.bin", "binary"), ("4-huge.txt", "too_large"), ("nope.txt", "missing"),
    ]


def test_the_same_text_twice_is_sent_once_and_the_duplicate_reported(tmp_path: Path, settings: Settings) -> None:
    (tmp_path / "a.txt").write_text("Same story.")
    (tmp_path / "b.txt").write_text(" date 2025-05-24  Same   story.\n")
    loaded = load([str(tmp_path)], settings)
    assert [a.source for a in loaded.articles] == ["a.txt"]
    assert [(e.source, e.reason) for e in loaded.errors] == [("b.txt", "duplicate")]
    assert "a.txt" in loaded.errors[0].detail


def test_dash_reads_one_article_from_stdin(monkeypatch: pytest.MonkeyPatch, settings: Settings) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b" date 2025-05-24 From a pipe.\n")))
    loaded = load(["-"], settings)
    assert [(a.source, a.published.isoformat() if a.published else None, a.text) for a in loaded.articles] == [
        ("stdin", "2025-05-24", "From a pipe.")
    ]


def test_empty_stdin_is_reported(monkeypatch: pytest.MonkeyPatch, settings: Settings) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"  \n")))
    loaded = load(["-"], settings)
    assert loaded.articles == []
    assert [(e.source, e.reason) for e in loaded.errors] == [("stdin", "empty")]
