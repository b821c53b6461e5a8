"""Hypothesis strategies for stage reports drawn from a small world, so that votes collide often."""

from datetime import date, timedelta

from hypothesis import strategies as st

from schemas import Authority, ExchangeStage, SideFigures, StageKind
from tests.unit.aggregator.factories import FRIDAY, replayed, report

SOURCES = ("a", "b", "c", "d")
DAYS = (FRIDAY, FRIDAY + timedelta(days=1), FRIDAY + timedelta(days=2), FRIDAY + timedelta(days=20))
PUBLISHED = (None, FRIDAY, FRIDAY + timedelta(days=1), FRIDAY + timedelta(days=2))

counts = st.one_of(st.none(), st.sampled_from((0, 120, 270, 307, 390, 697, 1000)))
# mostly exact press figures, so that plain majorities and ties are common
hedged = st.sampled_from((False, False, False, True))
authorities = st.sampled_from((Authority.PRESS, Authority.PRESS, Authority.KYIV, Authority.MOSCOW))

side_figures = st.builds(
    SideFigures,
    total=counts,
    military=counts,
    civilian=counts,
    approximate=hedged,
    authority=authorities,
)


@st.composite
def reports_for(draw: st.DrawFn, kinds: tuple[StageKind, ...] = tuple(StageKind)) -> ExchangeStage:
    """One report from a small world of sources, days, dates of publication and articles."""
    day: date = draw(st.sampled_from(DAYS))
    weighted = (*kinds, StageKind.STAGE) if StageKind.STAGE in kinds else kinds  # stages twice as likely
    return report(
        draw(st.sampled_from(SOURCES)),
        kind=draw(st.sampled_from(weighted)),
        day=day,
        ukraine=draw(side_figures),
        russia=draw(side_figures),
        published=draw(st.sampled_from(PUBLISHED)),
        received=draw(st.integers(0, 5)),
        article=draw(st.sampled_from(("x", "y", "z"))),
        combined_total=draw(st.one_of(st.none(), st.just(780))),
        evidence=draw(st.one_of(st.none(), st.just("a sentence"))),
    )


def distinct(
    kinds: tuple[StageKind, ...] = tuple(StageKind), max_size: int = 25
) -> st.SearchStrategy[list[ExchangeStage]]:
    """Lists of reports with distinct event ids (no replays)."""
    return st.lists(reports_for(kinds), max_size=max_size, unique_by=lambda r: r.event_id)


@st.composite
def with_replays(draw: st.DrawFn) -> list[ExchangeStage]:
    """Distinct reports plus replayed copies of some of them (same event id, later received_at)."""
    originals = draw(distinct())
    if not originals:
        return originals
    picks = draw(st.lists(st.tuples(st.integers(0, len(originals) - 1), st.integers(6, 9)), max_size=8))
    return originals + [replayed(originals[index], received) for index, received in picks]
