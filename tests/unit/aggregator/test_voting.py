"""Electing one figure per side and field: exactness, authority, majority, tie-break."""

from services.aggregator.rules.voting import Claim, resolve


def claim(source: str, value: int, *, approximate: bool = False, own: bool = False) -> Claim:
    return Claim(source=source, value=value, approximate=approximate, own_government=own)


def test_exact_beats_hedged_even_when_more_sources_hedge() -> None:
    result = resolve(
        "ukraine", "total", [claim("a", 400, approximate=True), claim("b", 400, approximate=True), claim("c", 390)]
    )
    assert result.value == 390
    assert not result.disputed and not result.approximate
    assert [(alt.value, alt.approximate, alt.sources) for alt in result.alternatives] == [(400, True, ["a", "b"])]


def test_own_government_outranks_the_press_majority() -> None:
    result = resolve("ukraine", "total", [claim("kyiv", 390, own=True), claim("p1", 391), claim("p2", 391)])
    assert result.value == 390
    assert result.disputed
    assert [(alt.value, alt.sources) for alt in result.alternatives] == [(391, ["p1", "p2"])]


def test_majority_wins_without_authority() -> None:
    result = resolve("russia", "total", [claim("a", 307), claim("b", 307), claim("c", 300)])
    assert result.value == 307 and result.disputed


def test_tie_goes_to_the_smaller_value() -> None:
    assert resolve("russia", "total", [claim("a", 310), claim("b", 307)]).value == 307
    assert resolve("russia", "total", [claim("a", 307), claim("b", 310)]).value == 307


def test_hedged_figures_alone_resolve_but_are_flagged() -> None:
    result = resolve("ukraine", "total", [claim("a", 400, approximate=True)])
    assert result.value == 400 and result.approximate and not result.disputed


def test_values_above_the_ceiling_are_not_eligible() -> None:
    result = resolve("ukraine", "military", [claim("a", 400), claim("b", 270)], ceiling=390)
    assert result.value == 270 and result.disputed


def test_no_claims_no_figure() -> None:
    result = resolve("ukraine", "civilian", [])
    assert result.value is None and result.alternatives == () and not result.disputed
