"""Extractor: article text -> ExchangeStage events (pure rules + a thin faust agent)."""
