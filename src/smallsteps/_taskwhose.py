"""Whose things the steps name: the person's own thing, and someone else's task as theirs.

A saved task's title and steps name the person's own thing ("Stand by the old pram"); a
task done for someone else names them in its title, checks with them in its second step
and says their things as theirs ("your dad's medicine box"), never as "your".
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

import attrs

from ._model import Step
from ._tasklex import default_task_lexicon
from ._taskown import vague
from ._taskread import TaskReading
from ._tasksteps import _cap
from ._taskwho import Whom, named_as, whose

__all__ = ["at_the_place", "for_whom", "named_title", "own_thing", "their_own", "with_own_thing"]

_NOT_FOR: Final = frozenset({"return", "message", "call", "ask-money-owed", "post"})
"""Kinds whose person is the one reached or paid back, never someone the task is for."""


def for_whom(
    title: str, steps: tuple[Step, ...], reading: TaskReading, words: Mapping[str, Any]
) -> tuple[str, tuple[Step, ...]]:
    """Someone else's task said as theirs: the title names them, a second step checks with them.

    "dads repeat prescription": "Order a repeat prescription for your dad", then "Ask your
    dad which ones they need this time" (`[words] for_someone`, by kind). A title or steps
    that name them already stay as they are; so does an animal's task, a message or call to
    them and a thing given or paid back to them; someone who cannot be asked (`[sets]
    not_to_ask`: they have died, or it is their funeral or christening) is named but asked
    nothing.
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
    sets = default_task_lexicon().sets
    little = sets.get("little_ones", frozenset())
    if any(naming(s.text) for s in steps) or reading.whom.casefold() in little:
        return title, steps  # named already, or a baby: no questions for them
    said = (*reading.words, *reading.aside.casefold().split())  # "..., she passed in may"
    if sets.get("not_to_ask", frozenset()).intersection(said):
        return title, steps  # "since he died", "for grandads funeral": never asked
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
        w in said_words
        or (len(w) > 3 and (w[:4] in stems or w in flat))
        or any(_short_for(w, t) for t in said_words)  # "appt": the title's "appointment"
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
    return _swapped(steps, pairs, capital=False)


def at_the_place(
    steps: tuple[Step, ...], reading: TaskReading, words: Mapping[str, Any]
) -> tuple[Step, ...]:
    """A task's steps with the shop or place the person named, in place of "the shop".

    "get screws from Bunnings": "Check Bunnings has screws", "Walk or drive to Bunnings"
    (`[words] at_place`, `TaskReading.place`). English only, like the stand-ins.
    """
    table = words.get("at_place", {})
    if not isinstance(table, Mapping) or not reading.place:
        return steps
    pairs = [(str(k), str(v).format(place=reading.place)) for k, v in table.items()]
    pairs.sort(key=lambda p: -len(p[0]))  # "the shop or the maker" before "the shop"
    return _swapped(steps, pairs, capital=True)


def _swapped(
    steps: tuple[Step, ...], pairs: list[tuple[str, str]], *, capital: bool
) -> tuple[Step, ...]:
    """Steps (and their parts) with the first of `pairs` each one holds replaced.

    Longest first, as the callers sort them; `capital` starts a changed text with a capital.
    """

    def swap(step: Step) -> Step:
        text = step.text
        for old, new in pairs:
            if old in text:
                text = text.replace(old, new)
                break
        text = _cap(text) if capital else text
        return attrs.evolve(step, text=text, parts=tuple(swap(p) for p in step.parts))

    return tuple(swap(s) for s in steps)


def _short_for(short: str, word: str) -> bool:
    """Whether a word is typed short for another: "appt" for "appointment".

    The same first letter, no vowel after it, its letters in order, at most half as long:
    "mtg" for "meeting", never "pram" for "programme".
    """
    if len(short) < 3 or short[0] != word[:1] or 2 * len(short) > len(word):
        return False
    if any(letter in "aeiou" for letter in short[1:]):
        return False  # "pram" is no short "programme"
    rest = iter(word[1:])
    return all(letter in rest for letter in short[1:])
