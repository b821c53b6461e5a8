"""Render the broker's `server.properties` and `log4j.properties` from `Settings`."""

from dataclasses import dataclass
from pathlib import Path

from services.settings import Settings

NODE_ID = 1


@dataclass(frozen=True)
class BrokerPaths:
    """Where one local broker keeps its files (all under `settings.broker_dir`)."""

    root: Path

    @property
    def data_dir(self) -> Path:
        return self.root / "data"

    @property
    def logs_dir(self) -> Path:
        return self.root / "logs"

    @property
    def server_properties(self) -> Path:
        return self.root / "server.properties"

    @property
    def log4j_properties(self) -> Path:
        return self.root / "log4j.properties"

    @property
    def pid_file(self) -> Path:
        return self.root / "broker.pid"

    @property
    def cluster_id_file(self) -> Path:
        return self.root / "cluster.id"

    @property
    def console_log(self) -> Path:
        """The JVM's own stdout/stderr (start-up failures land here, before log4j is up)."""
        return self.logs_dir / "console.log"

    @property
    def server_log(self) -> Path:
        return self.logs_dir / "server.log"

    @property
    def lock_file(self) -> Path:
        return self.root / "broker.lock"


def broker_paths(settings: Settings) -> BrokerPaths:
    """Return the file layout of the broker these settings describe."""
    return BrokerPaths(settings.broker_dir)


def server_properties(settings: Settings) -> dict[str, str]:
    """Return the single-node KRaft configuration (broker and controller in one process, loopback only)."""
    host = "127.0.0.1"
    return {
        "node.id": str(NODE_ID),
        "process.roles": "broker,controller",
        "listeners": f"PLAINTEXT://{host}:{settings.broker_port},CONTROLLER://{host}:{settings.controller_port}",
        "advertised.listeners": f"PLAINTEXT://{host}:{settings.broker_port}",
        "listener.security.protocol.map": "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
        "inter.broker.listener.name": "PLAINTEXT",
        "controller.listener.names": "CONTROLLER",
        "controller.quorum.voters": f"{NODE_ID}@{host}:{settings.controller_port}",
        "log.dirs": str(broker_paths(settings).data_dir),
        "num.partitions": "1",
        "default.replication.factor": "1",
        "offsets.topic.replication.factor": "1",
        "offsets.topic.num.partitions": "1",
        "transaction.state.log.replication.factor": "1",
        "transaction.state.log.min.isr": "1",
        "min.insync.replicas": "1",
        "group.initial.rebalance.delay.ms": "0",
        "auto.create.topics.enable": "false",
        "log.retention.hours": "168",
        "log.segment.bytes": str(64 * 1024 * 1024),
        "log.cleaner.dedupe.buffer.size": str(16 * 1024 * 1024),
        "num.network.threads": "2",
        "num.io.threads": "2",
        "background.threads": "4",
        "log.flush.offset.checkpoint.interval.ms": "60000",
    }


def log4j_properties(settings: Settings) -> dict[str, str]:
    """Return a log4j 1.x configuration: INFO to a size-capped file, noisy loggers at WARN."""
    paths = broker_paths(settings)
    return {
        "log4j.rootLogger": "INFO, file",
        "log4j.appender.file": "org.apache.log4j.RollingFileAppender",
        "log4j.appender.file.File": str(paths.server_log),
        "log4j.appender.file.MaxFileSize": "10MB",
        "log4j.appender.file.MaxBackupIndex": "3",
        "log4j.appender.file.layout": "org.apache.log4j.PatternLayout",
        "log4j.appender.file.layout.ConversionPattern": "[%d] %p %m (%c)%n",
        "log4j.logger.kafka.request.logger": "WARN",
        "log4j.logger.kafka.log.LogCleaner": "WARN",
        "log4j.logger.state.change.logger": "WARN",
        "log4j.logger.org.apache.kafka.storage.internals.log": "WARN",
        "log4j.logger.kafka.log": "WARN",
        "log4j.logger.org.apache.kafka.clients": "WARN",
    }


def render(properties: dict[str, str]) -> str:
    """Return Java properties text; values here never contain characters that need escaping."""
    header = "# Written by `swaptally broker start` from SWAPTALLY_* settings; edits are overwritten.\n"
    return header + "".join(f"{key}={value}\n" for key, value in properties.items())


def write_config(settings: Settings) -> BrokerPaths:
    """Create the broker's folders and (re)write its two configuration files."""
    paths = broker_paths(settings)
    for folder in (paths.root, paths.data_dir, paths.logs_dir):
        folder.mkdir(parents=True, exist_ok=True)
    paths.server_properties.write_text(render(server_properties(settings)))
    paths.log4j_properties.write_text(render(log4j_properties(settings)))
    return paths
