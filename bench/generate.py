"""Generate N realistic articles, deterministic by seed: exchange reports of many outlets among distractors.

Use as a module (`article_texts`, `articles`) or from the shell:

    python -m bench.generate --count 1000 --out /tmp/feed   # files for `swaptally replay`
    python -m bench.generate --count 100000 --summary       # what the mix looks like
"""

import argparse
import random
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bench.articles.distractors import distractor_article
from bench.articles.exchange_text import exchange_article
from bench.articles.world import ExchangeTruth, build_world
from schemas import Article
from services.feeder.files import article_from_text

DEFAULT_COUNT = 100_000
DEFAULT_SEED = 2025
# Outlets and how often each writes; wires publish most.
OUTLETS = {
    "Reuters": 9, "AFP": 8, "AP": 7, "dpa": 4, "BBC News": 5, "Al Jazeera": 4, "DW": 3, "Ukrinform": 6,
    "Kyiv Independent": 5, "Ukrainska Pravda": 4, "Suspilne": 3, "TASS": 6, "RIA Novosti": 4, "Interfax": 5,
    "Meduza": 2, "The Guardian": 3, "CNN": 3, "NPR": 2, "Euronews": 2, "France 24": 2, "Anadolu": 3,
    "Xinhua": 2, "Bloomberg": 2, "Kyiv Post": 3, "RFE/RL": 3, "Hromadske": 2, "Novaya Gazeta Europe": 1,
    "The Moscow Times": 2, "Financial Times": 1, "Washington Post": 1,
}


@dataclass(frozen=True)
class GeneratedText:
    """One article as a file would hold it: its outlet and its text (with the ` date ` header if dated)."""

    index: int
    source: str
    text: str
    about_exchange: bool


def _exchange_text(rng: random.Random, index: int, count: int, world: tuple[ExchangeTruth, ...]) -> tuple[str, str]:
    position = min(len(world) - 1, max(0, index * len(world) // count + rng.choice((-1, 0, 0, 0))))
    exchange = world[position]
    stage = rng.choice(exchange.stages)
    published = stage.day + timedelta(days=rng.choice((0, 0, 1)))
    dated = rng.random() < 0.85
    body = exchange_article(rng, exchange, stage, published, explicit_dates=not dated, history=world[:position])
    return (f" date {published.isoformat()} " if dated else ""), body


def article_texts(
    count: int = DEFAULT_COUNT, seed: int = DEFAULT_SEED, *, exchange_share: float = 0.4, exchanges: int = 48
) -> Iterator[GeneratedText]:
    """Yield `count` articles in time order; `exchange_share` of them report a stage, the rest are distractors."""
    world = build_world(random.Random(seed), exchanges)
    outlets, weights = list(OUTLETS), list(OUTLETS.values())
    for index in range(count):
        rng = random.Random(seed * 1_000_003 + index)
        source = rng.choices(outlets, weights)[0]
        if rng.random() < exchange_share:
            header, body = _exchange_text(rng, index, count, world)
            yield GeneratedText(index, source, header + body, True)
        else:
            near = world[min(len(world) - 1, index * len(world) // count)].stages[0].day
            day = near + timedelta(days=rng.randint(-10, 10))
            yield GeneratedText(index, source, f" date {day.isoformat()} " + distractor_article(rng, day), False)


def to_article(generated: GeneratedText, received_at: datetime | None = None, source: str | None = None) -> Article:
    """Normalise a generated text into an `Article` exactly as the feeder does for a file."""
    return article_from_text(generated.text, source or generated.source, received_at or datetime.now(UTC))


def articles(count: int = DEFAULT_COUNT, seed: int = DEFAULT_SEED, **options: float) -> Iterator[Article]:
    """Yield `count` generated `Article`s (received now); see `article_texts` for the options."""
    for generated in article_texts(count, seed, **options):  # type: ignore[arg-type]
        yield to_article(generated)


def _summary(count: int, seed: int) -> None:
    kinds: Counter[str] = Counter()
    sizes = 0
    ids = set()
    for generated in article_texts(count, seed):
        kinds["exchange" if generated.about_exchange else "distractor"] += 1
        sizes += len(generated.text)
        ids.add(to_article(generated).article_id)
    print(f"{count} articles (seed {seed}): {dict(kinds)}, {len(ids)} distinct ids, mean {sizes // count} chars")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=DEFAULT_COUNT)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--out", type=Path, help="write one file per article here (file name = outlet + index)")
    parser.add_argument("--summary", action="store_true", help="print the mix instead of writing files")
    args = parser.parse_args()
    if args.summary or args.out is None:
        _summary(args.count, args.seed)
        return
    args.out.mkdir(parents=True, exist_ok=True)
    for generated in article_texts(args.count, args.seed):
        name = f"{generated.index:06d}-{generated.source.replace('/', '-').replace(' ', '-')}.txt"
        (args.out / name).write_text(generated.text + "\n", encoding="utf-8")
    print(f"wrote {args.count} articles to {args.out}")


if __name__ == "__main__":
    main()
