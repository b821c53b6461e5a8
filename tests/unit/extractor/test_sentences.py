"""Sentence boundaries, offsets and "Read next" blocks."""

import time

from services.extractor.rules.sentences import body_end, boundaries, split_sentences


def test_offsets_index_the_text() -> None:
    text = 'Russia said 307 were returned. "We expect more," he said. U.S. President Trump welcomed it. Done.'
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "Russia said 307 were returned.", '"We expect more," he said.', "U.S. President Trump welcomed it.", "Done.",
    ]
    assert all(text[s.start : s.end] == s.text for s in sentences)


def test_abbreviations_do_not_end_sentences() -> None:
    text = "The swap took place on Thursday, Oct. 2, officials said. Gen. Budanov confirmed it."
    assert len(split_sentences(text)) == 2


def test_read_next_block_is_cut() -> None:
    text = "Russia and Ukraine swapped 307 prisoners each on Saturday. " * 3 + "Read next 18:56 Liverpool won 3-1."
    end = body_end(text)
    assert text[end:].startswith("Read next")
    assert all("Liverpool" not in s.text for s in split_sentences(text))


def test_marker_early_in_the_text_is_not_a_cut() -> None:
    text = "Read more about it: Russia and Ukraine swapped 307 prisoners each on Saturday, the ministry said today."
    assert body_end(text) == len(text)


def test_bullets_start_sentences() -> None:
    text = "What we know: - 246 Ukrainians returned home. - 31 wounded were also freed."
    assert len(split_sentences(text)) == 2



def test_long_words_before_full_stops_stay_linear() -> None:
    # each full stop after a word longer than the abbreviation window once lower-cased the whole text before
    # it: quadratic, 55 s on such a 1 MB article; a 300 kB one must now take well under a second
    text = "Prisonerswap. Exchanged 307. " * 10_000
    started = time.perf_counter()
    starts = boundaries(text, len(text))
    assert time.perf_counter() - started < 1.0
    assert len(starts) == 20_000
