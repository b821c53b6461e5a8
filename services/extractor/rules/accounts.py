"""Giving one's own account of a swap reports it, like "said".

"The defence ministry gives its own account: 40 soldiers are back, and it says 40 were handed over" is the
ministry's word; without the verb the "it says" after the colon would take the last speaker named before (a
live blog's previous entry quoting the other government) and set two governments' counts under one name.
"""

from typing import Final

_GIVERS: Final = ("gives", "gave", "offers", "offered", "provides", "provided")
_ACCOUNT: Final = r"(?= (?:its|their|his|her) (?:own )?(?:account|version|figures?|count|tally)\b)"

GAVE_AN_ACCOUNT: Final = "|".join(verb + _ACCOUNT for verb in _GIVERS)  # alternatives for `word_alternation`
