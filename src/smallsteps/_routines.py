"""Routines: a bare minimum on hard days, more on better ones.

A `Routine` is an ordered list of items, each in a `Tier`. `Routine.for_energy` keeps the tiers
the energy level allows and sizes each item's steps like every other step in smallsteps.
What was done of a routine is counted in `_routineday` (`RoutineDay`, `RoutineWeek`).
"""

from __future__ import annotations

import functools
import os
import re
import unicodedata
from collections.abc import Iterable, Mapping
from typing import Any, Final

import attrs

from ._catalog import Catalog
from ._errors import CatalogError, ValidationError, must_be, text_got, value_shown
from ._files import file_path
from ._model import (
    Activity,
    Step,
    _energy,
    _listed,
    _optional_text,
    _show,
    _slug,
    _steps,
    _text,
)
from ._safety import SafetyNotice, check_safety
from ._sizing import _WORD
from ._tasks import TaskBook, default_tasks
from ._taskwords import _phrase, keywords
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

    def resolve(self, catalog: Catalog | None = None, tasks: TaskBook | None = None) -> RoutineItem:
        """Return the item with its steps filled in from its activity or task template.

        Raises:
            UnknownActivityError: If `activity` is not in the catalog.
            ValidationError: If `task` is not a template id.
        """
        if self.steps:
            return self
        must_be("catalog", catalog, Catalog | None, "a Catalog or None")
        must_be("tasks", tasks, TaskBook | None, "a TaskBook or None")
        if self.activity:
            from ._loader import default_catalog

            steps = (catalog or default_catalog())[self.activity].steps
        else:
            steps = (tasks or default_tasks()).template(self.task).steps
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
    """

    id: str = attrs.field(validator=_slug)
    title: str = attrs.field(validator=_text)
    items: tuple[RoutineItem, ...] = attrs.field(converter=_items)
    description: str = attrs.field(default="", validator=_optional_text)
    notice: SafetyNotice | None = None

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
    ) -> Routine:
        """Return the routine for an energy level: the tiers it allows, steps sized to it.

        The bare minimum only at 0 and 1, gentle items from 2, the full routine from 3 (see
        `Tier`). Each item's steps are sized with `size_steps`, the same caps as the
        recommender and `break_down`.

        Args:
            energy: The energy level, 0 to 4.
            catalog: The catalog for items that name an activity; the default when `None`.
            tasks: The task book for items that name a task template; the default when `None`.

        Returns:
            A routine with the same id and title and the items that fit.
        """
        from ._sizing import FIRST_STEP_SECONDS, size_steps

        level = _energy(energy)
        tiers = Tier.for_energy(level)
        kept = []
        for item in self.items:
            if item.tier in tiers:
                full = item.resolve(catalog, tasks)
                steps = size_steps(full.steps, level, first_cap=FIRST_STEP_SECONDS)
                kept.append(attrs.evolve(full, steps=steps))
        return attrs.evolve(self, items=kept)

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

        Returns:
            The routine. An item whose text holds crisis language is left out and `notice`
            is set.

        Raises:
            ValidationError: If the title or an item is empty or not text.
        """
        if not isinstance(title, str) or not title.strip():
            raise ValidationError(
                "title", f"expected a name for the routine, got {text_got(title)}"
            )
        book = tasks or default_tasks()
        built: list[RoutineItem] = []
        notice = None
        for i, item in enumerate(_plain_items(items)):
            if isinstance(item, RoutineItem):
                built.append(item)
                continue
            if not isinstance(item, str) or not item.strip():
                raise ValidationError(f"items[{i}]", f"expected a few words, got {text_got(item)}")
            check = check_safety(item, country)
            if check.crisis:
                notice = notice or check.notice
                continue
            words, anchor = _split_anchor(item)
            ident = _unique(_slugify(words) or f"item-{i + 1}", {b.id for b in built})
            said = _phrase(_WORD.findall(words), 8)
            activity = _activity_for(words, catalog)
            if activity is not None:
                name = said[:1].upper() + said[1:]
                built.append(RoutineItem(ident, name, tier, activity=activity.id, anchor=anchor))
                continue
            found = book._find(words)
            name = said[:1].upper() + said[1:] if said else found.title
            built.append(RoutineItem(ident, name, tier, found.steps, anchor=anchor))
        if not built:
            built.append(_REST)
        return cls(_slugify(title) or "my-routine", title.strip(), built, notice=notice)

    def __repr__(self) -> str:
        return f"<Routine {self.id!r} items={len(self.items)}>"

    def __str__(self) -> str:
        lines = [self.title + (f": {self.description}" if self.description else "")]
        for item in self.items:
            lines.append(f"- {item.title} ({item.tier})")
            if item.anchor:
                lines.append(f"    {item.anchor}")
            if not item.steps:
                source = (
                    f"activity {value_shown(item.activity)}"
                    if item.activity
                    else f"task {value_shown(item.task)}"
                )
                lines.append(f"    (steps from {source})")
            lines += [f"    {step}" for step in item.steps[:3]]
            if len(item.steps) > 3:
                more = len(item.steps) - 3
                lines.append(f"    ({more} more small step{'s' if more != 1 else ''})")
        return "\n".join(lines)


_REST: Final = RoutineItem("rest", "Rest", steps=(Step("Rest for a moment", 30, win=True),))


def _plain_items(items: Iterable[str | RoutineItem]) -> list[str | RoutineItem]:
    if isinstance(items, str) or not isinstance(items, Iterable):
        raise ValidationError("items", f"expected a list of texts, got {_show(items)}")
    listed = list(items)
    if not listed:
        raise ValidationError("items", "expected at least one item, got none")
    if len(listed) > MAX_ITEMS:
        raise ValidationError("items", f"expected at most {MAX_ITEMS} items, got {len(listed):,}")
    return listed


MAX_ITEMS: Final = 100
"""The most items a routine built from words holds: a routine is a few small things."""


_ANCHOR_FIRST: Final = re.compile(r"^\s*((?:after|while|when)\s[^,]+),\s*(.+)$", re.I | re.S)
_ANCHOR_LAST: Final = re.compile(r"^(.+?)\s+((?:after|while|when)\s.+)$", re.I | re.S)


def _activity_for(words: str, catalog: Catalog | None) -> Activity | None:
    """The catalog activity whose title holds all these words, the shortest title first."""
    from ._loader import default_catalog

    keys = set(keywords(words))
    if not keys:
        return None
    fits = [a for a in catalog or default_catalog() if keys <= set(keywords(a.title))]
    return min(fits, key=lambda a: (len(a.title), a.id), default=None)


def _split_anchor(text: str) -> tuple[str, str]:
    """Split "after I brush my teeth, floss" into ("floss", "After you brush your teeth")."""
    first = _ANCHOR_FIRST.match(text)
    if first:
        anchor, words = first.group(1), first.group(2)
    else:
        last = _ANCHOR_LAST.match(text)
        if not last:
            return text, ""
        words, anchor = last.group(1), last.group(2)
    said = _phrase(_WORD.findall(anchor), 8)
    return words, said[:1].upper() + said[1:]


def _slugify(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "-".join(re.findall(r"[a-z0-9]+", ascii_text.lower())[:6])


def _unique(ident: str, taken: set[str]) -> str:
    n, candidate = 2, ident
    while candidate in taken:
        candidate, n = f"{ident}-{n}", n + 1
    return candidate


def bare_minimum() -> Routine:
    """Return the default bare-minimum routine: three things that count on any day.

    Replace it with your own three: `Routine.build("my bare minimum", [...])`.
    """
    return default_routines()["bare-minimum"]


# -- loading -------------------------------------------------------------------------------

_TOP_LEVEL: Final = ("routine", "words")
_WORD_KEYS: Final = (
    "day",
    "week",
    "all_done",
    "some_done",
    "nothing_yet",
    "bare_minimum_complete",
    "lapse",
)


def parse_routines(data: Mapping[str, Any], *, source: str = "<data>") -> dict[str, Routine]:
    """Build routines from plain data with the structure of `routines.toml`.

    Raises:
        CatalogError: Listing every problem found, each with the routine, the item and the
            field.
    """
    from ._loader import _build, _check_table, _check_words, _top_level

    problems = _top_level(data, _TOP_LEVEL, source)
    _check_words(data, _WORD_KEYS, problems)
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
        if "notice" in table:
            problems.append(f"{label}: notice: unknown field")
        values = _check_table(Routine, {**table, "items": items}, label, problems)
        if values is not None and ident in routines:
            problems.append(f"{label}: id: duplicate id")
        elif values is not None:
            routines[values["id"]] = Routine(**values)
    if problems:
        raise CatalogError(source, problems)
    return routines


@functools.cache
def _default_data() -> Mapping[str, Any]:
    from ._resources import _package_data

    return _package_data("routines.toml")


@functools.cache
def _words() -> Mapping[str, Any]:
    return dict(_default_data().get("words", {}))


@functools.cache
def _defaults() -> dict[str, Routine]:
    return parse_routines(_default_data(), source="smallsteps/data/routines.toml")


def default_routines() -> dict[str, Routine]:
    """Return the routines that ship with smallsteps, by id (a new dict each call).

    `bare-minimum`, `morning`, `evening`, `get-out-of-bed`, `reset` and `sleep`, from
    `smallsteps/data/routines.toml`.
    """
    return dict(_defaults())


def load_routines(path: os.PathLike[str] | str) -> dict[str, Routine]:
    """Load routines from a TOML or JSON file with the structure of `routines.toml`.

    Combine them with the defaults: `{**ss.default_routines(), **ss.load_routines(path)}`.

    Raises:
        CatalogError: If the file cannot be read or has any problem; every problem is listed.
    """
    from ._resources import _load

    return parse_routines(_load(path), source=file_path(path))
