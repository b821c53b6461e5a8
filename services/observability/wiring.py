"""Attach faust's Prometheus sensor and the domain metrics to a worker's `/metrics`."""

from faust.sensors.prometheus import setup_prometheus_sensors

from services.kafka.app import AppContext


def register_observability(context: AppContext) -> None:
    """Serve faust's own metrics and the domain metrics from one registry at `/metrics`."""
    setup_prometheus_sensors(context.app, registry=context.registry, name_prefix="faust")
