"""faust's Kafka transport with a configurable fetch wait (faust hard-codes 1,500 ms).

One consumer fetches all of a worker's partitions with at most one request in flight per broker.
A partition that still had records buffered when that request left is not in it, so new records
for it wait until the broker answers the request — which, when the partitions it names stay
empty, takes the whole fetch wait. With 1.5 s that is the latency of a quiet pipeline; a few
milliseconds keep an idle worker's empty fetches cheap and its latency low (bench/latency.py).
"""

from typing import Any

import aiokafka
from faust.transport.drivers import aiokafka as driver


class ConsumerThread(driver.AIOKafkaConsumerThread):
    """Create faust's worker consumer, then shorten how long the broker may hold its fetches."""

    def _create_worker_consumer(self, transport: Any) -> aiokafka.AIOKafkaConsumer:
        consumer = super()._create_worker_consumer(transport)
        # aiokafka takes the value at start(); faust offers no setting for it
        consumer._fetch_max_wait_ms = transport.fetch_max_wait_ms
        return consumer


class Consumer(driver.Consumer):
    def _new_consumer_thread(self) -> ConsumerThread:
        return ConsumerThread(self, loop=self.loop, beacon=self.beacon)


class Transport(driver.Transport):
    """The aiokafka transport whose worker consumers use `fetch_max_wait_ms`."""

    Consumer = Consumer

    def __init__(self, url: Any, app: Any, *, fetch_max_wait_ms: int) -> None:
        super().__init__(url, app)
        self.fetch_max_wait_ms = fetch_max_wait_ms
