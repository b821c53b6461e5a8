"""docs/metrics.md documents every metric the workers and the feeder export, and every alert rule."""

import re

from prometheus_client import CollectorRegistry

from services.feeder.metrics import FeederMetrics
from services.observability.metrics import DomainMetrics
from tests.conftest import REPO_ROOT

DOC = REPO_ROOT / "docs" / "metrics.md"
ALERTS = REPO_ROOT / "deploy" / "prometheus" / "alerts.yml"


def exported_families() -> list[tuple[str, str, str]]:
    """(name as queried, type, help) of every swaptally metric family."""
    registry = CollectorRegistry()
    DomainMetrics(registry)
    FeederMetrics(registry)
    return [
        (family.name + ("_total" if family.type == "counter" else ""), family.type, family.documentation)
        for family in registry.collect()
    ]


def test_every_metric_has_a_help_text_and_a_row_in_the_doc() -> None:
    doc = DOC.read_text()
    families = exported_families()
    assert len(families) >= 15
    for name, _, help_text in families:
        assert help_text.strip(), f"{name} has no help text"
        assert f"| `{name}` |" in doc, f"{name} is not documented in {DOC.name}"


def test_every_alert_rule_is_documented() -> None:
    alerts = re.findall(r"^\s*- alert: (\w+)", ALERTS.read_text(), re.MULTILINE)
    assert len(alerts) >= 5
    doc = DOC.read_text()
    for alert in alerts:
        assert f"| `{alert}` |" in doc, f"alert {alert} is not documented"
