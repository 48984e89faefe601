"""Tone rules from CONTENT.md, applied to every string smallsteps ships.

Each failing string is reported with its file (or module), its id and its field.
"""

from __future__ import annotations

import datetime
import itertools
import pathlib
import statistics
from collections.abc import Iterator
from typing import NamedTuple

import pytest
import textstat

import smallsteps as ss

DATA = pathlib.Path(ss.__file__).parent / "data" / "catalog"
VERBS = frozenset((pathlib.Path(__file__).parent / "data" / "verbs.txt").read_text("utf-8").split())


class Shipped(NamedTuple):
    where: str
    text: str
    step: bool


def catalog_strings() -> Iterator[Shipped]:
    """Every title, step, note and category text in the default catalog files."""
    for path in sorted(DATA.glob("*.toml")):
        catalog = ss.load_catalog(path)
        for a in catalog:
            yield Shipped(f"{path.name}:{a.id}:title", a.title, False)
            if a.note:
                yield Shipped(f"{path.name}:{a.id}:note", a.note, False)
            for n, step in enumerate(a.steps, start=1):
                yield Shipped(f"{path.name}:{a.id}:step {n}", step.text, True)
    for c in ss.BUILTIN_CATEGORIES:
        yield Shipped(f"categories:{c.id}:title", c.title, False)
        yield Shipped(f"categories:{c.id}:description", c.description, False)


def generated_strings() -> Iterator[Shipped]:
    """Energy labels, every reason the default rules give on the check-in grid, plan text."""
    for e in ss.Energy:
        yield Shipped(f"Energy({int(e)}):label", e.label, False)
        yield Shipped(f"Energy({int(e)}):description", e.description, False)
    reasons: dict[str, str] = {}
    grid = itertools.product(ss.Energy, ss.Posture, ss.TimeOfDay, [1, 5, 60], [False, True])
    for energy, posture, time, minutes, outdoors in grid:
        checkin = ss.CheckIn(energy, minutes, posture, time, outdoors=outdoors, likes=["rest"])
        for s in ss.recommend(checkin, limit=5).suggestions:
            for r in s.reasons:
                reasons.setdefault(r.text, r.rule)
    for text, rule in sorted(reasons.items()):
        yield Shipped(f"reason:{rule}", text, False)
    empty = ss.Plan(ss.CheckIn(0, 1, "lying", "night"), ())
    yield Shipped("Plan:empty", str(empty), False)


def safety_strings() -> Iterator[Shipped]:
    """The safety notice, its options, the help pointer, resources and the safety plan."""
    book = ss.default_resources()
    where = "resources.toml"
    for key in ("message", "negated_message", "help"):
        yield Shipped(f"{where}:notice:{key}", book.notice[key], False)
    for n, option in enumerate(book.notice["options"], start=1):
        yield Shipped(f"{where}:notice:option {n}", option, False)
    yield Shipped(f"{where}:emergency", book.emergency, False)
    for r in (*book.lines, book.fallback):
        yield Shipped(f"{where}:{r.country or 'fallback'}:{r.name}:note", r.note, False)
    for section in ss.safety_plan().sections:
        yield Shipped(f"{where}:plan:{section.title}", section.title, False)
        yield Shipped(f"{where}:plan:{section.title}:prompt", section.prompt, False)


def _step_tree(where: str, steps: tuple[ss.Step, ...]) -> Iterator[Shipped]:
    for n, step in enumerate(steps, start=1):
        yield Shipped(f"{where}:step {n}", step.text, True)
        yield from _step_tree(f"{where}:step {n}:part", step.parts)


def task_strings() -> Iterator[Shipped]:
    """Every text in tasks.toml, kinds filled in, and every step break_down gives them."""
    book = ss.default_tasks()
    where = "tasks.toml"
    for t in book.templates:
        yield Shipped(f"{where}:{t.id}:title", t.title, False)
        yield Shipped(f"{where}:{t.id}:anchor", t.anchor, False)
        yield from _step_tree(f"{where}:{t.id}", t.steps)
    slots = ss._tasksteps._Slots(
        "your landlord", "landlord", "Sam", "reply to your landlord", "the cat"
    )
    for k in book.kinds:
        yield Shipped(f"{where}:kind {k.key}:title", k.title.format(**slots._asdict()), False)
        yield Shipped(f"{where}:kind {k.key}:anchor", k.anchor, False)
        yield from _step_tree(
            f"{where}:kind {k.key}", ss._tasksteps._fill(k.steps, slots._asdict())
        )
    for key in ("notice", "first_step_only"):
        yield Shipped(f"{where}:words:{key}", book.words[key], key == "notice")
    for key in ("why_kind", "why_object"):
        line = book.words[key].format(
            verb="tidy", kind="tidy", object="your room", object_class="room"
        )
        yield Shipped(f"{where}:words:{key}", line, False)
    yield Shipped(
        f"{where}:words:deadline", book.words["deadline"].format(deadline="Friday"), False
    )
    for hazard, table in book.words["hazard"].items():
        yield Shipped(f"{where}:words:hazard:{hazard}", table["text"], True)
    tasks = [t.title for t in book.templates] + ["reply to my landlord", "sort the shed"]
    for task, energy in itertools.product(tasks, ss.Energy):
        bd = ss.break_down(task, energy=energy)
        yield Shipped(f"break_down({task!r}, {int(energy)}):why", bd.why, False)
        if bd.habit_stack:
            yield Shipped(f"break_down({task!r}, {int(energy)}):habit", bd.habit_stack, False)
        for n, step in enumerate((*bd.steps, *bd.later), start=1):
            yield Shipped(f"break_down({task!r}, {int(energy)}):step {n}", step.text, True)


def routine_strings() -> Iterator[Shipped]:
    """Every text in routines.toml, each routine's steps at every energy, and summaries."""
    where = "routines.toml"
    for r in ss.default_routines().values():
        yield Shipped(f"{where}:{r.id}:title", r.title, False)
        yield Shipped(f"{where}:{r.id}:description", r.description, False)
        for item in r.items:
            yield Shipped(f"{where}:{r.id}:{item.id}:title", item.title, False)
            if item.anchor:
                yield Shipped(f"{where}:{r.id}:{item.id}:anchor", item.anchor, False)
            yield from _step_tree(f"{where}:{r.id}:{item.id}", item.steps)
        for energy in ss.Energy:
            for item in r.for_energy(energy).items:
                yield from _step_tree(f"{r.id}.for_energy({int(energy)}):{item.id}", item.steps)
        today = datetime.date(2026, 11, 22)
        ids = [item.id for item in r.items]
        for n, energy in itertools.product(range(len(ids) + 1), [None, *ss.Energy]):
            day = ss.RoutineDay(r, today, done=ids[:n], partly=ids[n : n + 1], energy=energy)
            yield Shipped(f"RoutineDay({r.id}, {n} done, {energy}).summary", day.summary(), False)
        earlier = ss.RoutineDay(r, today - datetime.timedelta(days=3), done=ids[:1])
        week = ss.RoutineWeek([earlier], today=today)
        yield Shipped(f"RoutineWeek({r.id}).summary", week.summary(), False)


QUOTED_THOUGHT_FIELDS = frozenset({"example_thought"})
"""The field that quotes a harsh thought, to question it: the tone test skips it by name
(CONTENT.md), and only it. The words readers look for are in the reader folders below."""


def reframe_strings() -> Iterator[Shipped]:
    """Pattern names and descriptions, questions, experiments, and all of selftalk.toml."""
    from smallsteps._distortions import _book

    book = _book()
    for d in book.distortions:
        for field in ("name", "description", "example_thought"):
            if field not in QUOTED_THOUGHT_FIELDS:
                yield Shipped(f"distortions.toml:{d.id}:{field}", getattr(d, field), False)
    for q in book.questions.values():
        yield Shipped(f"distortions.toml:question {q.id}", q.text, False)
    for e in book.experiments:
        yield Shipped(f"distortions.toml:experiment {e.id}", e.text, False)
    talk = ss.self_talk()
    where = "selftalk.toml"
    for n, text in enumerate(talk.affirmations, start=1):
        yield Shipped(f"{where}:affirmation {n}", text, False)
    for n, text in enumerate(talk.starters, start=1):
        yield Shipped(f"{where}:starter {n}", text, False)
    for key, text in talk.identity.items():
        yield Shipped(f"{where}:identity {key}", text, False)
    for kind, texts in talk.icy_path.items():
        for n, text in enumerate(texts, start=1):
            yield Shipped(f"{where}:icy_path {kind} {n}", text, False)
    for g in talk.glimmers:
        for n, step in enumerate(g.steps, start=1):
            yield Shipped(f"{where}:glimmer {g.id}:step {n}", step.text, True)
    for key, text in talk.words.items():
        yield Shipped(f"{where}:words {key}", text, False)
    proof = ss.ProofList().adding("A hard day", datetime.date(2026, 11, 20))
    yield Shipped("ProofList.summary", proof.summary(), False)
    yield Shipped("ProofList().summary", ss.ProofList().summary(), False)


def history_strings() -> Iterator[Shipped]:
    """Reasons the history rules give over a varied fortnight, and the insights' sentences."""
    now = datetime.datetime(2026, 11, 22, 9, 0)
    history = []
    for day in range(14):
        at = now - datetime.timedelta(days=day + 1)
        done = "partly" if day < 2 else "done"
        for activity in ("sip-of-water", "walk-to-a-spot", "step-outside"):
            history.append(
                ss.Entry(
                    activity,
                    at,
                    done=done,
                    mood_before=3,
                    mood_after=6,
                    enjoyment_predicted=2,
                    enjoyment=5,
                )
            )
    reasons: dict[str, str] = {}
    for energy, day in itertools.product(ss.Energy, range(7)):
        when = now + datetime.timedelta(days=day)
        checkin = ss.CheckIn(energy, 30, "standing", "morning", outdoors=True)
        for grade in (history, history[6:]):
            for s in ss.recommend(checkin, grade, limit=5, now=when).suggestions:
                for r in s.reasons:
                    reasons.setdefault(r.text, r.rule)
    for text, rule in sorted(reasons.items()):
        yield Shipped(f"reason:{rule}", text, False)
    found = ss.insights(history)
    for i in (*found.activities, *found.categories):
        yield Shipped(f"insights:{i.key}", i.sentence, False)
    yield Shipped("insights:note", found.note, False)


def shipped_strings() -> list[Shipped]:
    """All of the above: what the tone tests check."""
    return [
        *catalog_strings(),
        *generated_strings(),
        *safety_strings(),
        *task_strings(),
        *routine_strings(),
        *reframe_strings(),
        *history_strings(),
    ]


STRINGS = shipped_strings()
STEPS = [s for s in STRINGS if s.step]


def test_enough_strings_are_checked() -> None:
    """The scan covers the catalog and the task templates: titles and many more steps."""
    assert len([s for s in STRINGS if s.where.endswith(":title")]) >= 150 + 60
    assert len(STEPS) >= 300
    assert len([s for s in STEPS if s.where.startswith("tasks.toml")]) >= 400
    rules = {s.where for s in STRINGS if s.where.startswith("reason:")}
    for rule in ("lifted_mood_before", "better_than_expected", "grade_gently", "keeps_variety"):
        assert f"reason:{rule}" in rules


def test_no_banned_words_and_steps_well_formed() -> None:
    """No banned word anywhere; every step short, capitalised, without a full stop."""
    problems = [
        f"{s.where}: {problem}: {s.text!r}"
        for s in STRINGS
        for problem in ss.lint_text(s.text, step=s.step)
    ]
    assert [] == problems


def _strings_in(value: object, key: str = "") -> Iterator[tuple[str, str]]:
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _strings_in(v, str(k))
    elif isinstance(value, list):
        for v in value:
            yield from _strings_in(v, key)
    elif isinstance(value, str):
        yield key, value


def test_banned_words_in_data_files_only_in_quoted_thought_fields() -> None:
    """Every string in every data file, by field: banned words only where quoted thoughts live."""
    import tomllib

    problems = []
    # data/safety/, data/text/, data/thinking/ and data/tasks/lexicon/ hold the words readers
    # look for in a person's own text (phrases, short forms, verbs, the triggers of tiny
    # experiments); they are never shown (test_quoted_thought_fields_are_never_shown).
    names = ("safety", "text", "thinking", "tasks/lexicon")
    readers = {DATA.parent / name for name in names}
    for path in sorted((DATA.parent).rglob("*.toml")):
        if path.parent in readers:
            continue
        for key, text in _strings_in(tomllib.loads(path.read_text("utf-8"))):
            banned = [p for p in ss.lint_text(text) if p.startswith("uses ")]
            if banned and key not in QUOTED_THOUGHT_FIELDS:
                problems.append(f"{path.name}: {key}: {banned}: {text[:60]!r}")
    assert [] == problems


def test_quoted_thought_fields_are_never_shown() -> None:
    """The detection patterns do not reach a person: no reframe or notice carries them."""
    from smallsteps._distortions import _book
    from smallsteps._thinkers import default_thinking_rules

    r = ss.reframe("I'm a total failure, I always mess up")
    words = [q.text for q in r.questions] + [*r.starters, r.identity, r.experiment]
    shown = " ".join(words + [f"{d.name} {d.description}" for d in r.distortions]).lower()
    patterns = [p for e in _book().experiments for p in e.thought_patterns]
    patterns += [p for phrases in default_thinking_rules().families.values() for p in phrases]
    assert not [p for p in patterns if len(p) > 12 and p in shown]


@pytest.mark.parametrize(
    "words",
    [
        "i shouldve paid the gas bill",
        "i hafta ring mum back",
        "shud clean the bathroom before sat",
        "must reply to sam",
        "i shouldnt feel this way about work",
        "i shud be over this by now",
        "never have to get up again",
        "ive got to pick up my dry cleaning",  # "got to" once became "has to pick up"
    ],
)
def test_the_readers_words_never_reach_the_person(words: str) -> None:
    """What the reader's own words hold never reaches the person.

    Short forms it expands ("shouldve", "hafta") and words its lexicons list ("should", "must")
    appear in what is shown only when the person wrote them.
    """

    def banned(text: str) -> set[str]:
        return {p for p in ss.lint_text(text) if p.startswith("uses ")}

    spelled_out = {"shouldve": "should", "shouldnt": "should", "shud": "should", "hafta": "have to"}
    expanded = " ".join(spelled_out.get(w, w) for w in words.split())
    mine = banned(words) | banned(expanded)
    check = ss.check_safety(words)
    shown = [str(ss.break_down(words, energy=e)) for e in (0, 2)] + [str(ss.reframe(words))]
    if check.notice is not None:
        shown.append(f"{check.notice.message} {' '.join(check.notice.options)}")
    assert [] == [b for text in shown for b in banned(text) - mine]


def test_steps_start_with_a_verb() -> None:
    """Every micro-step starts with an imperative verb from tests/data/verbs.txt."""
    problems = [
        f"{s.where}: {s.text!r}" for s in STEPS if s.text.split()[0].rstrip(",") not in VERBS
    ]
    assert [] == problems


def test_steps_read_plainly() -> None:
    """Step texts have a median Flesch-Kincaid grade of 6 or below."""
    grades = [textstat.flesch_kincaid_grade(s.text) for s in STEPS]
    assert statistics.median(grades) <= 6


def test_the_librarys_own_grade_is_close_to_textstats() -> None:
    """`ss.reading_grade` is close to textstat's, with syllables counted by rule of thumb.

    Within two grades for 95 shipped strings in 100 (97 today; 80 within one), and the same
    median within half a grade (2.3 against 2.3 today).
    """
    texts = [s.text for s in STRINGS]
    ours = [ss.reading_grade(t) for t in texts]
    theirs = [textstat.flesch_kincaid_grade(t) for t in texts]
    close = sum(abs(a - b) <= 2.0 for a, b in zip(ours, theirs, strict=True))
    assert close >= 0.95 * len(texts)
    assert abs(statistics.median(ours) - statistics.median(theirs)) <= 0.5


def test_titles_and_notes_read_plainly() -> None:
    """Titles, notes and reasons have a median Flesch-Kincaid grade of 6 or below."""
    grades = [textstat.flesch_kincaid_grade(s.text) for s in STRINGS if not s.step]
    assert statistics.median(grades) <= 6


@pytest.mark.parametrize(
    ("text", "step", "expected"),
    [
        ("You should rest", False, ("uses 'should'",)),
        ("Just breathe", True, ("uses 'just'", "starts with a word that is not a verb: Just")),
        ("It is EASY", False, ("uses 'easy'",)),
        ("Push  through it", False, ("uses 'push through'",)),
        ("Well done!", False, ("has an exclamation mark",)),
        ("Put one dish in the sink.", True, ("ends with a full stop; steps do not",)),
        ("put one dish in the sink", True, ("does not start with a capital letter",)),
        ("Justify nothing; a mustard seed is fine", False, ()),
        (" ".join(["Put"] + ["one"] * 15), True, ("has 16 words; a step has at most 15",)),
    ],
)
def test_lint_text(text: str, step: bool, expected: tuple[str, ...]) -> None:
    """lint_text finds banned words as whole words only, and the step rules."""
    assert expected == ss.lint_text(text, step=step)
