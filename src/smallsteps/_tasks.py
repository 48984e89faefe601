"""Task templates and kinds, and reading a task a person types to find the one that fits.

A task is matched against templates in `data/tasks.toml` by keyword phrases. When no template
fits, the task's verb picks a kind (getting in touch, cleaning, paperwork...) whose pattern
carries the person's own object ("your landlord", "the squeaky door"). `_breakdown` sizes the
steps and builds the result.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Mapping
from typing import Any, Final, NamedTuple, TypeVar

import attrs

from ._errors import CatalogError, ValidationError, did_you_mean, must_be, value_shown
from ._files import file_path
from ._model import Step
from ._taskcarry import with_their_words
from ._taskfit import TEMPLATE_SURE, candidate, refusal, sureness
from ._taskitems import TaskKind, TaskTemplate, _kinds, _templates
from ._tasklex import default_task_lexicon
from ._taskread import TaskReading, read_task
from ._taskreading import MAX_CHARS, _tokens
from ._tasksteps import (
    FRAME_WORDS,
    _cap,
    _fill,
    _hazard_steps,
    _with_hazards,
    _without_done,
    kind_slots,
    one_cleaner,
    someone,
    uncovered,
    with_topic,
)
from ._taskterms import with_terms
from ._taskwhose import for_whom, named_title
from ._taskwords import keywords

__all__ = ["TaskBook", "default_tasks", "load_tasks", "parse_tasks"]


class _Found(NamedTuple):
    """What a task book finds for a task: its steps, unsized, and how they were found."""

    title: str
    source: str
    object: str
    why: str
    steps: tuple[Step, ...]
    anchor: str
    reading: TaskReading
    made: TaskTemplate | TaskKind
    phrase: str = ""
    plain: str = ""  # the title before the person's own thing and people were added
    added: tuple[str, ...] = ()  # English steps added for the person the task is for
    keys: tuple[str, ...] = ()  # the texts of the pattern's key act (`TaskKind.key_act`)
    swapped: tuple[tuple[str, str], ...] = ()  # a step rewritten in the person's words, its own


T = TypeVar("T", TaskTemplate, TaskKind)


def _added(
    before: tuple[Step, ...], after: tuple[Step, ...], swapped: tuple[tuple[str, str], ...] = ()
) -> tuple[str, ...]:
    """The texts of the steps added for the person: English only, left out in another language.

    Added by `with_topic`, `with_their_words` or `for_whom`; a rewritten step (`swapped`)
    stays, said as the step it took the place of.
    """
    rewritten = {new for new, _ in swapped}
    return tuple(s.text for s in after if s not in before and s.text not in rewritten)


def _by_id(items: tuple[T, ...], ident: str, field: str) -> T:
    for item in items:
        if item.id == ident:
            return item
    hint = did_you_mean(ident, [item.id for item in items])
    raise ValidationError(field, f"no {field} {value_shown(ident)}{hint}")


@attrs.frozen(repr=False)
class TaskBook:
    """The task templates and kinds `break_down` uses, with the words it shows.

    Combine books with `|`: the right-hand book's templates replace ones with the same id and
    win ties in matching; its kinds replace kinds with the same id.

    Attributes:
        templates: The templates, in matching order (earlier wins a tie).
        kinds: The kinds. The one with the id `generic` takes tasks nothing else fits. A book
            with no kinds at all uses the default ones.
        words: The words around the steps: `notice` and `notice_seconds` (the closing step),
            `first_step_only`, `why_template`.
    """

    templates: tuple[TaskTemplate, ...] = attrs.field(converter=_templates)
    kinds: tuple[TaskKind, ...] = attrs.field(converter=_kinds)
    words: Mapping[str, Any] = attrs.field(factory=dict)
    _index: Mapping[str, tuple[tuple[frozenset[str], str, TaskTemplate], ...]] = attrs.field(
        init=False, eq=False
    )
    _order: Mapping[str, int] = attrs.field(init=False, eq=False)
    _patterns: Mapping[str, TaskKind] = attrs.field(init=False, eq=False)
    _variants: Mapping[str, tuple[TaskKind, ...]] = attrs.field(init=False, eq=False)
    _channels: Mapping[str, tuple[TaskKind, ...]] = attrs.field(init=False, eq=False)

    def __attrs_post_init__(self) -> None:
        index: dict[str, list[tuple[frozenset[str], str, TaskTemplate]]] = {}
        for template in self.templates:
            for phrase in template.match:
                keys = frozenset(keywords(phrase))
                # Filed under one of its words: a phrase can only match a task holding it.
                index.setdefault(min(keys), []).append((keys, phrase, template))
        by_order = {t.id: n for n, t in enumerate(self.templates)}
        object.__setattr__(
            self,
            "_index",
            {k: tuple(v) for k, v in index.items()},
        )
        object.__setattr__(self, "_order", by_order)
        object.__setattr__(self, "_patterns", {k.key: k for k in self.kinds})
        variants: dict[str, list[TaskKind]] = {}
        channels: dict[str, list[TaskKind]] = {}
        for kind in self.kinds:
            if kind.channel:
                channels.setdefault(kind._base, []).append(kind)
            elif kind.when:
                variants.setdefault(kind._base, []).append(kind)
        object.__setattr__(self, "_variants", {k: tuple(v) for k, v in variants.items()})
        object.__setattr__(self, "_channels", {k: tuple(v) for k, v in channels.items()})

    def template(self, template_id: str) -> TaskTemplate:
        """Return the template with this id.

        Raises:
            ValidationError: If there is none, with the closest ids.
        """
        must_be("template", template_id, str, "a template id")
        return _by_id(self.templates, template_id, "template")

    def kind(self, kind_id: str, object_class: str = "") -> TaskKind:
        """Return the pattern of a kind (for an object class, or the kind's own).

        Raises:
            ValidationError: If there is none, with the closest ids.
        """
        must_be("kind", kind_id, str, "a kind id")
        must_be("object_class", object_class, str, "an object class")
        key = f"{kind_id}/{object_class}" if object_class else kind_id
        found = self._patterns.get(key)
        if found is None:
            hint = did_you_mean(key, list(self._patterns))
            raise ValidationError("kind", f"no kind {value_shown(key)}{hint}")
        return found

    def _template(self, reading: TaskReading) -> tuple[TaskTemplate, str] | None:
        """The template whose phrase fits the task best, when it fits and is sure.

        Each template one of whose phrases the task holds is put to the fit rules
        (`_taskfit.TEMPLATE_FITS`: its action fits the task's verb and is never the
        opposite, its object fits the task's object class...); of those that fit and are
        sure (`_taskfit.sureness` at least `TEMPLATE_SURE`), the longest phrase wins, the
        first in file order on a tie. None: the kind reading answers.
        """
        lex = default_task_lexicon()
        keys = frozenset(keywords(" ".join(reading.words)))
        best: tuple[int, TaskTemplate, str] | None = None
        found = [e for key in sorted(keys) for e in self._index.get(key, ())]
        found.sort(key=lambda e: self._order[e[2].id])  # file order: the first wins a tie
        for matched, phrase, template in found:
            if not matched <= keys or (best is not None and len(matched) <= best[0]):
                continue
            seen = candidate(reading, template, phrase)
            if refusal(seen, lex) or sureness(seen, lex) < TEMPLATE_SURE:
                continue
            best = (len(matched), template, phrase)
        return (best[1], best[2]) if best is not None else None

    def _pattern(self, reading: TaskReading) -> TaskKind:
        """The kind's pattern for the object's class, else the kind's own, else `other`.

        A variant for the channel the task names ("email the landlord") answers first, then
        a variant whose `when` words the task holds, at any of these (`other`'s variants only
        for a task of no other kind: "post the postal vote" is no trip to vote).
        """
        book = self if self._patterns else default_tasks()
        said = {w for word in reading.words for w in (word, word.removesuffix("s"))}
        keys = (f"{reading.kind}/{reading.object_class}", reading.kind, "other")
        for key in keys[:2] if reading.channel else ():
            for variant in book._channels.get(key, ()):
                if variant.channel == reading.channel and (
                    not variant.when or said.intersection(variant.when)
                ):
                    return variant
        for key in keys if reading.kind in ("", "other") else keys[:2]:
            for variant in book._variants.get(key, ()):  # a word naming the kind of object
                if said.intersection(variant.when):
                    return variant
        for key in keys:
            if key in book._patterns:
                return book._patterns[key]
        return default_tasks()._patterns["other"]

    def _emergency(self) -> TaskKind:
        """The steps for a gas emergency: this book's, or the default book's."""
        book = self if self._patterns else default_tasks()
        return book._patterns.get(_EMERGENCY) or default_tasks()._patterns[_EMERGENCY]

    @property
    def _words(self) -> dict[str, Any]:
        """The words around the steps, the default ones filling any gap."""
        return {**default_tasks().words, **self.words}

    def _find(self, task: str) -> _Found:
        """The steps for a task, unsized, with how they were found."""
        reading = read_task(task)
        words = self._words
        hazards = _hazard_steps(words, reading.hazards)
        urgent_now = _an_emergency(reading, task)  # "smell gas in the kitchen": get out
        found = None if urgent_now else self._template(reading)
        if found is not None:
            template, phrase = found
            why = str(words["why_template"]).format(title=template.title, phrase=phrase)
            filled = _fill(template.steps, {"people": someone(reading, template.someone, words)})
            urgent = uncovered(filled, reading, words)  # its own safety steps, and the person's
            steps = with_terms(
                _without_done(_with_hazards(filled, urgent), reading), reading, words
            )
            steps = one_cleaner(steps, reading, words)
            title = named_title(template.title, reading, words)
            said, swapped = with_their_words(
                with_topic(steps, reading, words), task, reading, words
            )
            title, whose = for_whom(title, said, reading, words)
            return _Found(
                title, f"template:{template.id}", template.object, why, whose,
                template.anchor, reading, template, phrase, template.title,
                _added(steps, whose, swapped), template.key_texts(filled), swapped,
            )  # fmt: skip
        pattern = self._pattern(reading) if not urgent_now else self._emergency()
        slots = kind_slots(reading, pattern.object, words)
        key = "why_kind" if reading.verb else "why_object"
        why = str(words[key]).format(
            verb=reading.verb, kind=pattern.id, object=slots.object,
            object_class=reading.object_class or "thing",
        )  # fmt: skip
        plain = _cap(pattern.title.format(**slots._asdict()))
        filled = _fill(pattern.steps, slots._asdict())
        if pattern.key == _EMERGENCY:
            hazards = ()  # its own steps say it all: no step goes back to the gas or a switch
        steps = with_terms(_without_done(_with_hazards(filled, hazards), reading), reading, words)
        steps = one_cleaner(steps, reading, words)
        said, swapped = with_their_words(with_topic(steps, reading, words), task, reading, words)
        title, whose = for_whom(plain, said, reading, words)
        return _Found(
            title, f"kind:{pattern.key}", slots.object, why, whose, pattern.anchor, reading,
            pattern, "", plain, _added(steps, whose, swapped), pattern.key_texts(filled), swapped,
        )  # fmt: skip

    def __or__(self, other: TaskBook) -> TaskBook:
        if not isinstance(other, TaskBook):
            return NotImplemented
        mine = {t.id for t in other.templates}
        theirs = {k.id for k in other.kinds}
        return TaskBook(
            (*other.templates, *(t for t in self.templates if t.id not in mine)),
            (*(k for k in self.kinds if k.id not in theirs), *other.kinds),
            {**self.words, **other.words},
        )

    def __repr__(self) -> str:
        return f"<TaskBook {len(self.templates)} templates, {len(self.kinds)} kinds>"


_EMERGENCY: Final = "other/gas-emergency"
"""The pattern for a smell of gas or a CO alarm going off, named in the task itself."""


def _an_emergency(reading: TaskReading, task: str) -> bool:
    """Whether the task is a gas emergency now: a smell of gas or a CO alarm going off.

    Named anywhere in the task ("fix the hob, gas smell" is no time for the hob), unless a
    word of `[sets] not_now` says it was earlier or only if it comes back ("smelt gas
    earlier?? check CO alarm works, if smell is back ring the emergency line": the alarm
    test keeps its steps, the safety step first).
    """
    if "emergency-gas" not in reading.hazards:
        return False
    lex = default_task_lexicon()
    words = {t.word for t in _tokens(task[:MAX_CHARS])}
    return not words & lex.sets.get("not_now", frozenset())


# -- loading -------------------------------------------------------------------------------

_TOP_LEVEL: Final = ("task", "kind", "words")
_WORD_KEYS: Final = (
    "notice", "notice_seconds", "first_step_only", "why_template", "why_kind", "why_object",
    "deadline", "hazard", "note", "then", "done", "key_acts", "durative", "journey", "kind_name",
    "class_name",
    "for_whom", "with_whom", "for_someone", "with_someone", "for_someone_seconds",
    "title_object", "stand_ins", "theirs", "at_place", "one_cleaner", "about", "about_instead",
    "about_before", "about_seconds", "terms", "carry",
    *FRAME_WORDS,
)  # fmt: skip


def parse_tasks(data: Mapping[str, Any], *, source: str = "<data>") -> TaskBook:
    """Build a task book from plain data with the structure of `tasks.toml`.

    Raises:
        CatalogError: Listing every problem found, each with the template and the field.
    """
    from ._loader import _build, _build_tables, _check_words, _top_level

    problems = _top_level(data, _TOP_LEVEL, source)
    templates = _build_tables(TaskTemplate, data, "task", problems)
    kinds: list[TaskKind] = []
    raw = data.get("kind", [])
    if not isinstance(raw, list):
        problems.append(f"kind: expected [[kind]] tables, got {type(raw).__name__}")
        raw = []
    seen: set[str] = set()
    for n, table in enumerate(raw, start=1):
        ident = table.get("id") if isinstance(table, Mapping) else None
        cls = table.get("object_class", "") if isinstance(table, Mapping) else ""
        label = (
            f"kind {value_shown(ident)}" + (f" for {value_shown(cls)}" if cls else "")
            if ident
            else f"kind #{n}"
        )
        built = _build(TaskKind, table, label, problems)
        if built is not None:
            if built.key in seen:
                problems.append(f"{label}: id: duplicate kind and class")
            seen.add(built.key)
            kinds.append(built)
    words = _check_words(data, _WORD_KEYS, problems)
    if problems:
        raise CatalogError(source, problems)
    return TaskBook(templates, kinds, words)


_DEFAULT_FILES: Final = (
    "tasks.toml", "tasks/templates-home.toml", "tasks/templates-admin.toml",
    "tasks/templates-life.toml", "tasks/patterns.toml",
)  # fmt: skip


@functools.cache
def default_tasks() -> TaskBook:
    """Return the task templates and kind patterns that ship with smallsteps.

    They are `data/tasks.toml` (the words and the first templates), `data/tasks/templates-*.toml`
    and the kinds' patterns in `data/tasks/patterns.toml`.
    """
    from ._resources import _package_data

    parts = [parse_tasks(_package_data(n), source=f"smallsteps/data/{n}") for n in _DEFAULT_FILES]
    return TaskBook(
        tuple(t for part in parts for t in part.templates),
        tuple(k for part in parts for k in part.kinds),
        {k: v for part in parts for k, v in part.words.items()},
    )


def load_tasks(path: os.PathLike[str] | str) -> TaskBook:
    """Load task templates (and optionally kinds) from a TOML or JSON file.

    Add them to the defaults with `ss.default_tasks() | ss.load_tasks(path)`; your templates
    then win ties in matching.

    Args:
        path: The file, with `[[task]]` tables as in `smallsteps/data/tasks.toml`.

    Returns:
        A task book with the file's templates and kinds.

    Raises:
        CatalogError: If the file cannot be read or has any problem; every problem is listed.
    """
    from ._resources import _load

    return parse_tasks(_load(path), source=file_path(path))
