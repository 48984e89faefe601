"""Task templates and kinds: the saved steps for a task, and a kind's pattern for its object.

A `TaskTemplate` holds a common task's own steps and the phrases that find it; a `TaskKind`
holds the steps for an action kind (with a class of object or none), with slots for the
person's own words. `_tasks` reads a task and picks one of them.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import attrs

from ._errors import ValidationError, value_shown
from ._model import Step, _not_empty, _optional_text, _slug, _steps, _text
from ._tasksteps import _fill, _Slots
from ._taskwords import keywords
from ._vocab import Energy

__all__ = ["TaskKind", "TaskTemplate"]

# -- templates and kinds -------------------------------------------------------------------


def _phrases(values: Iterable[str]) -> tuple[str, ...]:
    if isinstance(values, str) or not isinstance(values, Iterable):
        raise ValidationError("match", f"expected a list of phrases, got {type(values).__name__}")
    phrases = tuple(values)
    for phrase in phrases:
        if not isinstance(phrase, str) or not keywords(phrase):
            raise ValidationError("match", f"{value_shown(phrase)} has no words to match on")
    return phrases


def _words(values: Iterable[str]) -> tuple[str, ...]:
    if isinstance(values, str) or not isinstance(values, Iterable):
        raise ValidationError("verbs", f"expected a list of words, got {type(values).__name__}")
    return tuple(values)


def _when(values: Iterable[str]) -> tuple[str, ...]:
    if isinstance(values, str) or not isinstance(values, Iterable):
        raise ValidationError("when", f"expected a list of words, got {type(values).__name__}")
    words = tuple(values)
    for word in words:
        if not isinstance(word, str) or not word.strip() or word != word.strip().casefold():
            raise ValidationError("when", "expected single lowercase words")
    return words


def _first_step_small(_: object, attribute: attrs.Attribute[Any], value: tuple[Step, ...]) -> None:
    smallest = Energy.EMPTY.step_seconds
    if value and value[0].seconds > smallest:
        raise ValidationError(
            attribute.name,
            f"the first step takes {value[0].seconds} seconds; keep it to {smallest} or less "
            "so it fits every energy level",
        )


@attrs.frozen(repr=False)
class TaskTemplate:
    """Saved steps for one common task, matched by keyword phrases.

    Attributes:
        id: A unique id (`"clean-bathroom"`).
        title: The task's name (`"Clean the bathroom"`).
        area: The life area: `home`, `self-care`, `food`, `admin`, `communication`,
            `errands`, `study-work`, `outdoors`, or one of your own.
        match: Phrases that pick this template when all their words appear in the task.
        steps: The steps in order; the first is small and physical (30 seconds at most).
        object: What the task is about, in the words its steps use ("bathroom", "bill").
        anchor: Something already done to attach the first step to ("After you brush your
            teeth").
        kinds: The action kinds whose verbs this template answers (`"clean"`, `"cancel"`); a
            task read as another kind never gets it. Empty: any kind.
        someone: Who `{people}` in a step means when the task names no one ("your friend"):
            step texts may hold `{people}`, the people the task names ("Tom", "mum").
        channels: The ways of getting in touch its steps take (`"text"`, `"email"`,
            `"call"`, `"letter"`, `"form"`, `"in-person"`); a task that names another way
            ("email the landlord") never gets it. Empty: any.
        classes: The object classes its steps are for (`"food"`, `"appliance"`: see
            `data/tasks/lexicon/objects.toml`); a task whose object is of a class far from
            them never gets it (`_taskfit.fits_the_object`). Empty: the classes of the
            things its matched phrase names.
        key_act: The text of the step that does the task's key act ("Press post to put the
            listing live"), or "": the steps shown reach it where it is near.
    """

    id: str = attrs.field(validator=_slug)
    title: str = attrs.field(validator=_text)
    area: str = attrs.field(validator=_slug)
    match: tuple[str, ...] = attrs.field(converter=_phrases, validator=_not_empty)
    steps: tuple[Step, ...] = attrs.field(
        converter=_steps, validator=[_not_empty, _first_step_small]
    )
    object: str = attrs.field(default="", validator=_optional_text)
    anchor: str = attrs.field(default="", validator=_optional_text)
    kinds: tuple[str, ...] = attrs.field(default=(), converter=_words)
    someone: str = attrs.field(default="them", validator=_text)
    channels: tuple[str, ...] = attrs.field(default=(), converter=_words)
    classes: tuple[str, ...] = attrs.field(default=(), converter=_words)
    key_act: str = attrs.field(default="", validator=_optional_text)

    def __attrs_post_init__(self) -> None:
        _check_slots(self.title, self.steps, ("people",), "a template's texts may use {people}")
        _check_key_act(self.key_act, self.steps)

    def key_texts(self, steps: tuple[Step, ...]) -> tuple[str, ...]:
        """The texts of the key act in `steps`, this template's filled (see `_key_texts`)."""
        return _key_texts(self.steps, self.key_act, steps)

    def __repr__(self) -> str:
        return f"<TaskTemplate {self.id!r} {self.area} steps={len(self.steps)}>"


@attrs.frozen(repr=False)
class TaskKind:
    """A pattern of steps for an action kind, for tasks no template knows.

    The task reader finds the kind from the task's verb ("ring": `call`) and the class of
    its object ("mum": `person`); a pattern for that kind and class answers, else the kind's
    own pattern (`object_class` empty). Step texts and the title may hold `{object}` (the
    person's own object: "your landlord"), `{thing}` (its head noun: "landlord"),
    `{people}` (the people named, or "them"), `{task}` (their words from the verb on) and
    `{animal}` (the animal an animal's task is for: "the cat", "Milo", or "your pet").

    Attributes:
        id: The action kind (`"call"`, `"clean"`, `"other"`...).
        title: The title shown, with slots (`"Ring {people}"`).
        steps: The pattern, first step small and physical and about the task's object.
        object_class: The object class it is for (`"person"`), or "" for any.
        object: The object to use when the task names none.
        anchor: Something already done to attach the first step to.
        when: Words of which the task must hold one for this pattern to answer (`"bike"`,
            `"inhaler"`): a variant of the kind and class for a kind of object whose steps
            differ. Variants are tried in file order before the plain pattern.
        channel: The way of getting in touch a task must name for this pattern to answer
            (`"email"`, `"letter"`...: see `TaskTemplate.channels`); a channel's variant is
            tried before any other, at the kind's own pattern too ("email the landlord").
        key_act: The text of the step that does the task's key act, as written with its
            slots ("Take {object} the way the label shows"), or "": the steps shown reach
            it where it is near, so they end on the act that counts (see `break_down`).
    """

    id: str = attrs.field(validator=_slug)
    title: str = attrs.field(validator=_text)
    steps: tuple[Step, ...] = attrs.field(
        converter=_steps, validator=[_not_empty, _first_step_small]
    )
    object_class: str = attrs.field(default="", validator=_optional_text)
    object: str = attrs.field(default="it", validator=_text)
    anchor: str = attrs.field(default="", validator=_optional_text)
    when: tuple[str, ...] = attrs.field(default=(), converter=_when)
    channel: str = attrs.field(default="", validator=_optional_text)
    key_act: str = attrs.field(default="", validator=_optional_text)

    def __attrs_post_init__(self) -> None:
        rule = "texts may use {object}, {thing}, {people}, {task} and {animal}"
        _check_slots(self.title, self.steps, _Slots._fields, rule)
        _check_key_act(self.key_act, self.steps)

    def key_texts(self, steps: tuple[Step, ...]) -> tuple[str, ...]:
        """The texts of the key act in `steps`, this pattern's filled (see `_key_texts`)."""
        return _key_texts(self.steps, self.key_act, steps)

    @property
    def key(self) -> str:
        """How `Breakdown.source` names it: `"call"`, `"call/person"`, `"fix/vehicle-part+bike"`.

        A class follows a slash; a variant adds its first `when` word after a plus, and its
        channel after an at sign (`"message@email"`).
        """
        word = f"+{self.when[0]}" if self.when else ""
        return self._base + word + (f"@{self.channel}" if self.channel else "")

    @property
    def _base(self) -> str:
        return f"{self.id}/{self.object_class}" if self.object_class else self.id

    def __repr__(self) -> str:
        return f"<TaskKind {self.key!r} steps={len(self.steps)}>"


def _check_key_act(key_act: str, steps: tuple[Step, ...]) -> None:
    """Raise if a key act is given that no step's text is."""
    if key_act and key_act not in {s.text for s in steps}:
        raise ValidationError("key_act", "expected the text of one of the steps")


def _key_texts(written: tuple[Step, ...], key_act: str, steps: tuple[Step, ...]) -> tuple[str, ...]:
    """The texts of the key act in `steps` (`written` filled): the step and its last parts.

    A step swapped for its parts at low energy ends on its last part, which then does the
    act (as it keeps the step's `win`).
    """
    at = [s.text for s in written].index(key_act) if key_act else -1
    if at < 0 or at >= len(steps):
        return ()
    out, step = [], steps[at]
    while True:
        out.append(step.text)
        if not step.parts:
            return tuple(out)
        step = step.parts[-1]


def _check_slots(title: str, steps: tuple[Step, ...], names: tuple[str, ...], rule: str) -> None:
    """Raise if a text holds a slot other than `names` (a kind's four, a template's people)."""
    values = dict.fromkeys(names, "x")
    try:
        _fill(steps, values)
        title.format(**values)
    except (KeyError, IndexError, ValueError):
        raise ValidationError("steps", rule) from None


def _templates(values: Iterable[TaskTemplate]) -> tuple[TaskTemplate, ...]:
    return tuple(values)


def _kinds(values: Iterable[TaskKind]) -> tuple[TaskKind, ...]:
    return tuple(values)
