"""Resolve the broker's jars from Maven Central into a shared cache, once, safely across processes."""

import fcntl
import hashlib
import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from services.logs import get_logger
from services.settings import PROJECT_ROOT

log = get_logger("broker.jars")

POM = PROJECT_ROOT / "deploy" / "kafka" / "pom.xml"
MARKER = ".complete"  # holds the pom's digest; written last, so its presence means the copy finished
MVN_TIMEOUT = 900.0


class JarResolutionError(RuntimeError):
    """Maven could not produce the broker's classpath."""


def _pom_digest(pom: Path) -> str:
    return hashlib.sha256(pom.read_bytes()).hexdigest()


def is_complete(lib_dir: Path, pom: Path = POM) -> bool:
    """Return True when `lib_dir` holds a finished copy resolved from this exact pom."""
    marker = lib_dir / MARKER
    try:
        return marker.read_text().strip() == _pom_digest(pom) and any(lib_dir.glob("kafka_2.13-*.jar"))
    except OSError:
        return False


@contextmanager
def file_lock(path: Path) -> Iterator[None]:
    """Hold an exclusive advisory lock on `path` (created if needed) for the block's duration."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _mvn() -> str:
    found = shutil.which("mvn")
    if found is None:
        raise JarResolutionError("Maven ('mvn') is not on PATH; run `make system-deps` or install Debian's maven")
    return found


def _copy_dependencies(pom: Path, target: Path) -> None:
    command = [
        _mvn(), "-q", "-B", "-f", str(pom), "dependency:copy-dependencies",
        "-DincludeScope=runtime", f"-DoutputDirectory={target}",
    ]
    try:
        result = subprocess.run(command, capture_output=True, text=True, timeout=MVN_TIMEOUT, check=False)
    except subprocess.TimeoutExpired as exc:
        raise JarResolutionError(f"mvn did not finish within {MVN_TIMEOUT:.0f} s") from exc
    if result.returncode != 0:
        tail = "\n".join((result.stdout + result.stderr).strip().splitlines()[-20:])
        raise JarResolutionError(f"mvn failed with exit code {result.returncode}:\n{tail}")


def ensure_jars(lib_dir: Path, pom: Path = POM) -> Path:
    """Return `lib_dir` filled with the broker's runtime jars, running Maven only if it is not complete.

    Maven writes into a scratch folder that is renamed into place, and a lock file serialises
    concurrent callers, so two test runs never see (or produce) half a classpath.
    """
    if is_complete(lib_dir, pom):
        return lib_dir
    with file_lock(lib_dir.with_name(lib_dir.name + ".lock")):
        if is_complete(lib_dir, pom):  # another process finished while we waited
            return lib_dir
        scratch = lib_dir.with_name(f"{lib_dir.name}.tmp-{os.getpid()}")
        shutil.rmtree(scratch, ignore_errors=True)
        started = time.monotonic()
        log.info("resolving Kafka jars with Maven", extra={"pom": str(pom), "target": str(lib_dir)})
        try:
            _copy_dependencies(pom, scratch)
            (scratch / MARKER).write_text(_pom_digest(pom) + "\n")
            shutil.rmtree(lib_dir, ignore_errors=True)
            scratch.rename(lib_dir)
        finally:
            shutil.rmtree(scratch, ignore_errors=True)
        jars = sum(1 for _ in lib_dir.glob("*.jar"))
        log.info("Kafka jars ready", extra={"jars": jars, "seconds": round(time.monotonic() - started, 1)})
    return lib_dir
