"""Filling a kind's pattern with the person's words, and the steps added or left out.

Slots (`{object}`, `{thing}`, `{people}`, `{task}`, `{animal}`), a calm safety step for
each hazard the reader found (an emergency's first of all), and the steps the person says
are done.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Final, NamedTuple

import attrs

from ._model import Step
from ._taskcues import named
from ._tasklex import TaskLexicon, default_task_lexicon
from ._taskread import TaskReading

FRAME_WORDS: Final = (
    "deadline_before", "deadline_at", "deadline_on_the", "them", "it", "your_person",
    "two_people", "head", "stop_here", "more_later", "idea", "habit_stack", "box_seconds_one",
    "box_seconds_other", "box_minutes_one", "box_minutes_other", "your_pet",
)  # fmt: skip
"""The `[words]` of tasks.toml that frame the person's own words and the steps, in a locale."""


class _Slots(NamedTuple):
    object: str
    thing: str
    people: str
    task: str
    animal: str


def _fill(steps: Iterable[Step], values: Mapping[str, str]) -> tuple[Step, ...]:
    """The steps with their slots filled from `values` (a kind's four, a template's people)."""
    return tuple(
        attrs.evolve(s, text=_cap(s.text.format(**values)), parts=_fill(s.parts, values))
        if "{" in s.text or s.parts
        else s
        for s in steps
    )


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _hazard_steps(words: Mapping[str, Any], hazards: Sequence[str]) -> tuple[Step, ...]:
    """One calm safety step for each hazard of the task (at most two), from `[words.hazard]`."""
    table = words.get("hazard", {})
    steps: list[Step] = []
    for hazard in hazards:
        found = table.get(hazard) if isinstance(table, Mapping) else None
        if isinstance(found, Mapping) and len(steps) < 2:
            urgent = hazard.startswith("emergency-")  # marked `win`: it goes first
            steps.append(Step(str(found["text"]), int(found["seconds"]), win=urgent))
    return tuple(steps)


def hazard_notes(words: Mapping[str, Any], hazards: Sequence[str], said: Sequence[str] = ()) -> str:
    """The `note` lines of the task's hazards in `[words.hazard]`, joined ("" when none).

    A hazard's `note_when`, where given, holds the word stems of which the task (`said`, its
    words) names one for the note to show: the chemical's note on mixing cleaners is for a
    cleaning job, not for weedkiller on the path.
    """
    table = words.get("hazard", {})
    notes = [
        str(found["note"])
        for hazard in hazards
        if isinstance(table, Mapping)
        and isinstance(found := table.get(hazard), Mapping)
        and found.get("note")
        and _names_one(said, found.get("note_when"))
    ]
    return " ".join(dict.fromkeys(notes))


def _names_one(said: Sequence[str], stems: object) -> bool:
    """Whether a word of `said` starts with one of `stems` (always, when there are none)."""
    if not isinstance(stems, Sequence) or isinstance(stems, str) or not stems:
        return True
    return any(w.startswith(str(stem)) for w in said for stem in stems)


def _with_hazards(steps: tuple[Step, ...], hazards: tuple[Step, ...]) -> tuple[Step, ...]:
    """The safety steps before the risky work, none a step has already.

    An emergency's step comes first of all; the others go after the first two steps
    (getting ready), so at the lowest energy the two shown are about the task.
    """
    texts = {s.text for s in steps}
    urgent = tuple(h for h in hazards if h.text not in texts and h.win)
    new = tuple(h for h in hazards if h.text not in texts and not h.win)
    return (*urgent, *steps[:2], *new, *steps[2:])


def said(people: Iterable[str], frame: Mapping[str, Any], lex: TaskLexicon | None = None) -> str:
    """People as a step says them: "Tom", "your mum", "your boss and Sam"; "" for none.

    A bare word for a person the task gave no owner ("ask boss", "ring grandad") is
    "your boss", "your grandad" (`your_person` in `frame`, the `[words]` of tasks.toml or
    their translation); names and people with an owner stay as typed, joined by
    `two_people`.
    """
    lex = lex or default_task_lexicon()
    out = []
    for typed in _one_each(people):
        person = typed.removesuffix("'s").removesuffix("\u2019s")  # "Jess's text": Jess
        noun = lex.noun_at([person], 0) if person.islower() and " " not in person else None
        owned = noun is not None and noun[1] == "person"
        owned = owned and person not in lex.sets.get("no_owner", frozenset())  # "everyone"
        out.append(str(frame["your_person"]).format(person=person) if owned else person)
    pair = str(frame["two_people"])
    return functools.reduce(lambda a, b: pair.format(first=a, second=b), out) if out else ""


def _one_each(people: Iterable[str]) -> list[str]:
    """Each person once, as the task names them best.

    The reader may find one person twice: a possessive typed without its apostrophe and the
    owner ("dads medication": "dads" and "dad"), or the bare word and its article ("kids"
    and "the kids"). The shorter word wins ("dad"), then the longer form ("the kids").
    """
    out: list[str] = []
    keys: list[str] = []
    for typed in people:
        key = _person_key(typed)
        at = next((i for i, k in enumerate(keys) if key in (k, k[:-1]) or k == key[:-1]), None)
        if at is None:
            out.append(typed)
            keys.append(key)
        elif len(key) < len(keys[at]) or (key == keys[at] and len(typed) > len(out[at])):
            out[at], keys[at] = typed, key
    return out


def _person_key(typed: str) -> str:
    """A person's word without its article or owner and without an apostrophe's "s"."""
    word = typed.casefold()
    for article in ("the ", "my ", "your "):
        word = word.removeprefix(article)
    return word.removesuffix("'s").removesuffix("\u2019s").removesuffix("'")


def kind_slots(reading: TaskReading, default: str, frame: Mapping[str, Any]) -> _Slots:
    """A kind's slots for a task: the person's own words, `default` for a missing object.

    `frame` gives the words around them (`them` when no one is named, `your_person`,
    `two_people`, `your_pet` for an animal's task that names none): the `[words]` of
    tasks.toml, or their translation.
    """
    return _Slots(
        object=said([shown_object(reading)] if reading.object else [], frame) or default,
        thing=(reading.object_class != "person" and reading.thing) or reading.object or default,
        people=said(reading.people[:2], frame) or str(frame["them"]),
        task=_task_words(reading, default),
        animal=reading.animal or str(frame.get("your_pet", "your pet")),
    )


_ARTICLES = frozenset({"a", "an", "the", "my", "your", "our", "their", "his", "her"})


def shown_object(reading: TaskReading) -> str:
    """The task's object as its steps name it: without a last word that repeats the act.

    "bus pass renewal" read as renewing shows "bus pass" ("Renew bus pass", not "Renew bus
    pass renewal"); the words that repeat each kind are `[kind_echoes]` in `reading.toml`.
    Marks left at the end of the words ("ebike insurance renewal ,") go too. An object of
    one word, or one left with its article alone ("the booking"), stays whole.
    """
    words = reading.object.rstrip(" ,;:-").split()
    echoes = default_task_lexicon().maps.get("kind_echoes", {}).get(reading.kind, "").split()
    kept = words[:-1]
    if kept and words[-1].casefold() in echoes and kept[-1].casefold() not in _ARTICLES:
        words = kept
    return " ".join(words) or reading.object


def someone(reading: TaskReading, default: str, frame: Mapping[str, Any]) -> str:
    """Who a template's `{people}` is: the people the task names, else `default`.

    Else the person the task is for or done with ("help ben with his spellings": Ben).
    """
    named_people = said(named(reading.people, default_task_lexicon())[:2], frame)
    whom = said([reading.whom], frame) if reading.whom else ""
    return named_people or whom or default


def _someone(reading: TaskReading) -> bool:
    """Whether the task names a particular person ("my cousin", "Sam"), not just anyone."""
    if reading.object_class == "organisation":
        return True  # "message the nursery": the organisation's own steps say more
    return reading.object_class == "person" and bool(named(reading.people, default_task_lexicon()))


def _without_done(steps: tuple[Step, ...], reading: TaskReading) -> tuple[Step, ...]:
    """The steps less those the person says are done, keeping at least three.

    "label already printed" drops a step that starts with printing; "already got my NI
    number written down" a step that fetches or finds a thing the done part names
    (`[sets] done_fetch`: "Find your NI number").
    """
    lex = default_task_lexicon()
    done = reading.done.casefold().split()
    verbs = {f[2][0] for i in range(len(done)) if (f := lex.verb_at(done, i)) is not None}
    head = set(reading.thing.casefold().split()) | set(reading.object.casefold().split())
    nouns = {
        w for i, w in enumerate(done) if lex.noun_at(done, i) is not None and w not in head
    } - lex.sets.get("determiners", frozenset())
    fetch = lex.sets.get("done_fetch", frozenset())
    if not verbs and not nouns:
        return steps
    kept = tuple(
        s
        for s in steps
        if _first_verb(s.text, lex) not in verbs
        and not verbs & _ing_of(s.text)  # "veg already chopped": no "Do the chopping"
        and not (_opens_with(s.text, fetch) and nouns & set(s.text.casefold().split()))
    )
    return kept if len(kept) >= 3 else steps


def _ing_of(text: str) -> set[str]:
    """The verbs a step names in -ing ("Do the chopping": chop), for a done verb."""
    words = text.casefold().split()
    stems = {w[:-3] for w in words if w.endswith("ing") and len(w) > 6}
    return stems | {s[:-1] for s in stems if len(s) > 3 and s[-1] == s[-2]}


def _opens_with(text: str, verbs: frozenset[str]) -> bool:
    """Whether a step opens with one of `verbs` ("Find your NI number": find)."""
    return text.casefold().split()[:1] in ([v] for v in verbs)


def side_note(words: Mapping[str, Any], reading: TaskReading) -> str:
    """The person's side note, and a second to-do typed with the task, each in its own line.

    "Your note: ..." for a comment; "Then, when you are ready: pay the electric" for a
    second to-do (`TaskReading.then`; a language without that line says it as a note).
    """
    lines = [str(words["note"]).format(note=reading.aside)] if reading.aside else []
    if reading.then:
        said = str(words.get("then") or words["note"])
        lines.append(said.format(then=reading.then, note=reading.then))
    return " ".join(lines)


def one_cleaner(
    steps: tuple[Step, ...], reading: TaskReading, words: Mapping[str, Any]
) -> tuple[Step, ...]:
    """A job that names bleach uses bleach alone (`[words] one_cleaner`).

    "clean toilet w bleach": a step that squirts toilet cleaner squirts the bleach instead,
    so no step puts a second product beside it. English only, like the stand-ins.
    """
    table = words.get("one_cleaner", {})
    named = str(table.get("named", "")) if isinstance(table, Mapping) else ""
    if not named or named not in reading.words:
        return steps
    others = [str(o) for o in table.get("others", ())]

    def swap(step: Step) -> Step:
        text = step.text
        for other in others:
            text = text.replace(other, named).replace(_cap(other), _cap(named))
        return attrs.evolve(step, text=text, parts=tuple(swap(p) for p in step.parts))

    return tuple(swap(s) for s in steps)


def _first_verb(text: str, lex: TaskLexicon) -> str:
    words = text.casefold().split()[:1]
    found = lex.verb_at(words, 0) if words else None
    return str(found[2][0]) if found else ""


def _task_words(reading: TaskReading, default: str) -> str:
    verb = reading.verb.split()
    if not verb:
        return reading.object or default
    parts = [verb[0], reading.object, *verb[1:]] if len(verb) > 1 else [verb[0], reading.object]
    return " ".join(p for p in parts if p)


def uncovered(
    steps: tuple[Step, ...], reading: TaskReading, words: Mapping[str, Any]
) -> tuple[Step, ...]:
    """A saved task's extra safety steps: emergencies, and hazards the person named.

    A saved task has its own safety steps for its usual hazards; a hazard the person's own
    words name ("clean oven (gloves, window open, that spray is nasty)") gets its calm step
    too, unless a step already covers it (`covered_by` words in `[words.hazard.<id>]`).
    """
    lex = default_task_lexicon()
    usual = set(lex.class_hazards.get(reading.object_class, ()))
    table = words.get("hazard", {})
    said = " ".join(s.text.casefold() for s in steps)
    named = []
    for hazard in reading.hazards:
        found = table.get(hazard) if isinstance(table, Mapping) else None
        if not isinstance(found, Mapping) or hazard in usual:
            continue
        covered = found.get("covered_by", [])
        if hazard.startswith("emergency-") or (covered and not any(w in said for w in covered)):
            named.append(hazard)
    return _hazard_steps(words, named)


def with_topic(
    steps: tuple[Step, ...], reading: TaskReading, words: Mapping[str, Any]
) -> tuple[Step, ...]:
    """The steps with what the task is about said in the step that plans the words.

    "email my manager re flexible hours": "Write down what you want to say about flexible
    hours" (`[words] about`, by kind and class or kind) in place of a step opening with one
    of `[words] about_instead` ("Think of the one thing you want..."), else before the first
    step opening with one of `about_before` ("Type", "Ring"...), else second. English
    only, like the step for someone else: a translation keeps its own steps.
    """
    table = words.get("about", {})
    if not reading.topic or not isinstance(table, Mapping):
        return steps
    keys = (f"{reading.kind}/{reading.object_class}", reading.kind)
    text = next((str(table[k]) for k in keys if k in table), "")
    if not text or reading.topic.casefold() in " ".join(s.text for s in steps).casefold():
        return steps
    step = Step(_cap(text.format(topic=reading.topic)), int(words.get("about_seconds", 30)))
    instead = tuple(str(w).casefold() for w in words.get("about_instead", ()))
    at = next((i for i, s in enumerate(steps) if s.text.casefold().startswith(instead)), None)
    if at is None:
        before = tuple(str(w).casefold() for w in words.get("about_before", ()))
        opens = [s.text.casefold().startswith(before) for s in steps]
        at = next((i for i, yes in enumerate(opens) if yes and i > 0), 1)
        return (*steps[:at], step, *steps[at:])
    return (*steps[:at], attrs.evolve(step, seconds=steps[at].seconds), *steps[at + 1 :])
