"""The live tally page: static assets and a server-sent event stream on the aggregator's web server."""
