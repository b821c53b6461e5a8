"""An aside set off by a pair of dashes leaves a bare list of counts bare: "Sixty warriors - marines, ... - and".

"Ninety soldiers — paratroopers and marines — and ten civilians." still only splits the people just counted;
the aside says who the soldiers were, so the list is read as if it were not there.
"""

import re
from typing import Final

_ASIDE: Final = re.compile(r" [-—–] [^-—–.]{1,120} [-—–] ")


def without_dashed_asides(sentence: str) -> str:
    """`sentence` with each " - ... - " aside cut to one space (unchanged when it has none)."""
    return _ASIDE.sub(" ", sentence) if " - " in sentence or "—" in sentence or "–" in sentence else sentence
