"""The words of task breakdowns as a document (`tasks`), and a breakdown's words in a locale.

English stays the source: tasks.toml and tasks/*.toml. The `tasks` document's ids are
`task.<id>.title` (`.object`, `.anchor`, `.someone`), `task.<id>.steps` (the step texts in
order) and `task.<id>.steps.<n>` (the parts of step n, from 1, and so on down), the same
under `kind.<key>` ("kind.call/person.title"), `hazard.<id>.text` and `.note`,
`words.<key>` (the sentences around the steps) and `when.<word>` (the days and times a
deadline is said with). A text with a slot (`{object}`, `{people}`) is translated as it is,
slot and all: the person's own words fill it in the locale's frame.

A breakdown is built in English (which steps, their sizes, how many are shown: none of that
changes with the locale), then said again: each step's English text maps to its translation.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from typing import Any, Final, NamedTuple

import attrs

from ._locale import Text, parse_locale, translated
from ._model import Step, format_duration
from ._strings import duration, language_of, one, words_in
from ._taskitems import TaskKind, TaskTemplate
from ._tasklex import default_task_lexicon
from ._tasks import TaskBook, _Found, default_tasks
from ._tasksteps import _cap, _fill, kind_slots, someone

__all__ = [
    "BreakdownWords",
    "breakdown_lines",
    "frame_in",
    "said_in",
    "step_in",
    "task_words",
    "time_box",
]

_LEADS: Final = (
    ("before ", "deadline_before"), ("at ", "deadline_at"), ("on the ", "deadline_on_the"),
)  # fmt: skip
"""A deadline's first words, and the sentence that says it with them."""


def _steps(key: str, steps: tuple[Step, ...], out: dict[str, Text]) -> None:
    out[key] = tuple(s.text for s in steps)
    for n, step in enumerate(steps, start=1):
        if step.parts:
            _steps(f"{key}.{n}", step.parts, out)


def _prefix(made: TaskTemplate | TaskKind) -> str:
    return f"task.{made.id}" if isinstance(made, TaskTemplate) else f"kind.{made.key}"


def made_words(made: TaskTemplate | TaskKind) -> dict[str, Text]:
    """A template's or a kind's words by id: its title, object, anchor and steps."""
    prefix = _prefix(made)
    out: dict[str, Text] = {f"{prefix}.title": made.title}
    if isinstance(made, TaskTemplate):
        fields = {"object": made.object, "anchor": made.anchor}
        fields["someone"] = made.someone if made.someone != "them" else ""
    else:
        fields = {"object": made.object if made.object != "it" else "", "anchor": made.anchor}
    out.update({f"{prefix}.{k}": v for k, v in fields.items() if v})
    _steps(f"{prefix}.steps", made.steps, out)
    return out


def frame_words(words: Mapping[str, Any]) -> dict[str, Text]:
    """The sentences of a book's `[words]` by id (`words.notice`, `hazard.gas.text`)."""
    out: dict[str, Text] = {f"words.{k}": v for k, v in words.items() if isinstance(v, str)}
    for hazard, table in words.get("hazard", {}).items():
        for field in ("text", "note"):
            if isinstance(table, Mapping) and isinstance(table.get(field), str):
                out[f"hazard.{hazard}.{field}"] = table[field]
    for names in ("kind_name", "class_name"):  # what `why` calls a kind and a class
        table = words.get(names, {})
        if isinstance(table, Mapping):
            out.update({f"{names}.{k}": v for k, v in table.items() if isinstance(v, str)})
    return out


@functools.cache
def when_words() -> dict[str, Text]:
    """The days and times a deadline is said with ("Friday", "the weekend"), by id."""
    maps = default_task_lexicon().maps
    said = {*maps["days"].values(), *maps["when"].values()}
    return {f"when.{w.lower().replace(' ', '-')}": w for w in sorted(said)}


def task_words(book: TaskBook | None = None) -> dict[str, Text]:
    """The `tasks` document: every sentence of a task book by id, in English.

    Example:
        >>> task_words()["task.washing-up.title"]
        'Do the washing up'
    """
    book = book or default_tasks()
    out: dict[str, Text] = {}
    for template in book.templates:
        out.update(made_words(template))
    for kind in book.kinds:
        out.update(made_words(kind))
    return {**out, **frame_words(book._words), **when_words()}


@functools.lru_cache(maxsize=32)
def frame_in(tag: str) -> Mapping[str, str]:
    """The default `[words]` sentences in a locale, by key ("notice", "head")."""
    english = frame_words(default_tasks().words)
    words = translated("tasks", english, tag)
    return {k.removeprefix("words."): str(v) for k, v in words.items() if k.startswith("words.")}


class BreakdownWords(NamedTuple):
    """A breakdown's words in a locale: what `_breakdown` puts in place of the English."""

    title: str
    object: str
    anchor: str
    why: str
    texts: Mapping[str, str]  # each English step text the breakdown may hold -> the locale's
    words: Mapping[str, str]  # the `[words]` sentences, by key
    hazards: Mapping[str, Mapping[str, str]]  # hazard id -> {"text": ..., "note": ...}
    deadline: str


def said_in(book: TaskBook, found: _Found, locale: str) -> BreakdownWords:
    """The words of what `book` found for a task, in `locale` (English where none fits)."""
    reading, made = found.reading, found.made
    english = {**made_words(made), **frame_words(book._words), **when_words()}
    words = translated("tasks", english, locale)
    frame = {k.removeprefix("words."): str(v) for k, v in words.items() if k.startswith("words.")}
    prefix = _prefix(made)
    if isinstance(made, TaskTemplate):
        mine = {"people": someone(reading, made.someone, book._words)}
        nobody = str(words.get(f"{prefix}.someone", frame["them"]))
        yours = {"people": someone(reading, nobody, frame)}
        title = str(words[f"{prefix}.title"])
        why = frame["why_template"].format(title=title, phrase=found.phrase)
        thing = str(words.get(f"{prefix}.object", ""))
    else:
        default = str(words.get(f"{prefix}.object", frame["it"]))
        mine = kind_slots(reading, made.object, book._words)._asdict()
        yours = kind_slots(reading, default, frame)._asdict()
        title = _cap(str(words[f"{prefix}.title"]).format(**yours))
        object_class = reading.object_class or "thing"
        why = frame["why_kind" if reading.verb else "why_object"].format(
            verb=reading.verb, kind=words.get(f"kind_name.{made.id}", made.id),
            object=yours["object"],
            object_class=words.get(f"class_name.{object_class}", object_class),
        )  # fmt: skip
        thing = yours["object"]
    texts: dict[str, str] = {}
    _pair(_fill(made.steps, mine), made.steps, f"{prefix}.steps", words, yours, texts)
    hazards = {
        h: {f: str(words[k]) for f in ("text", "note") if (k := f"hazard.{h}.{f}") in words}
        for h in reading.hazards
    }
    for h in reading.hazards:
        if "text" in hazards[h]:
            texts.setdefault(str(english[f"hazard.{h}.text"]), hazards[h]["text"])
    texts[str(english["words.notice"])] = frame["notice"]
    return BreakdownWords(
        title, thing, str(words.get(f"{prefix}.anchor", "")), why, texts, frame, hazards,
        _deadline(reading.deadline, frame, words),
    )  # fmt: skip


def _pair(
    filled: tuple[Step, ...],
    steps: tuple[Step, ...],
    key: str,
    words: Mapping[str, Text],
    values: Mapping[str, str],
    out: dict[str, str],
) -> None:
    """Each filled English step text -> its translation filled with the locale's slots."""
    texts = words.get(key, ())
    listed = [texts] if isinstance(texts, str) else list(texts)
    for n, (done, step, text) in enumerate(zip(filled, steps, listed, strict=False), start=1):
        out.setdefault(done.text, _cap(text.format(**values)) if "{" in step.text else text)
        if step.parts:
            _pair(done.parts, step.parts, f"{key}.{n}", words, values, out)


def _deadline(when: str, frame: Mapping[str, str], words: Mapping[str, Any]) -> str:
    """The deadline line: its first word in the sentence, its days and times in the locale."""
    if not when:
        return ""
    key = "deadline"
    for lead, sentence in _LEADS:
        if when.startswith(lead) and len(when) > len(lead):
            key, when = sentence, when[len(lead) :]
            break
    said = {str(v): str(words.get(k, v)) for k, v in when_words().items()}
    pattern = _when_pattern(tuple(sorted(said, key=len, reverse=True)))
    return frame[key].format(deadline=pattern.sub(lambda m: said[m.group(0)], when))


@functools.cache
def _when_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)")


def time_box(text: str, seconds: int, locale: str) -> str:
    """A step kept to a time box in the locale's words ("Wipe the sink for 2 minutes").

    The English box is `_sizing`'s; a locale whose box sentence is not translated keeps it.
    """
    tag = parse_locale(locale).tag
    if seconds < 60:
        n, unit = seconds, "seconds"
    else:
        n, unit = max(1, round(seconds / 60)), "minutes"
    key = f"box_{unit}_{'one' if one(language_of(locale), n) else 'other'}"
    return frame_in(tag)[key].format(step=text, n=n)


def boxed(tag: str) -> bool:
    """Whether a locale says a time box in its own words (else the English box stands)."""
    english = frame_words(default_tasks().words)
    keys = ("box_minutes_other", "box_seconds_other")
    return any(frame_in(tag)[k] != english[f"words.{k}"] for k in keys)


def step_in(step: Step, texts: Mapping[str, str], locale: str) -> Step:
    """A sized step said in the locale: its text by `texts`, a time box in the locale's words.

    Its parts too; a text `texts` does not know stays as it is.
    """
    text = texts.get(step.text)
    if text is None:
        text = step.text
        left = format_duration(step.seconds).removeprefix("about ")
        for joiner in (", for ", " for "):  # how `_sizing` keeps a step to a time box
            base = step.text.removesuffix(f"{joiner}{left}")
            if base != step.text and texts.get(base, base) != base:
                text = time_box(texts[base], step.seconds, locale)
                break
    parts = tuple(step_in(p, texts, locale) for p in step.parts)
    return attrs.evolve(step, text=text, parts=parts)


def _step_line(step: Step, locale: str, strings: Mapping[str, Text]) -> str:
    """A step as `str(step)` says it, in the locale: its text and about how long it takes."""
    head, _, tail = time_box("\0", step.seconds, locale).partition("\0")
    text = step.text
    said_box = bool(head or tail.strip()) and text.startswith(head) and text.endswith(tail)
    left = format_duration(step.seconds).removeprefix("about ")
    if said_box or step.text.endswith(f"for {left}"):
        return step.text  # "Wipe the sink for 2 minutes" says how long already
    said = duration(step.seconds, strings, language_of(locale))
    return str(strings["plan.step"]).format(text=step.text, duration=said)


def breakdown_lines(bd: Any, locale: str) -> list[str]:
    """`str(breakdown)` in `locale`, but for a notice: the heading, the steps, the lines."""
    tag = parse_locale(locale).tag
    frame, strings = frame_in(tag), words_in(tag)
    label = str(strings[f"energy.label_{int(bd.energy)}"]).lower()
    lines = [frame["head"].format(title=bd.title, energy=int(bd.energy), label=label)]
    for i, step in enumerate(bd.steps, start=1):
        mark = f"  {frame['stop_here']}" if step.win and i < len(bd.steps) else ""
        lines.append(f"  {i}. {_step_line(step, locale, strings)}{mark}")
    if bd.later:
        lines.append("  " + frame["more_later"].format(n=len(bd.later)))
    lines += [t for t in (bd.first_step_only, bd.caution, bd.note, bd.done, bd.deadline) if t]
    if bd.habit_stack:
        lines.append(frame["idea"].format(idea=bd.habit_stack))
    return lines
