"""`sentence_sources` must say what `sentence_authority` and `both_governments` say, from one pass."""

from schemas import Authority
from services.extractor.rules.attribution import both_governments, sentence_authority, sentence_sources
from services.extractor.rules.quotes import Quotes

_TEXT = (
    "Kyiv says 189 soldiers came home, Moscow counts 150. "
    "The Russian defence ministry said 150 servicemen were returned. "
    "Reporters saw buses cross the border. "
    '"We brought home 84 people," he said.'
)


def test_sentence_sources_matches_the_two_separate_checks() -> None:
    lower = _TEXT.lower()
    quotes = Quotes(_TEXT)
    start = 0
    seen: list[tuple[Authority, bool]] = []
    for sentence in _TEXT.split(". "):
        end = start + len(sentence)
        expected = (sentence_authority(_TEXT, lower, start, end, quotes), both_governments(lower, start, end))
        assert sentence_sources(_TEXT, lower, start, end, quotes) == expected
        seen.append(expected)
        start = end + 2
    assert seen[0][1] and not seen[1][1]
    assert seen[1][0] == Authority.MOSCOW
