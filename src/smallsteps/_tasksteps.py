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
from ._taskown import vague
from ._taskread import TaskReading
from ._taskwho import Whom, named_as, whose

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


def hazard_notes(words: Mapping[str, Any], hazards: Sequence[str]) -> str:
    """The `note` lines of the task's hazards in `[words.hazard]`, joined ("" when none)."""
    table = words.get("hazard", {})
    notes = [
        str(found["note"])
        for hazard in hazards
        if isinstance(table, Mapping)
        and isinstance(found := table.get(hazard), Mapping)
        and found.get("note")
    ]
    return " ".join(dict.fromkeys(notes))


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
    for typed in people:
        person = typed.removesuffix("'s").removesuffix("\u2019s")  # "Jess's text": Jess
        noun = lex.noun_at([person], 0) if person.islower() and " " not in person else None
        owned = noun is not None and noun[1] == "person"
        owned = owned and person not in lex.sets.get("no_owner", frozenset())  # "everyone"
        out.append(str(frame["your_person"]).format(person=person) if owned else person)
    pair = str(frame["two_people"])
    return functools.reduce(lambda a, b: pair.format(first=a, second=b), out) if out else ""


def kind_slots(reading: TaskReading, default: str, frame: Mapping[str, Any]) -> _Slots:
    """A kind's slots for a task: the person's own words, `default` for a missing object.

    `frame` gives the words around them (`them` when no one is named, `your_person`,
    `two_people`, `your_pet` for an animal's task that names none): the `[words]` of
    tasks.toml, or their translation.
    """
    return _Slots(
        object=said([reading.object] if reading.object else [], frame) or default,
        thing=(reading.object_class != "person" and reading.thing) or reading.object or default,
        people=said(reading.people[:2], frame) or str(frame["them"]),
        task=_task_words(reading, default),
        animal=reading.animal or str(frame.get("your_pet", "your pet")),
    )


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

    "label already printed" drops a step that starts with printing.
    """
    lex = default_task_lexicon()
    done = reading.done.casefold().split()
    verbs = {f[2][0] for i in range(len(done)) if (f := lex.verb_at(done, i)) is not None}
    if not verbs:
        return steps
    kept = tuple(s for s in steps if _first_verb(s.text, lex) not in verbs)
    return kept if len(kept) >= 3 else steps


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


_NOT_FOR: Final = frozenset({"return", "message", "call", "ask-money-owed", "post"})
"""Kinds whose person is the one reached or paid back, never someone the task is for."""


def for_whom(
    title: str, steps: tuple[Step, ...], reading: TaskReading, words: Mapping[str, Any]
) -> tuple[str, tuple[Step, ...]]:
    """Someone else's task said as theirs: the title names them, a second step checks with them.

    "dads repeat prescription": "Order a repeat prescription for your dad", then "Ask your
    dad which ones they need this time" (`[words] for_someone`, by kind). A title or steps
    that name them already stay as they are; so does an animal's task, a message or call to
    them, and a thing given or paid back to them.
    """
    if (
        not reading.whom
        or reading.animal
        or reading.kind in _NOT_FOR
        or (reading.object_class == "person" and not reading.together)
    ):
        return title, steps
    who = named_as(Whom(reading.whom, reading.together))
    names = [w for w in reading.whom.casefold().split() if w not in ("the", "your", "my")]

    def naming(text: str) -> bool:
        said = text.casefold()
        return any(n in said for n in names[-1:])

    if not naming(title):
        key = "with_whom" if reading.together else "for_whom"
        title = str(words.get(key, "{title}")).format(title=title, who=who)
    little = default_task_lexicon().sets.get("little_ones", frozenset())
    if any(naming(s.text) for s in steps) or reading.whom.casefold() in little:
        return title, steps  # named already, or a baby: no questions for them
    table = words.get("with_someone" if reading.together else "for_someone", {})
    keys = (f"{reading.kind}/{reading.object_class}", reading.kind, "other")
    text = next((table[k] for k in keys if k in table), "") if isinstance(table, Mapping) else ""
    if not text:
        return title, steps
    seconds = int(words.get("for_someone_seconds", 30))
    step = Step(_cap(str(text).format(who=who, whose=whose(who))), seconds)
    return title, (*steps[:1], step, *steps[1:])


def own_thing(reading: TaskReading) -> str:
    """The person's own thing as a step names it ("the old pram"), or "" for none.

    Not a person (their steps name them), and "the" before a bare noun.
    """
    said = reading.object
    if not said or reading.object_class in ("person", "for-someone"):
        return ""
    if vague(said, default_task_lexicon()) or said.split()[0].casefold() in ("a", "an"):
        return ""  # "the paperwork", "a phone call": the template's own words say more
    first = said.split()[0]
    owned = first.casefold() in _OWNED or first.endswith(("'s", "s'")) or first[:1].isupper()
    return said if owned or first[:1].isdigit() else f"the {said}"


_OWNED: Final = frozenset({"the", "a", "an", "your", "his", "her", "their", "this", "that", "some"})


def named_title(title: str, reading: TaskReading, words: Mapping[str, Any]) -> str:
    """A saved task's title with the person's own thing, when it names no word of it.

    "old pram on fb marketplace": "Sell something on eBay or Marketplace: old pram". Not a
    thing said with "a" (no particular one), the body, nor a thing the title already names
    in other words ("a load of washing" for "Put a wash on").
    """
    said = reading.object
    if not own_thing(reading) or not reading.thing or reading.object_class == "body":
        return title
    if said.split()[0].casefold() in {w.casefold() for p in reading.people for w in p.split()}:
        return title  # "tom for the concert tickets": a person, and the template names them
    mine = [w.removesuffix("'s") for w in said.casefold().split()]
    lex = default_task_lexicon()
    verbs = lex.sets.get("split", frozenset())  # "let nursery know": a verb's particle
    if any((lex.is_verb(w) or w in verbs) and lex.noun_at([w], 0) is None for w in mine[1:]):
        return title  # "nursery know mia": words of a clause, not a thing
    raw = said.casefold().split()
    yours = raw[0] == "your" and not (raw[1:2] or [""])[0].endswith(("'s", "s'"))
    if mine[0][:1].isdigit() or mine[0] in ("a", "an") or yours:
        return title  # "30 min", "a place", "your bag": no particular thing of the person's own
    flat = "".join(title.casefold().split())
    said_words = {w.strip(",.") for w in title.casefold().split()}
    stems = {w[:4] for w in said_words if len(w) > 3}
    if any(
        w in said_words or (len(w) > 3 and (w[:4] in stems or w in flat))
        for w in mine
        if w not in _OWNED
    ):
        return title
    return str(words.get("title_object", "{title}")).format(title=title, object=said)


def with_own_thing(
    steps: tuple[Step, ...], made: str, reading: TaskReading, words: Mapping[str, Any]
) -> tuple[Step, ...]:
    """A saved task's steps with the person's own thing in place of the template's word for it.

    `[words] stand_ins` by template id: "Stand by the thing you want to sell" is "Stand by
    the old pram". English only: a translation keeps its own words.
    """
    table = words.get("stand_ins", {})
    pair = table.get(made) if isinstance(table, Mapping) else None
    thing = own_thing(reading)
    if not pair or not thing:
        return steps
    old, new = str(pair[0]), str(pair[1]).format(object=thing)

    def swap(step: Step) -> Step:
        parts = tuple(swap(p) for p in step.parts)
        return attrs.evolve(step, text=_cap(step.text.replace(old, new)), parts=parts)

    return tuple(swap(s) for s in steps)


def their_own(
    steps: tuple[Step, ...], reading: TaskReading, words: Mapping[str, Any]
) -> tuple[Step, ...]:
    """A task done for someone else with their things named as theirs, never as "your".

    "sort dad's repeat prescription": "Pick up your dad's medicine box"; a form filled in
    for mum: "Fill in your mum's name, address and the date" (`[words] theirs`). Only where
    `for_whom` names the person: not together, not a message, a call or a thing given back.
    English only, like the stand-ins: a translation keeps its own words.
    """
    table = words.get("theirs", {})
    if (
        not isinstance(table, Mapping)
        or not reading.whom
        or reading.together
        or reading.animal
        or reading.kind in _NOT_FOR
        or reading.object_class == "person"
    ):
        return steps
    who = named_as(Whom(reading.whom, reading.together))
    pairs = [(str(k), str(v).format(who=who, whose=whose(who))) for k, v in table.items()]
    pairs.sort(key=lambda p: -len(p[0]))  # "your medicine boxes" before "your medicine box"

    def swap(step: Step) -> Step:
        text = step.text
        for old, new in pairs:
            if old in text:
                text = text.replace(old, new)
                break
        return attrs.evolve(step, text=text, parts=tuple(swap(p) for p in step.parts))

    return tuple(swap(s) for s in steps)


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
