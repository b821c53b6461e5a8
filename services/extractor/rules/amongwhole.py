"""The head count after "among the" is the whole group: "12 civilians were among the 64 Ukrainians who came home".

"Among" + N names the people the few belong to; a pronoun after it ("among them 20 civilians") opens a part. When a
relative clause of its own tells the handover of the N, the N is stated there: read as a part, the 64 would be lost
and the few taken for the side's figure.
"""

from typing import Final

ARTICLES: Final = frozenset({"the", "those", "these", "all"})


_RELATIVES: Final = frozenset({"who", "that"})
_RELATIVE_REACH: Final = 4  # "the 76 Ukrainians who", "the 90 Ukrainian men and women who"


def among_the_whole(tokens: list[str], among: int, first: int) -> bool:
    """True when "<few> ... among the <figure> <people> who came home ..." names the whole with a clause of its own:
    the relative clause tells the handover, so the figure is stated here. "Among the 120 freed were ..." and "...
    were among the 120 Ukrainians freed" only recall a group counted elsewhere."""
    if among < 1 or among + 2 != first or tokens[among + 1] not in ARTICLES:
        return False
    return not _RELATIVES.isdisjoint(tokens[first + 1 : first + 1 + _RELATIVE_REACH])


_FROM_REACH: Final = 6  # "Nine soldiers from the Poltava region were among": the words from the noun to "among"


def placed_among(tokens: list[str], end: int, places: frozenset[str]) -> bool:
    """True when the head count whose noun ends at `end` is "from <a place> ... among the <figure>": people of a
    named region within a counted group ("nine soldiers from the Sumy region were among the 140 freed") are that
    place's share, not a part of the side's make-up."""
    stop = min(len(tokens) - 2, end + 1 + _FROM_REACH)
    if tokens[end + 1 : end + 2] != ["from"]:
        return False
    for at in range(end + 2, stop):
        if tokens[at] == "among":
            figure = at + 1 + (tokens[at + 1] in ARTICLES)
            return figure < len(tokens) and tokens[figure][:1].isdigit() and any(
                word in places for word in tokens[end + 2 : at])
    return False

