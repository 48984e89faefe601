"""scripts/notice_diff.py: how a change to the safety net is weighed over the training lines."""

from __future__ import annotations

import json
import pathlib

import pytest

from tests.helpers import load_script

DIFF = load_script("notice_diff")


def _dump(path: pathlib.Path, kinds: list[tuple[str, str]]) -> pathlib.Path:
    path.write_text(json.dumps([["set", "f", e, f"line {i}", k] for i, (e, k) in enumerate(kinds)]))
    return path


def test_a_moved_notice_is_fixed_broken_or_only_moved(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _dump(
        tmp_path / "a.json",
        [("crisis", "-"), ("none", "-"), ("other", "crisis"), ("crisis", "gentle"), ("none", "-")],
    )
    after = _dump(
        tmp_path / "b.json",
        [
            ("crisis", "crisis"),
            ("none", "gentle"),
            ("other", "supporter"),
            ("crisis", "crisis"),
            ("none", "-"),
        ],
    )
    assert DIFF.diff(before, after) == (2, 1)
    printed = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in printed[:-1]] == ["FIXED", "BROKE", "FIXED", "moved"]
    assert printed[-1] == "fixed 2 broke 1"


def test_dumps_of_different_lines_are_refused(tmp_path: pathlib.Path) -> None:
    before = _dump(tmp_path / "a.json", [("crisis", "-")])
    after = _dump(tmp_path / "b.json", [("crisis", "-"), ("none", "-")])
    with pytest.raises(ValueError, match="different lines"):
        DIFF.diff(before, after)
