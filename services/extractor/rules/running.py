"""A figure right after "already" is a count told while the handover was still going on: a lower bound.

"Already 64 of our people are home," a president writes at noon, and the evening's final 101 replaces it: the
early count is hedged, so the story's exact final figure wins over it even from a weaker voice. "Russia has
already freed 64 defenders" (a verb between) says the 64 are done, and stays exact.
"""


def running_count(tokens: list[str], first: int) -> bool:
    """True when the figure starting at `first` comes directly after "already"."""
    return first >= 1 and tokens[first - 1] == "already"
