"""Task templates and kinds, and reading a task a person types to find the one that fits.

A task is matched against templates in `data/tasks.toml` by keyword phrases. When no template
fits, the task's verb picks a kind (getting in touch, cleaning, paperwork...) whose pattern
carries the person's own object ("your landlord", "the squeaky door"). `_breakdown` sizes the
steps and builds the result.
"""

from __future__ import annotations

import functools
import os
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Final, NamedTuple, TypeVar

import attrs

from ._errors import CatalogError, ValidationError, did_you_mean
from ._model import Step, _not_empty, _optional_text, _slug, _steps, _text
from ._sizing import _WORD
from ._vocab import Energy

__all__ = ["TaskBook", "TaskKind", "TaskTemplate", "default_tasks", "load_tasks", "parse_tasks"]

OBJECT_WORDS: Final = 5
"""The most words of the person's object a step repeats."""

TASK_WORDS: Final = 6
"""The most words of the person's task a step or title repeats."""

PHRASE_CHARS: Final = 40
"""The most characters of the person's words a step repeats."""

# -- reading a task ------------------------------------------------------------------------


def _wordset(*lines: str) -> frozenset[str]:
    return frozenset(word for line in lines for word in line.split())


_FILLER: Final = _wordset(
    "a an the my our your his her their its some this that these those any all whole entire",
    "of i im ive we need needs to have has had got gotta want wanna should must really",
    "finally today tonight tomorrow please try going gonna will can could would bit little",
    "lot lots sort kind stuff maybe",
)
_PARTICLES: Final = _wordset(
    "to with for at on up out off back in about down through into over away round"
)
_TRAILING: Final = _PARTICLES | _wordset("a an the and or but of so my your")
_PRONOUNS: Final = {"my": "your", "me": "you", "myself": "yourself", "mine": "yours", "i": "you"}
_IRREGULAR: Final = {
    "did": "do",
    "done": "do",
    "made": "mak",
    "went": "go",
    "gone": "go",
    "ate": "eat",
    "wrote": "writ",
    "written": "writ",
    "bought": "buy",
    "paid": "pay",
    "sent": "send",
    "rang": "ring",
    "teeth": "tooth",
}


def _plain(word: str) -> str:
    """Case-folded, apostrophes and hyphens gone: `"Don't"` becomes `"dont"`."""
    folded = unicodedata.normalize("NFKC", word).casefold()
    return folded.replace("'", "").replace("\u2019", "").replace("-", "")


def _stem(word: str) -> str:
    """A rough base form, the same for "wash", "washes", "washing" and "washed".

    It only has to be consistent: templates' phrases and the task go through the same steps.
    """
    w = _IRREGULAR.get(word, word)
    if len(w) > 4 and w.endswith(("ies", "ied")):
        return w[:-3] + "y"
    if len(w) > 5 and w.endswith("ing"):
        w = _undouble(w[:-3])
    elif len(w) > 4 and w.endswith("ed") and not w.endswith("eed"):
        w = _undouble(w[:-2])
    elif len(w) > 3 and (w.endswith(("ches", "shes")) or (w.endswith("es") and w[-3] in "sxz")):
        w = w[:-2]
    elif len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    if len(w) > 3 and w.endswith("e"):
        w = w[:-1]
    return w


def _undouble(w: str) -> str:
    return w[:-1] if len(w) > 2 and w[-1] == w[-2] and w[-1] not in "lsz" else w


def keywords(text: str) -> tuple[str, ...]:
    """The words that matter for matching, in base form: `"Washing the dishes"` -> wash, dish."""
    return tuple(_stem(p) for p in map(_plain, _WORD.findall(text)) if p and p not in _FILLER)


@attrs.frozen
class _Reading:
    """What `break_down` reads from a task: the words, the verb, the object, the phrase."""

    keys: frozenset[str]
    verb: str  # the stem of the first word that matters, or ""
    verb_word: str  # that word as typed
    verb_pair: str  # the stems of that word and the next ("fill in"), or ""
    pair_words: str  # those two words as typed
    object: str  # the words after the verb, first person turned to second ("your landlord")
    phrase: str  # the task from the verb on ("reply to your landlord")


def _read(text: str) -> _Reading:
    words = _WORD.findall(text[:2000])
    if text.isupper():
        words = [w.lower() for w in words]
    i = 0
    while i < len(words) and _plain(words[i]) in _FILLER:
        i += 1
    start = i
    verb_word = words[i] if i < len(words) else ""
    pair = words[i : i + 2] if len(words) > i + 1 else []
    i += 1
    while i < len(words) and _plain(words[i]) in _PARTICLES:
        i += 1
    return _Reading(
        keys=frozenset(keywords(text[:2000])),
        verb=_stem(_plain(verb_word)) if verb_word else "",
        verb_word=verb_word,
        verb_pair=" ".join(_stem(_plain(w)) for w in pair),
        pair_words=" ".join(pair),
        object=_phrase(words[i:], OBJECT_WORDS),
        phrase=_phrase(words[start:], TASK_WORDS),
    )


def _phrase(words: Sequence[str], limit: int) -> str:
    """Up to `limit` words, first person turned to second, no loose word at the end.

    Very long words are cut, so a step stays readable whatever was typed.
    """
    kept = [_PRONOUNS.get(w.casefold(), w)[:PHRASE_CHARS] for w in words[:limit]]
    while kept and _plain(kept[-1]) in _TRAILING:
        kept.pop()
    while len(kept) > 1 and len(" ".join(kept)) > PHRASE_CHARS:
        kept.pop()
    return " ".join(kept)


# -- templates and kinds -------------------------------------------------------------------


def _phrases(values: Iterable[str]) -> tuple[str, ...]:
    if isinstance(values, str) or not isinstance(values, Iterable):
        raise ValidationError("match", f"expected a list of phrases, got {type(values).__name__}")
    phrases = tuple(values)
    for phrase in phrases:
        if not isinstance(phrase, str) or not keywords(phrase):
            raise ValidationError("match", f"{phrase!r} has no words to match on")
    return phrases


def _verb_key(verb: str) -> str:
    """The stems of a verb of one or two words: `"Filling in"` becomes `"fill in"`."""
    return " ".join(_stem(_plain(word)) for word in verb.split())


def _words(values: Iterable[str]) -> tuple[str, ...]:
    if isinstance(values, str) or not isinstance(values, Iterable):
        raise ValidationError("verbs", f"expected a list of words, got {type(values).__name__}")
    return tuple(values)


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

    def __repr__(self) -> str:
        return f"<TaskTemplate {self.id!r} {self.area} steps={len(self.steps)}>"


@attrs.frozen(repr=False)
class TaskKind:
    """A pattern of steps for tasks no template knows, picked by the task's verb.

    Step texts may hold `{object}` (the person's own object: "your landlord") and `{task}`
    (their words from the verb on: "fix the squeaky door").

    Attributes:
        id: The kind (`"communicate"`, `"clean"`, `"generic"`...).
        title: A short name for the kind.
        verbs: Verbs that pick this kind even when a one-word template phrase also matched.
        weak_verbs: Verbs that pick it only when no template matched ("make", "get").
        areas: Template areas that agree with this kind, so their matches stand.
        object: The object to use when the task names none.
        why: One sentence on why these steps were chosen; may hold `{verb}`.
        steps: The pattern, first step small and physical.
        anchor: Something already done to attach the first step to.
    """

    id: str = attrs.field(validator=_slug)
    title: str = attrs.field(validator=_text)
    steps: tuple[Step, ...] = attrs.field(
        converter=_steps, validator=[_not_empty, _first_step_small]
    )
    why: str = attrs.field(validator=_text)
    verbs: tuple[str, ...] = attrs.field(default=(), converter=_words)
    weak_verbs: tuple[str, ...] = attrs.field(default=(), converter=_words)
    areas: tuple[str, ...] = attrs.field(default=(), converter=_words)
    object: str = attrs.field(default="it", validator=_text)
    anchor: str = attrs.field(default="", validator=_optional_text)

    def __attrs_post_init__(self) -> None:
        try:
            _fill(self.steps, "x", "x")
            self.why.format(verb="x")
        except (KeyError, IndexError, ValueError):
            raise ValidationError(
                "steps", "step texts may use {object} and {task}, and why may use {verb}"
            ) from None

    def __repr__(self) -> str:
        return f"<TaskKind {self.id!r} verbs={len(self.verbs) + len(self.weak_verbs)}>"


def _fill(steps: Iterable[Step], obj: str, task: str) -> tuple[Step, ...]:
    return tuple(
        attrs.evolve(s, text=s.text.format(object=obj, task=task), parts=_fill(s.parts, obj, task))
        for s in steps
    )


def _templates(values: Iterable[TaskTemplate]) -> tuple[TaskTemplate, ...]:
    return tuple(values)


def _kinds(values: Iterable[TaskKind]) -> tuple[TaskKind, ...]:
    return tuple(values)


class _Found(NamedTuple):
    """What a task book finds for a task: its steps, unsized, and how they were found."""

    title: str
    source: str
    object: str
    why: str
    steps: tuple[Step, ...]
    anchor: str


T = TypeVar("T", TaskTemplate, TaskKind)


def _by_id(items: tuple[T, ...], ident: str, field: str) -> T:
    for item in items:
        if item.id == ident:
            return item
    hint = did_you_mean(ident, [item.id for item in items])
    raise ValidationError(field, f"no {field} {ident!r}{hint}")


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
    _index: tuple[tuple[frozenset[str], str, TaskTemplate], ...] = attrs.field(init=False, eq=False)
    _verbs: Mapping[str, tuple[TaskKind, bool]] = attrs.field(init=False, eq=False)

    def __attrs_post_init__(self) -> None:
        index = tuple(
            (frozenset(keywords(phrase)), phrase, template)
            for template in self.templates
            for phrase in template.match
        )
        verbs: dict[str, tuple[TaskKind, bool]] = {}
        for kind in reversed(self.kinds):
            verbs.update({_verb_key(v): (kind, False) for v in kind.weak_verbs})
        for kind in reversed(self.kinds):
            verbs.update({_verb_key(v): (kind, True) for v in kind.verbs})
        object.__setattr__(self, "_index", index)
        object.__setattr__(self, "_verbs", verbs)

    def template(self, template_id: str) -> TaskTemplate:
        """Return the template with this id.

        Raises:
            ValidationError: If there is none, with the closest ids.
        """
        return _by_id(self.templates, template_id, "template")

    def kind(self, kind_id: str) -> TaskKind:
        """Return the kind with this id.

        Raises:
            ValidationError: If there is none, with the closest ids.
        """
        return _by_id(self.kinds, kind_id, "kind")

    def _match(self, reading: _Reading) -> tuple[TaskTemplate | TaskKind | None, str]:
        """The template or kind for a task and the phrase or verb that chose it, or `None`."""
        best: tuple[frozenset[str], TaskTemplate, str] | None = None
        for keys, phrase, template in self._index:
            if keys <= reading.keys and (best is None or len(keys) > len(best[0])):
                best = (keys, template, phrase)
        table = self._verbs or default_tasks()._verbs  # a book of templates alone
        verb, typed = reading.verb_pair, reading.pair_words
        if verb not in table:
            verb, typed = reading.verb, reading.verb_word
        kind, strong = table.get(verb, (None, False))
        if best is not None:
            matched, template, phrase = best
            verbs = set(verb.split())
            overrides = kind is not None and (
                # "message my cousin": the phrase is the verb alone, so the object says more
                (matched <= verbs and bool(reading.object))
                # "unblock the shower drain": a clear verb of another kind of task
                or (
                    strong
                    and len(matched) == 1
                    and not matched & verbs
                    and template.area not in kind.areas
                )
            )
            if not overrides:
                return template, phrase
        if kind is not None:
            return kind, typed.casefold()
        return None, ""

    @property
    def _words(self) -> dict[str, Any]:
        """The words around the steps, the default ones filling any gap."""
        return {**default_tasks().words, **self.words}

    def _find(self, task: str) -> _Found:
        """The steps for a task, unsized, with how they were found."""
        reading = _read(task)
        found, key = self._match(reading)
        if found is None:
            generic = [k for k in self.kinds if k.id == "generic"]
            found = generic[0] if generic else default_tasks().kind("generic")
        if isinstance(found, TaskTemplate):
            why = str(self._words["why_template"]).format(title=found.title, phrase=key)
            return _Found(
                found.title, f"template:{found.id}", found.object, why, found.steps, found.anchor
            )
        obj = reading.object or found.object
        phrase = reading.phrase or found.object
        return _Found(
            phrase[:1].upper() + phrase[1:],
            f"kind:{found.id}",
            obj,
            found.why.format(verb=key),
            _fill(found.steps, obj, phrase),
            found.anchor,
        )

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


# -- loading -------------------------------------------------------------------------------

_TOP_LEVEL: Final = ("task", "kind", "words")
_WORD_KEYS: Final = ("notice", "notice_seconds", "first_step_only", "why_template")


def parse_tasks(data: Mapping[str, Any], *, source: str = "<data>") -> TaskBook:
    """Build a task book from plain data with the structure of `tasks.toml`.

    Raises:
        CatalogError: Listing every problem found, each with the template and the field.
    """
    from ._loader import _build_tables, _check_words, _top_level

    problems = _top_level(data, _TOP_LEVEL, source)
    templates = _build_tables(TaskTemplate, data, "task", problems)
    kinds = _build_tables(TaskKind, data, "kind", problems)
    words = _check_words(data, _WORD_KEYS, problems)
    if problems:
        raise CatalogError(source, problems)
    return TaskBook(templates, kinds, words)


@functools.cache
def default_tasks() -> TaskBook:
    """Return the task templates and kinds that ship with smallsteps (`data/tasks.toml`)."""
    from ._resources import _package_data

    return parse_tasks(_package_data("tasks.toml"), source="smallsteps/data/tasks.toml")


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

    return parse_tasks(_load(path), source=os.fspath(path))
