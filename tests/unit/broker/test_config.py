"""The broker's configuration follows the settings: single-node KRaft on loopback, RF 1, no auto-create."""

from pathlib import Path

from services.broker.config import broker_paths, log4j_properties, render, server_properties, write_config
from services.broker.process import is_formatted, new_cluster_id
from services.settings import Settings


def _settings(tmp_path: Path) -> Settings:
    return Settings(state_dir=tmp_path, broker_port=39092, controller_port=39093)


def test_server_properties_describe_a_single_kraft_node(tmp_path: Path) -> None:
    props = server_properties(_settings(tmp_path))
    assert props["process.roles"] == "broker,controller"
    assert props["node.id"] == "1"
    assert props["listeners"] == "PLAINTEXT://127.0.0.1:39092,CONTROLLER://127.0.0.1:39093"
    assert props["controller.quorum.voters"] == "1@127.0.0.1:39093"
    assert props["controller.listener.names"] == "CONTROLLER"
    assert props["log.dirs"] == str(tmp_path / "kafka" / "data")
    assert props["auto.create.topics.enable"] == "false"
    assert props["group.initial.rebalance.delay.ms"] == "0"
    assert props["offsets.topic.num.partitions"] == "1"
    for key in ("offsets.topic.replication.factor", "transaction.state.log.replication.factor",
                "transaction.state.log.min.isr", "default.replication.factor"):
        assert props[key] == "1", key


def test_logs_go_to_a_capped_file_in_the_state_folder(tmp_path: Path) -> None:
    props = log4j_properties(_settings(tmp_path))
    assert props["log4j.appender.file.File"] == str(tmp_path / "kafka" / "logs" / "server.log")
    assert props["log4j.appender.file.MaxFileSize"] == "10MB"


def test_write_config_creates_the_folders_and_readable_properties_files(tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    paths = write_config(settings)
    assert paths == broker_paths(settings)
    assert paths.data_dir.is_dir() and paths.logs_dir.is_dir()
    lines = paths.server_properties.read_text().splitlines()
    parsed = dict(line.split("=", 1) for line in lines if line and not line.startswith("#"))
    assert parsed == server_properties(settings)
    assert not is_formatted(paths)


def test_render_writes_one_key_per_line() -> None:
    assert render({"a": "1", "b.c": "x"}).splitlines()[1:] == ["a=1", "b.c=x"]


def test_cluster_ids_look_like_kafkas() -> None:
    ids = {new_cluster_id() for _ in range(50)}
    assert len(ids) == 50
    assert all(len(i) == 22 and not i.startswith("-") and "=" not in i for i in ids)
