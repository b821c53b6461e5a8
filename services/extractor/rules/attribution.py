"""Who a figure is attributed to: Kyiv, Moscow or the press.

An attribution verb ("said", "according to", "announced") is paired with the
nearest named source: the subject just before the verb ("the Russian defence
ministry said"), the source after "according to", or the name after the verb
(", said Zelensky"). A government outranks the press quoting it ("According
to Al Jazeera, Russia's Ministry of Defence said"). Pronouns and generic nouns
("he said", "the ministry said") take the last named speaker before the
sentence; a sentence inside a quotation takes the quotation's attribution.
Everything works on the lower-cased article text with a few compiled regexes.
"""

import re
from typing import Final

from schemas import Authority
from services.extractor.rules.accounts import GAVE_AN_ACCOUNT
from services.extractor.rules.colonquotes import colon_speaker, last_colon_speaker
from services.extractor.rules.issuers import headline_issuer
from services.extractor.rules.patterns import word_alternation
from services.extractor.rules.quotes import Quotes
from services.extractor.rules.quotespeaker import SPEAKER_REACH, after_close, introduced_by, opened_within
from services.extractor.rules.signatures import signed_by

# "The ombudsman gave a higher count", "has given the figure": giving a count, figure or tally reports it like "said"
# (the look-ahead's own alternatives only widen the first letters `word_alternation` lets the engine skip to)
_FIGURE_AHEAD: Final = r"(?= (?:a |an |the |its |their )?(?:[a-z]+ )?(?:count|figure|tally|number|toll)s?\b)"
_GAVE_A_FIGURE: Final = "|".join(verb + _FIGURE_AHEAD for verb in ("gave", "given", "gives"))
_VERB: Final = word_alternation(
    r"said|says|say|stated|states|announced|announces|reported|reports|confirmed|confirms|wrote|writes|added|"
    r"adds|told|tells|posted|according to|statement|tweeted|noted|declared|claimed|quoted|clarified|counts|"
    + _GAVE_A_FIGURE + "|" + GAVE_AN_ACCOUNT
)
_ENTITY: Final = word_alternation(
    r"zelensk\w*|yermak|umerov|lubinets|budanov|sybiha|kuleba|shmyhal|svyrydenko|coordination|kyiv|kiev|"
    r"ukrain\w*|putin|peskov|lavrov|moskalkova|shoigu|belousov|zakharova|medinsky|kremlin|moscow|russia\w*|"
    r"media|agency|reporters?|correspondents?|newspapers?|tass|ria|interfax|reuters|afp|bbc|cnn|jazeera|dpa|"
    r"monitors|observers|analysts"
)
_GENERIC: Final = word_alternation(r"he|she|it|they|ministry|president|officials|spokes\w+|office|minister")
_BREAK: Final = re.compile(r"[0-9\"“”;:,]")
_JOINT: Final = word_alternation("russia|ukraine|moscow|kyiv|kiev", r"\w* and (?:russia|ukraine|moscow|kyiv|kiev)")
_LOOK_BEFORE: Final = 70
_LOOK_AFTER: Final = 45
_SPEAKER_WINDOW: Final = 1200


_KYIV_NAMES: Final = (
    "ukrain", "kyiv", "kiev", "zelensk", "yermak", "umerov", "lubinets", "budanov", "sybiha", "kuleba",
    "shmyhal", "svyrydenko", "coordination",
)
_MOSCOW_NAMES: Final = ("russia", "moscow", "kremlin", "putin", "peskov", "lavrov", "moskalkova", "shoigu", "belousov",
                 "zakharova", "medinsky")


def _classify(word: str) -> Authority:
    if word.startswith(_KYIV_NAMES):
        return Authority.KYIV
    if word.startswith(_MOSCOW_NAMES):
        return Authority.MOSCOW
    return Authority.PRESS


def _names_any(lower: str, start: int, end: int, names: tuple[str, ...]) -> bool:
    """True when one of `names` occurs in lower[start:end] (needed for _classify to return its side there)."""
    return any(lower.find(name, start, end) != -1 for name in names)


def _entity_before(lower: str, lo: int, verb: int) -> tuple[Authority | None, bool]:
    """The named source right before a verb (no figure, quote or colon in between), or a pronoun."""
    found: re.Match[str] | None = None
    for match in _ENTITY.finditer(lower, max(lo, verb - _LOOK_BEFORE), verb):
        found = match
    if found is not None and (
        not _BREAK.search(lower, found.end(), verb) or _in_appositive(lower, max(lo, verb - _LOOK_BEFORE), found, verb)
        or _fronted_place(lower, found, verb) or _before_appositive(lower, lo, found, verb)
    ):
        if _JOINT.search(lower, max(found.start() - 12, 0), found.end() + 14):
            return None, False
        return _classify(found.group()), False
    pronoun = _GENERIC.search(lower, max(lo, verb - 25), verb) is not None
    return None, pronoun


def _fronted_place(lower: str, found: "re.Match[str]", verb: int) -> bool:
    """ "In Moscow, the defence ministry issued a statement": a capital set before a generic subject ("the
    ministry", "officials") at the opening of a sentence says whose body is speaking."""
    at = found.start()
    if lower[at - 3 : at] != "in " or lower[found.end() : found.end() + 2] != ", " or (
        at > 3 and lower[at - 5 : at - 3] != ". " and lower[at - 4] != "\n"
    ):
        return False
    subject = found.end() + 2
    return not _BREAK.search(lower, subject, verb) and _GENERIC.search(lower, subject, verb) is not None


_NOT_APPOSITIVE: Final = frozenset("was were is are be been has have had will would said says".split())


def _in_appositive(lower: str, lo: int, found: "re.Match[str]", verb: int) -> bool:
    """ "Andriy Yermak, head of the Ukrainian presidential office, wrote": the source sits in a noun phrase set off
    by commas that closes right before the verb (no other break, no verb of its own in it)."""
    if lower[verb - 2 : verb] != ", ":
        return False
    opened = lower.rfind(", ", lo, found.start())
    if opened == -1 or _BREAK.search(lower, opened + 1, found.start()) or _BREAK.search(lower, found.end(), verb - 2):
        return False
    return _NOT_APPOSITIVE.isdisjoint(lower[opened + 2 : verb - 2].split())


_RELATIVES: Final = frozenset({"which", "who", "whose", "where", "when", "that"})


_SUBJECT_WORDS: Final = 3  # "Andriy Yermak": a name may open the sentence before the source word


def _before_appositive(lower: str, lo: int, found: "re.Match[str]", verb: int) -> bool:
    """ "Dmytro Lubinets, the parliament's rights commissioner, said": the source opening the sentence is the
    subject the appositive between its commas describes (no other break, verb or relative word in it)."""
    if lower[verb - 2 : verb] != ", " or lower[found.end() : found.end() + 2] != ", ":
        return False
    opening = lower[lo : found.start()]
    if _BREAK.search(opening) or len(opening.split()) >= _SUBJECT_WORDS:
        return False
    words = set(lower[found.end() + 2 : verb - 2].split())
    return bool(words) and not _BREAK.search(lower, found.end() + 2, verb - 2) and _NOT_APPOSITIVE.isdisjoint(
        words) and _RELATIVES.isdisjoint(words)


def attribute(lower: str, start: int, end: int) -> tuple[Authority | None, bool]:
    """Return (authority named in lower[start:end], whether it only says "he"/"the ministry")."""
    return _pick(*_named(lower, start, end))


def _pick(named: list[Authority], pronoun: bool) -> tuple[Authority | None, bool]:
    """A government among the named sources outranks the press quoting it."""
    for authority in named:
        if authority != Authority.PRESS:
            return authority, False
    return (named[0], False) if named else (None, pronoun)


def both_governments(lower: str, start: int, end: int) -> bool:
    """True when lower[start:end] quotes Kyiv and Moscow alike ("Kyiv says 189, Moscow counts 150").

    Such a sentence sets two accounts side by side: its figures are no single government's word. Both names
    must appear in the slice as plain substrings first, a cheap test that skips the attribution pass.
    """
    if not _names_any(lower, start, end, _KYIV_NAMES) or not _names_any(lower, start, end, _MOSCOW_NAMES):
        return False
    named, _ = _named(lower, start, end)
    return Authority.KYIV in named and Authority.MOSCOW in named


def _named(lower: str, start: int, end: int) -> tuple[list[Authority], bool]:
    named: list[Authority] = []
    pronoun = False
    for verb in _VERB.finditer(lower, start, end):
        if verb.group() == "according to":
            owner = _OWNER.match(lower, verb.end() + 1)
            if owner is not None:
                resolved = _owner_country(lower, start, verb.start())
                if resolved is not None:
                    named.append(resolved)
                    continue
            match = _ENTITY.search(lower, verb.end(), min(end, verb.end() + _LOOK_AFTER + 40))
            if match is not None:
                named.append(_classify(match.group()))
            continue
        authority, is_pronoun = _entity_before(lower, start, verb.start())
        if authority is None:
            match = _ENTITY.search(lower, verb.end(), min(end, verb.end() + _LOOK_AFTER))
            if match is not None and not _BREAK.search(lower, verb.end(), match.start()):
                authority = _classify(match.group())
        if authority is not None:
            named.append(authority)
        pronoun = pronoun or is_pronoun
    return named, pronoun


def last_speaker(lower: str, before: int) -> Authority | None:
    """The last named source of the text before position `before` (for "he said")."""
    lo = max(before - _SPEAKER_WINDOW, 0)
    verbs = list(_VERB.finditer(lower, lo, before))
    line = last_colon_speaker(lower, lo, before, _classify)  # 'Umerov: "..."'
    for verb in reversed(verbs):
        if line is not None and line[0] > verb.start():
            return line[1]
        authority, _ = attribute(lower, max(verb.start() - _LOOK_BEFORE, lo), min(verb.end() + _LOOK_AFTER, before))
        if authority is not None:
            return authority
    return None if line is None else line[1]


_SOURCE_TAG: Final = re.compile(
    r"\((?:[^()]{0,40}\W)?(?:telegram|statement|press release|press service|website|summary|official channel)"
    r"\b[^()]{0,40}\)"
)
_SOURCE_REACH: Final = 160
_OWNER: Final = re.compile(
    r"(?:its|the country's|the country|their) (?:\w+ ){0,2}?(?:ministry|government|headquarters|office|"
    r"president|military|army|officials|ombudsman|commissioner)\b"
)
_COUNTRY: Final = word_alternation("russia|ukraine|moscow|kyiv|kiev|kremlin")


def source_line(lower: str) -> Authority | None:
    """The speaker a leading source tag names ("Coordination Headquarters ... (Telegram, our summary)")."""
    tag = _SOURCE_TAG.search(lower, 0, _SOURCE_REACH + 60)
    if tag is None or tag.start() > _SOURCE_REACH or "." in lower[: tag.start()]:
        return None
    for match in _ENTITY.finditer(lower, 0, tag.start()):
        authority = _classify(match.group())
        if authority != Authority.PRESS:
            return authority
    return None


def _owner_country(lower: str, lo: int, at: int) -> Authority | None:
    """ "Russia received 120 soldiers, according to its defence ministry": "its" is the country named before."""
    names = _COUNTRY.findall(lower, lo, at)
    return _classify(names[-1]) if names else None


def sentence_authority(text: str, lower: str, start: int, end: int, quotes: Quotes | None = None) -> Authority:
    """The authority behind the sentence text[start:end]; a leading source tag speaks for unattributed text.

    `quotes` indexes the quotation marks of `text` (built here when not given; pass one per article).
    """
    return sentence_sources(text, lower, start, end, quotes or Quotes(text))[0]  # the reader's own path


def sentence_sources(text: str, lower: str, start: int, end: int, quotes: Quotes) -> tuple[Authority, bool]:
    """`sentence_authority` and `both_governments` of one sentence, from a single attribution pass over it."""
    named, pronoun = _named(lower, start, end)
    authority = _authority_of(quotes, lower, start, end, _pick(named, pronoun))
    return authority, Authority.KYIV in named and Authority.MOSCOW in named


def _governments(lower: str, lo: int, hi: int) -> set[Authority]:
    """The governments (not the press) named in lower[lo:hi]."""
    return {_classify(m.group()) for m in _ENTITY.finditer(lower, lo, hi)} - {Authority.PRESS}


def _authority_of(
    quotes: Quotes, lower: str, start: int, end: int, own: tuple[Authority | None, bool]
) -> Authority:
    authority, pronoun = _attribute_sentence(quotes, lower, start, end, own)
    if authority is None and not pronoun:
        authority = colon_speaker(lower, start, end, _classify)  # 'Zelensky, in a video: "..."'
        authority = authority or source_line(lower) or headline_issuer(lower, _classify)  # "Headquarters: ..."
        authority = authority or signed_by(lower, _classify)  # "..., Ukrainian Ombudsman" signs it (`signatures`)
    return authority or Authority.PRESS


_QUOTE_MARKS: Final = frozenset('"“”')


def _attribute_sentence(
    quotes: Quotes, lower: str, start: int, end: int, own: tuple[Authority | None, bool]
) -> tuple[Authority | None, bool]:
    authority, pronoun = own  # what lower[start:end] itself names
    if authority is None:
        close = quotes.close_after(start, end)
        if close is None and lower[start : start + 1] in _QUOTE_MARKS and lower[end - 1 : end] in _QUOTE_MARKS:
            close = end - 1  # a sentence quoted whole ('"We are home!" she wrote.') has its speaker right after
        if close is not None and close >= end - 2:
            authority, pronoun = attribute(lower, close, after_close(lower, close))  # its own paragraph
            inline = opened_within(quotes, start, end)  # 'The president posted: "Today 120 ...': a title speaks
            pronoun = pronoun or (authority is None and inline is not None and attribute(lower, start, inline)[1])
        if authority is None:
            opened = quotes.open_at(start)
            if opened is None and lower[start : start + 1] in _QUOTE_MARKS and quotes.open_at(end) is not None:
                opened = start  # the first sentence of a quotation running on past it, like the ones after it
            if opened is not None:
                authority, pronoun_before = attribute(lower, max(opened - SPEAKER_REACH, 0), opened)
                pronoun = pronoun or pronoun_before
                authority = authority or introduced_by(lower, opened, lambda lo, hi: _governments(lower, lo, hi))
    if authority is None and pronoun:
        authority = last_speaker(lower, start)
        pronoun = authority is None
    return authority, pronoun
