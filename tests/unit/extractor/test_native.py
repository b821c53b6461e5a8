"""The mypyc build of the rules: used only while it matches the sources, and it reads exactly like them."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from services.extractor import native

ROOT = Path(__file__).resolve().parents[3]

# Runs in a child process so each side imports the rules afresh; prints every outcome as JSON.
DUMP_OUTCOMES = """
import json, sys
from datetime import UTC, datetime
from pathlib import Path
from services.extractor.evaluation import load_corpus
from services.extractor.extract import analyse
from services.extractor.native import rules_are_native
from services.feeder.files import read_article

root = Path(sys.argv[1])
received = datetime(2026, 11, 21, 12, tzinfo=UTC)
articles = [read_article(path, received) for path in sorted((root / "seeds").glob("*.txt"))]
for folder in sorted((root / "tests").glob("corpus*")):
    articles += [case.article for case in load_corpus(folder)]
outcomes = []
for article in articles:
    outcome = analyse(article)
    outcomes.append({
        "id": article.article_id,
        "stages": [stage.model_dump(mode="json") for stage in outcome.stages],
        "rejection": None if outcome.rejection is None else [outcome.rejection.reason, outcome.rejection.detail],
    })
print(json.dumps({"native": rules_are_native(), "outcomes": outcomes}))
"""


def _fake_rules(folder: Path) -> Path:
    rules = folder / "rules"
    rules.mkdir()
    (rules / "__init__.py").write_text('"""loader"""\n')
    (rules / "numbers.py").write_text("ONE = 1\n")
    return rules


def test_a_build_is_used_only_while_every_source_matches(tmp_path: Path) -> None:
    rules = _fake_rules(tmp_path)
    build = tmp_path / "_native"
    build.mkdir()
    native.write_manifest(build, "abc__mypyc", rules)
    assert native.usable_build(build, rules) is not None
    (rules / "numbers.py").write_text("ONE = 2\n")
    assert native.usable_build(build, rules) is None


def test_a_new_rule_module_makes_the_build_stale(tmp_path: Path) -> None:
    rules = _fake_rules(tmp_path)
    build = tmp_path / "_native"
    build.mkdir()
    native.write_manifest(build, "abc__mypyc", rules)
    (rules / "plans.py").write_text("TWO = 2\n")
    assert native.usable_build(build, rules) is None


def test_the_loader_is_not_compiled_and_a_missing_build_changes_nothing(tmp_path: Path) -> None:
    assert "__init__.py" not in {path.name for path in native.compiled_sources()}
    assert native.native_rules_path(["/rules"], enabled=True, native_dir=tmp_path / "absent") == ["/rules"]
    assert native.read_manifest(tmp_path / "absent") is None


def test_a_disabled_build_is_never_used() -> None:
    assert native.native_rules_path(["/rules"], enabled=False) == ["/rules"]


def _outcomes(enabled: bool) -> dict[str, object]:
    env = {**os.environ, "SWAPTALLY_NATIVE_EXTRACTOR": "true" if enabled else "false"}
    done = subprocess.run(
        [sys.executable, "-c", DUMP_OUTCOMES, str(ROOT)], env=env, cwd=ROOT, capture_output=True, text=True, check=True
    )
    result: dict[str, object] = json.loads(done.stdout)
    return result


def test_the_native_build_reads_every_labelled_article_exactly_like_the_python_rules() -> None:
    if native.usable_build() is None:
        if os.environ.get("CI") == "true":
            pytest.fail("CI runs `make test`, which builds the native rules; no matching build was found")
        pytest.skip("no native build matches the sources (run `make native`)")
    compiled, plain = _outcomes(enabled=True), _outcomes(enabled=False)
    assert compiled["native"] is True and plain["native"] is False
    assert compiled["outcomes"] == plain["outcomes"]
    assert len(plain["outcomes"]) > 200  # type: ignore[arg-type]
