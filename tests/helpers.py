"""Small helpers shared by the test modules."""

from __future__ import annotations

import importlib.util
import pathlib
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


def load_script(name: str) -> ModuleType:
    """Import a script from scripts/ by file name, to test the functions it defines."""
    path = pathlib.Path(__file__).resolve().parent.parent / "scripts" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
