"""Render a `Tally` for people: rich tables of per-side totals, exchanges, stages and checks."""

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from schemas import Check, Exchange, Figures, StageStatus, Tally, TallyStage
from services.aggregator.rules.voting import FIELDS, SIDES

STATUS_STYLE = {
    StageStatus.CONFIRMED: "green",
    StageStatus.SINGLE_SOURCE: "yellow",
    StageStatus.DISPUTED: "bold red",
}


def count(value: int | None) -> str:
    """Format a head count with thousands separators, or a dash when unknown."""
    return "-" if value is None else f"{value:,}"


def format_figures(figures: Figures, hedged: frozenset[str] = frozenset()) -> str:
    """Return e.g. '390 (270 military + 120 civilian)'; '~' marks figures known only from hedged reports."""

    def show(field: str, value: int | None) -> str:
        return ("~" if field in hedged else "") + count(value)

    parts = [
        f"{show(f, v)} {f}"
        for f, v in (("military", figures.military), ("civilian", figures.civilian))
        if v is not None
    ]
    detail = f" ({' + '.join(parts)})" if parts else ""
    return f"{show('total', figures.total)}{detail}"


def _hedged(stage: TallyStage, side: str) -> frozenset[str]:
    return frozenset(item.split(".", 1)[1] for item in stage.approximate if item.startswith(f"{side}."))


LOWER_BOUND_NOTE = "≥ a lower bound: a stage leaves this figure out"


def at_least(value: int | None, incomplete: bool) -> str:
    """Format a summed count, marked '≥' when some stage leaves it out (a lower bound, not the whole)."""
    return f"≥{count(value)}" if incomplete and value is not None else count(value)


def totals_table(tally: Tally) -> Table:
    """Per-side totals over every stage; a sum that leaves out a stage is marked as a lower bound."""
    rows = []
    for side in SIDES:
        figures, short = tally.totals.get(side, Figures()), tally.incomplete.get(side, [])
        rows.append([side, *(at_least(getattr(figures, field), field in short) for field in FIELDS)])
    marked = any(cell.startswith("≥") for row in rows for cell in row)
    table = Table(title="Returned to each side", title_justify="left",
                  caption=LOWER_BOUND_NOTE if marked else None, caption_justify="left")
    for header in ("side", *FIELDS):
        table.add_column(header, justify="left" if header == "side" else "right")
    for row in rows:
        table.add_row(*row)
    return table


def _alternatives(stage: TallyStage) -> str:
    return "; ".join(
        f"{alt.side} {alt.field} {'~' if alt.approximate else ''}{alt.value:,} ({', '.join(alt.sources)})"
        for alt in stage.alternatives
    )


def exchange_title(exchange: Exchange) -> str:
    """Return the exchange's heading: id, agreed figures and progress per side."""
    agreed = exchange.agreed
    if exchange.agreed_per_side is not None:
        target = f"agreed {exchange.agreed_per_side:,} per side"
    elif agreed.ukraine is not None or agreed.russia is not None:
        target = f"agreed ukraine {count(agreed.ukraine)}, russia {count(agreed.russia)}"
    else:
        target = "no agreed total reported"
    shares = [f"{side} {value:.1%}" for side in SIDES if (value := getattr(exchange.progress, side)) is not None]
    progress = f"; progress {', '.join(shares)}" if shares else ""
    return f"Exchange {exchange.exchange_id}: {target}{progress}"


def stages_table(exchange: Exchange) -> Table:
    """One row per stage: number, date, figures per side, status, sources and what lost the vote."""
    table = Table(title=exchange_title(exchange), title_justify="left", show_lines=False)
    for header in ("#", "date", "ukraine", "russia", "status", "sources"):
        table.add_column(
            header, justify="right" if header == "#" else "left", overflow="fold", no_wrap=header == "date"
        )
    for stage in exchange.stages:
        status = Text(stage.status.value, style=STATUS_STYLE[stage.status])
        if stage.alternatives:
            status.append(f"\nalso reported: {_alternatives(stage)}", style="dim")
        for other in stage.other_dates:
            status.append(f"\nalso dated {other.date.isoformat()} ({', '.join(other.sources)})", style="dim")
        table.add_row(
            count(stage.stage_number) if stage.stage_number is not None else "",
            stage.date.isoformat(),
            format_figures(stage.ukraine, _hedged(stage, "ukraine")),
            format_figures(stage.russia, _hedged(stage, "russia")),
            status,
            "\n".join(stage.sources),
        )
    return table


def _verdict(check: Check) -> Text:
    if check.ok:
        return Text("ok", style="green")
    return Text("mismatch", style="bold red")


def checks_table(checks: list[Check]) -> Table:
    """Cumulative claims against the sum of the stages."""
    table = Table(title="Checks (claimed running totals)", title_justify="left")
    for header in ("date", "side", "claimed", "computed", "", "claim", "sources"):
        table.add_column(header, justify="right" if header in ("claimed", "computed") else "left", overflow="fold")
    for check in checks:
        field = "" if check.field == "total" else f" {check.field}"
        table.add_row(
            check.date.isoformat(),
            check.side + field,
            ("~" if check.approximate else "") + count(check.claimed),
            count(check.computed),
            _verdict(check),
            check.claim,
            "\n".join(check.sources),
        )
    return table


def render_tally(tally: Tally) -> RenderableType:
    """Return the whole tally as one renderable for a rich console."""
    as_of = tally.as_of.isoformat() if tally.as_of else "no reports yet"
    parts: list[RenderableType] = [
        Text(f"{tally.conflict} as of {as_of} ({tally.reports} reports)", style="bold"),
        totals_table(tally),
    ]
    parts += [stages_table(exchange) for exchange in tally.exchanges]
    if tally.checks:
        parts.append(checks_table(tally.checks))
    return Group(*parts)
