"""Generated news for the benchmarks: a made-up history of exchanges and articles that report it."""
