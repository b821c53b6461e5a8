"""The one settings model: every knob comes from a `SWAPTALLY_*` environment variable."""

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parent.parent


class Settings(BaseSettings):
    """Frozen settings for every swaptally process; bad values fail at start-up, not mid-stream."""

    model_config = SettingsConfigDict(env_prefix="SWAPTALLY_", frozen=True, extra="ignore")

    # Kafka connection (a local broker by default; any real cluster via these settings)
    kafka_bootstrap: str = "127.0.0.1:19092"
    kafka_security_protocol: Literal["PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"] = "PLAINTEXT"
    kafka_sasl_mechanism: Literal["PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"] | None = None
    kafka_sasl_username: str | None = None
    kafka_sasl_password: SecretStr | None = None  # never printed: repr shows '**********'
    kafka_ssl_cafile: Path | None = None
    kafka_ssl_certfile: Path | None = None
    kafka_ssl_keyfile: Path | None = None

    # Topics: names share a prefix so tests and tenants never collide
    topic_prefix: str = ""
    articles_partitions: int = Field(default=6, ge=1)
    stages_partitions: int = Field(default=3, ge=1)
    replication_factor: int = Field(default=1, ge=1)

    # Local broker managed by `swaptally broker`
    broker_port: int = Field(default=19092, ge=1, le=65535)
    controller_port: int = Field(default=19093, ge=1, le=65535)
    state_dir: Path = PROJECT_ROOT / "var"
    broker_heap: str = "-Xms512m -Xmx1g"
    broker_ready_timeout: float = Field(default=90.0, gt=0)
    broker_lib_dir: Path | None = None  # where Maven puts the broker's jars; default <state_dir>/kafka-lib

    # Workers
    app_id: str = "swaptally"
    conflict: str = "russia-ukraine"
    web_host: str = "127.0.0.1"
    web_port: int = Field(default=6066, ge=1, le=65535)
    table_store: str = "rocksdb://"
    session_timeout: float = Field(default=10.0, gt=0)
    heartbeat_interval: float = Field(default=1.0, gt=0)
    max_article_bytes: int = Field(default=1024 * 1024, gt=0)
    native_extractor: bool = True  # use the mypyc build of the extractor rules when it matches their sources
    tally_batch_max: int = Field(default=500, ge=1)  # stage events applied before the tally is published
    tally_flush_share: float = Field(default=0.2, gt=0, le=1)  # most of a busy aggregator's time spent publishing
    tally_flush_max_wait: float = Field(default=0.02, ge=0)  # longest wait between two tally publications
    # faust tuning, measured by bench/throughput.py and bench/latency.py (see bench/RESULTS.md)
    freeze_heap: bool = True  # keep start-up and recovered objects out of full GC passes (tail latency)
    event_loop: Literal["asyncio", "uvloop"] = "uvloop"  # the worker's event loop (uvloop: ~10% less CPU)
    fetch_max_wait_ms: int = Field(default=10, ge=0)  # how long the broker may hold a worker's empty fetch
    # how long a worker's producer waits to fill a batch; None: EXTRACTOR_LINGER_MS for an extractor-only
    # worker (its sends are many and small), 0 for one that publishes the tally (every ms is latency)
    producer_linger_ms: int | None = Field(default=None, ge=0)
    max_poll_records: int | None = Field(default=None, ge=1)  # records per consumer poll (None: aiokafka's)
    stream_buffer_maxsize: int = Field(default=4096, ge=1)  # events buffered per stream before pausing fetches
    commit_interval: float = Field(default=2.8, gt=0)  # seconds between offset commits
    lag_interval: float = Field(default=5.0, gt=0)  # seconds between consumer-lag measurements
    publish_retry_timeout: float = Field(default=120.0, gt=0)  # how long the feeder waits out a broker outage
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    log_format: Literal["json", "console"] = "json"
    faust_log_level: Literal["debug", "info", "warning", "error"] = "warning"  # faust's own, often chatty, logs

    @field_validator("kafka_bootstrap")
    @classmethod
    def _bootstrap_has_port(cls, value: str) -> str:
        for server in value.split(","):
            host, _, port = server.strip().rpartition(":")
            if not host or not port.isdigit():
                raise ValueError(f"bootstrap server {server!r} must be host:port")
        return value

    @property
    def articles_topic(self) -> str:
        return f"{self.topic_prefix}articles"

    @property
    def stages_topic(self) -> str:
        return f"{self.topic_prefix}exchange-stages"

    @property
    def tally_topic(self) -> str:
        return f"{self.topic_prefix}exchange-tally"

    @property
    def dlq_topic(self) -> str:
        return f"{self.topic_prefix}articles-dlq"

    @property
    def broker_dir(self) -> Path:
        return self.state_dir / "kafka"

    @property
    def kafka_lib_dir(self) -> Path:
        return self.broker_lib_dir if self.broker_lib_dir is not None else self.state_dir / "kafka-lib"

    @property
    def web_url(self) -> str:
        return f"http://{self.web_host}:{self.web_port}"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """Return the process-wide settings, read once from the environment."""
    return Settings()
