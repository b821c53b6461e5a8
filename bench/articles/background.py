"""Paragraphs that pad exchange articles: people, places and numbers that report no new stage."""

import random
from collections.abc import Callable
from datetime import date

from bench.articles.wording import month_year
from bench.articles.world import ExchangeTruth

NAMES = ("Viktor Syvak", "Oleksandr Tarasov", "Andriy Kovalenko", "Serhiy Bondar", "Mykola Hrytsenko",
         "Dmitry Sokolov", "Ivan Petrenko", "Taras Melnyk", "Yuriy Shevchuk", "Pavlo Lysenko")
TOWNS = ("Mariupol", "Bakhmut", "Avdiivka", "Kherson", "Vovchansk", "Pokrovsk", "Chasiv Yar", "Kupiansk")
REGIONS = ("Chernihiv", "Sumy", "Kharkiv", "Zaporizhzhia", "Dnipropetrovsk", "Kyiv")
MEDIATORS = ("the United Arab Emirates", "Turkey", "Saudi Arabia", "Qatar", "the Vatican")


def _earlier_swap(rng: random.Random, day: date, history: tuple[ExchangeTruth, ...]) -> str | None:
    earlier = [exchange for exchange in history if (day - exchange.stages[-1].day).days > 62]  # another month
    if not earlier:
        return None
    past = rng.choice(earlier[-12:])
    total = past.stages[0].ukraine.total
    return (f"In {month_year(past.stages[0].day)}, the two sides swapped {total} prisoners in a deal mediated by "
            f"{rng.choice(MEDIATORS)}.")


def background_paragraphs(rng: random.Random, day: date, history: tuple[ExchangeTruth, ...], count: int) -> list[str]:
    """Return `count` distinct background paragraphs for an article about a stage on `day`."""
    pool: list[Callable[[], str | None]] = [
        lambda: (f"{rng.choice(NAMES)}, {rng.randint(21, 62)}, told reporters he had been held for "
                 f"{rng.randint(3, 40)} months after being captured near {rng.choice(TOWNS)}. \"I can't put it "
                 "into words,\" he said."),
        lambda: (f"Ukraine estimates that between {rng.randrange(6, 9) * 1000:,} and {rng.randrange(9, 12) * 1000:,} "
                 "of its citizens are still held in Russia, many of them without any contact with their families."),
        lambda: (f"A Russian drone attack on {rng.choice(REGIONS)} overnight killed {rng.randint(1, 14)} people and "
                 f"wounded {rng.randint(5, 60)}, regional officials said."),
        lambda: (f"Buses carrying the freed men arrived at a hospital in the {rng.choice(REGIONS)} region, where "
                 "relatives waited along the road holding photographs of the missing."),
        lambda: (f"Talks on a {rng.choice((30, 60, 90))}-day ceasefire have stalled, and neither side publishes "
                 "accurate casualty figures."),
        lambda: ("The freed Russians will receive medical and psychological care in Belarus before being moved to "
                 "Russia for rehabilitation, the ministry added."),
        lambda: (f"The war, now in its {rng.choice(('third', 'fourth'))} year, has displaced millions; about a fifth "
                 "of Ukraine's territory remains under Russian control."),
        lambda: _earlier_swap(rng, day, history),
        lambda: (f"Some of the men had spent more than {rng.randint(2, 3)} years in captivity, and {rng.randint(2, 9)} "
                 "of them needed urgent surgery, doctors said."),
        lambda: ("Diplomatic efforts to end the war have picked up in recent weeks, but the Kremlin has shown no sign "
                 "of dropping its demands, and Kyiv says it will not cede territory it still holds. European "
                 "governments have pressed for an unconditional truce before any wider settlement is discussed."),
        lambda: ("\"We will bring every one of our people home,\" the president said in his evening address, "
                 "thanking the mediators and the families who had waited for news. Officials declined to say when "
                 "the next round would take place or how many people it would involve."),
        lambda: ("Women stood in line along the street holding up pictures of husbands and sons, hoping that one of "
                 "the returning men had seen them in captivity. Many said they had heard nothing for months, and "
                 "some had travelled overnight from the front-line regions to be there."),
        lambda: ("Human rights monitors have documented torture and poor medical care in detention, and say the "
                 "returning prisoners are often severely underweight. Moscow denies mistreating prisoners of war "
                 "and accuses Kyiv of the same abuses."),
    ]
    chosen = rng.sample(pool, k=min(count, len(pool)))
    return [text for text in (make() for make in chosen) if text]
