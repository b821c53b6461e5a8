"""The extraction rules, one concern per module; `services.extractor.extract` puts them together."""
