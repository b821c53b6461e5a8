"""Article files for replays: the five seeds spread among generated distractors and exact duplicates."""

import random
import shutil
from pathlib import Path

from services.settings import PROJECT_ROOT

SEEDS = sorted((PROJECT_ROOT / "seeds").glob("*.txt"))

_CLUBS = ["Dynamo", "Shakhtar", "Zorya", "Vorskla", "Rukh", "Oleksandriya", "Kryvbas", "Polissya"]
_CITIES = ["Lviv", "Odesa", "Kharkiv", "Dnipro", "Poltava", "Vinnytsia", "Rivne", "Uzhhorod"]
_TEMPLATES = [
    (
        "{city} ({n}) — {club_a} beat {club_b} {goals_a}-{goals_b} on {weekday}, with {scorer} scoring twice in "
        "front of {crowd:,} spectators. The win lifts {club_a} to {points} points after {games} games, {gap} ahead "
        "of the chasing pack. Coach Ihor Melnyk, 47, said the squad of {squad} players had trained for {days} "
        "days on a new pitch."
    ),
    (
        "The central bank kept its key rate at {rate}.5% on {weekday}, citing inflation of {inflation}.{tenth}% in "
        "April. Analysts had expected {expected} basis points of easing. Reserves rose to ${reserves}.{tenth} billion "
        "and the hryvnia traded at {fx}.{cents} to the dollar, the strongest level in {weeks} weeks."
    ),
    (
        "Forecasters in {city} expect {rain} mm of rain over the next {days} days, with highs of {temp} C on "
        "{weekday}. Farmers have sown {hectares:,} hectares of wheat, {share}% of the plan, and {tractors} tractors "
        "were repaired at the regional depot this spring. Route {road} will close for {hours} hours of repairs."
    ),
    (
        "A concert for {crowd:,} people in {city} raised {money:,} hryvnias for a children's hospital on {weekday}. "
        "The orchestra of {squad} musicians played {songs} pieces; the youngest soloist was {age} years old. Tickets "
        "sold out in {hours} hours, organisers said, and {volunteers} volunteers helped at {gates} gates."
    ),
]
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def distractor_text(index: int) -> str:
    """Return a distinct, realistic news text full of numbers that reports no prisoner exchange."""
    rng = random.Random(index)
    template = _TEMPLATES[index % len(_TEMPLATES)]
    clubs = rng.sample(_CLUBS, 2)
    values = {
        "n": index, "city": rng.choice(_CITIES), "club_a": clubs[0], "club_b": clubs[1],
        "goals_a": rng.randint(2, 5), "goals_b": rng.randint(0, 1), "weekday": rng.choice(_WEEKDAYS),
        "scorer": rng.choice(["Sudakov", "Vanat", "Mudryk", "Tsyhankov"]), "crowd": rng.randint(3000, 40000),
        "points": rng.randint(20, 70), "games": rng.randint(10, 30), "gap": rng.randint(1, 9),
        "squad": rng.randint(20, 90), "days": rng.randint(2, 14), "rate": rng.randint(10, 16),
        "inflation": rng.randint(5, 15), "tenth": rng.randint(0, 9), "expected": rng.choice([25, 50, 75]),
        "reserves": rng.randint(30, 50), "fx": rng.randint(39, 42), "cents": rng.randint(10, 99),
        "weeks": rng.randint(2, 30), "rain": rng.randint(5, 60), "temp": rng.randint(12, 31),
        "hectares": rng.randint(10000, 900000), "share": rng.randint(20, 99), "tractors": rng.randint(10, 400),
        "road": rng.randint(1, 30), "hours": rng.randint(2, 48), "money": rng.randint(10000, 5000000),
        "songs": rng.randint(5, 25), "age": rng.randint(8, 16), "volunteers": rng.randint(10, 300),
        "gates": rng.randint(2, 12),
    }
    return template.format(**values)


def write_replay_folder(folder: Path, distractors: int, *, seed_copies: int = 1) -> int:
    """Write the seeds spread evenly among `distractors` generated files; return the number of files.

    Every file sits in its own slot folder so that the feeder's name order interleaves them while each
    seed keeps its file name (its source). With `seed_copies` > 1 the seeds are written again in later
    batches: exact duplicates (same source, same text), which must change nothing.
    """
    written = 0
    made = 0
    for batch in range(seed_copies):
        count = distractors // seed_copies + (1 if batch < distractors % seed_copies else 0)
        slots = len(SEEDS) + count
        seed_slots = [int((i + 0.5) * slots / len(SEEDS)) for i in range(len(SEEDS))]
        seeds = dict(zip(seed_slots, SEEDS, strict=True))
        for slot in range(slots):
            slot_dir = folder / f"batch{batch:02d}" / f"slot{slot:05d}"
            slot_dir.mkdir(parents=True)
            seed = seeds.get(slot)
            if seed is not None:
                shutil.copyfile(seed, slot_dir / seed.name)
            else:
                header = f" date 2025-05-{made % 7 + 20} "
                (slot_dir / f"local-news-{made:05d}.txt").write_text(header + distractor_text(made) + "\n")
                made += 1
            written += 1
    return written
