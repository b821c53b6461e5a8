"""Find the mypyc build of the extractor rules, and use it only while it matches the sources.

The rules are plain Python; `make native` compiles them with mypyc into `_native/` beside this
module, together with a manifest of the source hashes it was built from. The rules package puts
that build first on its `__path__` when every hash still matches, so an edited rule is never
shadowed by a stale binary: the package silently falls back to the Python it was edited in.
"""

import hashlib
import importlib.util
import json
import sys
import sysconfig
from pathlib import Path

from pydantic import BaseModel, ConfigDict

RULES_DIR = Path(__file__).resolve().parent / "rules"
NATIVE_DIR = Path(__file__).resolve().parent / "_native"
MANIFEST_NAME = "manifest.json"


class NativeManifest(BaseModel):
    """What one mypyc build was made from; a build is used only while all of it still holds."""

    model_config = ConfigDict(frozen=True)

    ext_suffix: str
    shared_library: str  # mypyc's one library behind the per-module stubs, e.g. `1a2b__mypyc`
    sources: dict[str, str]  # rules module file name -> sha256 of the source compiled


def compiled_sources(rules_dir: Path = RULES_DIR) -> list[Path]:
    """The rule modules mypyc compiles: all but the package's `__init__`, which does the loading."""
    return sorted(path for path in rules_dir.glob("*.py") if path.name != "__init__.py")


def source_hashes(rules_dir: Path = RULES_DIR) -> dict[str, str]:
    """sha256 of each compiled rule module, by file name."""
    return {path.name: hashlib.sha256(path.read_bytes()).hexdigest() for path in compiled_sources(rules_dir)}


def read_manifest(native_dir: Path = NATIVE_DIR) -> NativeManifest | None:
    """The build's manifest, or None when there is no build or it cannot be read."""
    try:
        return NativeManifest.model_validate_json((native_dir / MANIFEST_NAME).read_bytes())
    except (OSError, ValueError):
        return None


def usable_build(native_dir: Path = NATIVE_DIR, rules_dir: Path = RULES_DIR) -> NativeManifest | None:
    """The manifest of a build made from exactly the current sources for this interpreter, else None."""
    manifest = read_manifest(native_dir)
    if manifest is None or manifest.ext_suffix != sysconfig.get_config_var("EXT_SUFFIX"):
        return None
    if manifest.sources != source_hashes(rules_dir):
        return None
    return manifest


def write_manifest(native_dir: Path, shared_library: str, rules_dir: Path = RULES_DIR) -> NativeManifest:
    """Record what a fresh build was made from (called by the builder once compilation succeeded)."""
    manifest = NativeManifest(
        ext_suffix=str(sysconfig.get_config_var("EXT_SUFFIX")),
        shared_library=shared_library,
        sources=source_hashes(rules_dir),
    )
    (native_dir / MANIFEST_NAME).write_text(json.dumps(manifest.model_dump(), indent=2) + "\n")
    return manifest


def native_rules_path(package_path: list[str], enabled: bool, native_dir: Path = NATIVE_DIR) -> list[str]:
    """The rules package's `__path__`, with the compiled modules first when a matching build exists.

    mypyc's per-module stubs import one shared library by a top-level name; it is loaded here from
    its file, so the build never has to be put on `sys.path`.
    """
    manifest = usable_build(native_dir) if enabled else None
    if manifest is None:
        return package_path
    library = manifest.shared_library
    if library not in sys.modules:
        spec = importlib.util.spec_from_file_location(library, native_dir / f"{library}{manifest.ext_suffix}")
        if spec is None or spec.loader is None:
            return package_path
        module = importlib.util.module_from_spec(spec)
        sys.modules[library] = module
        spec.loader.exec_module(module)
    return [str(native_dir / "services" / "extractor" / "rules"), *package_path]


def rules_are_native() -> bool:
    """Whether the rules running in this process are the compiled ones (for benchmarks and health)."""
    from services.extractor.rules import reader

    return not reader.__file__.endswith(".py") if reader.__file__ else False
