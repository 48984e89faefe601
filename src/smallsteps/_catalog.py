"""The `Catalog`: an immutable set of activities and the categories they belong to."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from types import MappingProxyType

from ._errors import CatalogError, UnknownActivityError, must_be, value_shown
from ._model import Activity, Category

__all__ = ["BUILTIN_CATEGORIES", "Catalog"]

BUILTIN_CATEGORIES: tuple[Category, ...] = (
    Category("glimmer", "Glimmers", "Small moments of noticing and joy through the senses."),
    Category("movement", "Movement", "Tiny movements, lying, sitting or standing."),
    Category("connection", "Connection", "Reaching out, from the lowest effort up."),
    Category("nourishment", "Nourishment", "Water and one low-effort thing to eat."),
    Category("rest", "Rest", "Rest, wind-down and sleep."),
    Category("self-care", "Self-care", "Washing, dressing and looking after your body."),
    Category("home", "Home", "One small task around your space."),
    Category("mind", "Mind", "Writing, noticing thoughts and looking ahead."),
    Category("creativity", "Creativity", "Making, playing and listening."),
    Category("outdoors", "Outdoors", "A little time outside."),
)
"""The categories every catalog knows without declaring them."""


class Catalog:
    """An immutable collection of activities, keyed and iterated by id.

    Build one with `load_catalog`, `default_catalog` or directly from `Activity` values.
    Extending returns a new catalog: `default_catalog() | load_catalog("mine.toml")`.

    Args:
        activities: The activities; ids must be unique.
        categories: Extra categories beyond `BUILTIN_CATEGORIES`.
        source: A label for error messages (a file name).

    Raises:
        CatalogError: If ids repeat or an activity names an unknown category.

    Example:
        >>> from smallsteps import Activity, Catalog, Step
        >>> sip = Activity(id="sip", title="Take a sip of water", category="nourishment",
        ...                energy=0, steps=[Step("Take one sip of water", 10)])
        >>> catalog = Catalog([sip])
        >>> catalog
        <Catalog 1 activity>
        >>> catalog["sip"].title
        'Take a sip of water'
    """

    __slots__ = ("_activities", "_categories", "_index")

    def __init__(
        self,
        activities: Iterable[Activity] = (),
        categories: Iterable[Category] = (),
        *,
        source: str = "<catalog>",
    ) -> None:
        must_be("source", source, str, "a label such as a file's path")
        for name, given in (("activities", activities), ("categories", categories)):
            if isinstance(given, str | bytes | Mapping) or not isinstance(given, Iterable):
                raise CatalogError(source, [f"{name}: expected a list, got {type(given).__name__}"])
        problems: list[str] = []
        cats = {c.id: c for c in BUILTIN_CATEGORIES}
        for cat in categories:
            if not isinstance(cat, Category):
                raise CatalogError(
                    source, [f"categories: expected a Category, got {value_shown(cat)}"]
                )
            cats[cat.id] = cat
        by_id: dict[str, Activity] = {}
        for position, activity in enumerate(activities, start=1):
            if not isinstance(activity, Activity):
                problems.append(
                    f"activity #{position}: expected an Activity, got {value_shown(activity)}"
                )
                continue
            if activity.id in by_id:
                problems.append(f"activity {value_shown(activity.id)}: id: duplicate id")
            if activity.category not in cats:
                problems.append(
                    f"activity {value_shown(activity.id)}: category: "
                    f"{value_shown(activity.category)} is not declared"
                )
            by_id[activity.id] = activity
        if problems:
            raise CatalogError(source, problems)
        self._activities: Mapping[str, Activity] = MappingProxyType(dict(sorted(by_id.items())))
        self._categories: Mapping[str, Category] = MappingProxyType(dict(sorted(cats.items())))
        self._index: object = None  # what recommenders derive from it, made on first use

    @property
    def categories(self) -> Mapping[str, Category]:
        """Every category this catalog knows, built-in and declared, by id."""
        return self._categories

    @property
    def ids(self) -> tuple[str, ...]:
        """The activity ids, sorted."""
        return tuple(self._activities)

    def get(self, activity_id: str) -> Activity | None:
        """Return the activity with this id, or `None`."""
        must_be("activity_id", activity_id, str, "an activity id")
        return self._activities.get(activity_id)

    def in_category(self, category: str) -> tuple[Activity, ...]:
        """Return the activities of one category, in id order."""
        return tuple(a for a in self._activities.values() if a.category == category)

    def merge(self, other: Catalog) -> Catalog:
        """Return a new catalog with `other`'s activities added.

        Activities in `other` replace those with the same id here; categories are combined.
        Neither catalog changes. `a | b` is the same as `a.merge(b)`.

        Args:
            other: The catalog to add.

        Returns:
            A new catalog.
        """
        if not isinstance(other, Catalog):
            raise CatalogError("<merge>", [f"other: expected a Catalog, got {value_shown(other)}"])
        merged = {**self._activities, **other._activities}
        cats = {**self._categories, **other._categories}
        return Catalog(merged.values(), cats.values(), source="<merge>")

    def __or__(self, other: Catalog) -> Catalog:
        if not isinstance(other, Catalog):
            return NotImplemented
        return self.merge(other)

    def __len__(self) -> int:
        return len(self._activities)

    def __iter__(self) -> Iterator[Activity]:
        return iter(self._activities.values())

    def __contains__(self, activity_id: object) -> bool:
        return activity_id in self._activities

    def __getitem__(self, activity_id: str) -> Activity:
        try:
            return self._activities[activity_id]
        except (KeyError, TypeError):
            raise UnknownActivityError(activity_id, self._activities) from None

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Catalog):
            return NotImplemented
        return dict(self._activities) == dict(other._activities) and dict(self._categories) == dict(
            other._categories
        )

    def __reduce__(self) -> tuple[type[Catalog], tuple[tuple[Activity, ...], tuple[Category, ...]]]:
        # Pickles as its activities and categories; the index is made again where it is used.
        return (Catalog, (tuple(self._activities.values()), tuple(self._categories.values())))

    def __hash__(self) -> int:
        return hash(tuple(self._activities.values()))

    def __repr__(self) -> str:
        n = len(self._activities)
        return f"<Catalog {n} activit{'y' if n == 1 else 'ies'}>"
