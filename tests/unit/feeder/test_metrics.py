"""The feeder's counters are served in Prometheus text format on the optional metrics port."""

import socket
import urllib.request

from services.feeder.metrics import FeederMetrics


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_counters_are_served_over_http() -> None:
    metrics = FeederMetrics()
    metrics.published.inc(5)
    metrics.skipped.labels("empty").inc()
    port = _free_port()
    metrics.serve(port)
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=5) as response:
        body = response.read().decode()
    assert "swaptally_feeder_published_total 5.0" in body
    assert 'swaptally_feeder_skipped_total{reason="empty"} 1.0' in body
    assert "swaptally_feeder_failed_total 0.0" in body


def test_each_feeder_gets_its_own_registry() -> None:
    first, second = FeederMetrics(), FeederMetrics()
    first.published.inc()
    assert second.registry.get_sample_value("swaptally_feeder_published_total") == 0.0
