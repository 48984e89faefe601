"""A history summed up for a plan: the context `recommend` makes from a person's entries.

`built` is `Context.build` of arguments checked already, made for the call every plan with a
history makes: one sort by time, bisection for the recent and the week's entries, the week's
counted in C, and the few rated entries read in one pass (their mood lifts, surprises and
mastery) with each activity's keys made once per catalog (`CatalogIndex.lift_keys`). The
order of equal times is settled only where it is read (`_context._Sorting`).
"""

from __future__ import annotations

import bisect
import datetime as dt
import operator
from collections import _count_elements  # type: ignore[attr-defined]  # Counter's, in C
from collections.abc import Iterable, Mapping

from ._context import (
    _ACTIVITY_ID,
    _AT,
    _RECENT,
    NO_VALUES,
    RECENT_ENTRIES,
    WEEK,
    Context,
    _before,
    _grade,
    _sorted,
    _turn,
    _Unsorted,
    made,
)
from ._errors import ValidationError
from ._model import CheckIn, Entry
from ._values import Values

__all__ = ["built"]


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


def _rated(
    rated: Iterable[Entry],
    categories: Mapping[str, str],
    keys: Mapping[str, tuple[str, str]] | None,
) -> tuple[dict[str, tuple[int, float]], dict[str, tuple[int, int]], dict[str, tuple[int, float]]]:
    """`_lifts`, `_surprises` and `_mastery` of rated entries in time order, in one pass."""
    counts: dict[str, int] = {}
    totals: dict[str, int] = {}
    surprises: dict[str, tuple[int, int]] = {}
    ratings: dict[str, list[int]] = {}
    for e in rated:
        activity_id = e.activity_id
        if not activity_id:
            continue
        after = e.mood_after
        if after is not None:
            before = e.mood_before
            if before is not None:
                if activity_id in counts:
                    counts[activity_id] += 1
                    totals[activity_id] += after - before
                else:
                    counts[activity_id] = 1
                    totals[activity_id] = after - before
        actual = e.enjoyment
        if actual is not None:
            predicted = e.enjoyment_predicted
            if predicted is not None:
                surprises[activity_id] = (predicted, actual)  # the latest stays
        level = e.mastery
        if level is not None:
            ratings.setdefault(activity_id, []).append(level)
    lifts = _summed(counts, totals, categories, keys or {}) if counts else {}
    mastery = {key: (len(v), sum(v) / len(v)) for key, v in ratings.items()} if ratings else {}
    return lifts, surprises, mastery


def _summed(
    counts: dict[str, int],
    totals: dict[str, int],
    categories: Mapping[str, str],
    keys: Mapping[str, tuple[str, str]],
) -> dict[str, tuple[int, float]]:
    """The lifts of `_lifts` from each activity's count and total shift, in the same order."""
    lifts: dict[str, tuple[int, float]] = {}
    by_category: dict[str, list[int]] = {}  # the category's count and total shift
    for activity_id, count in counts.items():
        total = totals[activity_id]
        known = keys.get(activity_id)
        if known is None:
            lifts[f"activity:{activity_id}"] = (count, total / count)
            category = categories.get(activity_id)
            if category is None:
                continue
            key = f"category:{category}"
        else:
            lifts[known[0]] = (count, total / count)
            key = known[1]
        summed = by_category.get(key)
        if summed is None:
            by_category[key] = summed = [0, 0]
            lifts[key] = (0, 0.0)  # its place among the keys
        summed[0] += count
        summed[1] += total
    for key, (count, total) in by_category.items():
        lifts[key] = (count, total / count)
    return lifts
