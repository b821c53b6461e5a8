"""Domain metrics of swaptally, registered on one `CollectorRegistry` per app."""

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0)
EXTRACT_BUCKETS = (0.00005, 0.0001, 0.0002, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.05, 0.25, 1.0)


class DomainMetrics:
    """Counters, gauges and histograms that say what the pipeline did with the news."""

    def __init__(self, registry: CollectorRegistry) -> None:
        self.registry = registry
        self.articles_consumed = Counter(
            "swaptally_articles_consumed", "Article messages read from the articles topic", registry=registry
        )
        self.articles_processed = Counter(
            "swaptally_articles_processed", "Articles extracted without being dead-lettered", registry=registry
        )
        self.articles_without_stage = Counter(
            "swaptally_articles_without_stage", "Valid articles from which no stage was extracted", registry=registry
        )
        self.stage_events = Counter(
            "swaptally_stage_events", "ExchangeStage events emitted, by kind", ["kind"], registry=registry
        )
        self.extraction_seconds = Histogram(
            "swaptally_extraction_seconds", "Time to extract one article", buckets=EXTRACT_BUCKETS, registry=registry
        )
        self.dead_letters = Counter(
            "swaptally_dead_letters", "Messages sent to the dead-letter topic, by reason", ["reason"], registry=registry
        )
        self.stage_reports_consumed = Counter(
            "swaptally_stage_reports_consumed", "ExchangeStage events read by the aggregator", registry=registry
        )
        self.people_returned = Gauge(
            "swaptally_people_returned",
            "People returned to each side per the current tally, by category",
            ["conflict", "side", "category"],
            registry=registry,
        )
        self.stages_by_status = Gauge(
            "swaptally_stages", "Reconciled stages by status", ["conflict", "status"], registry=registry
        )
        self.failed_checks = Gauge(
            "swaptally_failed_checks", "Cumulative claims that disagree with the sum of stages", ["conflict"],
            registry=registry,
        )
        self.tally_updates = Counter(
            "swaptally_tally_updates", "Tallies published to the tally topic", ["conflict"], registry=registry
        )
        self.end_to_end_seconds = Histogram(
            "swaptally_end_to_end_latency_seconds",
            "From an article's publish time to the tally update that includes it",
            buckets=LATENCY_BUCKETS,
            registry=registry,
        )
        self.consumer_lag = Gauge(
            "swaptally_consumer_lag",
            "Messages between each assigned source partition's end and the group's committed offset",
            ["topic", "partition"],
            registry=registry,
        )
