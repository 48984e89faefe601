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
        (lambda: ss.from_dict({"text": _NoRepr(), "seconds": 5}, ss.Step), "of type _NoRepr"),
        (lambda: ss.Step(_NoRepr(), 5), "of type _NoRepr"),  # type: ignore[arg-type]
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


# -- the independent fuzzer's findings (eighth session) -----------------------------------


def _deep(levels: int) -> object:
    value: object = 0
    for _ in range(levels):
        value = [value]
    return value


@pytest.mark.parametrize(
    "call",
    [
        lambda: ss.CheckIn(1, 5, "lying", 10**5000),  # type: ignore[arg-type]  # the enum's own message used repr
        lambda: ss.CheckIn(1, 5, "lying", _deep(10_000)),  # type: ignore[arg-type]
        lambda: ss.Energy(_NoRepr()),  # type: ignore[arg-type]
        lambda: ss.break_down("ring mum", "9" * 5000),  # type: ignore[arg-type]  # read as a number of 5,000 digits
        lambda: ss.safety_plan().fill(10**5000, ["a walk"]),
        lambda: ss.MemoryJournal().recent(10**5000),
        lambda: ss.default_resources().for_country(10**5000),  # type: ignore[arg-type]
    ],
)
def test_values_that_cannot_be_shown_are_named_by_kind(call: Callable[[], object]) -> None:
    with pytest.raises(ss.ValidationError) as info:
        call()
    assert (
        "digits" in str(info.value)
        or "of type" in str(info.value)
        or "a list" in str(info.value)
        or "characters" in str(info.value)
    )


@pytest.mark.parametrize(
    "call",
    [
        lambda: ss.CheckIn(1, "my plugh canary secret", "lying", "morning"),  # type: ignore[arg-type]
        lambda: ss.check_safety("x", "my plugh canary secret"),
        lambda: ss.default_catalog()["my plugh canary secret"],
        lambda: ss.Recommender().without("my plugh canary secret"),
        lambda: ss.default_tasks().template("my plugh canary secret"),
    ],
)
def test_a_sentence_in_the_wrong_place_is_counted_not_repeated(
    call: Callable[[], object],
) -> None:
    with pytest.raises(ss.ValidationError) as info:
        call()
    assert "plugh" not in str(info.value)
    assert "22 characters" in str(info.value)


@pytest.mark.parametrize(
    "load",
    [
        ss.load_catalog,
        ss.load_resources,
        ss.load_routines,
        ss.load_safety_rules,
        ss.load_safety_model,
        ss.load_tasks,
        ss.Journal.open,
        ss.MemoryJournal().export_json,
        ss.MemoryJournal().import_json,
    ],
)
@pytest.mark.parametrize("path", [0, b"x.toml", "a\x00b.toml", "\ud800.toml"])
def test_a_path_no_file_can_have_is_refused(load: Callable[[object], object], path: object) -> None:
    with pytest.raises(ss.ValidationError) as info:
        load(path)
    assert "path" == info.value.field


def test_an_export_never_replaces_what_is_not_a_file(tmp_path: pathlib.Path) -> None:
    """As root, the export's rename replaced /dev/null with a regular file."""
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    journal = ss.MemoryJournal([ss.Entry("drink-water", dt.datetime(2026, 1, 1))])
    for target in (tmp_path, fifo):
        with pytest.raises(ss.JournalError, match="not a regular file"):
            journal.export_json(target)
    assert fifo.exists()
    assert not fifo.is_file()


def test_a_lone_surrogate_in_a_task_is_kept() -> None:
    entry = ss.Entry("a", dt.datetime(2026, 1, 1), task="ring \ud800 mum")
    journal = ss.MemoryJournal()
    journal.add(entry)
    assert [entry] == journal.entries()
    assert len(entry.id) == 16


@pytest.mark.parametrize(
    "call",
    [
        lambda: ss.text.lexicon("fr"),
        lambda: ss.text.lexicon("../safety/en"),
        lambda: ss.text.read("x", "fr"),
        lambda: ss.text.read(7),  # type: ignore[arg-type]
        lambda: ss.text.fold(7),  # type: ignore[arg-type]
        lambda: ss.text.edit_distance("a", "b", ""),  # type: ignore[arg-type]
        lambda: ss.default_safety_rules().find(7),  # type: ignore[arg-type]
    ],
)
def test_the_text_layer_checks_its_arguments(call: Callable[[], object]) -> None:
    with pytest.raises(ss.ValidationError):
        call()


def test_an_unknown_level_reads_as_one_error() -> None:
    """No lookup error is chained before it (a REPL showed "KeyError: 7" first)."""
    with pytest.raises(ss.ValidationError) as info:
        ss.Energy(7)
    assert info.value.__context__ is None


_CHECKIN = ss.CheckIn(1, 5, "lying", "morning")


@pytest.mark.parametrize(
    "call",
    [
        lambda: ss.default_catalog().get([]),  # type: ignore[arg-type]
        lambda: ss.Recommender().without(0),  # type: ignore[arg-type]
        lambda: ss.Recommender().adding(ss.DEFAULT_RULES[0], before=0),  # type: ignore[arg-type]
        lambda: ss.default_tasks().template(0),  # type: ignore[arg-type]
        lambda: ss.default_tasks().kind(0),  # type: ignore[arg-type]
        lambda: ss.default_task_lexicon().is_verb(0),  # type: ignore[arg-type]
        lambda: ss.default_routines()["morning"].for_energy(1, catalog=" "),  # type: ignore[arg-type]
        lambda: ss.default_safety_model().scores(ss),  # type: ignore[arg-type]
        lambda: ss.check_safety("x", resources=ss),  # type: ignore[arg-type]
        lambda: ss.check_safety("x", detectors=0),  # type: ignore[arg-type]
        lambda: ss.format_duration(10**5000),
        lambda: ss.lint_text("Pick up the cup", max_grade="en"),  # type: ignore[arg-type]
        lambda: ss.lint_text("Pick up the cup", max_grade=float("nan")),
        lambda: ss.prefer_tags("music", points=""),  # type: ignore[arg-type]
        lambda: ss.prefer_tags("music", points=10**5000),
        lambda: ss.size_steps([ss.Step("Fill a glass", 20)], 1, boxed="no"),  # type: ignore[arg-type]
        lambda: ss.MemoryJournal(0),  # type: ignore[arg-type]
        lambda: ss.MemoryJournal().add_many(0),  # type: ignore[arg-type]
        lambda: ss.fit_steps(0, _CHECKIN),  # type: ignore[arg-type]
        lambda: ss.Context.build(_CHECKIN, 0),  # type: ignore[arg-type]
        lambda: ss.Context.build(_CHECKIN, (), 0),  # type: ignore[arg-type]
        lambda: ss.shared_rule(0),  # type: ignore[arg-type]
        lambda: ss.RoutineDay(ss.bare_minimum(), dt.date(2026, 1, 1), b"abc"),  # type: ignore[arg-type]
        lambda: ss.Resource("Line", "GB", last_verified=0),  # type: ignore[arg-type]
        lambda: ss.SafetyPlanSection(1j, "P"),  # type: ignore[arg-type]
        lambda: ss.Step("Fill a glass", 10**5000),
        lambda: ss.Level("x"),
        lambda: ss.About(0),
        lambda: ss.from_dict("x", dict),
        lambda: ss.to_json(1j),
        lambda: ss.text.fold([]),  # type: ignore[arg-type]
        lambda: ss.default_catalog()[10**5000],  # type: ignore[index]
        lambda: ss.Context.build(_CHECKIN, (), None, 0),  # type: ignore[arg-type]
        lambda: ss.SafetyPlanSection("T", "P", 0),  # type: ignore[arg-type]
        lambda: ss.installed_catalog(base=0),  # type: ignore[arg-type]
        lambda: ss.Routine.build("Too much", ["drink water"] * 101),
        lambda: ss.Catalog([], source=_deep(10_000)),  # type: ignore[arg-type]
        lambda: ss.default_task_lexicon().verb_at(0, 0),  # type: ignore[arg-type]
        lambda: ss.default_task_lexicon().verb_at(["ring", 5], 1),  # type: ignore[list-item]
        lambda: ss.to_json(ss.Reach(0, frozenset())),  # type: ignore[arg-type]
        lambda: ss.to_json(ss.Verdict(10**5000)),  # type: ignore[arg-type]
        lambda: ss.Verdict(True, float("nan")),  # a rule's verdict is checked where it is made
        lambda: ss.Verdict(True, 1.0, 5),  # type: ignore[arg-type]
        lambda: ss.Reach(frozenset({1})),  # type: ignore[arg-type]
    ],
)
def test_wrong_arguments_get_the_librarys_error(call: Callable[[], object]) -> None:
    """Each was a raw TypeError, AttributeError, KeyError or OverflowError before."""
    with pytest.raises(ss.ValidationError):
        call()


def test_the_year_one_is_not_an_overflow() -> None:
    """A `now` near the start of time reads every entry as later, not as an OverflowError."""
    entry = ss.Entry("sip-of-water", dt.datetime(2026, 1, 1, 9))
    assert [] == ss.MemoryJournal([entry]).recent(14, dt.datetime(1, 1, 1))
    plan = ss.recommend(_CHECKIN, [entry], now=dt.datetime(1, 1, 1))
    assert plan.suggestions


def test_a_rule_with_no_name_is_named_briefly() -> None:
    """`rule_name` of a callable with no name shows a short repr, or its kind when that fails."""

    class Nameless:
        def __call__(self, activity: object, context: object) -> object:
            return ss.KEEP

        def __repr__(self) -> str:
            raise RuntimeError("no repr")

    assert "of type Nameless" in ss.rule_name(Nameless())  # type: ignore[arg-type]


def test_a_journal_path_that_is_no_file_is_refused(tmp_path: pathlib.Path) -> None:
    """A symlink loop, a file where a folder should be, a folder: a JournalError each."""
    (tmp_path / "f.toml").touch()
    (tmp_path / "loop").symlink_to(tmp_path / "loop")
    for path in (tmp_path / "loop", tmp_path / "f.toml" / "child", tmp_path):
        with pytest.raises(ss.JournalError):
            ss.Journal.open(path)


def test_a_phrase_of_a_hundred_thousand_words_is_refused(tmp_path: pathlib.Path) -> None:
    """A phrase is a few words: a huge one is a problem named at once, not seconds of work."""
    path = tmp_path / "rules.toml"
    path.write_text(f'[family.mine]\nphrases = ["{"word " * 100_000}"]\n', "utf-8")
    with pytest.raises(ss.CatalogError, match="at most 40 words a phrase"):
        ss.load_safety_rules(path)


def test_plain_data_holds_no_number_of_thousands_of_digits() -> None:
    """Read, such a number failed later, when the value was printed."""
    entry = ss.Entry("sip-of-water", dt.datetime(2026, 1, 1, 9), mood_before=3, mood_after=5)
    found = ss.insights([entry])
    data = ss.to_dict(found)
    data["activities"][0]["times"] = 10**5000
    with pytest.raises(ss.ValidationError, match="times"):
        ss.from_dict(data, ss.Insights)


class _Loud(str):
    """A str subclass whose own printing fails (the fuzzer's): the library keeps plain text."""

    def __repr__(self) -> str:
        raise RuntimeError("no repr")

    def __str__(self) -> str:
        raise RuntimeError("no str")


@pytest.mark.parametrize(
    "make",
    [
        lambda: ss.ThoughtRecord("at work", {"sad": 80}, _Loud("I always fail")),
        lambda: ss.ThoughtRecord("at work", {"sad": 80}, "I fail").with_situation(_Loud("x")),
        lambda: ss.ProofList().adding(_Loud("I got up"), dt.date(2026, 1, 1)),
        lambda: ss.Category(_Loud("music"), "Music"),
    ],
)
def test_a_subclass_of_text_is_kept_as_plain_text(make: Callable[[], object]) -> None:
    """Printing the value ran the subclass's own code, and failed; now it prints."""
    assert "ZeroDivision" not in repr(make())


@pytest.mark.parametrize(
    "make",
    [
        lambda: ss.SafetyPlanSection(_Loud("x"), "P"),
        lambda: ss.prefer_tags(_Loud("music")),
        lambda: ss.Activity(_Loud("x"), "A", "rest", 1, [ss.Step("Sit", 10)]),
        lambda: ss.CheckIn(1, _LoudInt(5), "lying", "morning"),
        lambda: ss.Verdict(True, _LoudInt(1)),
        lambda: ss.ThoughtRecord("at work", {"sad": 80}, "I fail", belief=_LoudInt(3)),
    ],
)
def test_a_value_that_cannot_be_shown_is_refused(make: Callable[[], object]) -> None:
    with pytest.raises(ss.ValidationError, match="cannot be shown"):
        make()


class _LoudInt(int):
    def __repr__(self) -> str:
        raise RuntimeError("no repr")
