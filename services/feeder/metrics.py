"""The feeder's own Prometheus counters, optionally served on `--metrics-port`."""

from prometheus_client import CollectorRegistry, Counter, start_http_server


class FeederMetrics:
    """What a replay did: articles published, skipped (bad input) and failed (Kafka refused them)."""

    def __init__(self, registry: CollectorRegistry | None = None) -> None:
        self.registry = registry if registry is not None else CollectorRegistry()
        self.published = Counter(
            "swaptally_feeder_published", "Articles published to the articles topic", registry=self.registry
        )
        self.skipped = Counter(
            "swaptally_feeder_skipped", "Inputs skipped as unusable, by reason", ["reason"], registry=self.registry
        )
        self.failed = Counter(
            "swaptally_feeder_failed", "Articles that could not be published", registry=self.registry
        )

    def serve(self, port: int, host: str = "127.0.0.1") -> None:
        """Expose the counters at http://host:port/metrics from a background thread."""
        start_http_server(port, addr=host, registry=self.registry)
