"""Generalisation patterns from the ninth blind set (implied sides, inverted order, distractors)."""

from tests.unit.extractor.helpers import figures, findings

# "N more people than ...": a figure before a comparative and "than" is a margin between two counts


def test_a_margin_between_two_counts_is_no_head_count() -> None:
    assert findings("Returned to Ukraine last year were some 40,000 more people than left it.") == []
    assert findings("Russia freed 12 fewer prisoners than it had promised.") == []
    # without "than" the figure is a plain (further) head count
    assert figures("Ukraine brought home 50 more prisoners on Sunday.") == {("ukraine", "total", 50)}


# '"...," said one mother': "one" right after a speech verb introduces an unnamed speaker, not a count


def test_one_after_a_speech_verb_is_the_speaker() -> None:
    assert findings('"Every name matters," said one woman whose brother is in Russian captivity.') == []
    # a count of one still counts when no speech verb introduces it
    assert figures("Russia also released one civilian on Friday.") == {("ukraine", "civilian", 1),
                                                                        ("ukraine", "total", 1)}
