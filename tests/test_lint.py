"""The code stays typed and tidy: mypy strict and ruff, as CI runs them."""

from __future__ import annotations

import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True, check=False
    )


def test_mypy_strict() -> None:
    """Mypy --strict finds no error in the package, tests, examples and scripts."""
    result = _run("mypy")
    assert 0 == result.returncode, result.stdout + result.stderr


def test_ruff() -> None:
    """Ruff finds no lint problem and no unformatted file."""
    check = _run("ruff", "check", ".")
    assert 0 == check.returncode, check.stdout + check.stderr
    fmt = _run("ruff", "format", "--check", ".")
    assert 0 == fmt.returncode, fmt.stdout + fmt.stderr
