"""Properties of `reconcile` that must hold for any reports (hypothesis)."""

from collections import defaultdict

from hypothesis import given, settings
from hypothesis import strategies as st

from schemas import ExchangeStage, SideFigures, Sides, StageKind, encode
from services.aggregator.reconcile import Ballot, cast, reconcile, supersedes, vote_key
from tests.unit.aggregator.factories import FRIDAY, figures, report
from tests.unit.aggregator.strategies import distinct, reports_for, with_replays

settings.register_profile("aggregator", max_examples=150, deadline=None)
settings.load_profile("aggregator")


def tally_bytes(reports: list[ExchangeStage]) -> bytes:
    return encode(reconcile(reports))


@given(with_replays(), st.randoms(use_true_random=False))
def test_any_permutation_gives_the_same_bytes(reports: list[ExchangeStage], rnd: object) -> None:
    shuffled = list(reports)
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    assert tally_bytes(shuffled) == tally_bytes(reports)


@given(with_replays(), st.data())
def test_duplicating_any_report_changes_nothing(reports: list[ExchangeStage], data: st.DataObject) -> None:
    if not reports:
        return
    index = data.draw(st.integers(0, len(reports) - 1))
    assert tally_bytes([*reports, reports[index]]) == tally_bytes(reports)


@given(distinct(), st.sampled_from(list(StageKind)), st.integers(0, 1000), st.integers(0, 1000))
def test_a_correction_replaces_the_earlier_figure(
    reports: list[ExchangeStage], kind: StageKind, before: int, after: int
) -> None:
    day = FRIDAY
    first = report("corrector", kind=kind, day=day, both=figures(before), published=FRIDAY, article="1")
    fixed = report("corrector", kind=kind, day=day, both=figures(after), published=FRIDAY, received=1, article="2")
    assert tally_bytes([*reports, fixed, first]) == tally_bytes([*reports, fixed])


@given(distinct((StageKind.STAGE,)), distinct((StageKind.CUMULATIVE, StageKind.AGREEMENT)))
def test_cumulative_and_agreement_claims_never_change_totals(
    stages: list[ExchangeStage], claims: list[ExchangeStage]
) -> None:
    plain, claimed = reconcile(stages), reconcile([*stages, *claims])
    assert claimed.totals == plain.totals
    assert [s for e in claimed.exchanges for s in e.stages] == [s for e in plain.exchanges for s in e.stages]


@given(with_replays(), st.lists(reports_for(), max_size=5))
def test_combined_figures_and_empty_sides_never_count(
    reports: list[ExchangeStage], others: list[ExchangeStage]
) -> None:
    empty = Sides(ukraine=SideFigures(), russia=SideFigures())
    figureless = [other.model_copy(update={"sides": empty, "combined_total": 780}) for other in others]
    assert tally_bytes([*reports, *figureless]) == tally_bytes(reports)


@given(with_replays(), st.randoms(use_true_random=False))
def test_folding_ballots_in_feed_order_equals_reconciling_everything(reports: list[ExchangeStage], rnd: object) -> None:
    arrival = list(reports)
    rnd.shuffle(arrival)  # type: ignore[attr-defined]
    # copies of one article reach the aggregator in the order they were fed (one partition)
    slots: dict[str, list[int]] = defaultdict(list)
    for position, item in enumerate(arrival):
        slots[item.event_id].append(position)
    for positions in slots.values():
        copies = sorted((arrival[p] for p in positions), key=lambda r: (r.received_at, encode(r)))
        for position, copy in zip(positions, copies, strict=True):
            arrival[position] = copy
    ballots: dict[str, Ballot | None] = {}
    for item in arrival:
        ballots[vote_key(item)] = cast(ballots.get(vote_key(item)), item)
    votes = [ballot.vote for ballot in ballots.values() if ballot is not None]
    assert tally_bytes(votes) == tally_bytes(reports)


@given(distinct(), st.randoms(use_true_random=False))
def test_keeping_the_latest_per_vote_key_equals_reconciling_everything(
    reports: list[ExchangeStage], rnd: object
) -> None:
    arrival = list(reports)
    rnd.shuffle(arrival)  # type: ignore[attr-defined]
    table: dict[str, ExchangeStage] = {}
    for item in arrival:
        held = table.get(vote_key(item))
        if held is None or supersedes(item, held):
            table[vote_key(item)] = item
    assert tally_bytes(list(table.values())) == tally_bytes(reports)
