"""Pick the sentences worth the heavy rules: an exchange word and a figure, plus the few figure sentences
that lean on a neighbour (a short figure tail, a sequel with "it", a correction note)."""

import re
from bisect import bisect_right
from typing import Final

from services.extractor.rules.aboard import with_aboard
from services.extractor.rules.amongthem import among_them
from services.extractor.rules.attributedparts import after_attribution
from services.extractor.rules.barelist import bare_breakdown
from services.extractor.rules.daygroup import DAY_GROUP
from services.extractor.rules.mentions import find_mentions
from services.extractor.rules.namedgroups import GROUP_REACH, names_figure
from services.extractor.rules.nationalparts import part_of_nationals, with_national_parts
from services.extractor.rules.numbers import find_quantities
from services.extractor.rules.partsequels import with_part_sequels
from services.extractor.rules.prefilter import digit_positions, exchange_positions, has_number_word, has_position
from services.extractor.rules.revisions import revises, with_revisions
from services.extractor.rules.saidmakeup import said_makeup
from services.extractor.rules.sentences import Sentence, sentence_at
from services.extractor.rules.sequels import with_sequel
from services.extractor.rules.thegroup import with_the_group
from services.extractor.rules.tokens import tokenize

MAX_CANDIDATES: Final = 120  # no real article has more; bounds the work on a pathological 1 MB text


MAX_SENTENCE: Final = 600  # a run-on "sentence" longer than this is read in windows around its exchange words


def bounded(text: str, sentence: Sentence, position: int) -> Sentence:
    """Cut an overlong sentence to a window around `position`, at spaces, so each read stays small."""
    if sentence.end - sentence.start <= MAX_SENTENCE:
        return sentence
    half = MAX_SENTENCE // 2
    lo = max(sentence.start, position - half)
    hi = min(sentence.end, position + half)
    if lo > sentence.start:
        lo = text.find(" ", lo, position) + 1 or position
    if hi < sentence.end:
        cut = text.rfind(" ", position, hi)
        hi = cut if cut > position else hi
    return Sentence(text[lo:hi], lo, hi)


_MIRROR_PHRASES: Final = (" same number", " as many ", " equal number")


def mirrors(lower: str, start: int, end: int) -> bool:
    """ "Moscow got back the same number of its soldiers": a figure given by the sentence before."""
    return any(lower.find(words, start, end) != -1 for words in _MIRROR_PHRASES)


def candidate_sentences(text: str, lower: str, starts: list[int], end: int) -> list[Sentence]:
    """Return the sentences that hold both an exchange word and a figure, in order (at most MAX_CANDIDATES)."""
    stems = exchange_positions(lower, end)
    if not stems:
        return []
    digits = digit_positions(lower, end)
    found: list[Sentence] = []
    covered = -1
    for position in stems:
        if position < covered:
            continue
        sentence = bounded(text, sentence_at(text, starts, position, end), position)
        if not sentence.text:
            continue
        covered = sentence.end
        start, stop = sentence.start, sentence.end
        if has_position(digits, start, stop) or has_number_word(lower, start, stop) or mirrors(lower, start, stop):
            found.append(sentence)
        else:
            tail = _figure_tail(text, lower, starts, end, sentence, (digits, stems))
            if tail is None:
                continue
            found.append(Sentence(text[start : tail.end], start, tail.end))
            covered = tail.end
        if len(found) == MAX_CANDIDATES:
            break
    found = [with_sequel(text, lower, (starts, end), sentence, (digits, stems)) for sentence in found]
    found = _with_partitives(text, lower, (starts, end), found, digits)
    found = with_part_sequels(text, lower, (starts, end), found, counts_part)  # "... 12 are civilians"
    found = with_national_parts(text, lower, starts, end, found)  # "Who was freed? 172 of the Ukrainians are ..."
    found = with_the_group(text, lower, starts, end, found)  # "The 40 Ukrainian soldiers include ..."
    if revises(lower, 0, end):  # "... first said 60 were freed. By evening it put the final number at 62."
        found = with_revisions(lower, found, [sentence_at(text, starts, s.end + 1, end) for s in found if s.end < end])
    return with_aboard(text, lower, starts, end, _with_notes(text, lower, starts, end, found, digits))


_PARTITIVES: Final = ("of the ", "of those ", "of them", "of these,")
_LEADING_PARTS: Final = ("of them,", "of those,", "of these,")  # "Of those, 20 were civilians"
_PART_OF: Final = frozenset({"them", "those", "these"})
_PART_REACH: Final = 32  # "one hundred and twelve of them": a figure of a few words at most


_MAKEUP: Final = re.compile(
    rf"(?:the group|they|{DAY_GROUP}) (?:consisted of|comprised|was made up of|were made up of|included|includes) "
)
_MAKEUP_REACH: Final = 80  # the make-up phrase opens its sentence; `end` may be the end of the whole text


def _makeup(lower: str, start: int, end: int) -> bool:
    """ "The group consisted of 195 servicemen and 11 civilians" (or "included ... two civilians"): what the
    people just counted were made of."""
    return _MAKEUP.search(lower, start, min(end, start + _MAKEUP_REACH)) is not None


def counts_part(lower: str, start: int, end: int) -> bool:
    """True for a sentence opening "Ninety-six of them were servicewomen" / "72 of those ..." / "Of those, 20
    were ...": a part of the people the sentence before counted."""
    start = after_attribution(lower, start, end)  # "According to the ministry, 72 of those ..."
    if lower.startswith(_LEADING_PARTS, start, end) or _makeup(lower, start, end) or among_them(lower, start, end):
        return True
    if said_makeup(lower, start, end):  # "The office said the group comprised 88 soldiers and 7 civilians"
        return True
    if bare_breakdown(lower, start, end):  # '"131 servicemen and nine civilians."' (`barelist`)
        return True
    if part_of_nationals(lower, start, end):  # "45 of the Russians were sailors" (`nationalparts`)
        return True
    at = lower.find(" of th", start, min(end, start + _PART_REACH))
    if at <= start or lower[at + 4 : at + 10].split(" ", 1)[0].rstrip(",") not in _PART_OF:  # "72 of them, he said,"
        return False
    return all(word[0].isdigit() or word == "and" or has_number_word(word, 0, len(word))
               for word in lower[start:at].split())


def _with_partitives(
    text: str, lower: str, layout: tuple[list[int], int], found: list[Sentence], digits: list[int]
) -> list[Sentence]:
    """Add "Of the 50 Ukrainians, 38 were servicemen ..." right after a candidate: it breaks down people just
    counted, and needs no exchange word of its own."""
    starts, end = layout
    extra: list[Sentence] = []
    for k, sentence in enumerate(found):
        following = bisect_right(starts, sentence.end)
        named = [at for at in range(following, min(len(starts), following + GROUP_REACH))
                 if names_figure(lower, starts[at], end, lower[sentence.start : sentence.end])]  # "Of the 65, ..."
        following = named[0] if named else following
        if following == len(starts) or not (
            lower.startswith(_PARTITIVES, starts[following], end) or counts_part(lower, starts[following], end)
        ):
            continue
        after = sentence_at(text, starts, starts[following], end)
        if k + 1 < len(found) and found[k + 1].start <= after.start:
            continue
        if has_position(digits, after.start, after.end) or has_number_word(lower, after.start, after.end):
            extra.append(after)
    if not extra or len(found) >= MAX_CANDIDATES:
        return found
    return sorted(found + extra, key=lambda s: s.start)[:MAX_CANDIDATES]


_NOTE_CUES: Final = ("correction:", "an earlier version")


def _with_notes(
    text: str, lower: str, starts: list[int], end: int, found: list[Sentence], digits: list[int]
) -> list[Sentence]:
    """Add a correction note with a figure ("an earlier version put the number at 95"): it names no exchange."""
    notes: list[Sentence] = []
    for cue in _NOTE_CUES:
        at = lower.find(cue, 0, end)
        if at == -1:
            continue
        note = sentence_at(text, starts, at, end)
        if has_position(digits, note.start, note.end) and all(
            s.end <= note.start or s.start >= note.end for s in found + notes
        ):
            notes.append(note)
    if not notes or len(found) >= MAX_CANDIDATES:
        return found
    return sorted(found + notes, key=lambda s: s.start)[:MAX_CANDIDATES]


TAIL_CHARS: Final = 80


def _figure_tail(
    text: str, lower: str, starts: list[int], end: int, sentence: Sentence, positions: tuple[list[int], list[int]]
) -> Sentence | None:
    """ "Our people are home. 207 Ukrainian defenders.": a short figure sentence finishing a figure-less one."""
    if sentence.end >= end:
        return None
    tail = sentence_at(text, starts, sentence.end + 1, end)
    digits, stems = positions
    if tail.start < sentence.end or tail.end - tail.start > TAIL_CHARS or has_position(stems, tail.start, tail.end):
        return None
    if not (has_position(digits, tail.start, tail.end) or has_number_word(lower, tail.start, tail.end)):
        return None
    tokens = [t for t in tokenize(tail.text) if t not in _QUOTES]
    mentions = find_mentions(tokens, find_quantities(tokens))
    # only a head count that opens the sentence and names whose people they are
    if mentions and mentions[0].quantity.first == 0 and (mentions[0].nationality or mentions[0].category in {
        "military", "civilian"
    }):
        return tail
    return None


_QUOTES: Final = frozenset({'"', "“", "”", "'"})
