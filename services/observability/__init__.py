"""Observability: domain metrics beside faust's own Prometheus sensor."""
