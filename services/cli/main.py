"""Entry point of `swaptally`; each subcommand lives in its own module under `services.cli`."""

import argparse
import importlib
import sys
from collections.abc import Sequence
from types import ModuleType

from services.logs import configure_logging
from services.settings import get_settings

# subcommand name -> module exposing `add_arguments(parser)` and `run(args) -> int`
SUBCOMMANDS: dict[str, tuple[str, str]] = {
    "broker": ("services.cli.broker_cmd", "start, stop or inspect the local Kafka broker"),
    "worker": ("services.cli.worker_cmd", "run the extractor and/or aggregator agents"),
    "replay": ("services.cli.replay_cmd", "publish article files to the articles topic"),
    "stages": ("services.cli.stages_cmd", "print ExchangeStage events from the stage topic"),
    "tally": ("services.cli.tally_cmd", "show the latest tally (or compute it offline from files)"),
    "evaluate": ("services.cli.evaluate_cmd", "score the extractor on a labelled corpus"),
    "demo": ("services.cli.demo_cmd", "broker, worker, replay of the seeds, tally and page URL"),
}


def _load(name: str) -> ModuleType:
    return importlib.import_module(SUBCOMMANDS[name][0])


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """Build the argument parser; with `only`, import just that subcommand's module.

    Importing only the chosen subcommand keeps one broken or heavy module (the extractor
    rules, faust) from slowing down or breaking every other command.
    """
    parser = argparse.ArgumentParser(
        prog="swaptally",
        description="Turn news of prisoner exchanges into a deduplicated per-side tally, on Kafka.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, (_, help_text) in SUBCOMMANDS.items():
        sub_parser = sub.add_parser(name, help=help_text, description=help_text)
        if only is None or name == only:
            _load(name).add_arguments(sub_parser)
    return parser


def chosen_subcommand(argv: Sequence[str]) -> str | None:
    """Return the subcommand named on the command line (the first non-option word), if any."""
    return next((word for word in argv if not word.startswith("-")), None)


def main(argv: Sequence[str] | None = None) -> int:
    """Parse arguments, configure logging and run the chosen subcommand."""
    words = list(sys.argv[1:] if argv is None else argv)
    chosen = chosen_subcommand(words)
    args = build_parser(chosen if chosen in SUBCOMMANDS else None).parse_args(words)
    settings = get_settings()
    configure_logging(settings.log_level, "console" if sys.stderr.isatty() else settings.log_format)
    try:
        result: int = _load(args.command).run(args)
    except KeyboardInterrupt:
        return 130
    return result


if __name__ == "__main__":
    raise SystemExit(main())
