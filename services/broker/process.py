"""Format the KRaft storage and launch the broker's JVM, detached, with its output in the state folder."""

import base64
import os
import shutil
import subprocess
import uuid
from pathlib import Path

from services.broker.config import BrokerPaths
from services.logs import get_logger
from services.settings import Settings

log = get_logger("broker.process")

MAIN_CLASS = "kafka.Kafka"
STORAGE_TOOL = "kafka.tools.StorageTool"
FORMAT_TIMEOUT = 120.0


class BrokerError(RuntimeError):
    """The local broker could not be prepared, started or stopped."""


def java_binary() -> str:
    """Return the `java` to run: `$JAVA_HOME/bin/java` when set, else the one on PATH."""
    java_home = os.environ.get("JAVA_HOME")
    if java_home and (Path(java_home) / "bin" / "java").is_file():
        return str(Path(java_home) / "bin" / "java")
    found = shutil.which("java")
    if found is None:
        raise BrokerError("Java is not installed; run `make system-deps` or install a JRE 17 (default-jre-headless)")
    return found


def new_cluster_id() -> str:
    """Return a KRaft cluster id: 16 random bytes, URL-safe base64 without padding (what StorageTool makes)."""
    while True:
        candidate = base64.urlsafe_b64encode(uuid.uuid4().bytes).decode().rstrip("=")
        if not candidate.startswith("-"):  # Kafka avoids ids that look like command-line flags
            return candidate


def is_formatted(paths: BrokerPaths) -> bool:
    """Return True when the data folder already carries KRaft metadata."""
    return (paths.data_dir / "meta.properties").is_file()


def _jvm_command(settings: Settings, paths: BrokerPaths, lib_dir: Path, main: str, *args: str) -> list[str]:
    return [
        java_binary(),
        *settings.broker_heap.split(),
        "-XX:+ExitOnOutOfMemoryError",
        "-Djava.awt.headless=true",
        f"-Dlog4j.configuration=file:{paths.log4j_properties}",
        f"-Dkafka.logs.dir={paths.logs_dir}",
        "-cp",
        f"{lib_dir}/*",
        main,
        *args,
    ]


def format_storage(settings: Settings, paths: BrokerPaths, lib_dir: Path) -> None:
    """Format the KRaft log folder once; later calls are no-ops (and StorageTool ignores formatted dirs)."""
    if is_formatted(paths):
        return
    cluster_id = paths.cluster_id_file.read_text().strip() if paths.cluster_id_file.is_file() else new_cluster_id()
    paths.cluster_id_file.write_text(cluster_id + "\n")
    command = _jvm_command(
        settings, paths, lib_dir, STORAGE_TOOL,
        "format", "-t", cluster_id, "-c", str(paths.server_properties), "--ignore-formatted",
    )
    # StorageTool is short-lived; a small heap keeps it from competing with anything else.
    command = [part for part in command if not part.startswith(("-Xms", "-Xmx"))]
    command.insert(1, "-Xmx256m")
    result = subprocess.run(command, capture_output=True, text=True, timeout=FORMAT_TIMEOUT, check=False)
    if result.returncode != 0:
        raise BrokerError(f"formatting {paths.data_dir} failed:\n{(result.stdout + result.stderr).strip()[-2000:]}")
    log.info("broker storage formatted", extra={"data_dir": str(paths.data_dir), "cluster_id": cluster_id})


def launch(settings: Settings, paths: BrokerPaths, lib_dir: Path) -> subprocess.Popen[bytes]:
    """Start the broker JVM in its own session, so it outlives the command that started it."""
    command = _jvm_command(settings, paths, lib_dir, MAIN_CLASS, str(paths.server_properties))
    with paths.console_log.open("ab") as console:
        process = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=console,
            stderr=subprocess.STDOUT,
            start_new_session=True,
            close_fds=True,
            cwd=paths.root,
        )
    log.info("broker process launched", extra={"pid": process.pid, "port": settings.broker_port})
    return process


def log_tail(paths: BrokerPaths, lines: int = 30) -> str:
    """Return the last lines of the broker's console and server logs, for error messages."""
    parts = []
    for path in (paths.console_log, paths.server_log):
        try:
            text = path.read_text(errors="replace").strip().splitlines()[-lines:]
        except OSError:
            continue
        if text:
            parts.append(f"--- {path} ---\n" + "\n".join(text))
    return "\n".join(parts) or "(no broker output)"
