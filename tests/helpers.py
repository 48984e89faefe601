"""Small helpers shared by the test modules."""

from __future__ import annotations

import importlib.util
import pathlib
import sys
from collections.abc import Callable, Mapping
from types import ModuleType
from typing import Any

import pytest

import smallsteps as ss


def problems(parse: Callable[..., object], data: Mapping[str, Any]) -> str:
    """Run a parser on bad data and return its listed problems, one a line."""
    with pytest.raises(ss.CatalogError) as info:
        parse(data, source="mine.toml")
    assert "mine.toml" in str(info.value)
    return "\n".join(info.value.problems)


def load_script(name: str, folder: str = "scripts", module: str | None = None) -> ModuleType:
    """Import a script (scripts/, examples/, benchmarks/: folders, not packages) by file name.

    `module` is the name it is registered under in `sys.modules`, for code that pickles its
    functions or looks itself up (dataclasses, worker processes); by default it is not kept.
    """
    path = pathlib.Path(__file__).resolve().parent.parent / folder / f"{name}.py"
    if str(path.parent) not in sys.path:  # as when it is run: its folder's modules import
        sys.path.insert(0, str(path.parent))
    spec = importlib.util.spec_from_file_location(module or name, path)
    assert spec is not None
    assert spec.loader is not None
    loaded = importlib.util.module_from_spec(spec)
    if module is not None:
        sys.modules[module] = loaded
    spec.loader.exec_module(loaded)
    return loaded


STEP_VERBS = frozenset(
    (pathlib.Path(__file__).parent / "data" / "verbs.txt").read_text("utf-8").split()
)
"""The verbs a task's step may open with (the tone rules)."""


def step_texts(task: str, energy: int = 2) -> list[str]:
    """The texts of a task's steps, those shown now and those left for later."""
    plan = ss.break_down(task, energy=energy)
    return [s.text for s in (*plan.steps, *plan.later)]


def assert_steps_keep_tone(task: str, energy: int, most: int) -> None:
    """Each step of a task opens with a verb of the list and has at most `most` words."""
    for text in step_texts(task, energy):
        assert text.split()[0] in STEP_VERBS, text
        assert len(text.split()) <= most, text
