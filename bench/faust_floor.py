"""The floor under any faust agent: CPU per message of an agent that only iterates its stream.

    python -m bench.faust_floor [--count 20000]

Publishes N generated articles, then runs a worker (this module with `--worker`) whose one agent
consumes `articles` with the extractor's app settings and does nothing else: without a sensor, with
faust's Prometheus sensor, and with the one the workers run (services.observability.sensor). Its
process CPU per message is what faust costs before any work is done: the part of the pipeline/raw
throughput ratio that no setting of ours can remove.
"""

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.harness import exit_on_sigterm, load_average, prepare, private_broker, run_settings
from bench.pipeline_run import publish_articles
from services.settings import PROJECT_ROOT, Settings
from tests.integration.workers import settings_env

SENSORS = ("none", "faust", "cached")  # no Prometheus sensor; faust's PrometheusMonitor; the workers' one


def run_worker(expect: int, out: Path, sensor: str) -> None:
    """Consume `expect` articles doing nothing; write the CPU ms per message to `out`."""
    from faust.sensors.prometheus import setup_prometheus_sensors
    from prometheus_client import CollectorRegistry

    from services.cli.worker_cmd import run_faust_worker
    from services.kafka.app import Role, create_faust_app, declare_topics
    from services.settings import get_settings

    settings = get_settings()
    app = create_faust_app(settings, Role.EXTRACTOR)
    topic = declare_topics(app, settings).articles
    if sensor != "none":
        setup_prometheus_sensors(app, registry=CollectorRegistry(), name_prefix="faust")
    if sensor == "cached":
        from faust.sensors.prometheus import PrometheusMonitor

        from services.observability.sensor import CachedLabelsPrometheusMonitor

        faust_monitor: PrometheusMonitor = app.monitor  # type: ignore[assignment]
        app.monitor = CachedLabelsPrometheusMonitor(metrics=faust_monitor._metrics)
    seen = {"count": 0, "cpu": 0.0}

    @app.agent(topic, name="floor")
    async def consume(stream: Any) -> None:
        async for _event in stream.events():
            seen["count"] += 1
            if seen["count"] == 1:
                seen["cpu"] = time.process_time()
            elif seen["count"] == expect:
                out.write_text(f"{(time.process_time() - seen['cpu']) / (expect - 1) * 1000:.4f}\n")

    run_faust_worker(app, settings, "warning")


def measure(broker: Settings, count: int, sensor: str) -> float:
    """Publish `count` articles to fresh topics and return the floor worker's CPU ms per message."""
    settings = run_settings(broker, "floor")
    prepare(settings)
    publish_articles(settings, count)
    out = Path(tempfile.mkdtemp(prefix="swaptally-floor-")) / "ms-per-message"
    env = {**settings_env(settings), "FLOOR_EXPECT": str(count), "FLOOR_OUT": str(out), "FLOOR_SENSOR": sensor}
    process = subprocess.Popen([sys.executable, "-m", "bench.faust_floor", "--worker", "worker"], env=env,
                               cwd=PROJECT_ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 300
        while not out.exists() and time.monotonic() < deadline and process.poll() is None:
            time.sleep(0.2)
        time.sleep(0.2)  # the file is written in one call; let it land
        if not out.exists():
            raise RuntimeError("the floor worker did not consume every article")
        return float(out.read_text())
    finally:
        process.terminate()
        process.wait(30)


def main() -> None:
    if "--worker" in sys.argv:
        sys.argv.remove("--worker")  # faust's own command line follows
        run_worker(int(os.environ["FLOOR_EXPECT"]), Path(os.environ["FLOOR_OUT"]), os.environ["FLOOR_SENSOR"])
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=20_000)
    args = parser.parse_args()
    exit_on_sigterm()
    with private_broker() as broker:
        for sensor in (*SENSORS, *SENSORS):
            floor = measure(broker, args.count, sensor)
            print(f"faust agent doing nothing, sensor {sensor:<6}  {floor:.4f} ms CPU per message "
                  f"[N={args.count}; {load_average()}]", flush=True)


if __name__ == "__main__":
    main()
