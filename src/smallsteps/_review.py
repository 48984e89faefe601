"""A weekly review in plain words, and the mood series a front end draws as a chart.

`weekly_review(entries, start)` looks back over one week: what was done, how many planned
activities were done, what was followed by a lift in mood, what left the person feeling
capable, and the mood after things day by day. Small samples are labelled; nothing claims a
cause. `mood_series` is the chart's data: one point a day, `None` on days with no mood noted.
The sentences come from the `week` document (`review.*`), in a locale with `locale=`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Final

import attrs

from ._catalog import Catalog
from ._context import CAPABLE
from ._errors import ValidationError, value_shown
from ._model import Entry, _listed
from ._strings import decimal, language_of, one
from ._vocab import Completion
from ._weekwords import tag_of, week_words

__all__ = ["MoodPoint", "WeeklyReview", "mood_series", "weekly_review"]

SMALL_WEEK: Final = 5
"""Fewer moods noted in a week than this are labelled an early pattern."""


@attrs.frozen
class MoodPoint:
    """One day of the mood chart.

    Attributes:
        day: The day.
        mood: The average mood after things that day, 0 to 10; `None` when none was noted.
        count: How many moods were noted that day.
    """

    day: dt.date
    mood: float | None
    count: int


@attrs.frozen
class WeeklyReview:
    """One week looked back on, in numbers and in plain sentences.

    Attributes:
        start: The week's first day.
        done: Activities done or partly done.
        planned: Planned activities in the week.
        planned_done: Of those, how many were done or partly done.
        lifted: Titles of activities after which mood rose by a point or more on average.
        capable: Titles of activities rated 6 or more for mastery on average.
        moods: The mood chart, one point a day.
        small_sample: Whether fewer than `SMALL_WEEK` moods were noted.
        sentences: The review in plain words, for a front end.
    """

    start: dt.date
    done: int
    planned: int
    planned_done: int
    lifted: tuple[str, ...]
    capable: tuple[str, ...]
    moods: tuple[MoodPoint, ...]
    small_sample: bool
    sentences: tuple[str, ...]

    def __str__(self) -> str:
        return "\n".join(self.sentences)


def mood_series(entries: Iterable[Entry], start: dt.date, days: int = 7) -> tuple[MoodPoint, ...]:
    """The mood after things, day by day from `start`: the data of a mood chart.

    Args:
        entries: Journal entries, in any order.
        start: The first day.
        days: How many days, 1 to 366.

    Returns:
        One point a day, `mood` `None` on days with no mood noted.
    """
    if type(start) is not dt.date:
        raise ValidationError("start", f"expected a date, got {value_shown(start)}")
    if isinstance(days, bool) or not isinstance(days, int) or not 1 <= days <= 366:
        raise ValidationError("days", f"expected a whole number 1 to 366, got {value_shown(days)}")
    moods: dict[dt.date, list[int]] = {}
    for e in _listed("entries", entries, Entry):
        if e.mood_after is not None:
            moods.setdefault(e.at.date(), []).append(e.mood_after)
    points = []
    for offset in range(days):
        day = start + dt.timedelta(days=offset)
        noted = moods.get(day, [])
        points.append(MoodPoint(day, sum(noted) / len(noted) if noted else None, len(noted)))
    return tuple(points)


def weekly_review(
    entries: Iterable[Entry],
    start: dt.date,
    catalog: Catalog | None = None,
    *,
    locale: str | None = None,
) -> WeeklyReview:
    """Look back over the week from `start`: plain sentences, small samples labelled.

    Args:
        entries: Journal entries, in any order; those of the 7 days from `start` count.
        start: The week's first day.
        catalog: For titles; the default catalog when `None` (in the locale).
        locale: A language tag ("es-MX"): the sentences in its language where a translation
            ships (the `week` document), numbers with its decimal mark, and the default
            catalog's titles there. An unknown locale gives English.

    Returns:
        The review.

    Raises:
        ValidationError: If an argument is not of the documented type, or `locale` is not a
            language tag.

    Example:
        >>> import datetime as dt
        >>> print(weekly_review([], dt.date(2026, 12, 7)))
        Nothing noted this week. A week of rest is still a week.
    """
    from ._loader import default_catalog

    tag = tag_of(locale)
    series = mood_series(entries, start)
    book = catalog if catalog is not None else default_catalog(locale=tag)
    end = start + dt.timedelta(days=7)
    week = [e for e in _listed("entries", entries, Entry) if start <= e.at.date() < end]
    done = [e for e in week if e.done is not Completion.NOT_DONE and (e.activity_id or e.task)]
    planned = {(e.activity_id, e.planned_at or e.at) for e in week if e.planned}
    planned_done = {(e.activity_id, e.planned_at or e.at) for e in done if e.planned}
    shifts: dict[str, list[int]] = {}
    mastery: dict[str, list[int]] = {}
    for e in done:
        if e.mood_shift is not None and e.activity_id:
            shifts.setdefault(e.activity_id, []).append(e.mood_shift)
        if e.mastery is not None and e.activity_id:
            mastery.setdefault(e.activity_id, []).append(e.mastery)

    def title(activity_id: str) -> str:
        return book[activity_id].title if activity_id in book else activity_id

    lifted = tuple(sorted(title(a) for a, v in shifts.items() if sum(v) / len(v) >= 1))
    capable = tuple(sorted(title(a) for a, v in mastery.items() if sum(v) / len(v) >= CAPABLE))
    noted = sum(p.count for p in series)
    words = week_words(tag)
    language = "en" if tag is None else language_of(tag)

    def form(n: int) -> str:
        return "one" if one(language, n) else "other"

    if not done and not noted:
        nothing = (words["review.nothing"],)
        return WeeklyReview(start, 0, len(planned), 0, (), (), series, True, nothing)
    sentences = [words[f"review.done_{form(len(done))}"].format(done=len(done))] if done else []
    if planned:
        said = words["review.planned"]
        sentences.append(said.format(done=len(planned_done), planned=len(planned)))
    if lifted:
        sentences.append(words["review.lifted"].format(titles=", ".join(lifted)))
    if capable:
        sentences.append(words["review.capable"].format(titles=", ".join(capable)))
    days = [p.mood for p in series if p.mood is not None]
    if days:
        average = decimal(sum(days) / len(days), tag)
        said = words[f"review.moods_{form(len(days))}"]
        sentences.append(said.format(average=average, days=len(days)))
    small = noted < SMALL_WEEK
    if small:
        sentences.append(words["review.small"])
    sentences.append(words["review.note"])
    return WeeklyReview(
        start, len(done), len(planned), len(planned_done), lifted, capable, series, small,
        tuple(sentences),
    )  # fmt: skip
