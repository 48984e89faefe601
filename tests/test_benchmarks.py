"""The benchmark script runs; it measures nothing here (no test asserts on time)."""

from __future__ import annotations

import pathlib
import subprocess
import sys

SCRIPT = pathlib.Path(__file__).resolve().parent.parent / "benchmarks" / "run.py"


def test_benchmark_script_runs() -> None:
    """`python benchmarks/run.py --quick` exits cleanly and prints the recommend row."""
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--quick"], capture_output=True, text=True, check=True
    )
    assert "recommend, default catalog" in result.stdout
