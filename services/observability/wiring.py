"""Attach faust's Prometheus sensor, the domain metrics and consumer lag to a worker's `/metrics`."""

from typing import Any, cast

from faust.sensors.prometheus import PrometheusMonitor, setup_prometheus_sensors

from services.kafka.app import AppContext
from services.logs import get_logger
from services.observability.lag import LagReporter, committed_offsets, measure_lag
from services.observability.sensor import CachedLabelsPrometheusMonitor

log = get_logger("observability")


def register_observability(context: AppContext) -> None:
    """Serve faust's own metrics and the domain metrics from one registry at `/metrics`."""
    # One registry per app: faust's sensor and DomainMetrics both register on `context.registry`,
    # and the sensor's `/metrics` page renders that whole registry.
    setup_prometheus_sensors(context.app, registry=context.registry, name_prefix="faust")
    # The same series from a monitor that keeps its labelled children (services.observability.sensor);
    # faust adds the app's monitor to its sensors when the app starts, so replacing it here is enough.
    context.app.monitor = CachedLabelsPrometheusMonitor(metrics=cast(PrometheusMonitor, context.app.monitor)._metrics)
    register_consumer_lag(context)


def source_topics(app: Any) -> set[str]:
    """Return the names of the topics the app's agents consume."""
    return {name for agent in app.agents.values() for name in agent.channel.topics}


async def update_consumer_lag(app: Any, reporter: LagReporter) -> None:
    """Measure the lag of the app's assigned source partitions once and publish it on the gauge."""
    if app.rebalancing:
        return  # the assignment is in flux; the next tick after the rebalance reports it
    try:
        consumer = app.consumer
        lags = await measure_lag(consumer, committed_offsets(consumer), source_topics(app))
    except Exception as exc:  # a failed measurement must never stop the worker
        log.warning("consumer lag not measured", extra={"error": repr(exc)})
        return
    reporter.report(lags)


def register_consumer_lag(context: AppContext) -> LagReporter:
    """Measure consumer lag every `lag_interval` seconds on every worker (not only the leader)."""
    app = context.app
    reporter = LagReporter(context.metrics.consumer_lag)

    async def consumer_lag_timer() -> None:
        await update_consumer_lag(app, reporter)

    # faust's `timer` decorator is untyped; applying it as a call keeps the function typed.
    app.timer(interval=context.settings.lag_interval, name="consumer-lag")(consumer_lag_timer)
    return reporter
