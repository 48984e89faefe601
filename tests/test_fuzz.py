"""The project's own fuzz suite: odd values into every public call, only documented errors out.

For each public function, class and loader, arguments are drawn from odd values (wrong types,
empty and huge text, NaN, nested lists, look-alike letters, lone surrogates) mixed with good
ones, and the call must either answer or raise a `ValidationError` (a `ValueError`, with a
message that names a field): never a `TypeError`, `KeyError`, `AttributeError` or a hang.

The `ci` profile draws a few dozen cases a call; `HYPOTHESIS_PROFILE=fuzz` draws thousands
(the long budget, for a run on a quiet machine: `HYPOTHESIS_PROFILE=fuzz pytest
tests/test_fuzz.py`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import math
import pathlib
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as hst

import smallsteps as ss

NOW = dt.datetime(2026, 12, 5, 10, 0)
CHECKIN = ss.CheckIn(energy=1, minutes=5, posture="lying", time_of_day="morning")
STEP = ss.Step("Wipe the sink", 300)
WEEK = ss.plan_week(dt.date(2026, 12, 7))

ODD_TEXT = hst.sampled_from(
    [
        "",
        " ",
        "\x00",
        "\ud800",
        "\uff49 \uff57\uff41\uff4e\uff54 \uff54\uff4f \uff44\uff49\uff45",  # full-width
        "k\u200bm\u200bs",
        "x" * 5000,
        "🙂" * 50,
        "i'm not ok but i wont do anything",
        "call mum by fri",
    ]
)
ODD = hst.one_of(
    hst.none(),
    hst.booleans(),
    hst.integers(min_value=-(10**30), max_value=10**30),
    hst.floats(allow_nan=True, allow_infinity=True),
    hst.text(max_size=40),
    ODD_TEXT,
    hst.lists(hst.integers(), max_size=3),
    hst.lists(hst.text(max_size=5), max_size=3),
    hst.dictionaries(hst.text(max_size=5), hst.integers(), max_size=3),
    hst.just(math.nan),
    hst.just(NOW),
    hst.just(dt.date(2026, 12, 5)),
    hst.just(CHECKIN),
    hst.just(STEP),
    hst.just([STEP]),
    hst.just(object()),
)

# Each public call with the arguments it takes, positionally; the fuzzer fills each from ODD.
CALLS: dict[str, tuple[Callable[..., Any], int]] = {
    "check_safety": (ss.check_safety, 2),
    "break_down": (ss.break_down, 2),
    "read_task": (ss.read_task, 1),
    "reframe": (ss.reframe, 1),
    "self_talk": (ss.self_talk, 0),
    "lint_text": (ss.lint_text, 1),
    "reading_grade": (ss.reading_grade, 1),
    "format_duration": (ss.format_duration, 1),
    "split_step": (ss.split_step, 1),
    "size_steps": (ss.size_steps, 2),
    "recommend": (ss.recommend, 3),
    "CheckIn": (ss.CheckIn, 4),
    "Step": (ss.Step, 2),
    "Entry": (ss.Entry, 2),
    "Catalog": (ss.Catalog, 1),
    "from_dict CheckIn": (lambda data: ss.from_dict(data, ss.CheckIn), 1),
    "from_dict Activity": (lambda data: ss.from_dict(data, ss.Activity), 1),
    "from_dict Entry": (lambda data: ss.from_dict(data, ss.Entry), 1),
    "from_json Plan": (lambda text: ss.from_json(text, ss.Plan), 1),
    "insights": (ss.insights, 2),
    "safety_plan fill": (lambda i, e: ss.safety_plan().fill(i, e), 2),
    "help_pointer": (ss.help_pointer, 1),
    "parse_catalog": (ss.parse_catalog, 1),
    "parse_tasks": (ss.parse_tasks, 1),
    "parse_routines": (ss.parse_routines, 1),
    "Routine.build": (lambda title, items: ss.Routine.build(title, items), 2),
    "MemoryJournal.recent": (lambda days, now: ss.MemoryJournal().recent(days, now), 2),
    "Recommender": (lambda catalog, rules: ss.Recommender(catalog, rules), 2),
    "Recommender.recommend_many": (lambda c, h: ss.Recommender().recommend_many(c, h), 2),
    "country_of": (ss.country_of, 2),
    "help_pointer country": (
        lambda country, locale: ss.help_pointer(None, country, locale=locale),
        2,
    ),
    "recommend country": (
        lambda country, locale: ss.recommend(CHECKIN, country=country, locale=locale),
        2,
    ),
    "check_safety locale": (lambda text, locale: ss.check_safety(text, locale=locale), 2),
    "break_down locale": (lambda task, locale: ss.break_down(task, locale=locale), 2),
    "reframe locale": (lambda thought, locale: ss.reframe(thought, locale=locale), 2),
    "Speller": (lambda keys, known: ss.text.Speller(keys, known).mend("aplly"), 2),
    "Speller.mend": (lambda word: ss.text.Speller(["apply"], set()).mend(word), 1),
    "Value": (ss.Value, 3),
    "Values": (ss.Values, 1),
    "Values.build": (ss.Values.build, 1),
    "from_dict Values": (lambda data: ss.from_dict(data, ss.Values), 1),
    "recommend values": (lambda values: ss.recommend(CHECKIN, values=values), 1),
    "plan_week": (
        lambda start, history, times, energy: ss.plan_week(
            start, history, times=times, energy=energy
        ),
        4,
    ),
    "planned_week": (ss.planned_week, 2),
    "due": (lambda history, now: ss.due(WEEK, history, now), 2),
    "due week": (lambda week, grace: ss.due(week, [], NOW, grace=grace), 2),
    "weekly_review": (ss.weekly_review, 2),
    "mood_series": (ss.mood_series, 3),
    "MemoryJournal.keep": (lambda record, at: ss.MemoryJournal().keep(record, at), 2),
    "MemoryJournal.delete": (lambda kind: ss.MemoryJournal().delete(kind), 1),
    "MemoryJournal.kept": (lambda kind: ss.MemoryJournal().kept(kind), 1),
    "default_catalog locale": (lambda locale: ss.default_catalog(locale=locale), 1),
    "to_ical": (lambda week, now: ss.to_ical(week, now=now), 2),
}


@pytest.mark.parametrize("name", sorted(CALLS))
def test_odd_arguments_get_an_answer_or_a_validation_error(name: str) -> None:
    call, arity = CALLS[name]

    messages: list[str] = []

    @given(hst.lists(ODD, min_size=arity, max_size=arity))
    def run(arguments: list[Any]) -> None:
        try:
            call(*arguments)
        except ss.ValidationError as error:  # any other exception fails the test
            messages.append(str(error))

    run()
    unnamed = [m for m in messages if ":" not in m]
    assert [] == unnamed  # every message names a field ("energy: ...") or a file


@given(hst.binary(max_size=300))
def test_any_bytes_as_a_catalog_file(data: bytes) -> None:
    """Whatever a file holds, loading it is a catalog or a `CatalogError`."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        for name in ("mine.toml", "mine.json"):
            path = pathlib.Path(folder) / name
            path.write_bytes(data)
            for load in (ss.load_catalog, ss.load_tasks, ss.load_routines, ss.load_resources):
                with contextlib.suppress(ss.CatalogError):
                    load(path)
