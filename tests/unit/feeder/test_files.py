"""Article files: the optional date header, stable ids, and named errors for every kind of bad file."""

import hashlib
from datetime import date
from pathlib import Path

import pytest

from services.feeder.files import FeedError, HeaderError, discover, parse_header, read_article


@pytest.mark.parametrize(
    ("text", "published", "body"),
    [
        (" date 2025-05-24 MOSCOW: Russia and Ukraine", date(2025, 5, 24), "MOSCOW: Russia and Ukraine"),
        ("date 2025-05-23\nRussia and Ukraine", date(2025, 5, 23), "Russia and Ukraine"),
        ("\ufeff date 2025-05-23 Body", date(2025, 5, 23), "Body"),
        (" date 2025-05-23", date(2025, 5, 23), ""),
        ("Russia and Ukraine exchanged 307", None, "Russia and Ukraine exchanged 307"),
        ("The date 2025-05-24 was a Saturday", None, "The date 2025-05-24 was a Saturday"),
        (" date 2025-05-24X body", None, " date 2025-05-24X body"),
        ("Date 2025-05-24 body", None, "Date 2025-05-24 body"),
    ],
)
def test_parse_header(text: str, published: date | None, body: str) -> None:
    assert parse_header(text) == (published, body)


def test_a_header_with_an_impossible_date_is_an_error_not_body_text() -> None:
    with pytest.raises(HeaderError, match="2025-02-30"):
        parse_header(" date 2025-02-30 body")


def test_article_id_is_the_sha256_of_the_normalised_text(tmp_path: Path) -> None:
    path = tmp_path / "outlet.txt"
    path.write_text(" date 2025-05-24 Russia  and\r\nUkraine\t exchanged 307 POWs. \n\n")
    article = read_article(path)
    assert article.text == "Russia and\nUkraine exchanged 307 POWs."
    assert article.article_id == hashlib.sha256(b"Russia and\nUkraine exchanged 307 POWs.").hexdigest()
    assert article.source == "outlet.txt"
    assert article.published == date(2025, 5, 24)
    assert article.received_at.tzinfo is not None


def test_whitespace_and_line_endings_do_not_change_the_id(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("One  line.\n\nTwo lines.")
    (tmp_path / "b.txt").write_bytes(b"One line. \r\n\r\n\t\r\nTwo   lines.\r\n")
    assert read_article(tmp_path / "a.txt").article_id == read_article(tmp_path / "b.txt").article_id


def test_line_structure_survives_so_a_headline_never_runs_into_the_lead(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Headline with 50 each\nLead: 30 soldiers came home.")
    (tmp_path / "b.txt").write_text("Headline with 50 each Lead: 30 soldiers came home.")
    a, b = read_article(tmp_path / "a.txt"), read_article(tmp_path / "b.txt")
    assert a.text == "Headline with 50 each\nLead: 30 soldiers came home."
    assert a.article_id != b.article_id


def test_the_header_is_not_part_of_the_text_or_the_id(tmp_path: Path) -> None:
    (tmp_path / "dated.txt").write_text(" date 2025-05-24 Same body.")
    (tmp_path / "undated.txt").write_text("Same body.")
    dated, undated = read_article(tmp_path / "dated.txt"), read_article(tmp_path / "undated.txt")
    assert dated.article_id == undated.article_id
    assert (dated.published, undated.published) == (date(2025, 5, 24), None)


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty"),
        (b"   \n\t\n", "empty"),
        (b" date 2025-05-24 \n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (b"caf\xe9 au lait", "not_utf8"),
        (b" date 2025-13-01 body", "bad_header"),
    ],
)
def test_bad_files_raise_a_feed_error_naming_the_file(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "bad-input.txt"
    path.write_bytes(content)
    with pytest.raises(FeedError) as caught:
        read_article(path)
    assert caught.value.reason == reason
    assert caught.value.source == "bad-input.txt"
    assert "bad-input.txt" in str(caught.value)


def test_too_large_files_are_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_text("x" * 2048)
    with pytest.raises(FeedError) as caught:
        read_article(path, max_bytes=1024)
    assert caught.value.reason == "too_large"
    assert "2048" in caught.value.detail
    assert read_article(path, max_bytes=2048).text == "x" * 2048


def test_unreadable_files_are_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("text")

    def denied(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", denied)  # chmod 000 does not stop root, so simulate it
    with pytest.raises(FeedError) as caught:
        read_article(path)
    assert caught.value.reason == "unreadable"
    assert "Permission denied" in caught.value.detail


def test_a_folder_passed_as_a_file_is_unreadable(tmp_path: Path) -> None:
    with pytest.raises(FeedError) as caught:
        read_article(tmp_path)
    assert caught.value.reason == "unreadable"


def test_discover_sorts_by_name_skips_hidden_files_and_reports_missing_paths(tmp_path: Path) -> None:
    feed = tmp_path / "feed"
    (feed / "sub").mkdir(parents=True)
    for name in ("b.txt", "a.txt", ".hidden.txt", "sub/c.txt", "10.txt"):
        (feed / name).write_text("text")
    single = tmp_path / "single.txt"
    single.write_text("text")
    found = discover([feed, single, tmp_path / "missing.txt"])
    assert [p.relative_to(tmp_path).as_posix() for p in found.files] == [
        "feed/10.txt", "feed/a.txt", "feed/b.txt", "feed/sub/c.txt", "single.txt",
    ]
    assert [(e.reason, Path(e.source).name) for e in found.errors] == [("missing", "missing.txt")]


def test_discover_reports_an_empty_folder(tmp_path: Path) -> None:
    found = discover([tmp_path])
    assert found.files == []
    assert [e.reason for e in found.errors] == ["empty_folder"]


def test_a_folder_yields_its_articles_not_its_readme_or_label_files(tmp_path: Path) -> None:
    """A labelled corpus folder: its README's figures and its `*.expected.json` must not become articles."""
    for name in ("a.txt", "b", "README.md", "a.expected.json", "notes.yaml", "CHANGELOG"):
        (tmp_path / name).write_text("text")
    found = discover([tmp_path])
    assert [p.name for p in found.files] == ["a.txt", "b"]
    assert sorted(Path(e.source).name for e in found.ignored) == [
        "CHANGELOG", "README.md", "a.expected.json", "notes.yaml",
    ]
    assert {e.reason for e in found.ignored} == {"not_an_article"} and found.errors == []


def test_a_folder_of_only_a_readme_is_empty_but_a_named_readme_is_read(tmp_path: Path) -> None:
    readme = tmp_path / "README.md"
    readme.write_text("text")
    assert [e.reason for e in discover([tmp_path]).errors] == ["empty_folder"]
    assert discover([readme]).files == [readme]
