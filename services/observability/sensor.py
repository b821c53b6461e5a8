"""faust's Prometheus sensor with its per-event label work done once per topic, partition and stream.

faust's `PrometheusMonitor` renders a stream's label (a string join and a regex substitution) and looks up
a labelled child under the metric's lock for every event, which made it a third of faust's per-message
cost in an extractor worker (bench/RESULTS.md). This subclass records the same metrics with the same labels,
keeping each labelled child once it has been looked up.
"""

from typing import Any

from faust.sensors.monitor import Monitor
from faust.sensors.prometheus import PrometheusMonitor


class CachedLabelsPrometheusMonitor(PrometheusMonitor):
    """faust's Prometheus monitor, the same series, with labelled children kept instead of looked up."""

    def __init__(self, metrics: Any, **kwargs: Any) -> None:
        super().__init__(metrics=metrics, **kwargs)
        self._received_children: dict[Any, tuple[Any, Any]] = {}
        self._stream_children: dict[Any, Any] = {}
        self._sent_children: dict[str, Any] = {}
        self._table_children: dict[tuple[str, str], Any] = {}

    def on_message_in(self, tp: Any, offset: int, message: Any) -> None:
        """Count a message fetched from `tp` (as faust's monitor does)."""
        Monitor.on_message_in(self, tp, offset, message)
        metrics = self._metrics
        metrics.messages_received.inc()
        metrics.active_messages.inc()
        children = self._received_children.get(tp)
        if children is None:
            children = self._received_children[tp] = (
                metrics.messages_received_per_topics.labels(topic=tp.topic),
                metrics.messages_received_per_topics_partition.labels(topic=tp.topic, partition=tp.partition),
            )
        children[0].inc()
        children[1].set(offset)

    def on_stream_event_in(self, tp: Any, offset: int, stream: Any, event: Any) -> dict[str, Any] | None:
        """Count an event entering `stream` (as faust's monitor does)."""
        state: dict[str, Any] | None = Monitor.on_stream_event_in(self, tp, offset, stream, event)
        metrics = self._metrics
        metrics.total_events.inc()
        metrics.total_active_events.inc()
        child = self._stream_children.get(stream)
        if child is None:
            label = f"stream.{self._stream_label(stream)}.events"
            child = self._stream_children[stream] = metrics.total_events_per_stream.labels(stream=label)
        child.inc()
        return state

    def on_send_initiated(self, producer: Any, topic: str, message: Any, keysize: int, valsize: int) -> Any:
        """Count a message handed to the producer for `topic` (as faust's monitor does)."""
        child = self._sent_children.get(topic)
        if child is None:
            child = self._sent_children[topic] = self._metrics.topic_messages_sent.labels(topic=f"topic.{topic}")
        child.inc()
        return Monitor.on_send_initiated(self, producer, topic, message, keysize, valsize)

    def on_table_get(self, table: Any, key: Any) -> None:
        """Count a read of `table` (as faust's monitor does)."""
        Monitor.on_table_get(self, table, key)
        self._table_operation(table, self.KEYS_RETRIEVED).inc()

    def on_table_set(self, table: Any, key: Any, value: Any) -> None:
        """Count a write to `table` (as faust's monitor does)."""
        Monitor.on_table_set(self, table, key, value)
        self._table_operation(table, self.KEYS_UPDATED).inc()

    def on_table_del(self, table: Any, key: Any) -> None:
        """Count a deletion from `table` (as faust's monitor does)."""
        Monitor.on_table_del(self, table, key)
        self._table_operation(table, self.KEYS_DELETED).inc()

    def _table_operation(self, table: Any, operation: str) -> Any:
        child = self._table_children.get((table.name, operation))
        if child is None:
            child = self._table_children[(table.name, operation)] = self._metrics.table_operations.labels(
                table=f"table.{table.name}", operation=operation
            )
        return child
