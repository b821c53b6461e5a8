"""Aggregator: stage reports -> a reconciled Tally (pure rules + a faust agent with a Table)."""
