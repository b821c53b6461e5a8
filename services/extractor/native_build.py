"""Compile the extractor rules with mypyc into `services/extractor/_native/` (run by `make native`).

The rules are fully typed, so mypyc turns them into C without a line changed; the Python sources
stay the truth and the build is used only while it matches them (`services.extractor.native`).
A build that fails leaves any previous one untouched and exits non-zero.

    python -m services.extractor.native_build
"""

import os
import shutil
import sys
import tempfile
from pathlib import Path

from services.extractor.native import NATIVE_DIR, RULES_DIR, compiled_sources, usable_build, write_manifest
from services.logs import configure_logging, get_logger

log = get_logger("extractor.native")


def build_native(native_dir: Path = NATIVE_DIR, rules_dir: Path = RULES_DIR, jobs: int = 2) -> None:
    """Compile every rule module and swap the result into `native_dir` in one rename."""
    from mypyc.build import mypycify  # build-time only: mypy is a dev dependency
    from setuptools import setup

    sources = [str(path) for path in compiled_sources(rules_dir)]
    work = Path(tempfile.mkdtemp(prefix="swaptally-native-"))
    here = Path.cwd()
    try:
        os.chdir(work)  # setuptools reads a pyproject.toml in the working directory; ours is not for it
        extensions = mypycify(sources, opt_level="3", target_dir=str(work / "c"))
        output = work / "out"
        setup(
            name="swaptally-native-rules",
            ext_modules=extensions,
            script_args=["--quiet", "build_ext", "--build-lib", str(output), "--build-temp", str(work / "t"),
                         "--parallel", str(jobs)],
        )
        libraries = sorted(path.name.split(".", 1)[0] for path in output.glob("*__mypyc*"))
        if len(libraries) != 1:
            raise RuntimeError(f"expected one mypyc shared library in the build, found {libraries}")
        write_manifest(output, libraries[0], rules_dir)
        previous = native_dir.with_name(native_dir.name + ".old")
        shutil.rmtree(previous, ignore_errors=True)
        if native_dir.exists():
            native_dir.rename(previous)
        shutil.move(str(output), native_dir)
        shutil.rmtree(previous, ignore_errors=True)
    finally:
        os.chdir(here)
        shutil.rmtree(work, ignore_errors=True)


def main() -> int:
    configure_logging("INFO", "console")
    if usable_build() is not None:
        log.info("native rules are current", extra={"path": str(NATIVE_DIR)})
        return 0
    log.info("compiling the extractor rules with mypyc", extra={"modules": len(compiled_sources())})
    build_native()
    if usable_build() is None:
        log.error("the native build does not match the sources", extra={"path": str(NATIVE_DIR)})
        return 1
    log.info("native rules built", extra={"path": str(NATIVE_DIR)})
    return 0


if __name__ == "__main__":
    sys.exit(main())
