"""Generalisation patterns of round general29 (a speaker named by a line of the form `<Name>: "<quote>"`)."""

from datetime import date
from typing import Final

from schemas import Authority, StageKind
from services.extractor.rules.attribution import sentence_authority
from tests.unit.extractor.helpers import only, run


def _authority(text: str, sentence: str) -> Authority:
    start = text.index(sentence)
    return sentence_authority(text, text.lower(), start, start + len(sentence))


# '10:05 - Umerov: "Everyone is back"' names its speaker as "Umerov said" does, and "The minister wrote: "..." on
# the next line is him (a title opening a quotation inside its sentence takes the last named speaker), not the
# Russian ministry quoted in an earlier entry


_BLOG: Final = (
    "11:40 - Moscow's account\nThe Russian defence ministry says the handover went ahead at dawn near the border, "
    "with 60 Russian servicemen returned.\n\n"
    '10:05 - Umerov: "Everyone is on our side of the line"\n'
    'The minister wrote on his channel: "Sixty of our defenders and four civilians have crossed back. We are '
    'grateful to the mediators." He thanked Qatar.'
)
_INLINE: Final = 'The minister wrote on his channel: "Sixty of our defenders and four civilians have crossed back.'


def test_a_line_naming_its_speaker_before_a_colon_and_quotation_names_the_speaker() -> None:
    assert _authority(_BLOG, _INLINE) == Authority.KYIV
    assert _authority(_BLOG, "We are grateful to the mediators.") == Authority.KYIV
    stages = only(run(_BLOG, published=date(2026, 5, 12)).stages, StageKind.STAGE)
    assert [(s.sides.ukraine.total, s.sides.ukraine.civilian, s.sides.russia.total) for s in stages] == [(64, 4, 60)]


def test_a_colon_quotation_deep_in_a_sentence_names_no_speaker() -> None:
    text = (
        "The Russian defence ministry says the handover went ahead at dawn.\n\n"
        'Talks in Geneva went on for hours and the message from Kyiv was plain: "all for all"\n'
        'The minister wrote: "Sixty of our men have crossed back."'
    )
    assert _authority(text, "Sixty of our men have crossed back.") == Authority.MOSCOW
