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
from collections.abc import Callable, Iterable, Mapping
from types import FunctionType
from typing import Any, Final

import attrs

from ._errors import ValidationError, listed, must_be, showable, value_shown
from ._model import Activity, CheckIn, Entry
from ._values import Values
from ._vocab import Completion

__all__ = ["KEEP", "REJECT", "Context", "Rule", "Verdict", "answering", "made", "rule_name"]

RECENT_HOURS: Final = 24
"""With `now` given, entries from the last this-many hours count as recent."""
RECENT_ENTRIES: Final = 3
"""Without `now`, the last this-many entries count as recent."""
WEEK: Final = dt.timedelta(days=7)
"""What `Context.week_counts` counts over, before `now`."""
_RECENT: Final = dt.timedelta(hours=RECENT_HOURS)


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
        from ._history import built  # it reads the entries: here only for its public face

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


def _sorted(entries: Iterable[Entry]) -> tuple[Entry, ...]:
    """Entries by time, equal times by id, equal both in the order given (or of `entries`).

    By id, then (stable) by time: each sort compares one value.
    """
    ordered = sorted(entries, key=_ACTIVITY_ID)
    ordered.sort(key=_AT)
    return tuple(ordered)


class _Unsorted(tuple):  # type: ignore[type-arg]
    """A history sorted by time alone, in a context's `history` slot until it is first read."""

    __slots__ = ()


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


_AT: Final = operator.attrgetter("at")
_ACTIVITY_ID: Final = operator.attrgetter("activity_id")


MIN_TIMES: Final = 3
"""How many rated times an activity (or category) needs before its mood lift counts."""

CAPABLE: Final = 6
"""An average mastery (0 to 10) of at least this, over `MIN_TIMES` ratings, counts as capable."""

WEEKLY_REPEATS: Final = 4
"""Done this many times in 7 days, an activity gives way to others for a while."""


def _lifts(history: Iterable[Entry], categories: Mapping[str, str]) -> dict[str, tuple[int, float]]:
    # Each activity's count and total shift first, in the order first rated (few are rated),
    # then its category's: the same keys, in the same order, as one pass over the entries.
    counts: dict[str, int] = {}
    totals: dict[str, int] = {}
    for e in history:
        after = e.mood_after
        if after is None:
            continue
        before, activity_id = e.mood_before, e.activity_id
        if before is None or not activity_id:
            continue
        if activity_id in counts:
            counts[activity_id] += 1
            totals[activity_id] += after - before
        else:
            counts[activity_id] = 1
            totals[activity_id] = after - before
    lifts: dict[str, tuple[int, float]] = {}
    if not counts:
        return lifts
    by_category: dict[str, list[int]] = {}  # the category's count and total shift
    for activity_id, count in counts.items():
        total = totals[activity_id]
        lifts[f"activity:{activity_id}"] = (count, total / count)
        category = categories.get(activity_id)
        if category is None:
            continue
        key = f"category:{category}"
        summed = by_category.get(key)
        if summed is None:
            by_category[key] = summed = [0, 0]
            lifts[key] = (0, 0.0)  # its place among the keys
        summed[0] += count
        summed[1] += total
    for key, (count, total) in by_category.items():
        lifts[key] = (count, total / count)
    return lifts


def _mastery(history: Iterable[Entry]) -> dict[str, tuple[int, float]]:
    ratings: dict[str, list[int]] = {}
    for e in history:
        if e.mastery is not None and e.activity_id:
            ratings.setdefault(e.activity_id, []).append(e.mastery)
    return {key: (len(v), sum(v) / len(v)) for key, v in ratings.items()}


def _surprises(history: Iterable[Entry]) -> dict[str, tuple[int, int]]:
    return {
        e.activity_id: (e.enjoyment_predicted, e.enjoyment)
        for e in history
        if e.enjoyment_predicted is not None and e.enjoyment is not None and e.activity_id
    }


def _week_counts(history: tuple[Entry, ...], now: dt.datetime | None) -> dict[str, int]:
    """How many times each activity was done in the 7 days before `now`; `history` in order."""
    if now is None:
        return {}
    times = list(map(_AT, history))
    end = bisect.bisect_right(times, now)
    return _counted(history[bisect.bisect_left(times, _before(now, WEEK), 0, end) : end])


def _counted(window: tuple[Entry, ...]) -> dict[str, int]:
    """How many times each activity comes in some entries (routine items and tasks left out)."""
    ids = [e.activity_id for e in window]
    counts = dict.fromkeys(ids, 0)
    for activity_id in ids:
        counts[activity_id] += 1
    counts.pop("", None)  # routine items and tasks
    return counts


def _grade(history: tuple[Entry, ...]) -> int:
    if history and history[-1].done is not Completion.DONE:
        return -1
    done = Completion.DONE
    return 1 if len(history) >= 3 and history[-2].done is done is history[-3].done else 0


Rule = Callable[[Activity, Context], Verdict]
"""A rule: `rule(activity, context) -> Verdict`. Its name is `rule.__name__` or `rule.name`."""


def rule_name(rule: Rule) -> str:
    """Return the name a rule is known by: its `name` attribute, or its function name."""
    if type(rule) is FunctionType:  # the usual rule: no `name` looked for, and missed, on it
        name = rule.__dict__.get("name") or rule.__name__
    else:
        name = getattr(rule, "name", None) or getattr(rule, "__name__", None)
    return name if isinstance(name, str) else value_shown(rule, width=80)


def _before(now: dt.datetime, span: dt.timedelta) -> dt.datetime:
    """`now - span`, or the first moment there is when that falls before the year 1."""
    try:
        return now - span
    except OverflowError:
        return dt.datetime.min.replace(tzinfo=now.tzinfo)


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
