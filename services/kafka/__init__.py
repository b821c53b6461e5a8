"""Kafka wiring: client settings, topic declarations and the faust app factory."""
