"""What a context sums up from a person's entries: pure functions of the entries alone.

`_context.built` (`Context.build`) sorts a history by time alone and finds its windows by
bisection; here are the rest: the rated few read in one pass into mood lifts, surprises and
mastery (`_rated`, with each activity's keys made once per catalog), the grade, the sort by
time and id that `Context.history` gets when first read (`_sorted`), and the plain helpers the
one pass stands for (`_lifts`, `_surprises`, `_mastery`, `_week_counts`).
"""

from __future__ import annotations

import bisect
import datetime as dt
import operator
from collections.abc import Iterable, Mapping
from typing import Final

from ._model import Entry
from ._vocab import Completion

__all__: list[str] = []

RECENT_HOURS: Final = 24
"""With `now` given, entries from the last this-many hours count as recent."""
RECENT_ENTRIES: Final = 3
"""Without `now`, the last this-many entries count as recent."""
WEEK: Final = dt.timedelta(days=7)
"""What `Context.week_counts` counts over, before `now`."""
_RECENT: Final = dt.timedelta(hours=RECENT_HOURS)
_AT: Final = operator.attrgetter("at")
_ACTIVITY_ID: Final = operator.attrgetter("activity_id")


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


def _lifts(history: Iterable[Entry], categories: Mapping[str, str]) -> dict[str, tuple[int, float]]:
    # Each activity's count and total shift first, in the order first rated (few are rated),
    # then its category's: the same keys, in the same order, as one pass over the entries.
    counts: dict[str, int] = {}
    totals: dict[str, int] = {}
    for e in history:
        after, before, activity_id = e.mood_after, e.mood_before, e.activity_id
        if after is None or before is None or not activity_id:
            continue
        counts[activity_id] = counts.get(activity_id, 0) + 1
        totals[activity_id] = totals.get(activity_id, 0) + after - before
    return _summed(counts, totals, categories, {}) if counts else {}


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


def _before(now: dt.datetime, span: dt.timedelta) -> dt.datetime:
    """`now - span`, or the first moment there is when that falls before the year 1."""
    try:
        return now - span
    except OverflowError:
        return dt.datetime.min.replace(tzinfo=now.tzinfo)
