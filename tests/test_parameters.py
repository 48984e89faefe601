"""Every public function checks its arguments: a `ValidationError` naming the field.

These are the calls a fuzzer found raising `AttributeError`, `TypeError`, `OverflowError` or
a plain `ValueError`, or quietly answering nonsense (issue 18).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable

import pytest

import smallsteps as ss

NOW = dt.datetime(2026, 12, 5, 10, 0)
STEP = ss.Step("Wipe the sink", 300)


CALLS: list[tuple[str, Callable[[], object], str]] = [
    ("split_step(0)", lambda: ss.split_step(0), "step"),  # type: ignore[arg-type]
    ("size_steps(0, 2)", lambda: ss.size_steps(0, 2), "steps"),  # type: ignore[arg-type]
    ("size_steps([0], 2)", lambda: ss.size_steps([0], 2), "steps[0]"),  # type: ignore[list-item]
    ("size_steps(first_cap=0)", lambda: ss.size_steps([STEP], 2, first_cap=0), "first_cap"),
    ("format_duration(inf)", lambda: ss.format_duration(math.inf), "seconds"),
    ("format_duration(nan)", lambda: ss.format_duration(math.nan), "seconds"),
    ("format_duration(-5)", lambda: ss.format_duration(-5), "seconds"),
    ("insights(catalog=-1)", lambda: ss.insights([], catalog=-1), "catalog"),  # type: ignore[arg-type]
    ("recent(now=0)", lambda: ss.MemoryJournal().recent(now=0), "now"),  # type: ignore[arg-type]
    ("recent(days=10**6)", lambda: ss.MemoryJournal().recent(days=10**6, now=NOW), "days"),
    ("fill(0, 0)", lambda: ss.safety_plan().fill(0, 0), "entries"),  # type: ignore[arg-type]
    ("fill(0, 'text')", lambda: ss.safety_plan().fill(0, "text"), "entries"),
    ("Catalog(0)", lambda: ss.Catalog(0), "activities"),  # type: ignore[arg-type]
    ("Catalog('abc')", lambda: ss.Catalog("abc"), "activities"),  # type: ignore[arg-type]
    (
        "RoutineDay(routine=0)",
        lambda: ss.RoutineDay(routine=0, date=dt.date(2026, 12, 5)),  # type: ignore[arg-type]
        "routine",
    ),
]


@pytest.mark.parametrize(("name", "call", "field"), CALLS, ids=[c[0] for c in CALLS])
def test_a_bad_argument_is_named(name: str, call: Callable[[], object], field: str) -> None:
    with pytest.raises(ss.ValidationError) as raised:
        call()
    assert field in str(raised.value), name


def test_good_arguments_still_work() -> None:
    """The checks refuse only what is wrong."""
    assert "about 2 minutes" == ss.format_duration(90.0)
    assert "about 0 seconds" == ss.format_duration(0)
    assert "about 2 seconds" == ss.format_duration(2.4)
    assert ss.split_step(STEP)[0].seconds < STEP.seconds
    assert ss.size_steps((STEP,), 0, first_cap=20)[0].seconds <= 20
    assert [] == ss.MemoryJournal().recent(days=36_500, now=NOW)
