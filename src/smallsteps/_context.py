"""What a rule sees, the `Context` of one pick, and the `Verdict` it returns.

A context holds the check-in, the history and what the plan has chosen so far.
`Context.build` (`_history.built`) works out what the history rules read: what was done
recently, what lifted mood before, how often each activity came this week, how the last few
went; `Context.history` is sorted by time and id when first read (`_Sorting`). Rules are in
`_rules`; how they declare what they read, in `_reach`.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import operator
from collections import _count_elements  # type: ignore[attr-defined]  # Counter's, in C
from collections.abc import Callable, Iterable, Mapping
from types import FunctionType
from typing import Any, Final

import attrs

from ._errors import ValidationError, listed, must_be, showable, value_shown
from ._history import (
    _ACTIVITY_ID,
    _AT,
    _RECENT,
    RECENT_ENTRIES,
    WEEK,
    _before,
    _grade,
    _rated,
    _sorted,
    _Unsorted,
)
from ._model import Activity, CheckIn, Entry
from ._values import Values

__all__ = ["KEEP", "REJECT", "Context", "Rule", "Verdict", "answering", "built", "rule_name"]


@attrs.frozen
class Verdict:
    """What one rule says about one activity.

    Attributes:
        keep: `False` leaves the activity out of the plan.
        points: Added to the activity's score; higher scores come first.
        reason: A sentence for the person, shown when the activity is suggested.
    """

    keep: bool = True
    points: float = 0.0
    reason: str | None = None

    def __attrs_post_init__(self) -> None:
        # A rule's own verdict, checked where it is made, so that a rule written wrong
        # says so at once rather than when a plan is shown or saved. Rules make many
        # verdicts a plan: the usual kinds pass on one quick test.
        points, reason = self.points, self.reason
        if (
            type(self.keep) is bool
            and (type(points) is float or type(points) is int)
            and -1e9 < points < 1e9
            and (reason is None or isinstance(reason, str))  # `Said` too
        ):
            return
        self._refuse()

    def _refuse(self) -> None:
        if not isinstance(self.keep, bool):
            raise ValidationError("keep", f"expected True or False, got {value_shown(self.keep)}")
        points = self.points
        showable("points", points)
        if (
            isinstance(points, bool)
            or not isinstance(points, int | float)
            or not -1e9 < points < 1e9
        ):
            raise ValidationError("points", f"expected a number, got {value_shown(points)}")
        if self.reason is not None:
            must_be("reason", self.reason, str, "a sentence")


REJECT: Final = Verdict(keep=False)
"""The verdict that leaves an activity out."""
KEEP: Final = Verdict()
"""The verdict that keeps an activity with nothing to add."""


@attrs.frozen
class Context:
    """What a rule can see besides the activity.

    Attributes:
        checkin: The check-in being answered.
        history: Past entries, oldest first.
        chosen: The activities already picked for this plan, in order.
        recent_ids: Ids of activities done recently (see `RECENT_HOURS`, `RECENT_ENTRIES`).
        now: The current time, when the caller passed it.
        unfinished_basics: Ids of the catalog activities behind today's bare-minimum routine
            items that are not done yet, when the caller passed a `RoutineDay`.
        lifts: From the history: `"activity:<id>"` and `"category:<id>"` to (how many rated
            times, the average mood shift).
        surprises: Activity id to (predicted, actual) enjoyment, the latest time both were
            rated.
        week_counts: Activity id to how many times it was done in the 7 days before `now`.
        grade: `1` after a string of three finished activities, `-1` after a partly done or
            skipped one, else `0`.
        turn: Today's category in the rotation by date, with `now`; else `""`.
        values: What the person said matters to them, when the caller passed it.
        mastery: From the history: activity id to (how many times rated, the average
            mastery, 0 to 10).
    """

    checkin: CheckIn
    history: tuple[Entry, ...] = ()
    chosen: tuple[Activity, ...] = ()
    recent_ids: frozenset[str] = frozenset()
    now: dt.datetime | None = None
    unfinished_basics: frozenset[str] = frozenset()
    lifts: Mapping[str, tuple[int, float]] = attrs.field(factory=dict)
    surprises: Mapping[str, tuple[int, int]] = attrs.field(factory=dict)
    week_counts: Mapping[str, int] = attrs.field(factory=dict)
    grade: int = 0
    turn: str = ""
    values: Values = attrs.field(factory=Values)
    mastery: Mapping[str, tuple[int, float]] = attrs.field(factory=dict)

    @classmethod
    def build(
        cls,
        checkin: CheckIn,
        history: Iterable[Entry] = (),
        now: dt.datetime | None = None,
        unfinished_basics: Iterable[str] = (),
        categories: Mapping[str, str] | None = None,
        values: Values | None = None,
    ) -> Context:
        """Make a context, sorting the history and working out what is recent.

        Args:
            checkin: The check-in being answered.
            history: Past entries in any order.
            now: The current time; without it the last few entries count as recent.
            unfinished_basics: Activity ids of bare-minimum items not done yet today.
            categories: Activity id to category id, to sum up the history by category.
            values: What the person said matters to them (`Values`).

        Returns:
            The context for the first pick of a plan.
        """
        must_be("checkin", checkin, CheckIn, "a CheckIn")
        must_be("now", now, dt.datetime | None, "a datetime or None")
        must_be("values", values, Values | None, "Values or None")
        basics = listed("unfinished_basics", unfinished_basics, "activity ids")
        for basic in basics:
            must_be("unfinished_basics", basic, str, "activity ids")
        entries = listed("history", history, "entries")
        if not all(type(e) is Entry for e in entries):  # quick for the usual list
            for entry in entries:
                must_be("history", entry, Entry, "entries")
        return built(checkin, entries, now, frozenset(basics), categories, values)

    def picking(self, activity: Activity) -> Context:
        """Return the context for the next pick of the plan: this one with `activity` chosen.

        The same as `attrs.evolve(context, chosen=(*context.chosen, activity))`, quicker.
        """
        return made(
            self.checkin,
            _HISTORY_AS_IS(self),  # sorted or not yet: as it is
            (*self.chosen, activity),
            self.recent_ids,
            self.now,
            self.unfinished_basics,
            self.lifts,
            self.surprises,
            self.week_counts,
            self.grade,
            self.turn,
            self.values,
            self.mastery,
        )


_FIELDS: Final = tuple(field.name for field in attrs.fields(Context))
_NEW: Final = object.__new__
(
    _CHECKIN,
    _HISTORY,
    _CHOSEN,
    _RECENT_IDS,
    _NOW,
    _BASICS,
    _LIFTS,
    _SURPRISES,
    _WEEK_COUNTS,
    _GRADE,
    _TURN,
    _VALUES,
    _MASTERY,
) = (Context.__dict__[name].__set__ for name in _FIELDS)  # each slot's own setter


def made(
    checkin: CheckIn,
    history: tuple[Entry, ...],
    chosen: tuple[Activity, ...],
    recent_ids: frozenset[str],
    now: dt.datetime | None,
    unfinished_basics: frozenset[str],
    lifts: Mapping[str, tuple[int, float]],
    surprises: Mapping[str, tuple[int, int]],
    week_counts: Mapping[str, int],
    grade: int,
    turn: str,
    values: Values,
    mastery: Mapping[str, tuple[int, float]],
) -> Context:
    """`Context(...)` of every field, in order, set through the slots' own setters.

    A plan makes a context for each pick, and a batch one for each check-in; attrs' frozen
    `__init__` sets each field through `object.__setattr__`, which takes about half as long
    again. Context has no checks or defaults to run for a value given.
    """
    context = _NEW(Context)
    _CHECKIN(context, checkin)
    _HISTORY(context, history)
    _CHOSEN(context, chosen)
    _RECENT_IDS(context, recent_ids)
    _NOW(context, now)
    _BASICS(context, unfinished_basics)
    _LIFTS(context, lifts)
    _SURPRISES(context, surprises)
    _WEEK_COUNTS(context, week_counts)
    _GRADE(context, grade)
    _TURN(context, turn)
    _VALUES(context, values)
    _MASTERY(context, mastery)
    return context


class _Sorting:
    """`Context.history`'s descriptor: the slot, sorted by time and id when first read.

    A history `built` leaves sorted by time alone (`_Unsorted`) is sorted the first time it
    is read, and kept so; every other value is the slot's, as it was set.
    """

    __slots__ = ("_get", "_set")

    def __init__(self, slot: Any) -> None:
        self._get = slot.__get__
        self._set = slot.__set__

    def __get__(self, context: Any, owner: type | None = None) -> Any:
        if context is None:
            return self
        value = self._get(context, owner)
        if type(value) is _Unsorted:
            value = _sorted(value)
            self._set(context, value)
        return value

    def __set__(self, context: Any, value: Any) -> None:
        self._set(context, value)


_HISTORY_SLOT: Final = Context.__dict__["history"]
_HISTORY_AS_IS: Final = _HISTORY_SLOT.__get__  # the slot's value: sorted or not yet
setattr(Context, "history", _Sorting(_HISTORY_SLOT))  # noqa: B010 - the slot, wrapped


def built(
    checkin: CheckIn,
    entries: Iterable[Entry],
    now: dt.datetime | None,
    basics: frozenset[str] = frozenset(),
    categories: Mapping[str, str] | None = None,
    values: Values | None = None,
    keys: Mapping[str, tuple[str, str]] | None = None,
) -> Context:
    """`Context.build` of arguments checked already: `recommend` checks them as it reads them.

    A plan with a history asks for this on every call: the history is sorted by time alone,
    the recent entries and the week's are found by bisection on the times, the week's
    counted in C (`Counter`'s helper), and the few entries with a rating are summed up in one
    pass. The order of equal times (by id) is settled only where it is read: the grade's
    last three entries, when two of them or the one before share a time, and the history
    itself (`Context.history`, sorted the first time it is read: no built-in rule reads it).
    The sort and the bisection compare the times anyway, so they find a mix of times with
    and without a time zone (the entries', or theirs and `now`'s). `keys`: each activity's
    keys in `lifts` (`"activity:<id>"`, `"category:<its category>"`), made once per catalog.

    Raises:
        ValidationError: If times with and without a time zone are mixed.
    """
    said = values or NO_VALUES
    if not entries:  # the common case of a batch job, made quick
        return made(checkin, (), (), frozenset(), now, basics, {}, {}, {}, 0, _turn(now), said, {})
    try:  # sorting and placing `now` compare times: with and without a zone, they cannot
        timed = tuple(sorted(entries, key=_AT))  # equal times as given
        end = bisect.bisect_right(timed, now, key=_AT) if now is not None else len(timed)
    except TypeError:
        raise ValidationError("history", "mixes times with and without a time zone") from None
    last = list(map(_AT, timed[-4:]))  # no hashing: an aware time's hash makes a new time
    if all(map(operator.lt, last, last[1:])):  # the last three as the order of time and id has
        history: tuple[Entry, ...] = _Unsorted(timed)
        ordered = timed
    else:
        history = ordered = _sorted(timed)
    week: dict[str, int] = {}
    if now is None:
        recent = ordered[-RECENT_ENTRIES:]
    else:
        start = bisect.bisect_left(timed, _before(now, _RECENT), 0, end, key=_AT)
        recent = timed[start:end]
        start = bisect.bisect_left(timed, _before(now, WEEK), 0, end, key=_AT)
        # How many times each activity came in the week before `now`, counted in C.
        _count_elements(week, map(_ACTIVITY_ID, timed[start:end]))
        week.pop("", None)  # routine items and tasks
    # The entries with a mood, an enjoyment or a mastery rating: most have none.
    rated = [
        e
        for e in timed
        if e.mood_after is not None or e.enjoyment is not None or e.mastery is not None
    ]
    lifts, surprises, mastery = _rated(rated, categories or {}, keys) if rated else ({}, {}, {})
    return made(
        checkin,
        history,  # sorted when first read (`_Sorting`)
        (),
        frozenset(map(_ACTIVITY_ID, recent)),
        now,
        basics,
        lifts,
        surprises,
        week,
        _grade(ordered),
        _turn(now),
        said,
        mastery,
    )


NO_VALUES: Final = Values()
"""No values said: one, shared, for every context without them (it is frozen)."""


def answering(context: Context, checkin: CheckIn) -> Context:
    """`context` for another check-in, with the same history, time and plan so far.

    The same as `attrs.evolve(context, checkin=checkin)`, quicker: a batch makes one context
    without history and answers each check-in with it. `checkin` must be checked already.
    """
    return made(
        checkin,
        _HISTORY_AS_IS(context),
        context.chosen,
        context.recent_ids,
        context.now,
        context.unfinished_basics,
        context.lifts,
        context.surprises,
        context.week_counts,
        context.grade,
        context.turn,
        context.values,
        context.mastery,
    )


MIN_TIMES: Final = 3
"""How many rated times an activity (or category) needs before its mood lift counts."""

CAPABLE: Final = 6
"""An average mastery (0 to 10) of at least this, over `MIN_TIMES` ratings, counts as capable."""

WEEKLY_REPEATS: Final = 4
"""Done this many times in 7 days, an activity gives way to others for a while."""


Rule = Callable[[Activity, Context], Verdict]
"""A rule: `rule(activity, context) -> Verdict`. Its name is `rule.__name__` or `rule.name`."""


def rule_name(rule: Rule) -> str:
    """Return the name a rule is known by: its `name` attribute, or its function name."""
    if type(rule) is FunctionType:  # the usual rule: no `name` looked for, and missed, on it
        name = rule.__dict__.get("name") or rule.__name__
    else:
        name = getattr(rule, "name", None) or getattr(rule, "__name__", None)
    return name if isinstance(name, str) else value_shown(rule, width=80)


def _turn(now: dt.datetime | None) -> str:
    """Today's category in the fixed rotation of the built-in categories, by date."""
    if now is None:
        return ""
    turns = _turns()
    return turns[now.toordinal() % len(turns)]


@functools.cache
def _turns() -> tuple[str, ...]:
    """The ids of the built-in categories, in the rotation's order (read on first use)."""
    from ._catalog import BUILTIN_CATEGORIES

    return tuple(c.id for c in BUILTIN_CATEGORIES)
