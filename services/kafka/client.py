"""Translate `Settings` into connection arguments for aiokafka clients and faust."""

import ssl
from typing import Any

from services.settings import Settings


def ssl_context(settings: Settings) -> ssl.SSLContext | None:
    """Return an SSL context for SSL/SASL_SSL clusters, or None for plaintext ones."""
    if "SSL" not in settings.kafka_security_protocol:
        return None
    context = ssl.create_default_context(cafile=str(settings.kafka_ssl_cafile) if settings.kafka_ssl_cafile else None)
    if settings.kafka_ssl_certfile:
        context.load_cert_chain(
            str(settings.kafka_ssl_certfile),
            str(settings.kafka_ssl_keyfile) if settings.kafka_ssl_keyfile else None,
        )
    return context


def _password(settings: Settings) -> str | None:
    secret = settings.kafka_sasl_password
    return secret.get_secret_value() if secret is not None else None


def aiokafka_kwargs(settings: Settings) -> dict[str, Any]:
    """Keyword arguments shared by every aiokafka producer, consumer and admin client."""
    kwargs: dict[str, Any] = {
        "bootstrap_servers": settings.kafka_bootstrap,
        "security_protocol": settings.kafka_security_protocol,
    }
    context = ssl_context(settings)
    if context is not None:
        kwargs["ssl_context"] = context
    if settings.kafka_security_protocol.startswith("SASL"):
        missing = [
            f"SWAPTALLY_KAFKA_SASL_{name.upper()}"
            for name in ("mechanism", "username", "password")
            if not getattr(settings, f"kafka_sasl_{name}")
        ]
        if missing:
            raise ValueError(f"{settings.kafka_security_protocol} needs {', '.join(missing)} (not set)")
        kwargs.update(
            sasl_mechanism=settings.kafka_sasl_mechanism,
            sasl_plain_username=settings.kafka_sasl_username,
            sasl_plain_password=_password(settings),
        )
    return kwargs


def faust_broker_url(settings: Settings) -> str:
    """Return the faust broker URL (`kafka://h1:p1;h2:p2`) for the bootstrap servers."""
    servers = ";".join(s.strip() for s in settings.kafka_bootstrap.split(","))
    return f"kafka://{servers}"


def faust_credentials(settings: Settings) -> Any:
    """Return faust broker credentials for SSL/SASL clusters, or None for plaintext ones."""
    import faust

    protocol = settings.kafka_security_protocol
    if protocol == "PLAINTEXT":
        return None
    if protocol == "SSL":
        return faust.SSLCredentials(ssl_context(settings))
    aiokafka_kwargs(settings)  # validates that SASL settings are complete
    mechanism = settings.kafka_sasl_mechanism or "PLAIN"
    context = ssl_context(settings)
    if mechanism == "PLAIN":
        return faust.SASLCredentials(
            username=settings.kafka_sasl_username,
            password=_password(settings),
            ssl_context=context,
        )
    from faust.auth import SASLCredentials

    return SASLCredentials(
        username=settings.kafka_sasl_username,
        password=_password(settings),
        mechanism=mechanism,
        ssl_context=context,
    )
