"""`swaptally tally [--json] [--offline FILE...]`: show the latest tally, or compute it from files.

Without `--offline` it reads the newest record of the compacted tally topic.
With `--offline` it runs the files, in the order given, through the same
extract and reconcile code as the workers, without a broker; `--json` then
prints the very bytes the live pipeline publishes for the same feed.
"""

import argparse
import asyncio
import sys
from datetime import date
from pathlib import Path

from rich.console import Console

from schemas import CodecError, Tally, decode_tally, encode
from services.cli.render_tally import render_tally
from services.cli.tally_source import TallyUnavailable, fetch_latest_tally
from services.settings import get_settings

DEFAULT_TIMEOUT = 10.0


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Register the output, offline and connection flags."""
    parser.add_argument("--json", action="store_true", help="print the raw Tally JSON instead of tables")
    parser.add_argument(
        "--offline", action="store_true", help="extract and reconcile FILEs in-process, in the given order"
    )
    parser.add_argument("files", nargs="*", type=Path, metavar="FILE", help="article files or folders (--offline)")
    parser.add_argument(
        "--received-on",
        type=date.fromisoformat,
        metavar="YYYY-MM-DD",
        help="with --offline: the day the files count as received (default today, like a live replay)",
    )
    parser.add_argument("--conflict", help="conflict id (default: SWAPTALLY_CONFLICT)")
    parser.add_argument(
        "--timeout", type=float, default=DEFAULT_TIMEOUT, help="seconds to wait for the broker (live mode)"
    )


def _fail(message: str, code: int = 1) -> int:
    print(f"swaptally tally: {message}", file=sys.stderr)
    return code


def show(tally: Tally, as_json: bool) -> None:
    """Print the tally as JSON bytes (exactly `encode(tally)` plus a newline) or as rich tables."""
    if as_json:
        sys.stdout.buffer.write(encode(tally) + b"\n")
        sys.stdout.flush()
    else:
        Console().print(render_tally(tally))


def _offline(args: argparse.Namespace, conflict: str) -> int:
    from services.cli.tally_offline import missing_inputs, offline_tally  # the extractor only when needed

    if not args.files:
        return _fail("--offline needs at least one FILE", 2)
    missing = missing_inputs(args.files)
    if missing:
        return _fail("; ".join(missing), 2)
    result = offline_tally(
        args.files, conflict, received_on=args.received_on, max_bytes=get_settings().max_article_bytes
    )
    for warning in result.warnings:
        print(warning, file=sys.stderr)
    show(result.tally, args.json)
    return 0


def _live(args: argparse.Namespace, conflict: str) -> int:
    settings = get_settings()
    try:
        value = asyncio.run(fetch_latest_tally(settings, conflict, args.timeout))
    except TallyUnavailable as exc:
        return _fail(str(exc))
    if value is None:
        return _fail(f"no tally for {conflict!r} on {settings.tally_topic!r} yet; is a worker running?")
    try:
        tally = decode_tally(value)
    except CodecError as exc:
        return _fail(f"the latest record on {settings.tally_topic!r} is not a Tally: {exc}")
    show(tally, args.json)
    return 0


def run(args: argparse.Namespace) -> int:
    """Print the tally; exit 1 if it cannot be read, 2 on bad arguments."""
    conflict = args.conflict or get_settings().conflict
    if args.offline:
        return _offline(args, conflict)
    if args.files:
        return _fail("FILEs are only read with --offline", 2)
    return _live(args, conflict)
