"""The engine's own sentences, by id, in English or in a locale (`data/strings.toml`).

A rule says a reason with `say("reason.first_step", seconds=40)`: the English sentence, as a
`Said` (a `str` that remembers its id and its values). A plan asked for in a locale has each
such reason said again there (`in_locale`), from the `strings` document's overlays; values are
said in the locale too (durations with the language's plural forms, decimals with its mark).
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any, Final

from ._locale import PSEUDO, Text, parse_locale, translated

__all__ = ["Said", "in_locale", "say", "strings"]

_COMMA_DECIMALS: Final = frozenset({"es", "pt", "fr", "de", "it", "nl"})
"""Languages that write a decimal with a comma ("+1,5")."""


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


@functools.cache
def strings() -> dict[str, Text]:
    """The English sentences by id ("reason.first_step"): the `strings` document."""
    from ._resources import _package_data

    data = _package_data("strings.toml")
    return {
        f"{part}.{key}": str(text) for part, table in data.items() for key, text in table.items()
    }


def _one(language: str, n: float) -> bool:
    """The CLDR plural category "one" for the languages that ship (Portuguese counts 0 too)."""
    return n in (0, 1) if language == "pt" else n == 1


def _duration(seconds: float, words: Mapping[str, Text], language: str) -> str:
    if seconds < 59.5:
        n, unit = round(seconds), "seconds"
    else:
        n, unit = max(1, round(seconds / 60)), "minutes"
    form = "one" if _one(language, n) else "other"
    return str(words[f"duration.{unit}_{form}"]).format(n=n)


def _number(value: Any, language: str) -> str:
    if isinstance(value, float):
        text = f"{value:+.1f}"
        return text.replace(".", ",") if language in _COMMA_DECIMALS else text
    return str(value)


def _render(key: str, values: Mapping[str, Any], words: Mapping[str, Text], language: str) -> str:
    filled = {
        name: _number(value, language)
        for name, value in values.items()
        if name not in ("seconds", "category")
    }
    if "seconds" in values:
        filled["duration"] = _duration(values["seconds"], words, language)
    if values.get("category") and language != "en":  # a category by its title there
        title = words.get(f"category.{values['category']}.title")
        filled["group"] = str(title).lower() if isinstance(title, str) else filled["group"]
    return str(words[key]).format(**filled)


def say(key: str, **values: Any) -> Said:
    """The English sentence `key`, its `{fields}` filled (`seconds` becomes `{duration}`).

    Example:
        >>> say("reason.first_step", seconds=40)
        'The first step takes about 40 seconds.'
    """
    return Said(_render(key, values, strings(), "en"), key, values)


def in_locale(text: str, locale: str) -> str:
    """A sentence said again in `locale` when the engine said it; any other text as it is."""
    if not isinstance(text, Said):
        return text
    parsed = parse_locale(locale)
    words = _words(parsed.tag, bool(text.values.get("category")))
    language = "xa" if parsed.tag == PSEUDO else parsed.language  # the pseudo-locale's own
    return _render(text.key, text.values, words, language)


@functools.lru_cache(maxsize=64)
def _words(tag: str, categories: bool) -> Mapping[str, Text]:
    """The `strings` document in a locale (with the catalog's category titles when asked)."""
    words = dict(translated("strings", strings(), tag))
    return words | _category_titles(tag) if categories else words


def _category_titles(locale: str) -> dict[str, Text]:
    from ._loader import default_catalog
    from ._localized import catalog_words

    english = {
        k: v for k, v in catalog_words(default_catalog()).items() if k.startswith("category.")
    }
    return translated("catalog", english, locale)
