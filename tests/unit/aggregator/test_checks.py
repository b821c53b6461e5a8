"""Cumulative claims become checks against the sum of the stages."""

from datetime import timedelta

from schemas import StageKind
from services.aggregator.reconcile import reconcile
from services.aggregator.rules.checks import within_tolerance
from tests.unit.aggregator.factories import FRIDAY, KYIV, SATURDAY, figures, report

CUMULATIVE = StageKind.CUMULATIVE
STAGES = [report("a", day=FRIDAY, both=figures(390, 270, 120)), report("a", day=SATURDAY, both=figures(307, 307))]


def test_an_exact_claim_matching_the_sum_is_ok() -> None:
    claim = report("z", kind=CUMULATIVE, day=SATURDAY, ukraine=figures(697, authority=KYIV), evidence="697 home")
    [check] = reconcile([*STAGES, claim]).checks
    assert (check.claim, check.side, check.claimed, check.computed, check.ok) == ("697 home", "ukraine", 697, 697, True)


def test_a_claim_counts_stages_up_to_its_date_only() -> None:
    claim = report("z", kind=CUMULATIVE, day=FRIDAY, russia=figures(390))
    [check] = reconcile([*STAGES, claim]).checks
    assert check.computed == 390 and check.ok


def test_a_wrong_exact_claim_fails() -> None:
    [check] = reconcile([*STAGES, report("z", kind=CUMULATIVE, day=SATURDAY, ukraine=figures(700))]).checks
    assert not check.ok and check.computed == 697


def test_a_hedged_claim_is_ok_within_ten_percent() -> None:
    [check] = reconcile(
        [*STAGES, report("z", kind=CUMULATIVE, day=SATURDAY, ukraine=figures(700, approximate=True))]
    ).checks
    assert check.ok and check.approximate
    assert within_tolerance(700, 640, True) and not within_tolerance(700, 620, True)


def test_claims_on_military_are_checked_against_military() -> None:
    [check] = reconcile([*STAGES, report("z", kind=CUMULATIVE, day=SATURDAY, russia=figures(military=577))]).checks
    assert (check.field, check.computed, check.ok) == ("military", 577, True)


def test_sources_making_the_same_claim_share_one_check() -> None:
    claims = [report(s, kind=CUMULATIVE, day=SATURDAY, ukraine=figures(697)) for s in ("b", "a")]
    [check] = reconcile([*STAGES, *claims]).checks
    assert check.sources == ["a", "b"]


def test_a_claim_outside_any_exchange_computes_zero() -> None:
    far = report("z", kind=CUMULATIVE, day=FRIDAY - timedelta(days=30), ukraine=figures(100))
    [check] = reconcile([*STAGES, far]).checks
    assert check.computed == 0 and not check.ok
