"""`swaptally demo`: broker, a background worker, a replay of the seeds, then the tally and the page URL.

`swaptally demo --stop` (what `make stop` runs) stops the demo's workers and the broker.
"""

import argparse
import asyncio
import json
import sys
import time
import urllib.error
import urllib.request
from typing import Any

from rich.console import Console

from schemas.codec import CodecError, decode_tally
from schemas.tally import Tally
from services.broker import manager
from services.broker.jars import JarResolutionError
from services.broker.process import BrokerError
from services.cli.background import start_worker, stop_workers, worker_alive
from services.cli.render_tally import render_tally
from services.cli.replay_cmd import DEFAULT_INPUT, replay_inputs
from services.feeder.metrics import FeederMetrics
from services.feeder.pacing import Pacing
from services.settings import Settings, get_settings

TALLY_TIMEOUT = 120.0
QUIET_SECONDS = 3.0


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Register `--stop` and the tally wait."""
    parser.add_argument("--stop", action="store_true", help="stop the demo's workers and the broker instead")
    parser.add_argument("--timeout", type=float, default=TALLY_TIMEOUT, help="seconds to wait for the tally")


def fetch_tally(settings: Settings) -> Tally | None:
    """Return the worker's current tally from `GET /tally`, or None while it is not serving one."""
    try:
        with urllib.request.urlopen(f"{settings.web_url}/tally", timeout=3) as response:
            return decode_tally(response.read())
    except (urllib.error.URLError, OSError, CodecError, json.JSONDecodeError):
        return None


def wait_for_tally(settings: Settings, timeout: float, alive: Any) -> Tally | None:
    """Poll until the tally has reports and stays unchanged for a few seconds (the pipeline went quiet)."""
    deadline = time.monotonic() + timeout
    last: Tally | None = None
    stable_since = time.monotonic()
    while time.monotonic() < deadline and alive():
        current = fetch_tally(settings)
        if current != last:
            last, stable_since = current, time.monotonic()
        elif last is not None and last.reports > 0 and time.monotonic() - stable_since >= QUIET_SECONDS:
            return last
        time.sleep(0.5)
    return last


def _stop(settings: Settings) -> int:
    for pid in stop_workers(settings):
        print(f"worker: stopped pid {pid}")
    stopped = manager.stop(settings)
    print(f"broker: stopped pid {stopped.pid}" if stopped else "broker: not running")
    return 0


def run(args: argparse.Namespace) -> int:
    """Run the whole pipeline locally and leave it running for the page."""
    settings = get_settings()
    if args.stop:
        return _stop(settings)
    settings = manager.local_settings(settings)  # the demo always talks to the broker it starts
    try:
        broker = manager.start(settings)
    except (BrokerError, JarResolutionError) as exc:
        print(f"demo: the broker did not start: {exc}", file=sys.stderr)
        return 1
    print(f"broker: {'reused' if broker.reused else 'started'} pid {broker.pid} on {broker.bootstrap}")
    local_env = {
        "SWAPTALLY_KAFKA_BOOTSTRAP": settings.kafka_bootstrap,
        "SWAPTALLY_KAFKA_SECURITY_PROTOCOL": "PLAINTEXT",
    }
    worker = start_worker(settings, env=local_env)
    print(f"worker: {'reused' if worker.reused else 'started'} pid {worker.pid}, log {worker.log_file}")
    summary = asyncio.run(replay_inputs([str(DEFAULT_INPUT)], settings, Pacing(), FeederMetrics()))
    if summary.published == 0:
        return 1
    print(f"waiting up to {args.timeout:.0f} s for the tally at {settings.web_url}/tally ...")
    tally = wait_for_tally(settings, args.timeout, lambda: worker_alive(worker))
    if tally is None:
        state = "running" if worker_alive(worker) else "NOT running"
        print(f"demo: no tally yet; the worker is {state} — see {worker.log_file}", file=sys.stderr)
        return 1
    Console().print(render_tally(tally))
    print(f"\nlive page:  {settings.web_url}/")
    print(f"tally JSON: {settings.web_url}/tally   metrics: {settings.web_url}/metrics")
    print("The broker and the worker keep running; stop them with `make stop` (or `swaptally demo --stop`).")
    return 0
