"""SASL/SSL settings for a real cluster: parsed from SWAPTALLY_* variables, refused when incomplete."""

import ssl
import subprocess
from pathlib import Path

import pytest
from faust.transport.drivers.aiokafka import credentials_to_aiokafka_auth
from pydantic import ValidationError

from services.kafka.client import aiokafka_kwargs, faust_broker_url, faust_credentials, ssl_context
from services.settings import Settings


@pytest.fixture(scope="module")
def tls_files(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A self-signed certificate and its key, usable both as CA file and as client certificate."""
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "client.pem", folder / "client.key"
    subprocess.run(
        [
            "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
            "-subj", "/CN=swaptally-test", "-keyout", str(key), "-out", str(cert),
        ],
        check=True, capture_output=True, timeout=60,
    )
    return cert, key


def from_env(monkeypatch: pytest.MonkeyPatch, **variables: str) -> Settings:
    """Build Settings the way a worker does: only from the environment."""
    for name in list(Settings.model_fields):
        monkeypatch.delenv(f"SWAPTALLY_{name.upper()}", raising=False)
    for name, value in variables.items():
        monkeypatch.setenv(f"SWAPTALLY_{name.upper()}", value)
    return Settings()


def test_plaintext_is_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    settings = from_env(monkeypatch)
    assert aiokafka_kwargs(settings) == {"bootstrap_servers": "127.0.0.1:19092", "security_protocol": "PLAINTEXT"}
    assert faust_credentials(settings) is None
    assert ssl_context(settings) is None


def test_sasl_ssl_scram_reaches_aiokafka_and_faust(
    monkeypatch: pytest.MonkeyPatch, tls_files: tuple[Path, Path]
) -> None:
    cert, _ = tls_files
    settings = from_env(
        monkeypatch,
        kafka_bootstrap="b1.example.net:9096,b2.example.net:9096",
        kafka_security_protocol="SASL_SSL",
        kafka_sasl_mechanism="SCRAM-SHA-512",
        kafka_sasl_username="tally",
        kafka_sasl_password="s3cret",
        kafka_ssl_cafile=str(cert),
    )
    kwargs = aiokafka_kwargs(settings)
    assert kwargs["security_protocol"] == "SASL_SSL"
    assert kwargs["sasl_mechanism"] == "SCRAM-SHA-512"
    assert (kwargs["sasl_plain_username"], kwargs["sasl_plain_password"]) == ("tally", "s3cret")
    context = kwargs["ssl_context"]
    assert isinstance(context, ssl.SSLContext)
    assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname
    assert context.cert_store_stats()["x509_ca"] >= 1  # our CA file was loaded
    assert faust_broker_url(settings) == "kafka://b1.example.net:9096;b2.example.net:9096"
    # what faust will hand to its own aiokafka clients
    auth = credentials_to_aiokafka_auth(faust_credentials(settings))
    assert auth["security_protocol"] == "SASL_SSL"
    assert auth["sasl_mechanism"] == "SCRAM-SHA-512"
    assert (auth["sasl_plain_username"], auth["sasl_plain_password"]) == ("tally", "s3cret")
    assert isinstance(auth["ssl_context"], ssl.SSLContext)


def test_sasl_plaintext_plain_has_no_tls(monkeypatch: pytest.MonkeyPatch) -> None:
    settings = from_env(
        monkeypatch,
        kafka_security_protocol="SASL_PLAINTEXT",
        kafka_sasl_mechanism="PLAIN",
        kafka_sasl_username="tally",
        kafka_sasl_password="pw",
    )
    kwargs = aiokafka_kwargs(settings)
    assert "ssl_context" not in kwargs
    assert kwargs["sasl_mechanism"] == "PLAIN"
    auth = credentials_to_aiokafka_auth(faust_credentials(settings))
    assert auth["security_protocol"] == "SASL_PLAINTEXT"
    assert auth["sasl_mechanism"] == "PLAIN"
    assert auth["ssl_context"] is None


def test_ssl_with_client_certificate(monkeypatch: pytest.MonkeyPatch, tls_files: tuple[Path, Path]) -> None:
    cert, key = tls_files
    settings = from_env(
        monkeypatch,
        kafka_security_protocol="SSL",
        kafka_ssl_cafile=str(cert),
        kafka_ssl_certfile=str(cert),
        kafka_ssl_keyfile=str(key),
    )
    kwargs = aiokafka_kwargs(settings)
    assert kwargs["security_protocol"] == "SSL"
    assert "sasl_mechanism" not in kwargs
    auth = credentials_to_aiokafka_auth(faust_credentials(settings))
    assert auth["security_protocol"] == "SSL"
    assert isinstance(auth["ssl_context"], ssl.SSLContext)


def test_ssl_with_a_missing_ca_file_fails_at_start(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    settings = from_env(monkeypatch, kafka_security_protocol="SSL", kafka_ssl_cafile=str(tmp_path / "nope.pem"))
    with pytest.raises(FileNotFoundError):
        aiokafka_kwargs(settings)


@pytest.mark.parametrize("missing", ["kafka_sasl_password", "kafka_sasl_username", "kafka_sasl_mechanism"])
def test_incomplete_sasl_settings_name_what_is_missing(monkeypatch: pytest.MonkeyPatch, missing: str) -> None:
    complete = {
        "kafka_security_protocol": "SASL_SSL",
        "kafka_sasl_mechanism": "SCRAM-SHA-256",
        "kafka_sasl_username": "tally",
        "kafka_sasl_password": "pw",
    }
    del complete[missing]
    settings = from_env(monkeypatch, **complete)
    expected = f"SWAPTALLY_{missing.upper()}"
    with pytest.raises(ValueError, match=expected):
        aiokafka_kwargs(settings)
    with pytest.raises(ValueError, match=expected):
        faust_credentials(settings)  # the worker builds these at start-up, so it fails fast


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("kafka_security_protocol", "SASL"),
        ("kafka_sasl_mechanism", "GSSAPI"),
        ("kafka_bootstrap", "broker-without-port"),
    ],
)
def test_unsupported_values_are_refused(monkeypatch: pytest.MonkeyPatch, name: str, value: str) -> None:
    with pytest.raises(ValidationError, match=name):
        from_env(monkeypatch, **{name: value})
