"""Workers' consumers fetch with the configured wait, not faust's hard-coded 1.5 s."""

from pathlib import Path

from services.kafka.app import Role, create_faust_app
from services.kafka.transport import Transport
from services.settings import Settings


async def test_the_worker_consumer_uses_the_configured_fetch_wait(tmp_path: Path) -> None:
    app = create_faust_app(Settings(state_dir=tmp_path, fetch_max_wait_ms=7), Role.ALL)
    assert isinstance(app.transport, Transport)
    thread = app.consumer._new_consumer_thread()
    consumer = thread._create_worker_consumer(app.transport)
    try:
        assert consumer._fetch_max_wait_ms == 7
    finally:
        await consumer.stop()  # never started: releases what the constructor holds
