"""Write one outlet's article about one stage of an exchange, the many ways newsrooms phrase it."""

import random
from collections.abc import Callable
from datetime import date

from bench.articles.background import background_paragraphs
from bench.articles.wording import WEEKDAYS, day_phrase, figure, hedged, in_words
from bench.articles.world import ExchangeTruth, SideCount, StageTruth

ORDINALS = ("first", "second", "third", "fourth")
MOSCOW = ("the Russian defence ministry said", "Russia's Ministry of Defence said in a statement",
          "the ministry in Moscow said")
KYIV = ("President Volodymyr Zelensky said", "Ukraine's Coordination Headquarters said",
        "Kyiv's ombudsman Dmytro Lubinets said")


class Writer:
    """Draws the wording of one article; `count` may misreport or hedge a figure, as real outlets do."""

    def __init__(self, rng: random.Random, stage: StageTruth, published: date, explicit_dates: bool) -> None:
        self.rng = rng
        self.stage = stage
        self.published = published
        self.explicit_dates = explicit_dates

    def day(self, day: date | None = None) -> str:
        return day_phrase(self.rng, day or self.stage.day, self.published, with_year=self.explicit_dates)

    def count(self, value: int) -> str:
        roll = self.rng.random()
        if roll < 0.03:
            value = max(1, value + self.rng.choice((-1, 1)) * self.rng.randint(1, 12))  # a misreport
        elif roll < 0.07:
            return hedged(self.rng, value)
        return figure(self.rng, value)


def _people(w: Writer, side: SideCount, soldiers: tuple[str, ...], anyone: tuple[str, ...]) -> str:
    """A head noun that does not claim more than the truth: "POWs" only when no civilian was among them."""
    return w.rng.choice(soldiers if side.all_military else anyone)


def _symmetric_lead(w: Writer, side: SideCount) -> str:
    n = side.total
    pows = _people(w, side, ("prisoners of war", "POWs", "servicemen"), ("prisoners", "people", "captives"))
    leads: list[Callable[[], str]] = [
        lambda: f"Russia and Ukraine each released {w.count(n)} {pows} {w.day()}, {w.rng.choice(MOSCOW)}.",
        lambda: f"Russia and Ukraine exchanged {w.count(n)} {pows} from each country {w.day()}.",
        lambda: f"Ukraine and Russia swapped {w.count(n)} {pows} each {w.day()}, {w.rng.choice(KYIV)}.",
        lambda: f"Both sides received {w.count(n)} {pows} {w.day()}, officials in Kyiv and Moscow said.",
        lambda: (f"\"{w.count(n)} Ukrainian {_people(w, side, ('defenders',), ('citizens',))} are home,\" President "
                 f"Volodymyr Zelensky wrote {w.day()}. The Russian Defence Ministry said {w.count(n)} Russian "
                 f"{_people(w, side, ('servicemen',), ('citizens',))} had been returned from territory controlled "
                 "by Kyiv."),
        lambda: f"Moscow and Kyiv each handed over {w.count(n)} {pows} {w.day()} in a swap mediated abroad.",
    ]
    return w.rng.choice(leads)()


def _asymmetric_lead(w: Writer, to_ukraine: SideCount, to_russia: SideCount) -> str:
    u, r = to_ukraine.total, to_russia.total
    ours = _people(w, to_ukraine, ("soldiers",), ("citizens",))
    theirs = _people(w, to_russia, ("servicemen", "troops"), ("people", "prisoners"))
    leads: list[Callable[[], str]] = [
        lambda: (f"Ukraine brought home {w.count(u)} of its {ours} {w.day()}, while {w.count(r)} Russian {theirs} "
                 "were handed back to Moscow, officials said."),
        lambda: (f"Russia received {w.count(r)} of its {theirs} and Ukraine got back {w.count(u)} {ours} "
                 f"{w.day()}, the two governments said."),
        lambda: (f"\"{w.count(u)} Ukrainian {ours} have returned home,\" Zelensky said {w.day()}. Russia's "
                 f"defence ministry said {w.count(r)} Russian {theirs} were returned in exchange."),
    ]
    return w.rng.choice(leads)()


def _composition(stage: StageTruth) -> str | None:
    u, r = stage.ukraine, stage.russia
    if u.civilian is None and r.civilian is None:
        return None
    if u == r:
        return f"Both sides said they had each released {u.military} soldiers and {u.civilian} civilians."
    sentences = []
    if r.civilian is not None:
        sentences.append(f"Russia said it had received {r.military} Russian troops and {r.civilian} civilians.")
    if u.civilian is not None:
        sentences.append(f"Among those returned to Ukraine were {u.military} servicemen and {u.civilian} civilians, "
                         "the Coordination Headquarters said.")
    return " ".join(sentences)


def _cumulative(w: Writer, exchange: ExchangeTruth) -> str:
    number = w.stage.number
    so_far = exchange.returned_by(number, "ukraine")
    if w.rng.random() < 0.5:
        return f"\"In just these {in_words(number)} days, {figure(w.rng, so_far)} people have been brought home,\" " \
            "Zelensky said."
    return f"That brings the number of Ukrainians returned in this exchange to {figure(w.rng, so_far)}."


def _agreement(w: Writer, exchange: ExchangeTruth, agreed: int) -> str:
    ordinal = ORDINALS[w.stage.number - 1]
    options = [
        f"The agreement to exchange {figure(w.rng, agreed)} prisoners each was reached in {exchange.city}.",
        f"Today is the {ordinal} day of the {agreed:,}-for-{agreed:,} exchange agreed in {exchange.city}.",
        f"A total exchange between Moscow and Kyiv of {agreed:,} prisoners each had been agreed upon in "
        f"{exchange.city}.",
    ]
    return w.rng.choice(options)


def _previous_day(w: Writer, previous: StageTruth) -> str:
    if previous.symmetric:
        return f"The previous day, {figure(w.rng, previous.ukraine.total)} prisoners were freed on each side."
    return (f"On {WEEKDAYS[previous.day.weekday()]}, {previous.ukraine.total} people returned to Ukraine and "
            f"{previous.russia.total} to Russia in the first stage.")


def exchange_article(
    rng: random.Random, exchange: ExchangeTruth, stage: StageTruth, published: date, *, explicit_dates: bool,
    history: tuple[ExchangeTruth, ...],
) -> str:
    """Return the body of an article about `stage`, padded with the background an outlet would add."""
    w = Writer(rng, stage, published, explicit_dates)
    lead = _symmetric_lead(w, stage.ukraine) if stage.symmetric else _asymmetric_lead(w, stage.ukraine, stage.russia)
    body = [lead]
    composition = _composition(stage)
    if composition and rng.random() < 0.6:
        body.append(composition)
    if stage.number > 1 and rng.random() < 0.4:
        body.append(_previous_day(w, exchange.stages[stage.number - 2]))
    if stage.number > 1 and rng.random() < 0.5:
        body.append(_cumulative(w, exchange))
    if exchange.agreed is not None and rng.random() < 0.5:
        body.append(_agreement(w, exchange, exchange.agreed))
    paragraphs = [" ".join(body), *background_paragraphs(rng, stage.day, history, rng.randint(4, 8))]
    return "\n\n".join(paragraphs)
