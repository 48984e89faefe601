"""Small helpers shared by the test modules."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import pytest

import smallsteps as ss


def problems(parse: Callable[..., object], data: Mapping[str, Any]) -> str:
    """Run a parser on bad data and return its listed problems, one a line."""
    with pytest.raises(ss.CatalogError) as info:
        parse(data, source="mine.toml")
    assert "mine.toml" in str(info.value)
    return "\n".join(info.value.problems)
