"""Security basics of a worker's web server: read-only endpoints, loopback unless configured otherwise."""


import httpx
import psutil

from services.settings import Settings
from tests.integration.workers import WorkerProcess, start_worker

READ_ONLY_PATHS = ["/", "/tally", "/metrics", "/tally/stages/2025-05-23"]
WRITE_METHODS = ["POST", "PUT", "DELETE", "PATCH"]


def listening(pid: int) -> list[tuple[str, int]]:
    """Return the (address, port) of every TCP socket the process listens on."""
    return sorted(
        (conn.laddr.ip, conn.laddr.port)
        for conn in psutil.Process(pid).net_connections(kind="tcp")
        if conn.status == psutil.CONN_LISTEN
    )


def test_the_default_web_host_is_loopback() -> None:
    assert Settings().web_host == "127.0.0.1"


def test_the_worker_listens_on_loopback_only_by_default(settings: Settings, worker: WorkerProcess) -> None:
    sockets = listening(worker.process.pid)
    assert ("127.0.0.1", settings.web_port) in sockets
    exposed = [(host, port) for host, port in sockets if host not in {"127.0.0.1", "::1"}]
    assert exposed == [], f"listening beyond loopback: {exposed}"


def test_endpoints_answer_reads_and_refuse_writes(worker: WorkerProcess) -> None:
    for path in ["/", "/tally", "/metrics"]:
        assert worker.get(path).status_code == 200, path
    before = worker.get("/tally").content
    answers = {
        (method, path): httpx.request(method, f"{worker.url}{path}", content=b'{"totals": {}}', timeout=5.0).status_code
        for path in READ_ONLY_PATHS
        for method in WRITE_METHODS
    }
    assert {key: code for key, code in answers.items() if code != 405} == {}
    assert worker.get("/tally").content == before


def test_other_interfaces_only_when_configured(settings: Settings) -> None:
    worker = start_worker(settings, web_host="0.0.0.0")
    try:
        worker.wait_ready()
        assert ("0.0.0.0", settings.web_port) in listening(worker.process.pid)
        assert httpx.get(f"http://127.0.0.1:{settings.web_port}/tally", timeout=5.0).status_code == 200
    finally:
        worker.stop()
