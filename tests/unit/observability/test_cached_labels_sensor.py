"""The cached-labels sensor records exactly the series faust's Prometheus monitor records."""

from types import SimpleNamespace
from typing import Any

from faust.sensors.prometheus import FaustMetrics, PrometheusMonitor
from faust.types import TP
from prometheus_client import CollectorRegistry

from services.observability.sensor import CachedLabelsPrometheusMonitor


class AgentTask:
    """Stands for the task that owns a stream (faust's Monitor keys a weak dictionary by it)."""

    def __init__(self, name: str) -> None:
        self.name = name


class FakeStream:
    """The two attributes of a faust stream that the monitors read."""

    def __init__(self, topic: str) -> None:
        self.shortlabel = f"Stream: Topic: {topic}"
        self.task_owner = AgentTask(f"agent-{topic}")

    def __str__(self) -> str:
        return self.shortlabel


def counted_series(registry: CollectorRegistry) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    """Every sample of the registry except timings, keyed by name and labels."""
    return {
        (sample.name, tuple(sorted(sample.labels.items()))): sample.value
        for family in registry.collect()
        if family.type != "histogram"
        for sample in family.samples
        if not sample.name.endswith("_created")
    }


def drive(monitor: Any) -> None:
    """Feed a monitor the calls a worker makes: fetched messages, stream events and sends, on two topics."""
    streams = {"articles": FakeStream("articles"), "exchange-stages": FakeStream("exchange-stages")}
    for offset in range(7):
        for topic, partitions in (("articles", 3), ("exchange-stages", 1)):
            tp = TP(topic, offset % partitions)
            message = SimpleNamespace(time_in=None)
            monitor.on_message_in(tp, offset, message)
            state = monitor.on_stream_event_in(tp, offset, streams[topic], event=None)
            monitor.on_stream_event_out(tp, offset, streams[topic], event=None, state=state)
            monitor.on_message_out(tp, offset, message)
            monitor.on_send_initiated(None, "exchange-stages" if topic == "articles" else "tally", None, 3, 40)
    table = SimpleNamespace(name="stage-reports")
    for key in range(3):
        monitor.on_table_set(table, key, b"report")
        monitor.on_table_get(table, key)
    monitor.on_table_del(table, 0)


def test_cached_sensor_records_the_same_series_as_faust_prometheus_monitor() -> None:
    faust_registry, cached_registry = CollectorRegistry(), CollectorRegistry()
    drive(PrometheusMonitor(metrics=FaustMetrics.create(faust_registry, "faust")))
    drive(CachedLabelsPrometheusMonitor(metrics=FaustMetrics.create(cached_registry, "faust")))
    expected = counted_series(faust_registry)
    assert expected[("faust_topic_messages_sent_total", (("topic", "topic.exchange-stages"),))] == 7
    assert expected[("faust_messages_received_per_topics_partition", (("partition", "2"), ("topic", "articles")))] == 5
    operations = ("table", "table.stage-reports")
    assert expected[("faust_table_operations_total", (("operation", "keys_updated"), operations))] == 3
    assert counted_series(cached_registry) == expected


def test_cached_sensor_keeps_one_child_per_topic_partition_and_stream() -> None:
    monitor = CachedLabelsPrometheusMonitor(metrics=FaustMetrics.create(CollectorRegistry(), "faust"))
    drive(monitor)
    assert len(monitor._received_children) == 4  # articles 0-2 and exchange-stages 0
    assert len(monitor._stream_children) == 2
    assert set(monitor._sent_children) == {"exchange-stages", "tally"}
