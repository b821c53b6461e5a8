"""People of one named unit inside a group the sentence counts are some of that group, not its soldiers.

"Among the 90 freed were 30 marines of the 501st battalion": the 30 are the members of one battalion, a part
the story singles out; the side's military figure is not 30 (the others may be soldiers too). "30 soldiers of
the armed forces" names a whole service, so it still gives the category. "Among the 90 freed were 60 defenders
of Bakhmut" counts those who fought at one place, a part as well; "60 defenders of Ukraine" are its soldiers,
and so are the defenders of a place when the story counts them on their own.
"""

from collections.abc import Sequence
from typing import Final

from services.extractor.rules.lexicon import COUNTRY
from services.extractor.rules.mentions import Mention

_UNITS: Final = frozenset(
    "regiment regiments brigade brigades battalion battalions division divisions detachment detachments "
    "squadron squadrons platoon platoons unit units".split()
)
_STOP: Final = frozenset({",", ";", ":", "—", "and", "were", "was", "are", "is"})
_REACH: Final = 6  # "of the 36th separate marine brigade"
_DEFENDERS: Final = frozenset({"defenders", "defender"})
_WHOLE_LAND: Final = frozenset({"the", "our", "their", "its", "his", "her", "country", "homeland", "motherland",
                                "fatherland"}) | frozenset(COUNTRY)  # "defenders of the homeland": the soldiers
_INSIDE: Final = frozenset({"including", "among", "them", "whom", "those"})  # "among them 60 defenders of ..."
_INSIDE_REACH: Final = 3


def of_one_unit(tokens: list[str], mention: Mention, figures: Sequence[int]) -> bool:
    """True for a count followed by "of the <...> regiment" (a unit), or "defenders of <a place>", when the
    sentence counts another figure."""
    at = mention.end + 1
    if tokens[at : at + 1] != ["of"] or not any(k != mention.quantity.first for k in figures):
        return False
    place = tokens[at + 1] if at + 1 < len(tokens) else ""
    if tokens[mention.end] in _DEFENDERS and place[:1].isalpha() and place not in _WHOLE_LAND:
        first = mention.quantity.first  # only inside a counted group: "60 defenders of Bakhmut came home" is all
        return not _INSIDE.isdisjoint(tokens[max(first - _INSIDE_REACH, 0) : first] + tokens[at : at + _REACH])
    for word in tokens[at + 1 : at + 1 + _REACH]:
        if word in _UNITS:
            return True
        if word in _STOP:
            return False
    return False
