"""`swaptally replay [PATH...]`: publish article files (default `seeds/`) to the articles topic."""

import argparse
import asyncio
import sys

from services.cli.replay_output import observer_for
from services.feeder.metrics import FeederMetrics
from services.feeder.pacing import Pacing, PacingMode
from services.feeder.replay import ReplaySummary, load, publish_all
from services.kafka.topics import ensure_topics
from services.logs import get_logger
from services.settings import PROJECT_ROOT, Settings, get_settings

log = get_logger("cli.replay")

DEFAULT_INPUT = PROJECT_ROOT / "seeds"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Register inputs, pacing and the optional metrics port."""
    parser.add_argument(
        "paths", nargs="*", metavar="PATH",
        help="article files or folders, '-' for one article on stdin (default: seeds/)",
    )
    pacing = parser.add_mutually_exclusive_group()
    pacing.add_argument("--interval", type=float, metavar="SECONDS", help="a fixed pause between articles")
    pacing.add_argument(
        "--speed", type=float, metavar="FACTOR", help="space articles by their published dates, FACTOR times faster"
    )
    pacing.add_argument("--asap", action="store_true", help="publish as fast as possible (the default)")
    parser.add_argument("--metrics-port", type=int, metavar="PORT", help="serve feeder counters at :PORT/metrics")


def pacing_from(args: argparse.Namespace) -> Pacing:
    """Translate the mutually exclusive pacing flags into a `Pacing`."""
    if args.interval is not None:
        return Pacing(PacingMode.INTERVAL, args.interval)
    if args.speed is not None:
        return Pacing(PacingMode.SPEED, args.speed)
    return Pacing(PacingMode.ASAP)


async def replay_inputs(inputs: list[str], settings: Settings, pacing: Pacing, metrics: FeederMetrics) -> ReplaySummary:
    """Create the topics if the cluster lets us, then load and publish the inputs."""
    try:
        await ensure_topics(settings)
    except Exception as exc:  # a managed cluster may forbid topic creation; publishing may still work
        log.warning("could not ensure topics; publishing anyway", extra={"error": repr(exc)})
    return await publish_all(load(inputs, settings), settings, pacing, observer_for(), metrics)


def run(args: argparse.Namespace) -> int:
    """Replay and print a summary; exit 1 if any article failed to publish or nothing was published."""
    settings = get_settings()
    try:
        pacing = pacing_from(args)
    except ValueError as exc:
        print(f"replay: {exc}", file=sys.stderr)
        return 2
    inputs = list(args.paths) or [str(DEFAULT_INPUT)]
    metrics = FeederMetrics()
    if args.metrics_port is not None:
        metrics.serve(args.metrics_port, settings.web_host)
    summary = asyncio.run(replay_inputs(inputs, settings, pacing, metrics))
    return 0 if summary.failed == 0 and summary.published > 0 else 1
