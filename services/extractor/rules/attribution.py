"""Who a figure is attributed to: Kyiv, Moscow or the press.

An attribution verb ("said", "according to", "announced") is paired with the
nearest named source: the subject before the verb ("the Russian defence
ministry said"), or the source after "according to". Pronouns and generic
nouns ("he said", "the ministry said") take the last named speaker. A quote
spanning several sentences takes the attribution found anywhere in it.
"""

from dataclasses import dataclass

from schemas import Authority
from services.extractor.rules.tokens import Token

_VERBS = frozenset(
    "said says say stated announced announces reported reports confirmed confirms wrote writes added told posted "
    "according statement tweeted noted declared claimed informed quoted".split()
)
_KYIV = frozenset(
    "zelensky zelenskyy zelenskiy zelenskii yermak umerov lubinets budanov sybiha kuleba shmyhal svyrydenko "
    "coordination kyiv kiev ukraine ukrainian ukrinform hur".split()
)
_MOSCOW = frozenset(
    "putin peskov lavrov moskalkova shoigu belousov zakharova kremlin moscow russia russian medinsky".split()
)
_PRESS = frozenset(
    "media agency reporter reporters correspondent newspaper tass ria interfax reuters afp ap bbc cnn jazeera "
    "outlet journalists dpa observers analysts monitors un".split()
)
_GENERIC = frozenset("he she it they ministry president officials statement spokesman spokeswoman office".split())
_STOP = frozenset({",", ";", "“", "”", '"', ":", "."})


@dataclass(frozen=True, slots=True)
class Attribution:
    """The authority a sentence names (None when it names none) and whether it only points back."""

    authority: Authority | None
    pronoun: bool


def _classify(word: str) -> Authority | None:
    if word in _PRESS:
        return Authority.PRESS
    if word in _KYIV:
        return Authority.KYIV
    if word in _MOSCOW:
        return Authority.MOSCOW
    return None


def _joint(tokens: list[Token], k: int) -> bool:
    """True for either half of "Russia and Ukraine": a joint subject names no single source."""
    near = [t.text for t in tokens[max(k - 2, 0) : k + 3]]
    return "and" in near and sum(1 for w in near if w in _KYIV or w in _MOSCOW) > 1


def _scan(tokens: list[Token], indices: range) -> Attribution | None:
    pronoun = False
    for k in indices:
        word = tokens[k].text
        if word in _STOP or tokens[k].is_digits:
            break
        found = _classify(word)
        if found is not None:
            return None if _joint(tokens, k) else Attribution(found, False)
        if word in _GENERIC:
            pronoun = True
    return Attribution(None, True) if pronoun else None


def attribute(tokens: list[Token]) -> Attribution:
    """Return the authority a sentence's own words name, if any; a government outranks the press quoting it."""
    found_any: list[Attribution] = []
    for i, token in enumerate(tokens):
        if token.text not in _VERBS:
            continue
        if token.text == "according":
            found = _scan(tokens, range(i + 1, min(i + 12, len(tokens))))
        else:
            found = _scan(tokens, range(i - 1, max(i - 9, -1), -1)) or _scan(
                tokens, range(i + 1, min(i + 6, len(tokens)))
            )
        if found is not None:
            found_any.append(found)
    for attribution in found_any:
        if attribution.authority in (Authority.KYIV, Authority.MOSCOW):
            return attribution
    return found_any[0] if found_any else Attribution(None, False)


def quote_depth_change(text: str, inside: bool) -> bool:
    """Return whether a quotation is still open after `text`, given whether one was open before it."""
    for char in text:
        if char == "“":
            inside = True
        elif char == "”":
            inside = False
        elif char == '"':
            inside = not inside
    return inside


def resolve_authorities(own: list[Attribution], opens_inside: list[bool]) -> list[Authority]:
    """Resolve pronouns to the last named speaker and share a multi-sentence quote's attribution."""
    resolved: list[Authority | None] = []
    last: Authority | None = None
    for attribution in own:
        if attribution.authority is not None:
            last = attribution.authority
            resolved.append(last)
        elif attribution.pronoun:
            resolved.append(last)
        else:
            resolved.append(None)
    # a sentence inside a quote takes the attribution of the quote's other sentences
    run_start = 0
    for index in range(len(resolved) + 1):
        ends_run = index == len(resolved) or not opens_inside[index]
        if ends_run:
            run = range(run_start, index)
            named = next((resolved[k] for k in reversed(run) if resolved[k] is not None), None)
            if named is not None:
                for k in run:
                    if resolved[k] is None:
                        resolved[k] = named
            run_start = index
    return [authority or Authority.PRESS for authority in resolved]
