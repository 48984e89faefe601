"""The person's own words carried into the steps: what to say or ask, who acts, what to skip.

A task often says more than its template knows: what the message says ("text jo that I
can't do saturday"), what to ask ("ask if sunday works instead", "ask for an appointment
not with the locum"), a thing to leave out ("water plants (not the cactus!!)"), someone
needed for it ("need someone w/ ladder"), someone else who does a part ("bursary form dad
needs to sign"), what a study session is about ("especially integration by parts"), and
whom a thing is for ("spare key cut for brenda next door"). `carried` reads them into a few
shared slots (`Carried`); each rule of `CARRY_RULES` says one of them in one step, in the
words of `[words.carry]` in tasks.toml, adding a step or rewriting the one that plans the
words. The word lists are `reading.toml [sets]` (`carry_*`). A slot the reader is unsure of
stays empty: the steps never echo a fragment. English only, like the person's terms: a
translation keeps its own steps.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, Final

import attrs

from ._model import Step
from ._taskcarryread import Carried, carried
from ._taskhead import headed
from ._tasklex import default_task_lexicon
from ._taskreading import TaskReading
from ._tasksteps import _cap

__all__ = ["CARRY_RULES", "Carried", "carried", "with_their_words"]

_MOST: Final = 15
"""At most this many words in a step that carries the person's words."""

# -- the rules -----------------------------------------------------------------------------

Rule = Callable[[tuple[Step, ...], Carried, TaskReading, Mapping[str, Any]], tuple[Step, ...]]


def _line(table: Mapping[str, Any], names: Sequence[str], **slots: str) -> str:
    """The first of `names`' lines that says the slots in at most `_MOST` words."""
    for name in names:
        text = str(table.get(name, ""))
        if text:
            said = _cap(text.format(**slots))
            if len(said.split()) <= _MOST:
                return said
    return ""


def _says(steps: Sequence[Step], said: str) -> bool:
    return said.casefold() in " ".join(s.text for s in steps).casefold()


def _planning(steps: Sequence[Step], table: Mapping[str, Any]) -> int | None:
    """The step that plans the words of a message or call, if there is one."""
    instead = tuple(str(w).casefold() for w in table.get("instead", ()))
    return next((i for i, s in enumerate(steps) if s.text.casefold().startswith(instead)), None)


def _talk_step(
    steps: tuple[Step, ...], text: str, table: Mapping[str, Any], *, replace: bool
) -> tuple[Step, ...]:
    """`text` in place of the planning step (when `replace`), else just after it or second."""
    at = _planning(steps, table)
    seconds = int(table.get("seconds", 30))
    if at is None:
        return (*steps[:1], Step(text, seconds), *steps[1:])
    if replace:
        return (*steps[:at], Step(text, steps[at].seconds), *steps[at + 1 :])
    return (*steps[: at + 1], Step(text, seconds), *steps[at + 1 :])


def _whom(reading: TaskReading) -> str:
    """The person a message or call goes to, as a step names them, or ""."""
    if reading.object_class not in ("person", "organisation") or not reading.object:
        return ""
    said = reading.object
    first = said.split()[0].casefold()
    if first in ("the", "your", "my") or said[:1].isupper():
        return said.replace("my ", "your ", 1) if first == "my" else said
    typed = said.casefold()
    name = next((p for p in reading.people if p[:1].isupper() and p.casefold() == typed), "")
    if name:
        return name  # a name typed in lower case ("ben"), as the reader found it ("Ben")
    return f"your {said}"


def say_what(
    steps: tuple[Step, ...], carry: Carried, reading: TaskReading, words: Mapping[str, Any]
) -> tuple[Step, ...]:
    """What the message says, in the step that plans its words: "Write down what to say: ..."."""
    table = words.get("carry", {})
    if not carry.said or _says(steps, carry.said):
        return steps
    text = _line(table, ("said", "said_short"), said=carry.said)
    return _talk_step(steps, text, table, replace=True) if text else steps


def about_what(
    steps: tuple[Step, ...], carry: Carried, reading: TaskReading, words: Mapping[str, Any]
) -> tuple[Step, ...]:
    """What a call is "for", in the step that plans its words, by `[words] about`."""
    table, about = words.get("carry", {}), words.get("about", {})
    if not carry.about or _says(steps, carry.about) or not isinstance(about, Mapping):
        return steps
    keys = (f"{reading.kind}/{reading.object_class}", reading.kind)
    line = next((str(about[k]) for k in keys if k in about), "")
    text = _cap(line.format(topic=carry.about)) if line else ""
    if not text or len(text.split()) > _MOST:
        return steps
    return _talk_step(steps, text, table, replace=True)


def ask_what(
    steps: tuple[Step, ...], carry: Carried, reading: TaskReading, words: Mapping[str, Any]
) -> tuple[Step, ...]:
    """What to ask, said to the person asked: "Ask Jo if sunday works instead"."""
    table = words.get("carry", {})
    if not carry.asked or _says(steps, carry.asked):
        return steps
    if any(s.text.startswith("Ask ") for s in steps):
        return steps  # a template that asks already: "Ask your neighbour the favour"
    who = (_whom(reading) or carry.asked_of) if carry.asked_whom else ""
    names = ("asked_whom", "asked") if who else ("asked",)
    text = _line(table, names, asked=carry.asked, who=who)
    return _talk_step(steps, text, table, replace=not carry.said) if text else steps


def no_check_of_the_question(
    steps: tuple[Step, ...], carry: Carried, reading: TaskReading, words: Mapping[str, Any]
) -> tuple[Step, ...]:
    """No step checks what the person means to ask: "ask tom if he can..." is no condition."""
    if not reading.condition or reading.condition not in carry.asked:
        return steps
    return tuple(s for s in steps if reading.condition not in s.text)


def _after_first(steps: tuple[Step, ...], text: str, table: Mapping[str, Any]) -> tuple[Step, ...]:
    return (*steps[:1], Step(text, int(table.get("seconds", 30))), *steps[1:])


def leave_out(
    steps: tuple[Step, ...], carry: Carried, reading: TaskReading, words: Mapping[str, Any]
) -> tuple[Step, ...]:
    """A thing to leave out, said second: "Leave out the cactus this time".

    Someone not to see ("not with the locum") only where the kind has a line for it
    (`left_out_with/<kind>`): "NOT with the limescale spray" is no one to ask for.
    """
    table = words.get("carry", {})
    if not carry.left_out or _says(steps, carry.left_out):
        return steps
    spoken = carry.left_out.startswith(("with ", "w "))
    kind = reading.kind
    names = (f"left_out_with/{kind}",) if spoken else (f"left_out/{kind}", "left_out")
    thing = carry.left_out
    text = _line(table, names, left_out=thing)
    return _after_first(steps, text, table) if text else steps


def someone_with(
    steps: tuple[Step, ...], carry: Carried, reading: TaskReading, words: Mapping[str, Any]
) -> tuple[Step, ...]:
    """Someone who helps, asked second: "Ask someone with a ladder to help you"."""
    table = words.get("carry", {})
    if not carry.helper or _says(steps, carry.helper):
        return steps
    text = _line(table, ("helper",), helper=carry.helper)
    return _after_first(steps, text, table) if text else steps


def their_part(
    steps: tuple[Step, ...], carry: Carried, reading: TaskReading, words: Mapping[str, Any]
) -> tuple[Step, ...]:
    """Someone else's part asked of them, in the step that does it, else before the key act.

    "bursary form dad needs to sign": "Ask your dad to sign and date the form where it
    asks"; with no step of that act, "Ask your dad to sign it".
    """
    table = words.get("carry", {})
    if not carry.who_acts or _says(steps, carry.who_acts.removeprefix("your ")):
        return steps
    act = carry.their_act.casefold()
    for n, step in enumerate(steps):  # "Sign and date the form": asked of them instead
        if step.text.casefold().startswith(act + " "):
            said = step.text[:1].lower() + step.text[1:]
            text = _line(table, ("their_step",), who=carry.who_acts, step=said)
            if text:
                return (*steps[:n], attrs.evolve(step, text=text, parts=()), *steps[n + 1 :])
    text = _line(table, ("their_act",), who=carry.who_acts, act=carry.their_act)
    if not text:
        return steps
    keys = [str(w).casefold() for w in table.get("before", ())]
    at = next(
        (i for i, s in enumerate(steps) if i and any(k in s.text.casefold() for k in keys)), None
    )
    at = len(steps) if at is None else at
    return (*steps[:at], Step(text, int(table.get("seconds", 30))), *steps[at:])


def topic_first(
    steps: tuple[Step, ...], carry: Carried, reading: TaskReading, words: Mapping[str, Any]
) -> tuple[Step, ...]:
    """What a study session starts with, in place of picking a topic: "Start with organic"."""
    table = words.get("carry", {})
    if not carry.topic or _says(steps, carry.topic):
        return steps
    text = _line(table, ("topic",), topic=carry.topic)
    pick = tuple(str(w).casefold() for w in table.get("topic_instead", ()))
    at = next((i for i, s in enumerate(steps) if s.text.casefold().startswith(pick)), None)
    if not text:
        return steps
    if at is None:
        return _after_first(steps, text, table)
    return (*steps[:at], Step(text, steps[at].seconds), *steps[at + 1 :])


def given_to(
    steps: tuple[Step, ...], carry: Carried, reading: TaskReading, words: Mapping[str, Any]
) -> tuple[Step, ...]:
    """The thing given to whom it is for, as the last step: "Give the spare key to Brenda"."""
    table = words.get("carry", {})
    if not carry.given_to or _says(steps, carry.given_to):
        return steps
    said = reading.object or reading.thing
    thing = said if said.split()[0].casefold() in ("the", "your") else f"the {said}"
    text = _line(table, ("given_to",), who=carry.given_to, thing=thing)
    return (*steps, Step(text, int(table.get("seconds", 30)))) if text else steps


def side_act(
    steps: tuple[Step, ...], carry: Carried, reading: TaskReading, words: Mapping[str, Any]
) -> tuple[Step, ...]:
    """A step the person typed aside, said as a step: "(check the rate)": "Check the rate".

    Second, before the work it is part of ("ask mum to help", "Put biscuits by the door,
    ready to bring", "Check the rate" before a transfer is set up); in place of a step
    opening with one of `side_instead`, where there is one.
    Not when a step says it already: two of its words (by their first four letters) in one
    step ("use the wire detector first" beside "Check for pipes and wires with a
    detector").
    """
    table = words.get("carry", {})
    if not carry.side_act:
        return steps
    mine = {w[:4] for w in carry.side_act.casefold().split() if len(w) > 3}
    for step in steps:
        if len(mine & {w.strip(",.")[:4] for w in step.text.casefold().split()}) >= 2:
            return steps
    verb, _, rest = carry.side_act.partition(" ")
    names = (f"side_act/{verb.casefold()}", "side_act")
    text = _line(table, names, side_act=carry.side_act, thing=rest)
    if not text:
        return steps
    instead = tuple(str(w).casefold() for w in table.get("side_instead", ()))
    for n, step in enumerate(steps):  # "Put anything you want to bring by the door"
        if instead and step.text.casefold().startswith(instead):
            return (*steps[:n], attrs.evolve(step, text=text, parts=()), *steps[n + 1 :])
    at = 1  # before the work it is part of: a check, a thing to bring, someone to ask
    return (*steps[:at], Step(text, int(table.get("seconds", 30))), *steps[at:])


CARRY_RULES: Final[tuple[Rule, ...]] = (
    no_check_of_the_question, about_what, say_what, ask_what, leave_out, someone_with, their_part,
    topic_first, given_to, side_act,
)  # fmt: skip
"""The rules that carry the person's words into the steps, in the order they apply."""


def with_their_words(
    steps: tuple[Step, ...], task: str, reading: TaskReading, words: Mapping[str, Any]
) -> tuple[tuple[Step, ...], tuple[tuple[str, str], ...]]:
    """The steps with what the person typed carried into them (`CARRY_RULES`), and swaps.

    Each rewritten step's text comes with the text it took the place of, so a translation
    says the step it knows; an added step is English only.

    An emergency's own steps say it all; a task with no `[words.carry]` keeps its steps.
    """
    if not steps or not isinstance(words.get("carry"), Mapping):
        return steps, ()
    if any(h.startswith("emergency-") for h in reading.hazards):
        return steps, ()
    carry = carried(task, reading)
    head = headed(task, default_task_lexicon())
    if head != task:  # "..., get Tom to do it": what to ask is read from the head's words
        again = attrs.asdict(carried(head, reading), recurse=False)
        carry = attrs.evolve(
            carry, **{k: v for k, v in again.items() if v and not getattr(carry, k)}
        )
    swapped: dict[str, str] = {}
    for rule in CARRY_RULES:
        said = rule(steps, carry, reading, words)
        if len(said) == len(steps):
            for new, old in zip(said, steps, strict=True):
                if new.text != old.text:
                    swapped[new.text] = swapped.pop(old.text, old.text)
        steps = said
    return steps, tuple(swapped.items())
