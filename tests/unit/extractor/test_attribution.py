"""Who is speaking: Kyiv, Moscow or the press."""

import pytest

from schemas import Authority
from services.extractor.rules.attribution import sentence_authority


def authority_of(text: str, sentence: str) -> Authority:
    start = text.index(sentence)
    return sentence_authority(text, text.lower(), start, start + len(sentence))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Russia and Ukraine exchanged 307 POWs each on Saturday, the Russian defence ministry said.",
         Authority.MOSCOW),
        ("Ukrainian President Volodymyr Zelensky confirmed that Russia had also released 307 prisoners.",
         Authority.KYIV),
        ("According to the responsible coordination staff in Kyiv, 387 men were freed.", Authority.KYIV),
        ("According to the Ministry of Defence in Moscow, 270 prisoners of war were released.", Authority.MOSCOW),
        ("According to Al Jazeera, Russia's Ministry of Defence said that it released 307 POWs.", Authority.MOSCOW),
        ("Russia and Ukraine each released 390 prisoners on Friday and said they would free more.", Authority.PRESS),
        ("An AFP reporter saw 40 soldiers arrive.", Authority.PRESS),
    ],
)
def test_own_attribution(sentence: str, expected: Authority) -> None:
    assert authority_of(sentence, sentence) == expected


def test_pronoun_takes_the_last_named_speaker() -> None:
    text = "In a post on X, Zelensky said the process would continue. Later 697 people were home, he said."
    assert authority_of(text, "Later 697 people were home, he said.") == Authority.KYIV


def test_a_quote_takes_the_attribution_where_it_closes() -> None:
    text = ("The Russian defence ministry said the swap was over. “Another 307 members of the Russian military were "
            "returned. In exchange, 307 Ukrainians were transferred,” the ministry said.")
    assert authority_of(text, "“Another 307 members of the Russian military were returned.") == Authority.MOSCOW
