"""Day headings written day first: "2 October 2025" or "12 September 2026 (today)" over a chronology's paragraph.

A timeline heads each entry with its date; British style opens the heading on the day's number, and the newest
entry may carry a gloss in brackets ("(today)", "(latest)"). Either is still a line that is nothing but a day.
"""

from typing import Final

_GLOSS_CHARS: Final = 12  # "(updated)", "(latest)", "(today)"


def heading_line(line: str) -> str | None:
    """The line to read as a day heading, without a short bracketed gloss; None if it cannot be one."""
    if line.endswith(")"):
        at = line.rfind(" (")
        if at == -1 or len(line) - at > _GLOSS_CHARS + 2:
            return None
        line = line[:at]
    return line if line[:1].isalnum() else None
