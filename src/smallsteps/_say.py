"""The engine's own sentences, said by id, in English or in a locale (`data/strings.toml`).

A rule says a reason with `say("reason.first_step", seconds=40)`: the English sentence, as a
`Said` (a `str` that remembers its id and its values). A plan asked for in a locale has each
such reason said again there (`in_locale`), from the `strings` document's overlays; values are
said in the locale too (durations with the language's plural forms, decimals with its mark).
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any, Final

import attrs

from ._context import Verdict
from ._locale import Text, parse_locale, translated
from ._model import Plan
from ._strings import COMMA_DECIMALS, duration, language_of, strings, words_in

__all__ = ["Said", "in_locale", "said_in", "say", "saying"]


class Said(str):
    """A sentence the engine said: the English text, with the id and values it came from."""

    __slots__ = ("key", "values")
    key: str
    values: Mapping[str, Any]

    def __new__(cls, text: str, key: str, values: Mapping[str, Any]) -> Said:
        said = super().__new__(cls, text)
        said.key = key
        said.values = values
        return said

    def __reduce__(self) -> Any:
        return (Said, (str(self), self.key, dict(self.values)))


def _number(value: Any, language: str) -> str:
    if isinstance(value, float):
        text = f"{value:+.1f}"
        return text.replace(".", ",") if language in COMMA_DECIMALS else text
    return str(value)


def _render(key: str, values: Mapping[str, Any], words: Mapping[str, Text], language: str) -> str:
    filled = {
        name: _number(value, language)
        for name, value in values.items()
        if name not in ("seconds", "category")
    }
    if "seconds" in values:
        filled["duration"] = duration(values["seconds"], words, language)
    if values.get("category") and language != "en":  # a category by its title there
        title = words.get(f"category.{values['category']}.title")
        filled["group"] = str(title).lower() if isinstance(title, str) else filled["group"]
    return str(words[key]).format(**filled)


def say(key: str, **values: Any) -> Said:
    """The English sentence `key`, its `{fields}` filled (`seconds` becomes `{duration}`).

    Rules say the same few sentences over and over: each is rendered once and shared (a
    `Said` is immutable), within `SAID_KEPT`.

    Example:
        >>> say("reason.first_step", seconds=40)
        'The first step takes about 40 seconds.'
    """
    memo = (key, *((name, type(value), value) for name, value in values.items()))
    try:
        found = _SAID.get(memo)
    except TypeError:  # a value that cannot be a key: said afresh
        return Said(_render(key, values, strings(), "en"), key, values)
    if found is None:
        if len(_SAID) >= SAID_KEPT:
            _SAID.clear()
        found = _SAID.setdefault(memo, Said(_render(key, values, strings(), "en"), key, values))
    return found


SAID_KEPT: Final = 20_000
"""How many different sentences `say` (and verdicts `saying`) keeps to share, then anew."""

_SAID: dict[tuple[Any, ...], Said] = {}


def saying(points: float, key: str, **values: Any) -> Verdict:
    """`Verdict(points=points, reason=say(key, **values))`, one shared for equal ones.

    A verdict is frozen, and the built-in rules give the same few over and over (a column
    over a catalog asks a rule once per kind of activity).
    """
    if len(values) == 1:  # the usual sentence has one value, or none
        ((name, value),) = values.items()
        memo: tuple[Any, ...] = (points, key, name, type(value), value)
    elif len(values) == 2:  # a mood lift's: no generator for the usual two
        (name, value), (other, more) = values.items()
        memo = (points, key, name, type(value), value, other, type(more), more)
    elif values:
        memo = (points, key, *((name, type(value), value) for name, value in values.items()))
    else:
        memo = (points, key)
    try:
        found = _SAYING.get(memo)
    except TypeError:  # a value that cannot be a key
        return Verdict(points=points, reason=say(key, **values))
    if found is None:
        if len(_SAYING) >= SAID_KEPT:
            _SAYING.clear()
        found = _SAYING.setdefault(memo, Verdict(points=points, reason=say(key, **values)))
    return found


_SAYING: dict[tuple[Any, ...], Verdict] = {}


def in_locale(text: str, locale: str) -> str:
    """A sentence said again in `locale` when the engine said it; any other text as it is."""
    if not isinstance(text, Said):
        return text
    try:
        return _said_again(text.key, tuple(sorted(text.values.items())), locale)
    except TypeError:  # a value that cannot be a key: said again each time
        return _said(text.key, text.values, locale)


def said_in(plan: Plan, locale: str | None) -> Plan:
    """The plan with each reason the engine said said again in `locale` (`in_locale`)."""
    if locale is None or parse_locale(locale).tag == "en":
        return plan
    suggestions = tuple(
        attrs.evolve(
            s, reasons=tuple(attrs.evolve(r, text=in_locale(r.text, locale)) for r in s.reasons)
        )
        for s in plan.suggestions
    )
    return attrs.evolve(plan, suggestions=suggestions, locale=parse_locale(locale).tag)


@functools.lru_cache(maxsize=4096)
def _said_again(key: str, values: tuple[tuple[str, Any], ...], locale: str) -> str:
    """`_said`, remembered: plans say the same few sentences again and again."""
    return _said(key, dict(values), locale)


def _said(key: str, values: Mapping[str, Any], locale: str) -> str:
    tag = parse_locale(locale).tag
    words = _with_categories(tag) if values.get("category") else words_in(tag)
    return _render(key, values, words, language_of(locale))


@functools.lru_cache(maxsize=64)
def _with_categories(tag: str) -> Mapping[str, Text]:
    """The `strings` document in a locale, with the catalog's category titles there."""
    from ._loader import default_catalog
    from ._localized import catalog_words

    words = catalog_words(default_catalog())
    english = {k: v for k, v in words.items() if k.startswith("category.")}
    return {**words_in(tag), **translated("catalog", english, tag)}
