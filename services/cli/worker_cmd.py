"""`swaptally worker`: run the extractor and/or aggregator agents in this process."""

import argparse
import asyncio
from typing import Any

from services.kafka.app import Role, build_app, install_event_loop
from services.kafka.topics import ensure_topics
from services.logs import get_logger
from services.settings import Settings, get_settings

log = get_logger("worker")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--role", choices=[role.value for role in Role], default=Role.ALL.value,
        help="which agents to run (default: both)",
    )
    parser.add_argument("--web-port", type=int, help="HTTP port (default: SWAPTALLY_WEB_PORT)")
    parser.add_argument("--loglevel", help="faust's own log level (default: SWAPTALLY_FAUST_LOG_LEVEL)")


def run(args: argparse.Namespace) -> int:
    settings = get_settings()
    if args.web_port:
        settings = settings.model_copy(update={"web_port": args.web_port})
    asyncio.run(ensure_topics(settings))
    (settings.state_dir / "faust").mkdir(parents=True, exist_ok=True)  # faust creates only the last level
    context = build_app(settings, Role(args.role))
    log.info("worker starting", extra={"role": args.role, "web": settings.web_url, "app_id": context.app.conf.id})
    run_faust_worker(context.app, settings, args.loglevel or settings.faust_log_level)
    return 0


def run_faust_worker(app: Any, settings: Settings, loglevel: str) -> None:
    """Run `app` in a faust Worker on the configured event loop until it is stopped."""
    from faust.worker import Worker

    install_event_loop(settings)
    worker = Worker(app, loglevel=loglevel, redirect_stdouts=False, quiet=True)
    # faust's start-up spinner sets the root logger to DEBUG, so that every debug call of faust and
    # aiokafka builds a log record that is then dropped: about a third of an extractor's time.
    worker.spinner = None
    worker.execute_from_commandline()
