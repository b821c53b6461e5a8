"""The Grafana dashboard queries only metrics we export, through the provisioned datasource, in valid PromQL."""

import json
import re
import subprocess
from pathlib import Path
from typing import Any

import pytest
from faust.sensors.prometheus import FaustMetrics
from prometheus_client import CollectorRegistry

from services.feeder.metrics import FeederMetrics
from services.observability.metrics import DomainMetrics
from tests.unit.test_promtool import promtool

GRAFANA_DIR = Path(__file__).resolve().parents[3] / "deploy" / "grafana"
DASHBOARD = GRAFANA_DIR / "dashboards" / "swaptally.json"
DATASOURCE = GRAFANA_DIR / "provisioning" / "datasources" / "prometheus.yml"
SUFFIXES = {"counter": ("_total", "_created"), "histogram": ("_bucket", "_count", "_sum", "_created")}
METRIC_NAME = re.compile(r"\b(?:swaptally|faust)_[a-z_]+\b")


def load_panels() -> list[dict[str, Any]]:
    dashboard = json.loads(DASHBOARD.read_text())
    return [panel for panel in dashboard["panels"] if panel["type"] != "row"]


def expressions() -> list[str]:
    return [target["expr"] for panel in load_panels() for target in panel["targets"]]


def exported_series_names() -> set[str]:
    """Names of every series the workers and the feeder can expose, as Prometheus stores them."""
    registry = CollectorRegistry()
    DomainMetrics(registry)
    FeederMetrics(registry)
    FaustMetrics.create(registry, "faust")
    names: set[str] = set()
    for family in registry.collect():
        names.update(family.name + suffix for suffix in SUFFIXES.get(family.type, ("",)))
    return names


def test_every_panel_uses_the_provisioned_datasource() -> None:
    match = re.search(r"^\s*uid:\s*(\S+)", DATASOURCE.read_text(), re.MULTILINE)
    assert match is not None
    panels = load_panels()
    assert panels
    for panel in panels:
        assert panel["datasource"]["uid"] == match.group(1), panel["title"]
        assert all(target["datasource"]["uid"] == match.group(1) for target in panel["targets"]), panel["title"]


def test_panels_have_unique_ids_and_fit_the_grid() -> None:
    dashboard = json.loads(DASHBOARD.read_text())
    ids = [panel["id"] for panel in dashboard["panels"]]
    assert len(ids) == len(set(ids))
    for panel in dashboard["panels"]:
        grid = panel["gridPos"]
        assert grid["x"] + grid["w"] <= 24, panel["title"]


def test_queries_name_only_exported_metrics() -> None:
    exported = exported_series_names()
    named = {name for expr in expressions() for name in METRIC_NAME.findall(expr)}
    assert named, "the dashboard queries no swaptally or faust metric"
    assert named <= exported, f"unknown metrics: {sorted(named - exported)}"


def test_dashboard_covers_tally_stages_throughput_latency_lag_and_dlq() -> None:
    joined = "\n".join(expressions())
    for needed in (
        "swaptally_people_returned",
        "swaptally_stages",
        "swaptally_articles_consumed_total",
        "swaptally_stage_events_total",
        "swaptally_consumer_lag",
        "swaptally_dead_letters_total",
    ):
        assert needed in joined, needed
    assert re.search(r"histogram_quantile\(0\.95, .*swaptally_end_to_end_latency_seconds_bucket", joined)


@pytest.mark.prometheus
def test_queries_are_valid_promql(tmp_path: Path) -> None:
    """Each query, with Grafana's variables filled in, parses as a Prometheus recording rule."""
    recorded = [
        {"record": f"dashboard:query_{index}", "expr": expr.replace("$__rate_interval", "1m").replace("$conflict", "x")}
        for index, expr in enumerate(expressions())
    ]
    rules = {"groups": [{"name": "dashboard", "rules": recorded}]}
    path = tmp_path / "dashboard_rules.json"  # promtool reads YAML, of which JSON is a subset
    path.write_text(json.dumps(rules))
    result = subprocess.run([promtool(), "check", "rules", str(path)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
