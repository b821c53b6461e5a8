"""Decide when a broker is really ready: its metadata lists a broker, not merely an open port."""

import asyncio
import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from aiokafka.admin import AIOKafkaAdminClient

from services.kafka.client import aiokafka_kwargs
from services.settings import Settings


@contextmanager
def quiet_aiokafka() -> Iterator[None]:
    """Silence aiokafka's connection-refused errors while we poll a broker that is still starting."""
    logger = logging.getLogger("aiokafka")
    previous = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(previous)


async def describe_brokers(settings: Settings, timeout: float = 3.0) -> list[dict[str, Any]]:
    """Return the brokers the cluster's metadata lists (empty or raising while it is not up)."""
    admin = AIOKafkaAdminClient(**aiokafka_kwargs(settings), request_timeout_ms=int(timeout * 1000))
    try:
        await asyncio.wait_for(admin.start(), timeout)
        cluster = await asyncio.wait_for(admin.describe_cluster(), timeout)
    finally:
        await admin.close()
    brokers: list[dict[str, Any]] = cluster.get("brokers", [])
    return brokers


async def wait_until_ready(settings: Settings, alive: Callable[[], bool], timeout: float) -> bool:
    """Poll `describe_cluster()` until it lists a broker; False if `alive()` turns false or time runs out."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    with quiet_aiokafka():
        while loop.time() < deadline:
            if not alive():
                return False
            try:
                if await describe_brokers(settings):
                    return True
            except Exception:  # any failure here just means "not ready yet"
                pass
            await asyncio.sleep(0.25)
    return False
