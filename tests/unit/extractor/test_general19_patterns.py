"""Generalisation patterns of session general19 (proposals, fact boxes, sums of both sides, ...)."""


from schemas import StageKind
from tests.unit.extractor.helpers import figures, kinds_read

# "X proposed a further exchange of 500 per side": one party's offer is no agreed total until the other accepts


def test_a_one_sided_proposal_is_no_agreed_total() -> None:
    assert figures("At the talks in May, Kyiv's envoy proposed a new exchange of at least 700 prisoners per side.") \
        == set()
    assert figures("The Kremlin suggested a swap of 300 detainees from each side, but no date was set.") == set()


def test_an_accepted_proposal_is_still_an_agreement() -> None:
    assert kinds_read("Both delegations accepted a plan that Ankara proposed to exchange 700 prisoners per side.") \
        == {StageKind.AGREEMENT}
    assert kinds_read("The two sides agreed to exchange 700 prisoners each.") == {StageKind.AGREEMENT}
