"""The extraction rules, one concern per module; `services.extractor.extract` puts them together.

When `make native` has compiled these modules with mypyc and the build still matches the sources,
the compiled ones are imported instead (same code, about twice as fast); see `services.extractor.native`.
"""

from services.extractor.native import native_rules_path
from services.settings import get_settings

__path__ = native_rules_path(__path__, get_settings().native_extractor)
