"""A participle clause shares its sentence's subject: "Ukraine completed the swap on Friday, bringing home 130".

After a comma, "bringing home" or "getting back" has no subject of its own: in English prose it acts through
the subject of the main clause. That subject opens the sentence (after at most a short fronted phrase such as
"On Friday,"), so a country standing there alone is the side that receives.
"""

from typing import Final

from services.extractor.rules.bringing import BRINGING
from services.extractor.rules.lexicon import COUNTRY

SUBJECT_REACH: Final = 4  # "On Friday, Ukraine ...": the main clause's subject within its first few tokens
_PARTICIPLES: Final = frozenset(word for word in BRINGING if word.endswith("ing")) | {"getting"}
_PARTICLES: Final = frozenset({"back", "home"})


def participle_subject(tokens: list[str], verb: int) -> int | None:
    """For "..., bringing home" at `verb`, the position of the country opening the sentence, else None."""
    if verb < 2 or tokens[verb] not in _PARTICIPLES or tokens[verb - 1] != ",":
        return None
    if tokens[verb + 1 : verb + 2] != [] and tokens[verb + 1] not in _PARTICLES:
        return None
    for k in range(min(SUBJECT_REACH, verb - 1)):
        if tokens[k] in COUNTRY:
            return k
    return None
