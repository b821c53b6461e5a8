"""The local Apache Kafka broker (single-node KRaft) that swaptally resolves, starts and stops itself."""
