"""A head count followed by a relative clause naming who received (or gave) its people: "the 58 Russia got back"."""

from datetime import date

from schemas import Authority
from tests.unit.extractor.helpers import figures, run, sides


def test_the_subject_of_a_relative_clause_receives_the_people_counted() -> None:
    assert ("ukraine", "total", 58) in figures("The 58 soldiers that Ukraine got back were taken to hospital.")
    assert ("russia", "total", 40) in figures("The 40 prisoners Russia received were flown to Moscow.")
    # "it" is the speaking government
    assert ("ukraine", "total", 40) in figures("Kyiv said the 40 people it had received were civilians.",
                                               authority=Authority.KYIV)
    # a giving verb: the people went to the other side
    assert ("russia", "total", 30) in figures("The 30 men Ukraine handed over were all conscripts.")


def test_an_agent_past_a_comma_or_another_figure_is_not_the_head_count_s() -> None:
    found = figures("The 58 soldiers, Ukraine received them on Friday, were taken to hospital.")
    assert ("ukraine", "total", 58) not in found


def test_a_definite_group_a_relative_clause_gives_a_side_takes_its_category() -> None:
    text = (
        "Ukraine and Russia traded prisoners on Friday. Kyiv said 52 Ukrainians came home: 50 soldiers and two "
        "civilians.\n\nMoscow said the 52 people it received were all servicemen."
    )
    (stage,) = run(text, published=date(2025, 3, 8)).stages
    assert sides(stage) == ((52, 50, 2), (52, 52, None))
