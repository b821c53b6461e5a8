"""Settings come from SWAPTALLY_* variables, are typed, and refuse bad values at start-up."""

from pathlib import Path

import pytest
from pydantic import ValidationError

from services.kafka.client import aiokafka_kwargs
from services.settings import Settings


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    """A clean environment: no SWAPTALLY_* variable leaks in from the shell running the tests."""
    for name in Settings.model_fields:
        monkeypatch.delenv(f"SWAPTALLY_{name.upper()}", raising=False)
    return monkeypatch


def test_variables_are_parsed_into_typed_values(env: pytest.MonkeyPatch, tmp_path: Path) -> None:
    env.setenv("SWAPTALLY_BROKER_PORT", "29092")
    env.setenv("SWAPTALLY_STATE_DIR", str(tmp_path))
    env.setenv("SWAPTALLY_TOPIC_PREFIX", "staging-")
    env.setenv("SWAPTALLY_SESSION_TIMEOUT", "12.5")
    settings = Settings()
    assert settings.broker_port == 29092
    assert settings.state_dir == tmp_path
    assert settings.session_timeout == 12.5
    assert settings.articles_topic == "staging-articles"
    assert settings.tally_topic == "staging-exchange-tally"
    assert settings.broker_dir == tmp_path / "kafka"


def test_jar_cache_defaults_to_the_state_folder_and_can_be_shared(env: pytest.MonkeyPatch, tmp_path: Path) -> None:
    assert Settings(state_dir=tmp_path).kafka_lib_dir == tmp_path / "kafka-lib"
    env.setenv("SWAPTALLY_BROKER_LIB_DIR", str(tmp_path / "shared"))
    assert Settings(state_dir=tmp_path).kafka_lib_dir == tmp_path / "shared"


def test_settings_are_frozen(env: pytest.MonkeyPatch) -> None:
    settings = Settings()
    with pytest.raises(ValidationError):
        settings.broker_port = 1  # type: ignore[misc]


@pytest.mark.parametrize(
    ("variable", "value"),
    [
        ("SWAPTALLY_BROKER_PORT", "70000"),
        ("SWAPTALLY_BROKER_PORT", "not-a-port"),
        ("SWAPTALLY_KAFKA_BOOTSTRAP", "localhost"),
        ("SWAPTALLY_KAFKA_BOOTSTRAP", "a:1,b"),
        ("SWAPTALLY_KAFKA_SECURITY_PROTOCOL", "TLS"),
        ("SWAPTALLY_ARTICLES_PARTITIONS", "0"),
        ("SWAPTALLY_BROKER_READY_TIMEOUT", "-1"),
        ("SWAPTALLY_PUBLISH_RETRY_TIMEOUT", "0"),
        ("SWAPTALLY_LOG_LEVEL", "LOUD"),
    ],
)
def test_bad_values_fail_at_start_up(env: pytest.MonkeyPatch, variable: str, value: str) -> None:
    env.setenv(variable, value)
    with pytest.raises(ValidationError) as caught:
        Settings()
    assert variable.removeprefix("SWAPTALLY_").lower() in str(caught.value)


def test_sasl_plaintext_settings_reach_the_kafka_clients(env: pytest.MonkeyPatch) -> None:
    env.setenv("SWAPTALLY_KAFKA_BOOTSTRAP", "kafka-1.internal:9094,kafka-2.internal:9094")
    env.setenv("SWAPTALLY_KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT")
    env.setenv("SWAPTALLY_KAFKA_SASL_MECHANISM", "SCRAM-SHA-256")
    env.setenv("SWAPTALLY_KAFKA_SASL_USERNAME", "feeder")
    env.setenv("SWAPTALLY_KAFKA_SASL_PASSWORD", "pw")
    kwargs = aiokafka_kwargs(Settings())
    assert kwargs["bootstrap_servers"] == "kafka-1.internal:9094,kafka-2.internal:9094"
    assert kwargs["security_protocol"] == "SASL_PLAINTEXT"
    assert kwargs["sasl_mechanism"] == "SCRAM-SHA-256"
    assert kwargs["sasl_plain_username"] == "feeder"
    assert "ssl_context" not in kwargs


def test_incomplete_sasl_settings_are_refused(env: pytest.MonkeyPatch) -> None:
    env.setenv("SWAPTALLY_KAFKA_SECURITY_PROTOCOL", "SASL_SSL")
    env.setenv("SWAPTALLY_KAFKA_SASL_MECHANISM", "PLAIN")
    with pytest.raises(ValueError, match="PASSWORD"):
        aiokafka_kwargs(Settings())
