"""A figure said to be "the same N" as one before it in the sentence restates that figure.

"In the week, 480 Ukrainians came back, and Moscow took in the same 480": the second
clause carries no running-total cue of its own, but "the same" ties its figure to the first, so it counts the
same thing (a running total, on the same day) for the other side.
"""

from services.extractor.rules.composition import Resolved


def same_as_before(tokens: list[str], resolved: list[Resolved]) -> list[Resolved]:
    """Give every "the same N" the kind (and, if it has none, the day) of the nearest earlier figure N."""
    out: list[Resolved] = []
    for item in resolved:
        first = item.mention.quantity.first
        if tokens[max(first - 2, 0) : first] == ["the", "same"]:
            earlier = [r for r in out if r.mention.quantity.first < first
                       and r.mention.quantity.value == item.mention.quantity.value]
            if earlier:
                model = earlier[-1]
                item = item._replace(kind=model.kind, day=item.day or model.day)
        out.append(item)
    return out
