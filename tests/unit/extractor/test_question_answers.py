"""An explainer's question naming who received, answered by a bare head count: "What did Ukraine get? Forty ..."."""

from datetime import date

from schemas import StageKind
from tests.unit.extractor.helpers import only, run, sides

QA = (
    "Explainer: the weekend prisoner swap\n\n"
    "What happened?\n"
    "Russia says 48 of its soldiers came home on Saturday after talks mediated by Qatar.\n\n"
    "{question}\n"
    "Forty Ukrainian marines and two civilians, among them a priest who had been held since 2022.\n\n"
    "Will there be more?\n"
    "Officials would not say."
)


def test_the_answer_to_what_a_side_got_counts_that_side_s_people() -> None:
    stages = only(run(QA.format(question="What did Ukraine get in return?"), published=date(2025, 3, 9)).stages,
                  StageKind.STAGE)
    assert [sides(s) for s in stages] == [((42, 40, 2), (48, 48, None))]


def test_an_answer_to_another_question_counts_nothing() -> None:
    stages = only(run(QA.format(question="Who were the civilians?"), published=date(2025, 3, 9)).stages,
                  StageKind.STAGE)
    assert [sides(s)[0] for s in stages] == [(None, None, None)]
