"""Public face of the reconciliation rules: `reconcile(reports) -> Tally` (pure, no Kafka)."""

from collections.abc import Iterable

from schemas import ExchangeStage, Tally


def reconcile(reports: Iterable[ExchangeStage], conflict: str = "russia-ukraine") -> Tally:
    """Return the deduplicated tally of the given stage reports, independent of their order."""
    raise NotImplementedError("reconciliation rules are being written (issue 4)")
