"""What an earlier article said, quoted by a correction notice, is the error the notice withdraws.

"A story published on Monday said that 90 soldiers had come home" ("published", "posted", "our", "this", "an
earlier story") in a correction names the wrong figure (and often the wrong day) before the right one; like "an
earlier version said", it reports no handover of its own. Only in an article that carries a correction:
elsewhere a report of another outlet's story may be news.
"""

import re
from dataclasses import replace
from typing import Final

from services.extractor.rules.model import Reading
from services.extractor.rules.sentences import Sentence

_CORRECTION_NOTICE: Final = re.compile(r"\bcorrection\b|\bwas corrected\b|\bhas been corrected\b")
_EARLIER_ARTICLE: Final = re.compile(
    r"(?:an?|the|our|this|that) (?:earlier |previous |original )?(?:article|story|report|piece|dispatch)\b"
)
_OURS: Final = re.compile(r"^(?:our|this|that) |^\S+ (?:earlier|previous|original) | (?:published|posted|filed) ")
_SAYING: Final = re.compile(r"\b(?:said|stated|reported|wrote|gave|put|claimed)\b")
_OPENING: Final = 4  # characters: the sentence opens on the article it speaks of


def correction_notice(text_lower: str) -> bool:
    """True when the article carries a correction ("CORRECTION", "This article was corrected on ...")."""
    return _CORRECTION_NOTICE.search(text_lower) is not None


def earlier_claim(text_lower: str, sentence: Sentence, reading: Reading, notice: bool) -> Reading:
    """Withdraw the figures of a sentence opening "An article published on ... said that ..." in an article that
    carries a correction (`notice`)."""
    if not notice or not reading.findings:
        return reading
    lower = text_lower[sentence.start : sentence.end]
    opening = _EARLIER_ARTICLE.match(lower)
    if opening is None or opening.start() > _OPENING:
        return reading
    saying = _SAYING.search(lower, opening.end())
    if saying is None or ";" in lower[opening.end() : saying.start()]:
        return reading
    if _OURS.search(lower[: saying.start()]) is None:
        return reading  # "The report by the ombudsman said ...": someone else's report, not an earlier article
    withdrawn = tuple(f._replace(correction="retracted", day=None) for f in reading.findings)
    return replace(reading, day=None, findings=withdrawn)  # the day the story ran dates no handover
