"""Golden snapshots: a rule or catalog change shows up as a reviewable diff."""

from __future__ import annotations

import json
import pathlib

from .helpers import load_script

ROOT = pathlib.Path(__file__).resolve().parent.parent


def _generator() -> object:
    return load_script("generate_snapshots")


def test_plans_match_the_snapshots() -> None:
    """The plan grid matches tests/snapshots/plans.json (regenerate with the script)."""
    generator = _generator()
    expected = json.loads((ROOT / "tests" / "snapshots" / "plans.json").read_text("utf-8"))
    actual = json.loads(json.dumps(generator.snapshot()))  # type: ignore[attr-defined]
    assert 60 == len(expected)
    for key in expected:
        assert expected[key] == actual[key], f"{key}: run python scripts/generate_snapshots.py"
    assert expected.keys() == actual.keys()


def test_breakdowns_match_the_snapshots() -> None:
    """Template and unseen-task breakdowns at energies 0, 2, 4 match breakdowns.json."""
    generator = _generator()
    path = ROOT / "tests" / "snapshots" / "breakdowns.json"
    expected = json.loads(path.read_text("utf-8"))
    actual = generator.breakdowns()  # type: ignore[attr-defined]
    assert len(expected) >= 3 * (60 + 40)
    for key in expected:
        assert expected[key] == actual.get(key), f"{key}: run python scripts/generate_snapshots.py"
    assert expected.keys() == actual.keys()
