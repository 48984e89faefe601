"""Reading catalogs from TOML or JSON, checking every field, and the default catalog."""

from __future__ import annotations

import contextlib
import functools
import gc
import os
from collections.abc import Iterator, Mapping
from types import SimpleNamespace
from typing import Any, Final

import attrs

from ._catalog import BUILTIN_CATEGORIES, Catalog
from ._errors import CatalogError, ValidationError, did_you_mean, must_be, value_shown
from ._files import decode as _decode
from ._files import file_path
from ._files import read_file as _read_file
from ._model import Activity, Category, Step, _show

__all__ = ["PLUGIN_GROUP", "default_catalog", "installed_catalog", "load_catalog", "parse_catalog"]

_TOP_LEVEL = ("activity", "category")


def _check_table(
    cls: type[Any], table: object, label: str, problems: list[str]
) -> dict[str, Any] | None:
    """Check one table against an attrs class, field by field, using the class's own rules.

    Every problem is appended to `problems`; the converted values come back when there are
    none. Fields without a default are required. `steps` and `parts` lists are checked as
    `Step` tables, parts inside parts too.
    """
    if not isinstance(table, Mapping):
        problems.append(f"{label}: expected a table, got {type(table).__name__}")
        return None
    fields = {a.name: a for a in attrs.fields(cls)}
    found = len(problems)
    for key in sorted(set(table) - set(fields), key=str):
        hint = did_you_mean(str(key), fields)
        problems.append(f"{label}: {key}: unknown field{hint}")
    problems.extend(
        f"{label}: {name}: missing required field"
        for name, a in fields.items()
        if a.default is attrs.NOTHING and name not in table
    )
    values: dict[str, Any] = {}
    for name, attribute in fields.items():
        if name not in table:
            continue
        raw = table[name]
        if name in ("steps", "parts"):
            raw = _check_steps(raw, name, label, problems)
            if raw is None:
                continue
        try:
            value = attribute.converter(raw) if callable(attribute.converter) else raw
            if attribute.validator is not None:
                # The fields checked so far stand in for the instance, in field order.
                attribute.validator(SimpleNamespace(**values), attribute, value)
        except ValidationError as error:
            problems.append(f"{label}: {error}")
        except (AttributeError, TypeError, ValueError):
            # a rule that reads a field found wrong above ("parts" reads "seconds"): that
            # field's problem is noted already; else this one's value does not fit
            if len(problems) == found:
                problems.append(f"{label}: {name}: not a value that fits, got {_show(raw)}")
        else:
            values[name] = value
    return values if len(problems) == found else None


def _check_steps(raw: object, name: str, label: str, problems: list[str]) -> list[Step] | None:
    if not isinstance(raw, list):
        problems.append(f"{label}: {name}: expected a list of {{ text, seconds }} tables")
        return None
    if not raw and name == "steps":
        problems.append(f"{label}: steps: expected at least one step, got none")
        return None
    steps = []
    for n, table in enumerate(raw, start=1):
        where = f"{label}: step {n}" if name == "steps" else f"{label} part {n}"
        values = _check_table(Step, table, where, problems)
        if values is not None:
            steps.append(Step(**values))
    return steps if len(steps) == len(raw) else None


def _top_level(data: object, allowed: tuple[str, ...], source: str) -> list[str]:
    """Problems with a data file's top level; raises at once when it is not a table."""
    if not isinstance(data, Mapping):
        raise CatalogError(source, [f"expected a table at the top, got {type(data).__name__}"])
    return [
        f"{_key(key)}: unknown top-level table{did_you_mean(str(key), allowed)}"
        for key in sorted(set(data) - set(allowed), key=str)
    ]


def _build(cls: type[Any], table: object, label: str, problems: list[str]) -> Any:
    """Check one table and build it as a `cls`, or note the problems and return `None`."""
    values = _check_table(cls, table, label, problems)
    if values is None:
        return None
    try:
        return cls(**values)
    except ValidationError as error:
        problems.append(f"{label}: {error}")
        return None


def _build_tables(
    cls: type[Any], data: Mapping[str, Any], key: str, problems: list[str]
) -> list[Any]:
    """Build every `[[key]]` table of a data file as a `cls`, noting problems and repeated ids."""
    tables = data.get(key, [])
    if not isinstance(tables, list):
        problems.append(f"{key}: expected [[{key}]] tables, got {type(tables).__name__}")
        return []
    built, seen = [], set()
    for n, table in enumerate(tables, start=1):
        ident = table.get("id") if isinstance(table, Mapping) else None
        label = f"{key} {value_shown(ident)}" if isinstance(ident, str) and ident else f"{key} #{n}"
        value = _build(cls, table, label, problems)
        if value is not None:
            built.append(value)
        if isinstance(ident, str):
            if ident in seen:
                problems.append(f"{label}: id: duplicate id")
            seen.add(ident)
    return built


def _check_words(
    data: Mapping[str, Any], allowed: tuple[str, ...], problems: list[str]
) -> dict[str, Any]:
    """The `[words]` table of a data file, noting keys that are not among `allowed`."""
    words = data.get("words", {})
    if not isinstance(words, Mapping):
        problems.append(f"words: expected a table, got {type(words).__name__}")
        return {}
    problems.extend(
        f"words: {key}: unknown word{did_you_mean(str(key), allowed)}"
        for key in sorted(set(words) - set(allowed), key=str)
    )
    return dict(words)


def _label(table: object, position: int) -> str:
    ident = table.get("id") if isinstance(table, Mapping) else None
    return (
        f"activity {value_shown(ident)}"
        if isinstance(ident, str) and ident
        else f"activity #{position}"
    )


def parse_catalog(data: Mapping[str, Any], *, source: str = "<data>") -> Catalog:
    """Build a catalog from plain data with the structure of a catalog file.

    Args:
        data: A mapping with an `activity` list and an optional `category` list, as
            `tomllib.load` or `json.load` return for a catalog file.
        source: A label for error messages, such as the file name.

    Returns:
        The catalog.

    Raises:
        CatalogError: Listing every problem found, each with the activity and the field.
    """
    if not isinstance(data, Mapping):
        raise CatalogError(source, [f"expected a table at the top, got {type(data).__name__}"])
    problems: list[str] = []
    for key in sorted(set(data) - set(_TOP_LEVEL), key=str):
        problems.append(f"{_key(key)}: unknown top-level table{did_you_mean(str(key), _TOP_LEVEL)}")
    lists = {}
    for key in _TOP_LEVEL:
        value = data.get(key, [])
        if not isinstance(value, list):
            problems.append(f"{key}: expected [[{key}]] tables, got {type(value).__name__}")
            value = []
        lists[key] = value
    categories = []
    for n, table in enumerate(lists["category"], start=1):
        values = _check_table(Category, table, f"category #{n}", problems)
        if values is not None:
            categories.append(Category(**values))
    known = {c.id for c in BUILTIN_CATEGORIES} | {c.id for c in categories}
    seen: set[str] = set()
    activities = []
    for n, table in enumerate(lists["activity"], start=1):
        label = _label(table, n)
        fast = _quick(table)  # valid data in one pass; anything else the careful way
        if fast is not None:
            activities.append(fast)
        else:
            values = _check_table(Activity, table, label, problems)
            if values is not None:
                activities.append(Activity(**values))
        if not isinstance(table, Mapping):
            continue
        ident, category = table.get("id"), table.get("category")
        if isinstance(ident, str):
            if ident in seen:
                problems.append(f"{label}: id: duplicate id")
            seen.add(ident)
        if isinstance(category, str) and category not in known:
            hint = did_you_mean(category, known)
            problems.append(f"{label}: category: {value_shown(category)} is not declared{hint}")
    if problems:
        raise CatalogError(source, problems)
    return Catalog(activities, categories, source=source)


def _quick(table: object) -> Activity | None:
    """An activity built in one pass when its table is valid, else `None`.

    The model's own converters and validators check every field, so what passes here is what
    the careful path (`_check_table`) would build; it only reports problems better.
    """
    if not isinstance(table, dict):
        return None
    try:
        return Activity(**{**table, "steps": [_step(s) for s in table["steps"]]})
    except Exception:
        return None


def load_catalog(path: os.PathLike[str] | str) -> Catalog:
    """Load a catalog file: TOML, or JSON when the name ends in `.json`.

    Args:
        path: The file to read.

    Returns:
        The catalog it describes. Merge it into the default one with `|`.

    Raises:
        CatalogError: If the file cannot be read or parsed, or has any problem; the message
            lists every problem with the file name, the activity and the field.
    """
    source = file_path(path)
    with _collector_paused():
        return parse_catalog(_decode(_read_file(source, source), source, source), source=source)


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while many small frozen objects are made.

    A catalog makes no reference cycles, and a collection in the middle of building one walks
    every object made so far, again and again: loading 10,000 activities takes half as long
    without. The collector is turned back on, if it was on, whatever happens.
    """
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


COMPILED: Final = "catalog.compiled.json"
"""The default catalog's TOML files, checked and compiled to JSON by `scripts/compile_catalog.py`.

JSON parses about thirty times faster than TOML, so the first `default_catalog()` call is
quick. A test checks that it matches the TOML files, which stay the source to edit.
"""


def default_catalog(*, locale: str | None = None) -> Catalog:
    """Return the catalog that ships with smallsteps (loaded once, then cached).

    Args:
        locale: A language tag ("es-MX"): each activity's title, note and steps, and each
            category's title, in that language where a translation ships (the fallback chain
            ends in English; `en-XA` is the pseudo-locale). Ids and everything else stay.

    Returns:
        The default catalog: every file in `smallsteps/data/catalog/`, checked like
        `load_catalog` checks a file (when they were compiled; see `COMPILED`).

    Raises:
        ValidationError: If `locale` is not a language tag.

    Example:
        >>> default_catalog(locale="en-XA")["drink-a-glass-of-water"].title
        '⟦Drîñk á glášš öf wátér ~~~~~~~⟧'
    """
    if locale is None:
        return _english()
    from ._locale import PSEUDO, available_locales, parse_locale

    parsed = parse_locale(locale)
    if parsed.tag != PSEUDO and not set(parsed.chain[:-1]) & set(available_locales()):
        return _english()  # no overlay ships for this language: the English catalog itself
    return _in_locale(parsed.tag)


@functools.lru_cache(maxsize=16)
def _in_locale(tag: str) -> Catalog:
    from ._localized import localized_catalog

    return localized_catalog(_english(), tag)


@functools.cache
def _english() -> Catalog:
    import json

    data = json.loads(_data_file(COMPILED).read_text("utf-8"))
    return Catalog(
        (Activity(**{**a, "steps": [_step(s) for s in a["steps"]]}) for a in data["activity"]),
        (Category(**c) for c in data["category"]),
        source="smallsteps/data/catalog",
    )


def _step(data: dict[str, Any]) -> Step:
    if "parts" not in data:
        return Step(**data)
    return Step(**{**data, "parts": [_step(p) for p in data["parts"]]})


def _data_file(name: str) -> Any:
    """A file in the package's `data` folder (a path, or a resource in a zipped install)."""
    import pathlib

    path = pathlib.Path(__file__).with_name("data") / name
    if path.exists():
        return path
    from importlib import resources  # slower to import; only needed for zipped installs

    return resources.files("smallsteps") / "data" / name


PLUGIN_GROUP = "smallsteps.catalogs"
"""The entry point group where installed packages offer catalogs to `installed_catalog`."""


def installed_catalog(*, base: Catalog | None = None) -> Catalog:
    """Return the default catalog with every installed plugin catalog merged in.

    A plugin is any installed package that names, in its `pyproject.toml`, an entry point in
    the `smallsteps.catalogs` group: a function that takes no arguments and returns a
    `Catalog` (or a `Catalog` itself). Plugins merge in the order of their entry point names,
    so the result is the same in every process with the same packages installed.
    `default_catalog()` never changes with what is installed; this function is the one that
    looks.

    Args:
        base: The catalog to start from; `default_catalog()` when `None`.

    Returns:
        `base` merged with each plugin's catalog; a plugin's activity replaces one with the
        same id.

    Raises:
        CatalogError: If a plugin cannot be loaded, or gives something other than a catalog;
            the message names the entry point.

    Example:
        >>> import smallsteps as ss
        >>> len(ss.installed_catalog()) >= len(ss.default_catalog())
        True
    """
    from importlib.metadata import entry_points

    must_be("base", base, Catalog | None, "a Catalog or None")
    catalog = default_catalog() if base is None else base
    for point in sorted(entry_points(group=PLUGIN_GROUP), key=lambda p: (p.name, p.value)):
        label = f"entry point {point.name!r} ({point.value})"
        try:
            offered = point.load()
            found = offered() if callable(offered) and not isinstance(offered, Catalog) else offered
        except CatalogError:
            raise
        except Exception as error:  # a plugin's own failure, reported with its name
            raise CatalogError(
                label, [f"could not load: {type(error).__name__}: {error}"]
            ) from None
        if not isinstance(found, Catalog):
            raise CatalogError(label, [f"expected a Catalog, got {type(found).__name__}"])
        catalog = catalog | found
    return catalog


def _key(key: object) -> str:
    """A table's key as a problem names it: bare when it reads as a name, else briefly."""
    if isinstance(key, str) and key.isidentifier() and len(key) <= 40:
        return key
    return value_shown(key)
