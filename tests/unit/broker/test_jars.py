"""The jar cache: Maven runs once per pom, never concurrently, and a half-finished copy is never used."""

import threading
import time
from pathlib import Path

import pytest

from services.broker import jars


@pytest.fixture
def pom(tmp_path: Path) -> Path:
    path = tmp_path / "pom.xml"
    path.write_text("<project>v1</project>")
    return path


@pytest.fixture
def fake_maven(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Replace Maven with a slow function that writes one jar; record each call's target."""
    calls: list[Path] = []

    def copy(pom: Path, target: Path) -> None:
        calls.append(target)
        time.sleep(0.2)
        target.mkdir(parents=True)
        (target / "kafka_2.13-3.9.1.jar").write_bytes(b"jar")

    monkeypatch.setattr(jars, "_copy_dependencies", copy)
    return calls


def test_maven_runs_once_then_the_cache_is_reused(tmp_path: Path, pom: Path, fake_maven: list[Path]) -> None:
    lib = tmp_path / "lib"
    assert jars.ensure_jars(lib, pom) == lib
    assert jars.ensure_jars(lib, pom) == lib
    assert len(fake_maven) == 1
    assert (lib / "kafka_2.13-3.9.1.jar").exists() and jars.is_complete(lib, pom)
    assert not list(tmp_path.glob("lib.tmp-*")), "scratch folder left behind"


def test_concurrent_callers_share_one_maven_run(tmp_path: Path, pom: Path, fake_maven: list[Path]) -> None:
    lib = tmp_path / "lib"
    threads = [threading.Thread(target=jars.ensure_jars, args=(lib, pom)) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(fake_maven) == 1
    assert jars.is_complete(lib, pom)


def test_a_copy_without_the_completion_marker_is_redone(tmp_path: Path, pom: Path, fake_maven: list[Path]) -> None:
    lib = tmp_path / "lib"
    lib.mkdir()
    (lib / "kafka_2.13-3.9.1.jar").write_bytes(b"half")  # an interrupted earlier run
    assert not jars.is_complete(lib, pom)
    jars.ensure_jars(lib, pom)
    assert len(fake_maven) == 1
    assert (lib / "kafka_2.13-3.9.1.jar").read_bytes() == b"jar"


def test_changing_the_pom_invalidates_the_cache(tmp_path: Path, pom: Path, fake_maven: list[Path]) -> None:
    lib = tmp_path / "lib"
    jars.ensure_jars(lib, pom)
    pom.write_text("<project>v2</project>")
    assert not jars.is_complete(lib, pom)
    jars.ensure_jars(lib, pom)
    assert len(fake_maven) == 2


def test_a_maven_failure_leaves_no_cache_behind(tmp_path: Path, pom: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(pom: Path, target: Path) -> None:
        target.mkdir(parents=True)
        raise jars.JarResolutionError("mvn failed with exit code 1")

    monkeypatch.setattr(jars, "_copy_dependencies", broken)
    with pytest.raises(jars.JarResolutionError):
        jars.ensure_jars(tmp_path / "lib", pom)
    assert not (tmp_path / "lib").exists()
    assert not list(tmp_path.glob("lib.tmp-*"))
