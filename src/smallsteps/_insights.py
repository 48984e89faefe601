"""Insights: what seemed to help, in plain words and numbers, with no causal claims.

`insights(entries)` sums up the journal per activity and per category: how often, the average
mood shift, and a comparison of days with and without it (at least `MIN_DAYS` days on each
side before it says anything). Small samples are labelled as such.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Final

import attrs

from ._catalog import Catalog
from ._errors import ValidationError
from ._model import Entry, _listed

__all__ = ["Insight", "Insights", "insights"]

MIN_DAYS: Final = 3
"""Days needed on each side (with and without) before a comparison is made."""

SMALL_SAMPLE: Final = 5
"""Fewer rated times than this are labelled a small sample."""


@attrs.frozen
class Insight:
    """What the journal shows about one activity or category.

    Attributes:
        key: `"activity:<id>"` or `"category:<id>"`.
        title: A name for people.
        times: How many times it was done.
        rated: How many of those had mood rated before and after.
        average_shift: The average mood shift (after minus before), when rated.
        days_with: Days it was done, with mood rated that day.
        days_without: Days with mood rated when it was not done.
        difference: Average mood after on days with it, minus days without; `None` until
            both sides have `MIN_DAYS` days.
        small_sample: Whether there is too little to go on yet.
        sentence: One kind, plain sentence for a front end.
    """

    key: str
    title: str
    times: int
    rated: int
    average_shift: float | None
    days_with: int
    days_without: int
    difference: float | None
    small_sample: bool
    sentence: str


@attrs.frozen
class Insights:
    """The journal summed up: per activity, per category, and sentences to show.

    Attributes:
        activities: One insight per activity, most times first (ties by key).
        categories: One insight per category, the same order.
        note: A standing reminder that these are patterns, not proof of cause.
        capable: Titles of activities the person felt capable after: mastery 6 or more out
            of 10 on average, over 3 ratings or more.
    """

    activities: tuple[Insight, ...]
    categories: tuple[Insight, ...]
    note: str = "These are patterns in what you noted, not proof of what causes what."
    capable: tuple[str, ...] = ()

    @property
    def sentences(self) -> tuple[str, ...]:
        """The sentences worth showing: comparisons and lifts with enough days behind them."""
        found = [i.sentence for i in (*self.activities, *self.categories) if not i.small_sample]
        if self.capable:
            found.append(f"You felt capable after these: {', '.join(self.capable)}.")
        return tuple(found)


def _day_moods(entries: tuple[Entry, ...]) -> dict[dt.date, float]:
    moods: dict[dt.date, list[int]] = {}
    for e in entries:
        if e.mood_after is not None:
            moods.setdefault(e.at.date(), []).append(e.mood_after)
    return {day: sum(v) / len(v) for day, v in moods.items()}


def _insight(
    key: str, title: str, done: list[Entry], day_moods: Mapping[dt.date, float]
) -> Insight:
    shifts = [e.mood_shift for e in done if e.mood_shift is not None]
    average = sum(shifts) / len(shifts) if shifts else None
    days = {e.at.date() for e in done}
    with_days = [m for d, m in day_moods.items() if d in days]
    without_days = [m for d, m in day_moods.items() if d not in days]
    difference = None
    if len(with_days) >= MIN_DAYS and len(without_days) >= MIN_DAYS:
        difference = sum(with_days) / len(with_days) - sum(without_days) / len(without_days)
    small = len(shifts) < SMALL_SAMPLE and difference is None
    name = title[:1].lower() + title[1:]
    if difference is not None:
        way = "higher" if difference >= 0 else "lower"
        sentence = (
            f"On days with {name}, your mood after things was {abs(difference):.1f} points "
            f"{way} on average ({len(with_days)} days with it, {len(without_days)} without)."
        )
    elif average is not None:
        sentence = (
            f"{title}: your mood moved {average:+.1f} on average, over {len(shifts)} "
            f"time{'s' if len(shifts) != 1 else ''}"
            + (" (a small sample so far)." if small else ".")
        )
    else:
        sentence = f"{title}: done {len(done)} time{'s' if len(done) != 1 else ''}."
    return Insight(
        key,
        title,
        len(done),
        len(shifts),
        average,
        len(with_days),
        len(without_days),
        difference,
        small,
        sentence,
    )


def insights(entries: Iterable[Entry], catalog: Catalog | None = None) -> Insights:
    """Sum up journal entries: per activity and per category, in numbers and plain sentences.

    Only done and partly done entries count as done. A comparison of days with and without
    something needs at least `MIN_DAYS` days on each side; below that, and below
    `SMALL_SAMPLE` rated times, an insight is marked `small_sample`. Nothing here claims a
    cause.

    Args:
        entries: Journal entries, in any order.
        catalog: For titles and categories; the default catalog when `None`.

    Returns:
        The insights.

    Raises:
        ValidationError: If `entries` is not a list of `Entry`.
    """
    from ._errors import UnknownActivityError
    from ._loader import default_catalog
    from ._vocab import Completion

    listed = _listed("entries", entries, Entry)
    if catalog is not None and not isinstance(catalog, Catalog):
        raise ValidationError("catalog", f"expected a Catalog, got {type(catalog).__name__}")
    book = catalog or default_catalog()
    day_moods = _day_moods(listed)
    done = [e for e in listed if e.done is not Completion.NOT_DONE and e.activity_id]
    by_activity: dict[str, list[Entry]] = {}
    by_category: dict[str, list[Entry]] = {}
    titles: dict[str, str] = {}
    for e in done:
        by_activity.setdefault(e.activity_id, []).append(e)
        try:
            activity = book[e.activity_id]
        except UnknownActivityError:
            titles[f"activity:{e.activity_id}"] = e.activity_id
            continue
        titles[f"activity:{e.activity_id}"] = activity.title
        category = book.categories.get(activity.category)
        titles[f"category:{activity.category}"] = category.title if category else activity.category
        by_category.setdefault(activity.category, []).append(e)

    def ranked(groups: dict[str, list[Entry]], kind: str) -> tuple[Insight, ...]:
        made = [
            _insight(f"{kind}:{k}", titles[f"{kind}:{k}"], v, day_moods) for k, v in groups.items()
        ]
        return tuple(sorted(made, key=lambda i: (-i.times, i.key)))

    from ._context import CAPABLE, MIN_TIMES

    rated = {k: [e.mastery for e in v if e.mastery is not None] for k, v in by_activity.items()}
    capable = tuple(
        sorted(
            titles[f"activity:{k}"]
            for k, v in rated.items()
            if len(v) >= MIN_TIMES and sum(v) / len(v) >= CAPABLE
        )
    )
    return Insights(
        ranked(by_activity, "activity"), ranked(by_category, "category"), capable=capable
    )
