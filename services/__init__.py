"""swaptally services: feeder, extractor, aggregator and the wiring between them."""
