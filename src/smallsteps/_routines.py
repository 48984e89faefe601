"""Routines: a bare minimum on hard days, more on better ones.

A `Routine` is an ordered list of items, each in a `Tier`. `Routine.for_energy` keeps the tiers
the energy level allows and sizes each item's steps like every other step in smallsteps.
What was done of a routine is counted in `_routineday` (`RoutineDay`, `RoutineWeek`); a
routine's words in a locale come from `_routinewords`.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterable, Mapping
from typing import Any, Final

import attrs

from ._catalog import Catalog
from ._errors import CatalogError, ValidationError, must_be, text_got, value_shown
from ._files import file_path
from ._locale import Text, parse_locale
from ._model import Step, _energy, _listed, _optional_text, _slug, _steps, _text
from ._routinewords import (
    activity_for,
    found_in,
    localized_routine,
    named,
    plain_items,
    routine_text,
    routine_words,
    routines_data,
    slugify,
    split_anchor,
    template_steps,
    unique,
    word_keys,
    words_in,
)
from ._safety import SafetyNotice, check_safety
from ._tasks import TaskBook, default_tasks
from ._vocab import Energy, Tier

__all__ = [
    "Routine",
    "RoutineItem",
    "bare_minimum",
    "default_routines",
    "load_routines",
    "parse_routines",
]


def _tier(value: Tier | str) -> Tier:
    return Tier(value)


def _optional_steps(values: Iterable[Step]) -> tuple[Step, ...]:
    return _steps(values) if values else ()


@attrs.frozen(repr=False)
class RoutineItem:
    """One thing in a routine, with its tier and where its steps come from.

    The steps are the item's own `steps`, or a catalog activity's (`activity`), or a task
    template's (`task`). `Routine.for_energy` fills `steps` in from the other two.

    Attributes:
        id: A unique id within the routine (`"drink-water"`).
        title: What it is, short (`"Drink a glass of water"`).
        tier: `bare-minimum`, `gentle` or `full`.
        steps: The item's micro-steps, unsized.
        activity: The id of a catalog activity whose steps to use.
        task: The id of a task template whose steps to use.
        anchor: Something already done to attach it to ("After you brush your teeth").
    """

    id: str = attrs.field(validator=_slug)
    title: str = attrs.field(validator=_text)
    tier: Tier = attrs.field(default=Tier.BARE_MINIMUM, converter=_tier)
    steps: tuple[Step, ...] = attrs.field(default=(), converter=_optional_steps)
    activity: str = attrs.field(default="", validator=_optional_text)
    task: str = attrs.field(default="", validator=_optional_text)
    anchor: str = attrs.field(default="", validator=_optional_text)

    def __attrs_post_init__(self) -> None:
        if not (self.steps or self.activity or self.task):
            raise ValidationError("steps", "give the item steps, an activity id or a task id")

    def resolve(
        self,
        catalog: Catalog | None = None,
        tasks: TaskBook | None = None,
        *,
        locale: str | None = None,
    ) -> RoutineItem:
        """Return the item with its steps filled in from its activity or task template.

        Args:
            catalog: The catalog for an activity; the default (in `locale`) when `None`.
            tasks: The task book for a template; the default when `None`.
            locale: A language tag: a template's steps in it (the `tasks` document).

        Raises:
            UnknownActivityError: If `activity` is not in the catalog.
            ValidationError: If `task` is not a template id, or `locale` is not a language tag.
        """
        if self.steps:
            return self
        must_be("catalog", catalog, Catalog | None, "a Catalog or None")
        must_be("tasks", tasks, TaskBook | None, "a TaskBook or None")
        if self.activity:
            from ._loader import default_catalog

            steps = (catalog or default_catalog(locale=locale))[self.activity].steps
        else:
            template = (tasks or default_tasks()).template(self.task)
            steps = template_steps(template, locale)
        return attrs.evolve(self, steps=steps)

    def __repr__(self) -> str:
        return f"<RoutineItem {self.id!r} {self.tier}>"


def _items(values: Iterable[RoutineItem]) -> tuple[RoutineItem, ...]:
    items = _listed("items", values, RoutineItem)
    seen: set[str] = set()
    for i, item in enumerate(items):
        if item.id in seen:
            raise ValidationError(f"items[{i}].id", f"{value_shown(item.id)} is used twice")
        seen.add(item.id)
    return items


@attrs.frozen(repr=False)
class Routine:
    """An ordered list of items, from the bare minimum to the full version.

    Attributes:
        id: The routine's id (`"morning"`).
        title: Its name.
        items: The items in order.
        description: One kind line about it.
        notice: Set by `Routine.build` when an item's text held crisis language; that item
            is left out, and a front end shows the notice.
        locale: The language tag the routine's words are in (`default_routines(locale=...)`):
            `for_energy` and `str()` speak it too; `None` for English.
    """

    id: str = attrs.field(validator=_slug)
    title: str = attrs.field(validator=_text)
    items: tuple[RoutineItem, ...] = attrs.field(converter=_items)
    description: str = attrs.field(default="", validator=_optional_text)
    notice: SafetyNotice | None = None
    locale: str | None = attrs.field(default=None, kw_only=True)

    @property
    def bare_minimum(self) -> tuple[RoutineItem, ...]:
        """The items of the bare-minimum tier: the ones that count on the hardest day."""
        return tuple(item for item in self.items if item.tier is Tier.BARE_MINIMUM)

    def for_energy(
        self,
        energy: Energy | int,
        *,
        catalog: Catalog | None = None,
        tasks: TaskBook | None = None,
        locale: str | None = None,
    ) -> Routine:
        """Return the routine for an energy level: the tiers it allows, steps sized to it.

        The bare minimum only at 0 and 1, gentle items from 2, the full routine from 3 (see
        `Tier`). Each item's steps are sized with `size_steps`, the same caps as the
        recommender and `break_down`.

        Args:
            energy: The energy level, 0 to 4.
            catalog: The catalog for items that name an activity; the default when `None`
                (in the routine's locale).
            tasks: The task book for items that name a task template; the default when `None`.
            locale: A language tag: the routine's words in it, the steps of the activities it
                names from `default_catalog(locale=...)` and of the task templates from the
                `tasks` document, and the time box of a step cut smaller ("for 2 minutes")
                said in it. `None`: the routine's own `locale`.

        Returns:
            A routine with the same id and title and the items that fit.

        Raises:
            ValidationError: If `locale` is not a language tag.
        """
        from ._loader import default_catalog
        from ._sizing import FIRST_STEP_SECONDS, size_steps

        level = _energy(energy)
        routine = self
        if locale is not None and parse_locale(locale).tag != self.locale:
            routine = localized_routine(self, locale, _shipped())
        if catalog is None and routine.locale is not None:
            catalog = default_catalog(locale=routine.locale)
        tiers = Tier.for_energy(level)
        kept = []
        for item in routine.items:
            if item.tier in tiers:
                full = item.resolve(catalog, tasks, locale=routine.locale)
                steps = size_steps(
                    full.steps, level, first_cap=FIRST_STEP_SECONDS, locale=routine.locale
                )
                kept.append(attrs.evolve(full, steps=steps))
        return attrs.evolve(routine, items=kept)

    @classmethod
    def build(
        cls,
        title: str,
        items: Iterable[str | RoutineItem],
        *,
        tier: Tier | str = Tier.BARE_MINIMUM,
        country: str | None = None,
        catalog: Catalog | None = None,
        tasks: TaskBook | None = None,
        locale: str | None = None,
    ) -> Routine:
        """Build a routine from plain words, each item broken into micro-steps.

        A text whose words all appear in a catalog activity's title becomes that activity
        ("drink water" is "Drink a glass of water"), so the recommender can prefer it on a
        hard day. Any other text gets the steps `break_down` finds for it, unsized. Habit
        stacking comes from the words: "after I brush my teeth, floss one tooth" or "floss one
        tooth after I brush my teeth" gives the anchor "After you brush your teeth".

        Args:
            title: The routine's name.
            items: Texts, or ready `RoutineItem`s, in order.
            tier: The tier for items given as text.
            country: For the safety notice, if a text holds crisis language.
            catalog: The catalog to match texts against; the default when `None`.
            tasks: The task book; the default when `None`.
            locale: A language tag: the safety notice's words and its country when `country`
                is not given, and the routine's `locale` (`for_energy` and `str()` speak
                it). The items keep the person's own words; the steps found for them
                (a task template's or kind's) are said in the locale.

        Returns:
            The routine. An item whose text holds crisis language is left out and `notice`
            is set.

        Raises:
            ValidationError: If the title or an item is empty or not text, or `locale` is
                not a language tag.
        """
        if not isinstance(title, str) or not title.strip():
            raise ValidationError(
                "title", f"expected a name for the routine, got {text_got(title)}"
            )
        tag = None if locale is None else parse_locale(locale).tag
        tag = None if tag == "en" else tag
        book = tasks or default_tasks()
        built: list[RoutineItem] = []
        notice = None
        for i, item in enumerate(plain_items(items)):
            if isinstance(item, RoutineItem):
                built.append(item)
                continue
            if not isinstance(item, str) or not item.strip():
                raise ValidationError(f"items[{i}]", f"expected a few words, got {text_got(item)}")
            check = check_safety(item, country, locale=locale)
            if check.crisis:
                notice = notice or check.notice
                continue
            words, anchor = split_anchor(item)
            ident = unique(slugify(words) or f"item-{i + 1}", {b.id for b in built})
            said = named(words)
            activity = activity_for(words, catalog)
            if activity is not None:
                built.append(RoutineItem(ident, said, tier, activity=activity.id, anchor=anchor))
                continue
            named_as, steps = found_in(book, book._find(words), tag)  # in the routine's locale
            built.append(RoutineItem(ident, said or named_as, tier, steps, anchor=anchor))
        if not built:
            built.append(_rest(tag))
        name = slugify(title) or "my-routine"
        return cls(name, title.strip(), built, notice=notice, locale=tag)

    def __repr__(self) -> str:
        return f"<Routine {self.id!r} items={len(self.items)}>"

    def __str__(self) -> str:
        return routine_text(self)


def _rest(tag: str | None) -> RoutineItem:
    """The one item of a routine whose every item was left out: rest."""
    words = words_in(tag)
    return RoutineItem("rest", words["rest"], steps=(Step(words["rest_step"], 30, win=True),))


def bare_minimum(*, locale: str | None = None) -> Routine:
    """Return the default bare-minimum routine: three things that count on any day.

    Replace it with your own three: `Routine.build("my bare minimum", [...])`.

    Args:
        locale: A language tag: the routine's words in it, as for `default_routines`.
    """
    return default_routines(locale=locale)["bare-minimum"]


# -- loading -------------------------------------------------------------------------------

_TOP_LEVEL: Final = ("routine", "words")


def parse_routines(data: Mapping[str, Any], *, source: str = "<data>") -> dict[str, Routine]:
    """Build routines from plain data with the structure of `routines.toml`.

    Raises:
        CatalogError: Listing every problem found, each with the routine, the item and the
            field.
    """
    from ._loader import _build, _check_table, _check_words, _top_level

    problems = _top_level(data, _TOP_LEVEL, source)
    _check_words(data, word_keys(), problems)
    tables = data.get("routine", [])
    if not isinstance(tables, list):
        problems.append(f"routine: expected [[routine]] tables, got {type(tables).__name__}")
        tables = []
    routines: dict[str, Routine] = {}
    for n, table in enumerate(tables, start=1):
        ident = table.get("id") if isinstance(table, Mapping) else None
        label = (
            f"routine {value_shown(ident)}" if isinstance(ident, str) and ident else f"routine #{n}"
        )
        if not isinstance(table, Mapping):
            problems.append(f"{label}: expected a table, got {type(table).__name__}")
            continue
        items = []
        raw_items = table.get("items", [])
        for m, item in enumerate(raw_items if isinstance(raw_items, list) else [], start=1):
            built = _build(RoutineItem, item, f"{label}: item {m}", problems)
            if built is not None:
                items.append(built)
        for field in ("notice", "locale"):  # set by smallsteps, never read from a file
            if field in table:
                problems.append(f"{label}: {field}: unknown field")
        values = _check_table(Routine, {**table, "items": items}, label, problems)
        if values is not None and ident in routines:
            problems.append(f"{label}: id: duplicate id")
        elif values is not None:
            routines[values["id"]] = Routine(**values)
    if problems:
        raise CatalogError(source, problems)
    return routines


@functools.cache
def _defaults() -> dict[str, Routine]:
    return parse_routines(routines_data(), source="smallsteps/data/routines.toml")


@functools.cache
def _shipped() -> Mapping[str, Text]:
    """The shipped routines' words by id: what a locale translates."""
    return routine_words(_defaults().values(), words=False)


@functools.lru_cache(maxsize=16)
def _defaults_in(tag: str) -> dict[str, Routine]:
    return {k: localized_routine(r, tag) for k, r in _defaults().items()}


def default_routines(*, locale: str | None = None) -> dict[str, Routine]:
    """Return the routines that ship with smallsteps, by id (a new dict each call).

    `bare-minimum`, `morning`, `evening`, `get-out-of-bed`, `reset` and `sleep`, from
    `smallsteps/data/routines.toml`.

    Args:
        locale: A language tag ("es-MX"): each routine's titles, anchors and steps in its
            language where a translation ships (the `routines` document; `en-XA` is the
            pseudo-locale), and the routine's `locale` set, so `for_energy` and `str()`
            speak it too. An unknown locale gives English. Ids and tiers never change.

    Raises:
        ValidationError: If `locale` is not a language tag.

    Example:
        >>> default_routines(locale="en-XA")["morning"].items[0].title
        '⟦Drîñk á glášš öf wátér ~~~~~~~⟧'
    """
    if locale is None:
        return dict(_defaults())
    tag = parse_locale(locale).tag
    return dict(_defaults() if tag == "en" else _defaults_in(tag))


def load_routines(path: os.PathLike[str] | str) -> dict[str, Routine]:
    """Load routines from a TOML or JSON file with the structure of `routines.toml`.

    Combine them with the defaults: `{**ss.default_routines(), **ss.load_routines(path)}`.

    Raises:
        CatalogError: If the file cannot be read or has any problem; every problem is listed.
    """
    from ._resources import _load

    return parse_routines(_load(path), source=file_path(path))
