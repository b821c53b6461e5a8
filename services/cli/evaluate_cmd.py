"""`swaptally evaluate [CORPUS]`: score the extractor on a labelled corpus and list what it got wrong.

Prints precision, recall and F1 per field (stage date, kind, side total, military, civilian,
combined figure, rejection), the stage events reported for distractor articles, and the misses.
Several folders are pooled into one corpus (misses named `FOLDER/NAME`), so a family of held-out
sets gets one figure. With `--min-f1`, exits 1 when a checked field scores below it or a distractor
produced a stage event.

A folder of tally sets (each with `expected.json`, see `services.cli.tally_sets`) is scored as
whole tallies instead: per set, its stages and figures against the expected ones.
"""

import argparse
from dataclasses import replace
from pathlib import Path

from rich.console import Console
from rich.table import Table

from services.cli.tally_sets import SetScore, score_set, tally_sets_in
from services.extractor.evaluation import FIELDS, Case, Report, evaluate, load_corpus
from services.settings import PROJECT_ROOT, Settings

DEFAULT_CORPUS = PROJECT_ROOT / "tests" / "corpus"
DEFAULT_CHECKED = "total,stage_date"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Register the corpus path, the threshold and the output options."""
    parser.add_argument("corpus", nargs="*", type=Path, default=[DEFAULT_CORPUS],
                        help=f"folders of NAME.txt + NAME.expected.json pairs, scored together, or of tally sets "
                             f"(default {DEFAULT_CORPUS})")
    parser.add_argument("--min-f1", type=float, default=None,
                        help="exit 1 when a checked field's F1 is below this (e.g. 0.95)")
    parser.add_argument("--fields", default=DEFAULT_CHECKED,
                        help=f"comma-separated fields the threshold applies to (default {DEFAULT_CHECKED})")
    parser.add_argument("--misses", type=int, default=50, help="how many misses to list (default 50, 0 for none)")


def score_table(report: Report) -> Table:
    """Render the per-field scores as a table."""
    table = Table(title=f"extractor on {report.articles} labelled articles")
    for column in ("field", "tp", "fp", "fn", "precision", "recall", "F1"):
        table.add_column(column, justify="left" if column == "field" else "right")
    for name in FIELDS:
        score = report.fields[name]
        style = "green" if score.f1 >= 0.95 else "yellow" if score.f1 >= 0.8 else "red"
        table.add_row(name, str(score.tp), str(score.fp), str(score.fn), f"{score.precision:.3f}",
                      f"{score.recall:.3f}", f"[{style}]{score.f1:.3f}[/]")
    return table


def sets_table(scores: list[SetScore]) -> Table:
    """One row per tally set: stages right of expected, totals and agreed figure right or not."""
    table = Table(title=f"pipeline on {len(scores)} tally set(s)")
    for column in ("set", "stages right", "tallied stages", "totals", "agreed", "differences"):
        table.add_column(column, justify="left" if column == "set" else "right")
    for score in scores:
        table.add_row(
            score.name, f"{score.right_stages}/{score.expected_stages}", str(score.tallied_stages),
            "[green]right[/]" if score.totals_right else "[red]wrong[/]",
            "[green]right[/]" if score.agreed_right else "[red]wrong[/]", str(len(score.differences)),
        )
    return table


def run_tally_sets(console: Console, folders: list[Path]) -> int:
    """Score each tally set and print the table, then each set's differences and warnings."""
    try:
        scores = [score_set(folder, Settings().conflict) for folder in folders]
    except ValueError as exc:  # a malformed expected.json
        console.print(f"[red]{exc}[/]", markup=True)
        return 2
    console.print(sets_table(scores))
    right = sum(score.right for score in scores)
    console.print(f"sets tallied exactly right: {right} of {len(scores)}")
    for score in scores:
        for line in [*score.differences, *score.warnings]:
            console.print(f"  {score.name}: {line}", markup=False)
    return 0


def failures(report: Report, min_f1: float | None, fields: list[str]) -> list[str]:
    """Return why the run fails the threshold (empty when it passes or no threshold is set)."""
    if min_f1 is None:
        return []
    problems = [f"{name} F1 {report.fields[name].f1:.3f} < {min_f1}" for name in fields
                if report.fields[name].f1 < min_f1]
    if report.distractor_stage_events:
        problems.append(f"{report.distractor_stage_events} stage event(s) from distractor articles")
    return problems


def run(args: argparse.Namespace) -> int:
    """Evaluate, print the table and misses, and return the exit code."""
    console = Console(highlight=False)
    fields = [name.strip() for name in args.fields.split(",") if name.strip()]
    unknown = [name for name in fields if name not in FIELDS]
    if unknown:
        console.print(f"[red]unknown field(s): {', '.join(unknown)}; choose from {', '.join(FIELDS)}[/]")
        return 2
    missing = [folder for folder in args.corpus if not folder.is_dir()]
    if missing:
        console.print(f"[red]corpus folder {', '.join(map(str, missing))} does not exist[/]")
        return 2
    sets = [found for folder in args.corpus for found in tally_sets_in(folder)]
    corpora = [folder for folder in args.corpus if not tally_sets_in(folder)]
    code = 0
    if corpora:
        code = run_corpora(console, corpora, args, fields)
    if sets:
        code = max(code, run_tally_sets(console, sets))
    return code


def pooled_cases(folders: list[Path]) -> list[Case]:
    """The labelled articles of every folder; with several folders each name says its folder."""
    if len(folders) == 1:
        return load_corpus(folders[0])
    return [replace(case, name=f"{folder.name}/{case.name}") for folder in folders for case in load_corpus(folder)]


def run_corpora(console: Console, folders: list[Path], args: argparse.Namespace, fields: list[str]) -> int:
    """Score the pooled articles of `folders`; print the table and misses; return the exit code."""
    cases = pooled_cases(folders)
    if not cases:
        console.print(f"[red]no labelled articles (NAME.txt + NAME.expected.json) in {', '.join(map(str, folders))}[/]")
        return 2
    report = evaluate(cases)
    console.print(score_table(report))
    console.print(f"stage events from distractor articles: {report.distractor_stage_events}")
    if args.misses and report.misses:
        console.print(f"misses ({len(report.misses)}):")
        for miss in report.misses[: args.misses]:
            console.print(f"  {miss}", markup=False)
    problems = failures(report, args.min_f1, fields)
    for problem in problems:
        console.print(f"[red]FAIL[/] {problem}")
    return 1 if problems else 0
