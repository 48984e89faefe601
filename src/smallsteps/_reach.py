"""How a rule declares what it reads, so the index can share its work (see `_index`).

`shared_rule` marks a rule whose verdict depends only on the activity and some check-in
values; `personal_rule` one that speaks about a few activities the history names;
`plan_rule` one that reads the plan so far. The key and reach functions are named, so that
rules pickle.
"""

from __future__ import annotations

import functools
import operator
from collections.abc import Callable, Hashable
from itertools import compress
from typing import Final, TypeVar

import attrs

from ._context import CAPABLE, MIN_TIMES, WEEKLY_REPEATS, Context
from ._errors import ValidationError, did_you_mean, must_be, value_shown
from ._model import Activity

__all__ = [
    "CHECKIN_FREE",
    "NOWHERE",
    "SHARED_FIELDS",
    "Reach",
    "groups_of",
    "personal_rule",
    "picks_by",
    "plan_rule",
    "shared_rule",
]

# -- how a rule declares what it reads, so the index can share work (see `_index`) ---------

SHARED_FIELDS: Final = (
    "energy",
    "minutes",
    "posture",
    "outdoors",
    "time_of_day",
    "likes",
    "avoids",
    "grade",
    "turn",
)
"""What a shared rule may read: the check-in's fields of these names, `Context.grade` and
`Context.turn`."""

_R = TypeVar("_R")


@attrs.frozen
class Reach:
    """The activities a personal rule can speak about; it keeps all others with nothing to add.

    Attributes:
        ids: Activity ids.
        categories: Category ids; every activity in them is reached.
    """

    ids: frozenset[str] = frozenset()
    categories: frozenset[str] = frozenset()

    def __attrs_post_init__(self) -> None:
        for name in ("ids", "categories"):
            value = getattr(self, name)
            if type(value) is not frozenset or not all(type(v) is str for v in value):
                raise ValidationError(
                    name, f"expected a frozenset of ids, got {value_shown(value)}"
                )

    def __bool__(self) -> bool:
        """Whether it names any activity or category."""
        return bool(self.ids or self.categories)


def shared_rule(
    *fields: str,
    key: Callable[[Activity], Hashable] | None = None,
    reach: Callable[[Context], Reach] | None = None,
    alike: bool = False,
) -> Callable[[_R], _R]:
    """Declare a rule whose verdict depends only on the activity and some check-in values.

    The recommender then works out its verdicts once per catalog and per combination of those
    values, as a column over the catalog, and reuses them for every check-in that shares them.
    Undeclared rules still work: they run for every activity on every pick, which is correct,
    only slower.

    Two promises make a new column cheap; give one when it is true:

    - `key(activity)`: whether the rule keeps an activity and the points it gives depend on
      the activity only through this value (the energy, the first step in whole minutes).
      The rule then runs once per distinct key, not once per activity, to make a column;
      the reasons of the few activities a plan walks through come from running it on each.
    - `reach(context)`: the rule returns `KEEP` for every activity outside the `Reach` (the
      activities and categories the person named in likes or avoids). It then runs on those
      alone; with `alike=True`, once per category it names (see `personal_rule`).

    Args:
        *fields: Names from `SHARED_FIELDS`: the values the rule reads.
        key: What of the activity the verdict depends on.
        reach: What the rule can speak about, for a context.
        alike: With `reach`: the rule keeps, rejects or scores every activity named only
            through a group (a category, a tag, a life area) alike, with a reason or without
            one alike. The words of a reason may differ (a plan asks each activity it keeps
            for its own reason).

    Returns:
        A decorator that marks the rule and returns it unchanged.

    Raises:
        ValidationError: If a field is not one of `SHARED_FIELDS`, or `key` or `reach` is
            not callable.
    """
    for field in fields:
        must_be("fields", field, str, "field names")
        if field not in SHARED_FIELDS:
            hint = did_you_mean(field, SHARED_FIELDS)
            raise ValidationError("fields", f"{value_shown(field)} is not a shared field{hint}")
    for name, value in (("key", key), ("reach", reach)):
        if value is not None and not callable(value):
            raise ValidationError(name, f"expected a function, got {type(value).__name__}")

    def mark(rule: _R) -> _R:
        setattr(rule, "shared_fields", frozenset(fields))  # noqa: B010 - a function attribute
        if key is not None:
            setattr(rule, "shared_key", key)  # noqa: B010
        if reach is not None:
            setattr(rule, "shared_reach", reach)  # noqa: B010
            setattr(rule, "alike", bool(alike))  # noqa: B010
        return rule

    return mark


def personal_rule(reach: Callable[[Context], Reach], *, alike: bool = False) -> Callable[[_R], _R]:
    """Declare a rule that speaks only about a few activities named by the context.

    A personal rule reads the person's own data (likes, history, routine). `reach(context)`
    names the activities it may reject or score; for every other activity it must return
    `KEEP`. The recommender runs it only on those, so a long catalog costs it nothing.

    Args:
        reach: Returns the `Reach` of the rule for a context.
        alike: A promise: the rule keeps, rejects or scores every activity its reach names
            only through a category alike (a category's mood lift, a liked category), with a
            reason or without one alike (the words may differ: each activity a plan keeps is
            asked for its own). It then runs once per category, not once per activity in it.

    Returns:
        A decorator that marks the rule and returns it unchanged.
    """

    def mark(rule: _R) -> _R:
        setattr(rule, "reach", reach)  # noqa: B010 - a function attribute
        setattr(rule, "alike", bool(alike))  # noqa: B010
        return rule

    return mark


def plan_rule(*, ceiling: float) -> Callable[[_R], _R]:
    """Declare a rule that looks at the activities already picked (`Context.chosen`).

    It runs again for each pick. `ceiling` is the most points it ever adds, which lets the
    recommender stop looking once no activity further down could win.

    Args:
        ceiling: The most points the rule adds to any activity.

    Returns:
        A decorator that marks the rule and returns it unchanged.
    """

    def mark(rule: _R) -> _R:
        setattr(rule, "pick_ceiling", float(ceiling))  # noqa: B010 - a function attribute
        return rule

    return mark


def picks_by(key: Callable[[Activity], Hashable]) -> Callable[[_R], _R]:
    """Declare that a plan rule keeps and scores an activity by `key(activity)` alone.

    For the rules that ship (not public yet): given the plan so far, the rule keeps, rejects
    or scores every activity with the same key alike (its reason may differ), so a pick judges
    one activity per key, and passes over the rest of that key's activities at once.

    Args:
        key: What of the activity the rule's verdict depends on (a category).

    Returns:
        A decorator that marks the rule and returns it unchanged.
    """

    def mark(rule: _R) -> _R:
        setattr(rule, "pick_key", key)  # noqa: B010 - a function attribute
        return rule

    return mark


# -- what each personal rule can speak about (see `personal_rule`); named, so they pickle -----

NOWHERE: Final = Reach()
"""The reach that names nothing: a personal rule that keeps all, with nothing to add."""


def _ids(ids: frozenset[str]) -> Reach:
    return _made(ids) if ids else NOWHERE


def _made(ids: frozenset[str], categories: frozenset[str] = frozenset()) -> Reach:
    """`Reach(ids, categories)` without its checks, for sets of text made from a context here.

    A history's reaches are asked for on every plan; their checks were most of their cost.
    The fields are set through their slots, as `object.__setattr__` would, in fewer steps.
    """
    reach = _NEW(Reach)
    _SET_IDS(reach, ids)
    _SET_CATEGORIES(reach, categories)
    return reach


_NEW: Final = object.__new__
_SET_IDS: Final = Reach.__dict__["ids"].__set__  # the slots' own setters
_SET_CATEGORIES: Final = Reach.__dict__["categories"].__set__


def _basics_reach(context: Context) -> Reach:
    basics = context.unfinished_basics
    return _made(basics) if basics else NOWHERE


def _surprises_reach(context: Context) -> Reach:
    surprises = context.surprises
    return _made(frozenset(surprises)) if surprises else NOWHERE


def _recent_reach(context: Context) -> Reach:
    recent = context.recent_ids
    return _made(recent) if recent else NOWHERE


def _lift_reach(context: Context) -> Reach:
    return _lifted(context, 1)


def _drop_reach(context: Context) -> Reach:
    return _lifted(context, -1)


def _lifted(context: Context, sign: int) -> Reach:
    """The activities and categories whose mood lift reaches 1 point that way, often enough."""
    lifts = context.lifts
    if not lifts:
        return NOWHERE
    ids: list[str] = []
    categories: list[str] = []
    for key, (times, lift) in lifts.items():
        if times >= MIN_TIMES and lift * sign >= 1:
            kind = key[:9]
            if kind == "activity:":
                ids.append(key[9:])
            elif kind == "category:":
                categories.append(key[9:])
    if not (ids or categories):
        return NOWHERE
    return _made(frozenset(ids), frozenset(categories))


def _mastery_reach(context: Context) -> Reach:
    if not context.mastery:
        return NOWHERE
    return _ids(
        frozenset(
            i
            for i, (times, level) in context.mastery.items()
            if times >= MIN_TIMES and level >= CAPABLE
        )
    )


def _values_reach(context: Context) -> Reach:
    if not context.values:
        return NOWHERE
    ids = frozenset(i for v in context.values for i in v.activities)
    return Reach(ids, frozenset(f"area:{v.area.value}" for v in context.values))


def _often_reach(context: Context) -> Reach:
    if not context.week_counts:
        return NOWHERE
    week = context.week_counts
    often = frozenset(compress(week, map(_REPEATED, week.values())))  # in C: no loop here
    return _made(often) if often else NOWHERE


_REPEATED: Final = functools.partial(operator.le, WEEKLY_REPEATS)
"""Whether a count is at least `WEEKLY_REPEATS`, in C."""


CHECKIN_FREE: Final = frozenset(
    {
        _basics_reach,
        _surprises_reach,
        _recent_reach,
        _lift_reach,
        _drop_reach,
        _mastery_reach,
        _values_reach,
        _often_reach,
    }
)
"""The reaches above: none reads the check-in, so a batch asks them once for every check-in
without history (`Recommender.recommend_many`)."""


# -- what each shared rule's verdict depends on (see `shared_rule`); named, so they pickle ---


def _energy_of(activity: Activity) -> Hashable:
    return activity.energy


def _first_minutes(activity: Activity) -> Hashable:
    return -(-activity.steps[0].seconds // 60)  # whole minutes, rounded up: what fits reads


def _postures_of(activity: Activity) -> Hashable:
    return activity.postures


def _outdoors_of(activity: Activity) -> Hashable:
    return activity.outdoors


def _times_and_energizing(activity: Activity) -> Hashable:
    return activity.times, "energizing" in activity.tags


def _times_and_wind_down(activity: Activity) -> Hashable:
    return activity.times, "wind-down" in activity.tags


def _is_basic(activity: Activity) -> Hashable:
    return "bare-minimum" in activity.tags


def _category_of(activity: Activity) -> Hashable:
    return activity.category


def _whole_size(activity: Activity) -> Hashable:
    return -(-activity.total_seconds // 60), len(activity.steps)


def groups_of(activity: Activity) -> tuple[str, ...]:
    """The groups a `Reach` can name an activity by.

    Its category, `tag:<tag>` for each of its tags, and `area:<life area>`.
    """
    area = (f"area:{activity.life_area.value}",) if activity.life_area else ()
    return (activity.category, *(f"tag:{t}" for t in activity.tags), *area)


def _named(words: tuple[str, ...]) -> Reach:
    """What a person's likes or avoids name: activities, categories, tags and life areas."""
    if not words:
        return NOWHERE
    ids = frozenset(words)
    return Reach(ids, ids | {f"tag:{w}" for w in ids} | {f"area:{w}" for w in ids})


def _likes_reach(context: Context) -> Reach:
    return _named(context.checkin.likes)


def _avoids_reach(context: Context) -> Reach:
    return _named(context.checkin.avoids)
