"""At-least-once into the aggregator, on the real broker: every stage event delivered again changes nothing."""

from services.feeder.files import read_article
from services.settings import Settings
from tests.integration.feed_files import SEEDS
from tests.integration.observe import (
    counter,
    fetch_tally,
    produce,
    read_all,
    wait_for,
    wait_for_every_seed,
    wait_for_seed_tally,
)
from tests.integration.workers import start_worker

REPORTS = "swaptally_stage_reports_consumed_total"


async def test_duplicated_stage_events_leave_the_tally_byte_identical(settings: Settings) -> None:
    worker = start_worker(settings)
    try:
        worker.wait_ready()
        seeds = [read_article(path) for path in SEEDS]
        await produce(settings, [(s.article_id.encode(), s.model_dump_json().encode()) for s in seeds],
                      settings.articles_topic)
        wait_for_seed_tally(worker)
        wait_for_every_seed(worker, {path.name for path in SEEDS})
        events = await read_all(settings, settings.stages_topic, expected=10_000, timeout=3.0)
        assert events, "the seeds must produce stage events"
        wait_for(lambda: counter(worker, REPORTS) >= len(events), 60, "the aggregator to read every event")
        before = worker.get("/tally").content
        tallies_before = len(await read_all(settings, settings.tally_topic, expected=10_000, timeout=3.0))

        # every event twice more: once in reverse order, once back to back with itself
        duplicates = [(e.key, e.value) for e in reversed(events)] + [(e.key, e.value) for e in events for _ in (0, 1)]
        await produce(settings, duplicates, settings.stages_topic)
        expected = len(events) + len(duplicates)
        wait_for(lambda: counter(worker, REPORTS) >= expected, 60, f"{expected} stage reports consumed")

        assert worker.get("/tally").content == before
        assert fetch_tally(worker) is not None
        tallies_after = len(await read_all(settings, settings.tally_topic, expected=10_000, timeout=3.0))
        assert tallies_after == tallies_before, "a duplicate must not publish a new tally"
        assert counter(worker, "swaptally_dead_letters_total") == 0
    finally:
        worker.stop()
