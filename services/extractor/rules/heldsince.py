"""Captivity, not a war-long total: "sailors held by the other side since February 2022 and 15 soldiers".

A "since the war began" phrase normally makes the figures near it a total over the whole war. Right after a
participle of holding ("held", "detained", "stuck in port") it says instead how long those people had been
captive, and the handover of the sentence is this one.
"""

from typing import Final

from services.extractor.rules.tokens import is_figure, is_word

_HOLDING: Final = frozenset({"held", "detained", "imprisoned", "jailed", "stuck", "trapped", "kept", "interned",
                             "blocked", "stranded"})
_REACH: Final = 6  # "held by the Kyiv regime since": a short agent phrase at most


def _held_before(tokens: list[str], at: int) -> bool:
    for word in reversed(tokens[max(at - _REACH, 0) : at]):
        if word in _HOLDING:
            return True
        if not is_word(word) or is_figure(word):
            return False
    return False


def held_apart(tokens: list[str], phrases: list[int]) -> list[int]:
    """Drop from `phrases` (start and end token of each war-long phrase, in pairs) those that date a captivity."""
    kept: list[int] = []
    for k in range(0, len(phrases) - 1, 2):
        if not _held_before(tokens, phrases[k]):
            kept += phrases[k : k + 2]
    return kept
