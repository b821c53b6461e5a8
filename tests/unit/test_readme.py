"""The README documents every setting and every subcommand, so docs cannot silently fall behind."""

import re

from services.cli.main import SUBCOMMANDS
from services.settings import PROJECT_ROOT, Settings

README = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")


def test_every_setting_is_in_the_settings_table() -> None:
    documented = set(re.findall(r"^\| `([a-z0-9_]+)` \|", README, flags=re.MULTILINE))
    assert set(Settings.model_fields) - documented == set(), "add the missing settings to README.md"
    assert documented - set(Settings.model_fields) - {"articles", "exchange-stages"} == set()


def test_every_subcommand_is_listed() -> None:
    for name in SUBCOMMANDS:
        assert f"`swaptally {name}" in README, name


def test_the_two_newcomer_commands_are_there() -> None:
    assert "### `make demo`" in README and "### `make test`" in README
