"""Which head counts are a part of a group rather than a figure of their own.

"390 people, including 120 civilians" (`is_subset`): a category inside a total already given. "Four
servicemen from Volyn are among the prisoners who came home" (`is_member`): a few people of an uncounted
group. "Six men from the region are among the 107 freed" (`among_counted`): a few of the people another head
count counts. None of them is the side's figure; composition and the findings decide what they add.
"""

from collections.abc import Sequence
from typing import Final

from services.extractor.rules.amongwhole import among_the_whole
from services.extractor.rules.lexicon import BE_FORMS
from services.extractor.rules.localshare import leading_group
from services.extractor.rules.mentions import Mention
from services.extractor.rules.units import of_one_unit

_SUBSET_STOP: Final = frozenset({";", ":", "—", "-", ",", "while", "whereas", "but"})  # "including" must govern
_SUBSET_ONE: Final = frozenset({"including", "included", "includes", "include", "among"})
_SUBSET_TWO: Final = (
    frozenset({("of", "whom"), ("of", "them"), ("among", "them"), ("among", "whom"), ("among", "those")})
)
_CATEGORIES: Final = frozenset({"military", "civilian"})


def is_subset(tokens: list[str], mention: Mention) -> bool:
    """True for a head count inside a total already given ("including 120 civilians", "of whom 20 ...")."""
    first = mention.quantity.first
    before = tokens[max(first - 3, 0) : first]
    for k in range(first - 1, max(first - 13, -1), -1):
        word = tokens[k]
        if word in _SUBSET_ONE:
            # "he was among 115 prisoners" places one man in the group; "among them 20 civilians" is a part;
            # "Among the 70 who came home, ..." opens a sentence on the whole group
            return not (word == "among" and (k == first - 1 or among_the_whole(tokens, k, first) or leading_group(
                tokens, first)))  # "were among the 64 Ukrainians": the whole group (`amongwhole`)
        if word[:1].isdigit() or word in _SUBSET_STOP:
            break
    after = tuple(tokens[mention.end + 1 : mention.end + 3])
    own = tuple(tokens[mention.quantity.last + 1 : mention.quantity.last + 3])  # "880 of them military personnel"
    return after in _SUBSET_TWO or own in _SUBSET_TWO or any(
        (before[j], before[j + 1]) in _SUBSET_TWO for j in range(len(before) - 1)
    )


_MEMBER_REACH: Final = 6
_MEMBER_STOP: Final = frozenset({",", ";", ":", "—", "and", "while", "but"})


def is_member(tokens: list[str], mention: Mention, clause_end: int, figures: Sequence[int]) -> bool:
    """ "Four servicemen from Volyn are among the prisoners who came home": a few people of an uncounted group;
    a headline drops the "are" ("Four men from our region among those freed").

    Not when the group is counted ("20 civilians were among the 390 freed"): that is a part of a stated total,
    unless the few are the members of one unit (`of_one_unit`).
    """
    if of_one_unit(tokens, mention, figures):
        return True
    stop = min(clause_end, mention.end + 1 + _MEMBER_REACH, len(tokens) - 1)
    for k in range(mention.end + 1, stop):
        word = tokens[k]
        if word in _MEMBER_STOP or word[:1].isdigit():
            return False
        if word == "among" or (word in BE_FORMS and tokens[k + 1] == "among"):
            return not any(k < at < clause_end for at in figures)
    return False


def among_counted(tokens: list[str], mention: Mention, mentions: Sequence[Mention]) -> bool:
    """ "Four Kursk soldiers among 50 servicemen returned", "six men from the region are among the 107 freed": a
    few of the people a head count after "among" counts, unless they are a category of it ("20 civilians among 390
    people"). A short modifier or a verb "to be" may come between the few and "among"."""
    at = next((k for k in range(mention.end + 1, min(mention.end + 1 + _MEMBER_REACH, len(tokens)))
               if tokens[k] == "among" or tokens[k] in _MEMBER_STOP or tokens[k][:1].isdigit()), -1)
    if at == -1 or tokens[at] != "among":
        return False
    at += 1 + (tokens[at + 1 : at + 2] == ["the"])
    group = next((m for m in mentions if m.quantity.first == at), None)
    return group is not None and (group.category == mention.category or mention.category not in _CATEGORIES)
