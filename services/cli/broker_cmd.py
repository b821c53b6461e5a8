"""`swaptally broker start|stop|status`: manage the local single-node Kafka broker."""

import argparse
import dataclasses
import sys

import orjson

from services.broker import manager
from services.broker.jars import JarResolutionError
from services.broker.process import BrokerError
from services.settings import get_settings


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Register `start`, `stop` and `status`."""
    parser.add_argument("action", choices=["start", "stop", "status"], help="what to do with the broker")
    parser.add_argument("--json", action="store_true", help="print the status as one JSON object")


def _show(status: manager.BrokerStatus, as_json: bool) -> None:
    if as_json:
        print(orjson.dumps(dataclasses.asdict(status), default=str).decode())
        return
    if not status.running:
        print(f"broker: stopped (port {status.port}, data {status.data_dir})")
        return
    how = "already running, reused" if status.reused else "running"
    ready = f", ready in {status.ready_seconds:.1f} s" if status.ready_seconds is not None else ""
    print(f"broker: {how}{ready}")
    print(f"  pid        {status.pid}")
    print(f"  bootstrap  {status.bootstrap}  (controller port {status.controller_port})")
    print(f"  data       {status.data_dir}")
    print(f"  log        {status.log_file}")


def run(args: argparse.Namespace) -> int:
    """Run the chosen action; exit 1 with the reason (and the broker's log tail) on failure."""
    settings = get_settings()
    try:
        if args.action == "start":
            _show(manager.start(settings), args.json)
        elif args.action == "stop":
            stopped = manager.stop(settings)
            if args.json:
                print(orjson.dumps({"stopped": stopped is not None, "pid": stopped.pid if stopped else None}).decode())
            elif stopped is None:
                print("broker: not running (nothing to stop)")
            else:
                print(f"broker: stopped pid {stopped.pid}")
        else:
            current = manager.status(settings)
            _show(current, args.json)
            return 0 if current.running else 3
    except (BrokerError, JarResolutionError) as exc:
        print(f"broker {args.action} failed: {exc}", file=sys.stderr)
        return 1
    return 0
