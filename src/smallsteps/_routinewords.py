"""A routine's words: the `routines` document in a locale, and reading a person's own items.

English is the source: `data/routines.toml`. The `routines` document's ids are the routine's
`<routine>.title` and `<routine>.description`, an item's `<routine>.<item>.title` and
`<routine>.<item>.anchor`, its own step texts in order as `<routine>.<item>.steps`, the parts
of its n-th step (from 1) as `<routine>.<item>.steps.<n>` (deeper parts `.steps.<n>.<m>`), and
`words.<key>` for the counts and the frame of `str(routine)`. A locale's overlay
(`data/locales/<tag>/routines.toml`) holds the ones it translates, each with the hash of its
English. Ids, tiers, times and the activities and tasks an item names never change.

This module knows routines by their fields only, so `_routines` can build on it.
"""

from __future__ import annotations

import functools
import re
import tomllib
import unicodedata
from collections.abc import Iterable, Mapping
from importlib import resources
from typing import TYPE_CHECKING, Any, Final

import attrs

from ._errors import ValidationError, value_shown
from ._locale import Localized, Text, english_of, parse_locale, translated
from ._model import _show
from ._sizing import _WORD
from ._strings import COMMA_DECIMALS, language_of, step_line
from ._tasktext import made_words, said_in
from ._taskwords import _phrase, keywords

if TYPE_CHECKING:
    from ._catalog import Catalog
    from ._model import Activity, Step
    from ._routines import Routine
    from ._taskitems import TaskTemplate
    from ._tasks import TaskBook, _Found

__all__ = [
    "found_in",
    "localized_routine",
    "routine_text",
    "routine_words",
    "template_steps",
    "words_in",
]


@functools.cache
def routines_data() -> Mapping[str, Any]:
    """The raw data of `data/routines.toml`."""
    path = resources.files("smallsteps") / "data" / "routines.toml"
    return tomllib.loads(path.read_text("utf-8"))


@functools.cache
def _english_words() -> dict[str, Text]:
    return {f"words.{k}": str(v) for k, v in routines_data().get("words", {}).items()}


def word_keys() -> tuple[str, ...]:
    """The keys a routines file's `[words]` may hold: those of the shipped file."""
    return tuple(routines_data().get("words", {}))


@functools.lru_cache(maxsize=64)
def words_in(locale: str | None) -> Mapping[str, str]:
    """The `[words]` of routines (counts, the frame of `str(routine)`) in a locale, by key.

    Raises:
        ValidationError: If `locale` is not a language tag.
    """
    said = translated("routines", _english_words(), locale)
    return {k.removeprefix("words."): str(v) for k, v in said.items()}


def number(value: float, locale: str | None) -> str:
    """A count, a half as a decimal ("1.5", "1,5" in Spanish)."""
    text = f"{value:g}"
    if locale is not None and language_of(locale) in COMMA_DECIMALS:
        return text.replace(".", ",")
    return text


# -- the document --------------------------------------------------------------------------


def _step_texts(key: str, steps: Iterable[Any], out: dict[str, Text]) -> None:
    listed = tuple(steps)
    if not listed:
        return
    out[key] = tuple(english_of(s.text) for s in listed)
    for n, step in enumerate(listed, start=1):
        _step_texts(f"{key}.{n}", step.parts, out)


def routine_words(routines: Iterable[Routine], *, words: bool = True) -> dict[str, Text]:
    """The routines' translatable English by id: what a translator of `routines` sees.

    Args:
        routines: The routines (their English, when they are in a locale).
        words: Whether to add the `[words]` of counts and of `str(routine)`.

    Example:
        >>> import smallsteps as ss
        >>> routine_words([ss.bare_minimum()])["bare-minimum.glass-of-water.title"]
        'Drink a glass of water'
    """
    out: dict[str, Text] = dict(_english_words()) if words else {}
    for routine in routines:
        out[f"{routine.id}.title"] = english_of(routine.title)
        if routine.description:
            out[f"{routine.id}.description"] = english_of(routine.description)
        for item in routine.items:
            key = f"{routine.id}.{item.id}"
            out[f"{key}.title"] = english_of(item.title)
            if item.anchor:
                out[f"{key}.anchor"] = english_of(item.anchor)
            _step_texts(f"{key}.steps", item.steps, out)
    return out


def _said(words: Mapping[str, Text], key: str, english: str, tag: str | None) -> str:
    found = words.get(key, english)
    if tag is None or not isinstance(found, str):
        return english
    return Localized(found, english, tag)


def _steps_in(
    steps: tuple[Any, ...], key: str, words: Mapping[str, Text], tag: str | None
) -> tuple[Any, ...]:
    said = words.get(key, ())
    texts: list[str | None] = [said] if isinstance(said, str) else list(said)
    texts += [None] * (len(steps) - len(texts))
    out = []
    for n, (step, text) in enumerate(zip(steps, texts, strict=False), start=1):
        english = english_of(step.text)
        out.append(
            attrs.evolve(
                step,
                text=english if tag is None else Localized(text or english, english, tag),
                parts=_steps_in(step.parts, f"{key}.{n}", words, tag),
            )
        )
    return tuple(out)


# -- the steps an item takes from a task template (the `tasks` document) -------------------


def template_steps(template: TaskTemplate, locale: str | None) -> tuple[Step, ...]:
    """A task template's own steps (unsized) in a locale, from the `tasks` document.

    Each text is `Localized` (it remembers its English), so the steps are sized as in
    English and say a time box in the locale. `None`, or English, gives the template's steps.

    Raises:
        ValidationError: If `locale` is not a language tag.
    """
    tag = None if locale is None else parse_locale(locale).tag
    if tag is None or tag == "en":
        return template.steps
    words = translated("tasks", made_words(template), tag)
    return _steps_in(template.steps, f"task.{template.id}.steps", words, tag)


def found_in(book: TaskBook, found: _Found, tag: str | None) -> tuple[str, tuple[Step, ...]]:
    """The title and steps a task book found for a person's item, in a locale (`None`: English).

    The steps are the breakdown's in that locale (`_tasktext.said_in`): a template's or a
    kind's words, the person's own words in their slots; each text `Localized`.
    """
    if tag is None:
        return found.title, found.steps
    said = said_in(book, found, tag)
    return said.title, _by_text(found.steps, said.texts, tag)


def _by_text(steps: tuple[Any, ...], texts: Mapping[str, str], tag: str) -> tuple[Any, ...]:
    return tuple(
        attrs.evolve(
            step,
            text=Localized(texts.get(step.text, step.text), step.text, tag),
            parts=_by_text(step.parts, texts, tag),
        )
        for step in steps
    )


def localized_routine(
    routine: Routine, locale: str | None, shipped: Mapping[str, Text] | None = None
) -> Routine:
    """The routine with its words in a locale where a translation fits; `locale` set.

    Words are translated from their English (a routine already in a locale remembers it), so
    a routine can move from one locale to another. Only words change: ids, tiers, step times,
    and the activities and tasks an item names stay. `None`, or English, gives the English.
    With `shipped` (the shipped routines' document), only the words it holds at the same id
    are translated: a person's own words stay as typed, in the pseudo-locale too.

    Raises:
        ValidationError: If `locale` is not a language tag.
    """
    tag = None if locale is None else parse_locale(locale).tag
    tag = None if tag == "en" else tag
    english = routine_words([routine], words=False)
    if shipped is not None:
        english = {k: v for k, v in english.items() if shipped.get(k) == v}
    words = translated("routines", english, tag)
    items = []
    for item in routine.items:
        key = f"{routine.id}.{item.id}"
        items.append(
            attrs.evolve(
                item,
                title=_said(words, f"{key}.title", english_of(item.title), tag),
                anchor=_said(words, f"{key}.anchor", english_of(item.anchor), tag)
                if item.anchor
                else item.anchor,
                steps=_steps_in(item.steps, f"{key}.steps", words, tag),
            )
        )
    return attrs.evolve(
        routine,
        title=_said(words, f"{routine.id}.title", english_of(routine.title), tag),
        description=_said(words, f"{routine.id}.description", english_of(routine.description), tag)
        if routine.description
        else routine.description,
        items=items,
        locale=tag,
    )


def routine_text(routine: Routine) -> str:
    """`str(routine)`: its title, and each item with its tier, anchor and first steps.

    In the routine's locale (`Routine.locale`), English when it has none.
    """
    locale = routine.locale
    words = words_in(locale)
    head = routine.title
    if routine.description:
        head = words["heading"].format(title=routine.title, description=routine.description)
    lines = [head]
    for item in routine.items:
        tier = words[f"tier_{item.tier.value.replace('-', '_')}"]
        lines.append("- " + words["item"].format(title=item.title, tier=tier))
        if item.anchor:
            lines.append(f"    {item.anchor}")
        if not item.steps:
            kind = "activity" if item.activity else "task"
            name = value_shown(item.activity or item.task)
            lines.append("    " + words[f"steps_from_{kind}"].format(name=name))
        lines += [
            f"    {step if locale is None else step_line(step, locale)}" for step in item.steps[:3]
        ]
        if len(item.steps) > 3:
            more = len(item.steps) - 3
            form = "more_one" if more == 1 else "more_other"
            lines.append("    " + words[form].format(n=more))
    return "\n".join(lines)


# -- a person's own items ------------------------------------------------------------------

MAX_ITEMS: Final = 100
"""The most items a routine built from words holds: a routine is a few small things."""


def plain_items(items: Iterable[Any]) -> list[Any]:
    """A person's items as a list, checked: one at least, `MAX_ITEMS` at most."""
    if isinstance(items, str) or not isinstance(items, Iterable):
        raise ValidationError("items", f"expected a list of texts, got {_show(items)}")
    listed = list(items)
    if not listed:
        raise ValidationError("items", "expected at least one item, got none")
    if len(listed) > MAX_ITEMS:
        raise ValidationError("items", f"expected at most {MAX_ITEMS} items, got {len(listed):,}")
    return listed


def activity_for(words: str, catalog: Catalog | None) -> Activity | None:
    """The catalog activity whose title holds all these words, the shortest title first."""
    from ._loader import default_catalog

    keys = set(keywords(words))
    if not keys:
        return None
    fits = [a for a in catalog or default_catalog() if keys <= set(keywords(a.title))]
    return min(fits, key=lambda a: (len(a.title), a.id), default=None)


def named(words: str) -> str:
    """A short name from a person's words, its first letter capital ("Drink water")."""
    said = _phrase(_WORD.findall(words), 8)
    return said[:1].upper() + said[1:]


_ANCHOR_FIRST: Final = re.compile(r"^\s*((?:after|while|when)\s[^,]+),\s*(.+)$", re.I | re.S)
_ANCHOR_LAST: Final = re.compile(r"^(.+?)\s+((?:after|while|when)\s.+)$", re.I | re.S)


def split_anchor(text: str) -> tuple[str, str]:
    """Split "after I brush my teeth, floss" into ("floss", "After you brush your teeth")."""
    first = _ANCHOR_FIRST.match(text)
    if first:
        anchor, words = first.group(1), first.group(2)
    else:
        last = _ANCHOR_LAST.match(text)
        if not last:
            return text, ""
        words, anchor = last.group(1), last.group(2)
    return words, named(anchor)


def slugify(text: str) -> str:
    """An id from a person's words: at most six lowercase ASCII words joined by hyphens."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "-".join(re.findall(r"[a-z0-9]+", ascii_text.lower())[:6])


def unique(ident: str, taken: set[str]) -> str:
    """`ident`, or `ident-2`, `ident-3`... the first not in `taken`."""
    n, candidate = 2, ident
    while candidate in taken:
        candidate, n = f"{ident}-{n}", n + 1
    return candidate
