"""`swaptally broker start|stop|status`: one local broker per state folder, started at most once."""

import asyncio
import socket
import threading
import time
from collections.abc import Coroutine
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from services.broker import pidfile
from services.broker.config import BrokerPaths, broker_paths, write_config
from services.broker.jars import ensure_jars, file_lock
from services.broker.process import MAIN_CLASS, BrokerError, format_storage, launch, log_tail
from services.broker.ready import wait_until_ready
from services.kafka.topics import ensure_topics
from services.logs import get_logger
from services.settings import Settings

log = get_logger("broker")

T = TypeVar("T")
STOP_GRACE = 30.0


@dataclass(frozen=True)
class BrokerStatus:
    """What `status` reports about the broker of one state folder."""

    running: bool
    pid: int | None
    bootstrap: str
    port: int
    controller_port: int
    data_dir: Path
    log_file: Path
    reused: bool = False
    ready_seconds: float | None = None


def run_sync(coro: Coroutine[Any, Any, T]) -> T:
    """Run `coro` to completion from sync code, even when the caller is inside an event loop."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coro)
    box: dict[str, Any] = {}

    def target() -> None:
        try:
            box["value"] = asyncio.run(coro)
        except BaseException as exc:  # re-raised in the caller's thread
            box["error"] = exc

    thread = threading.Thread(target=target, name="swaptally-broker-sync")
    thread.start()
    thread.join()
    if "error" in box:
        raise box["error"]
    result: T = box["value"]
    return result


def _markers(paths: BrokerPaths) -> tuple[str, str]:
    return MAIN_CLASS, str(paths.server_properties)


def _status(settings: Settings, pid: int | None, **extra: Any) -> BrokerStatus:
    paths = broker_paths(settings)
    return BrokerStatus(
        running=pid is not None,
        pid=pid,
        bootstrap=f"127.0.0.1:{settings.broker_port}",
        port=settings.broker_port,
        controller_port=settings.controller_port,
        data_dir=paths.data_dir,
        log_file=paths.server_log,
        **extra,
    )


def status(settings: Settings) -> BrokerStatus:
    """Report whether the broker of `settings.broker_dir` runs, and where."""
    process = pidfile.owned_process(broker_paths(settings).pid_file, *_markers(broker_paths(settings)))
    return _status(settings, process.pid if process else None)


def local_settings(settings: Settings) -> Settings:
    """Settings that reach the local broker, whatever bootstrap the environment names."""
    return settings.model_copy(
        update={"kafka_bootstrap": f"127.0.0.1:{settings.broker_port}", "kafka_security_protocol": "PLAINTEXT"}
    )


def _check_port_free(port: int) -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(("127.0.0.1", port))
        except OSError as exc:
            raise BrokerError(
                f"port {port} on 127.0.0.1 is in use by another process; choose other ports with "
                "SWAPTALLY_BROKER_PORT / SWAPTALLY_CONTROLLER_PORT"
            ) from exc


def start(settings: Settings, *, create_topics: bool = True) -> BrokerStatus:
    """Start the broker (or reuse the running one), wait until it serves metadata, then create topics."""
    paths = broker_paths(settings)
    local = local_settings(settings)
    with file_lock(paths.lock_file):
        running = pidfile.owned_process(paths.pid_file, *_markers(paths))
        if running is not None:
            if not run_sync(wait_until_ready(local, running.is_running, settings.broker_ready_timeout)):
                raise BrokerError(f"broker pid {running.pid} runs but is not ready:\n{log_tail(paths)}")
            result = _status(settings, running.pid, reused=True)
        else:
            result = _start_new(settings, paths, local)
    if create_topics:
        created = run_sync(ensure_topics(local))
        log.info("topics ready", extra={"topics_created": created})
    return result


def _start_new(settings: Settings, paths: BrokerPaths, local: Settings) -> BrokerStatus:
    lib_dir = ensure_jars(settings.kafka_lib_dir)
    for port in (settings.broker_port, settings.controller_port):
        _check_port_free(port)
    write_config(settings)
    format_storage(settings, paths, lib_dir)
    started = time.monotonic()
    process = launch(settings, paths, lib_dir)
    pidfile.write_pid(paths.pid_file, process.pid)
    ready = run_sync(wait_until_ready(local, lambda: process.poll() is None, settings.broker_ready_timeout))
    if not ready:
        exited = process.poll()
        if exited is None:
            pidfile.terminate_popen(process, STOP_GRACE)
        pidfile.remove(paths.pid_file)
        reason = f"exited with code {exited}" if exited is not None else "was not ready in time and was stopped"
        raise BrokerError(f"the broker {reason} (timeout {settings.broker_ready_timeout:.0f} s):\n{log_tail(paths)}")
    seconds = round(time.monotonic() - started, 2)
    log.info("broker ready", extra={"pid": process.pid, "port": settings.broker_port, "seconds": seconds})
    return _status(settings, process.pid, ready_seconds=seconds)


def stop(settings: Settings) -> BrokerStatus | None:
    """Stop the broker this state folder started; return its last status, or None if none was running."""
    paths = broker_paths(settings)
    with file_lock(paths.lock_file):
        process = pidfile.owned_process(paths.pid_file, *_markers(paths))
        if process is None:
            pidfile.remove(paths.pid_file)  # stale or foreign: forget it, never signal it
            return None
        last = _status(settings, process.pid)
        killed = pidfile.terminate(process, STOP_GRACE)
        pidfile.remove(paths.pid_file)
    log.info("broker stopped", extra={"pid": last.pid, "killed": killed})
    return last
