"""Whole articles full of numbers that report no prisoner exchange: sport, money, weather, war news."""

import random
from collections.abc import Callable
from datetime import date

from bench.articles.background import REGIONS, TOWNS
from bench.articles.wording import WEEKDAYS

CLUBS = ("Dynamo Kyiv", "Shakhtar", "Zorya", "Vorskla", "Rukh Lviv", "Oleksandriya", "Kryvbas", "Polissya")
CITIES = ("Lviv", "Odesa", "Kharkiv", "Dnipro", "Poltava", "Vinnytsia", "Rivne", "Uzhhorod")


def _sport(rng: random.Random, day: date) -> list[str]:
    home, away = rng.sample(CLUBS, 2)
    return [
        f"{home} beat {away} {rng.randint(2, 5)}-{rng.randint(0, 1)} on {WEEKDAYS[day.weekday()]} in front of "
        f"{rng.randint(3000, 40000):,} spectators, moving to {rng.randint(20, 70)} points after {rng.randint(10, 30)} "
        "games.",
        f"The coach, {rng.randint(38, 66)}, said his squad of {rng.randint(22, 30)} players had trained for "
        f"{rng.randint(3, 14)} days on a new pitch and that {rng.randint(2, 5)} were still injured.",
        f"Tickets for the return fixture sold out in {rng.randint(2, 48)} hours; the club expects "
        f"{rng.randint(10, 60)},000 fans.",
        "Supporters sang the anthem before kick-off, and the players wore the names of fallen athletes on their "
        "shirts. The league said matches would continue behind closed doors in cities near the front.",
    ]


def _economy(rng: random.Random, day: date) -> list[str]:
    return [
        f"The central bank kept its key rate at {rng.randint(10, 16)}.5% on {WEEKDAYS[day.weekday()]}, citing "
        f"inflation of {rng.randint(5, 15)}.{rng.randint(0, 9)}% a year.",
        f"Reserves rose to ${rng.randint(30, 50)}.{rng.randint(0, 9)} billion and the hryvnia traded at "
        f"{rng.randint(39, 42)}.{rng.randint(10, 99)} to the dollar, "
        f"the strongest level in {rng.randint(2, 30)} weeks.",
        f"Analysts polled by the bank expect growth of {rng.randint(1, 4)}.{rng.randint(0, 9)}% and exports of "
        f"{rng.randint(20, 60)} million tonnes of grain this season.",
        "The finance ministry said it was in talks with international lenders over the next tranche of support, "
        "while economists warned that attacks on the power grid could slow the recovery in industry.",
    ]


def _weather(rng: random.Random, day: date) -> list[str]:
    return [
        f"Forecasters in {rng.choice(CITIES)} expect {rng.randint(5, 60)} mm of rain over the next "
        f"{rng.randint(2, 9)} days, with highs of {rng.randint(12, 31)} C.",
        f"Farmers have sown {rng.randint(10000, 900000):,} hectares of wheat, {rng.randint(20, 99)}% of the plan, and "
        f"{rng.randint(10, 400)} tractors were repaired this spring.",
        f"Road {rng.randint(1, 30)} will close for {rng.randint(2, 48)} hours of repairs, and drivers are advised to "
        "use the bypass while crews replace the damaged surface.",
    ]


def _strike(rng: random.Random, day: date) -> list[str]:
    region = rng.choice(REGIONS)
    return [
        f"Russia launched {rng.randint(40, 400)} drones and {rng.randint(2, 40)} missiles at Ukraine overnight, the "
        f"air force said, and {rng.randint(1, 30)} people were killed in the {region} region.",
        f"Rescuers pulled {rng.randint(2, 20)} people from the rubble of a {rng.randint(5, 16)}-storey building; "
        f"{rng.randint(3, 90)} were wounded, among them {rng.randint(2, 9)} children.",
        f"Ukraine's forces said they had repelled {rng.randint(20, 180)} assaults near {rng.choice(TOWNS)} in the "
        "past 24 hours.",
        "Emergency services worked through the night to restore power and water, and the regional governor "
        "declared a day of mourning. Schools in the area switched to remote lessons for the rest of the week.",
    ]


def _captivity(rng: random.Random, day: date) -> list[str]:
    return [
        f"Families of the missing rallied in {rng.choice(CITIES)} on {WEEKDAYS[day.weekday()]}, urging "
        "negotiators to speed up talks on the next exchange.",
        f"Ukraine says about {rng.randrange(6, 11) * 1000:,} of its soldiers and civilians "
        "remain in Russian captivity, "
        f"and more than {rng.randint(10, 60)},000 people are listed as missing.",
        f"The ombudsman said {rng.randint(50, 300)} letters from prisoners had reached their families this year "
        f"through the Red Cross, against {rng.randint(10, 49)} last year.",
        "Relatives said they were frustrated by the slow pace of the talks and by how little information "
        "officials could share, and asked international organisations to press for access to detention sites.",
    ]


def _culture(rng: random.Random, day: date) -> list[str]:
    return [
        f"A concert for {rng.randint(300, 9000):,} people in {rng.choice(CITIES)} raised {rng.randint(1, 50)} million "
        "hryvnias for a children's hospital.",
        f"The orchestra of {rng.randint(20, 90)} musicians played {rng.randint(5, 25)} pieces; the youngest soloist "
        f"was {rng.randint(8, 16)} years old, and {rng.randint(10, 300)} volunteers helped.",
        "Organisers said the programme mixed classical pieces with new works written during the war, and that "
        "a recording would be streamed for audiences abroad next month.",
    ]


TOPICS: tuple[Callable[[random.Random, date], list[str]], ...] = (
    _sport, _economy, _weather, _strike, _captivity, _culture,
)


def distractor_article(rng: random.Random, day: date) -> str:
    """Return the body of an article of 2-4 topics with many numbers and no exchange."""
    topics = rng.sample(TOPICS, k=rng.randint(2, 4))
    return "\n\n".join(" ".join(topic(rng, day)) for topic in topics)
