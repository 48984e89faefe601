"""Every public function checks its arguments: a `ValidationError` naming the field.

These are the calls a fuzzer found raising `AttributeError`, `TypeError`, `OverflowError` or
a plain `ValueError`, or quietly answering nonsense (issue 18).
"""

from __future__ import annotations

import datetime as dt
import math
import os
import pathlib
import re
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


ACTIVITY = '[[activity]]\nid = "a"\ntitle = "A"\ncategory = "rest"\nenergy = 0\n'
STEPS = '[[activity.steps]]\ntext = "Sit"\nseconds = 5\n'


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            ACTIVITY + '[[activity.steps]]\ntext = "x"\nseconds = "ten"\n'
            'parts = [{text = "y", seconds = 5}]\n',
            "seconds",
        ),  # was AttributeError: the parts' rule read the wrong seconds
        (ACTIVITY + "tags = [[]]\n" + STEPS, "tags[0]"),  # was TypeError: unhashable
        (ACTIVITY + 'tags = ["a", 1]\n' + STEPS, "tags[1]"),  # was TypeError: sorting
        ("x = " + "[" * 3000 + "]" * 3000 + "\n", "nested too deeply"),  # was RecursionError
    ],
)
def test_a_bad_catalog_file_is_a_catalog_error(
    tmp_path: pathlib.Path, text: str, said: str
) -> None:
    path = tmp_path / "mine.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ss.CatalogError, match=re.escape(said)):
        ss.load_catalog(path)


def test_deep_json_is_a_catalog_error(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "mine.json"
    path.write_text('{"activity": ' + "[" * 100_000 + "]" * 100_000 + "}", encoding="utf-8")
    with pytest.raises(ss.CatalogError, match="nested too deeply"):
        ss.load_catalog(path)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are a POSIX thing")
def test_a_fifo_or_a_directory_is_refused_at_once(tmp_path: pathlib.Path) -> None:
    """A FIFO blocked the loader for ever; /dev/zero was read without end."""
    fifo = tmp_path / "lines.toml"
    os.mkfifo(fifo)
    for path in (fifo, tmp_path, pathlib.Path(os.devnull)):
        with pytest.raises(ss.CatalogError, match="not a regular file"):
            ss.load_catalog(path)
        with pytest.raises(ss.CatalogError, match="not a regular file"):
            ss.load_resources(path)


@pytest.mark.parametrize(
    "error",
    [
        ss.ValidationError("energy", "bad"),
        ss.CatalogError("mine.toml", ["a", "b"]),
        ss.UnknownActivityError("zz", ["za"]),
        ss.JournalError("journal.db", "damaged"),
    ],
    ids=lambda e: type(e).__name__,
)
def test_errors_are_public_and_cross_processes_whole(error: ss.ValidationError) -> None:
    """Tracebacks say `smallsteps.ValidationError`; a pickled error comes back the same.

    Unpickling called `__init__` with the message alone and failed, so an error raised in a
    worker process could not come back.
    """
    import pickle

    assert "smallsteps" == type(error).__module__
    back = pickle.loads(pickle.dumps(error))
    assert (type(back), str(back), back.field) == (type(error), str(error), error.field)


class _NoRepr:
    def __repr__(self) -> str:
        raise RuntimeError("no repr")


@pytest.mark.parametrize(
    ("call", "said"),
    [
        (lambda: ss.from_dict({"text": _NoRepr(), "seconds": 5}, ss.Step), "a _NoRepr"),
        (lambda: ss.Step(_NoRepr(), 5), "a _NoRepr"),  # type: ignore[arg-type]
        (lambda: ss.Routine.build("My morning", [5]), "a int, not text"),  # type: ignore[list-item]
        (lambda: ss.Routine.build(5, ["Wash face"]), "a int, not text"),  # type: ignore[arg-type]
    ],
)
def test_what_was_given_is_named_rightly(call: Callable[[], object], said: str) -> None:
    """A value is named rightly in the message.

    One whose repr fails is named by its kind (the message itself failed); a number where
    words belong is not "empty text".
    """
    with pytest.raises(ss.ValidationError, match=re.escape(said)):
        call()
