"""One vote per source per stage: which report is a source's current word."""

from schemas import ExchangeStage, StageKind, decode, encode
from services.aggregator.reconcile import Ballot, cast, latest_votes, reconcile, supersedes, vote_key
from tests.unit.aggregator.factories import FRIDAY, SATURDAY, figures, replayed, report


def test_vote_key_names_conflict_kind_date_and_source() -> None:
    vote = report("tass", kind=StageKind.CUMULATIVE, day=SATURDAY, both=figures(697))
    assert vote_key(vote) == "russia-ukraine|cumulative|2025-05-24|tass"


def test_later_publication_replaces_earlier_whatever_the_arrival() -> None:
    early = report("a", both=figures(380), published=FRIDAY, received=50, article="first")
    late = report("a", both=figures(390), published=SATURDAY, received=10, article="correction")
    assert latest_votes([late, early], "russia-ukraine") == [late]
    assert supersedes(late, early) and not supersedes(early, late)


def test_same_publication_day_is_ordered_by_received_at() -> None:
    first = report("a", both=figures(380), published=FRIDAY, received=1, article="first")
    second = report("a", both=figures(390), published=FRIDAY, received=2, article="second")
    assert latest_votes([second, first], "russia-ukraine") == [second]


def test_replayed_older_article_does_not_overtake_the_newer_one() -> None:
    old = report("a", both=figures(380), published=FRIDAY, received=1, article="first")
    new = report("a", both=figures(390), published=FRIDAY, received=2, article="second")
    again = replayed(old, received=3)
    assert [vote.event_id for vote in latest_votes([old, new, again], "russia-ukraine")] == [new.event_id]


def test_figureless_and_foreign_reports_cast_no_vote() -> None:
    combined = report("a", combined_total=780)
    foreign = report("b", both=figures(10), conflict="elsewhere")
    assert latest_votes([combined, foreign], "russia-ukraine") == []
    held = report("a", both=figures(390), received=1)
    assert not supersedes(report("a", combined_total=780, article="later", received=5), held)


def test_different_sources_and_stages_vote_separately() -> None:
    votes = [
        report("a", both=figures(390)),
        report("b", both=figures(390)),
        report("a", day=SATURDAY, both=figures(307)),
        report("a", kind=StageKind.AGREEMENT, both=figures(1000)),
    ]
    assert len(latest_votes(votes, "russia-ukraine")) == 4


def test_a_later_copy_of_the_same_report_refreshes_its_content() -> None:
    first = report("a", both=figures(390), received=1)
    refreshed = replayed(first, received=9).model_copy(update={"extractor_version": "2"})
    assert supersedes(refreshed, first) and not supersedes(first, refreshed)
    assert latest_votes([refreshed, first], "russia-ukraine")[0].extractor_version == "2"


def _fold(reports: list[ExchangeStage]) -> list[ExchangeStage]:
    ballots: dict[str, Ballot | None] = {}
    for item in reports:
        ballots[vote_key(item)] = cast(ballots.get(vote_key(item)), item)
    return [ballot.vote for ballot in ballots.values() if ballot is not None]


def test_ballots_keep_the_newer_article_when_an_older_one_is_replayed() -> None:
    old = report("a", both=figures(380), published=FRIDAY, received=1, article="first")
    new = report("a", both=figures(390), published=FRIDAY, received=2, article="second")
    history = [old, new, replayed(old, received=3)]
    assert _fold(history) == [new]
    assert reconcile(_fold(history)) == reconcile(history)


def test_a_ballot_ignores_figureless_reports() -> None:
    assert cast(None, report("a", combined_total=780)) is None
    ballot = cast(None, report("a", both=figures(390)))
    assert cast(ballot, report("a", combined_total=780, article="x")) is ballot


def test_a_figureless_report_held_first_gives_way_to_any_figure() -> None:
    figureless = report("a", combined_total=780, published=SATURDAY, article="late")
    assert supersedes(report("a", both=figures(390), published=FRIDAY), figureless)


def test_a_ballot_round_trips_through_the_codec() -> None:
    ballot = cast(cast(None, report("a", both=figures(380), received=1)), report("a", both=figures(390), article="2"))
    assert ballot is not None
    assert decode(encode(ballot), Ballot) == ballot
