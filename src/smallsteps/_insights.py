"""Insights: what seemed to help, in plain words and numbers, with no causal claims.

`insights(entries)` sums up the journal per activity and per category: how often, the average
mood shift, and a comparison of days with and without it (at least `MIN_DAYS` days on each
side before it says anything). Small samples are labelled as such. The sentences come from
the `insights` document (`data/insights.toml`), in a locale with `insights(..., locale=...)`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Final

import attrs

from ._catalog import Catalog
from ._errors import ValidationError
from ._locale import parse_locale
from ._model import Entry, _listed
from ._strings import decimal, document_in, language_of, one

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
        locale: The language tag the insights were asked for in (`insights(...,
            locale=...)`): their sentences speak it; `None` for English.
    """

    activities: tuple[Insight, ...]
    categories: tuple[Insight, ...]
    note: str = attrs.field(factory=lambda: _words(None)["sentence.note"])
    capable: tuple[str, ...] = ()
    locale: str | None = attrs.field(default=None, kw_only=True)

    @property
    def sentences(self) -> tuple[str, ...]:
        """The sentences worth showing: comparisons and lifts with enough days behind them."""
        found = [i.sentence for i in (*self.activities, *self.categories) if not i.small_sample]
        if self.capable:
            capable = _words(self.locale)["sentence.capable"]
            found.append(capable.format(titles=", ".join(self.capable)))
        return tuple(found)


def _words(locale: str | None) -> dict[str, str]:
    """The `insights` document in a locale (English for `None`)."""
    return {k: str(v) for k, v in document_in("insights", locale).items()}


def _day_moods(entries: tuple[Entry, ...]) -> dict[dt.date, float]:
    moods: dict[dt.date, list[int]] = {}
    for e in entries:
        if e.mood_after is not None:
            moods.setdefault(e.at.date(), []).append(e.mood_after)
    return {day: sum(v) / len(v) for day, v in moods.items()}


def _insight(
    key: str,
    title: str,
    done: list[Entry],
    day_moods: Mapping[dt.date, float],
    locale: str | None = None,
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
    words = _words(locale)
    language = "en" if locale is None else language_of(locale)
    if difference is not None:
        sentence = words["sentence.higher" if difference >= 0 else "sentence.lower"].format(
            name=title[:1].lower() + title[1:],
            difference=decimal(abs(difference), locale),
            with_it=len(with_days),
            without=len(without_days),
        )
    elif average is not None:
        form = "one" if one(language, len(shifts)) else "other"
        said = words[f"sentence.moved_small_{form}" if small else f"sentence.moved_{form}"]
        sentence = said.format(
            title=title, shift=decimal(average, locale, sign=True), n=len(shifts)
        )
    else:
        form = "one" if one(language, len(done)) else "other"
        sentence = words[f"sentence.done_{form}"].format(title=title, n=len(done))
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


def insights(
    entries: Iterable[Entry], catalog: Catalog | None = None, *, locale: str | None = None
) -> Insights:
    """Sum up journal entries: per activity and per category, in numbers and plain sentences.

    Only done and partly done entries count as done. A comparison of days with and without
    something needs at least `MIN_DAYS` days on each side; below that, and below
    `SMALL_SAMPLE` rated times, an insight is marked `small_sample`. Nothing here claims a
    cause.

    Args:
        entries: Journal entries, in any order.
        catalog: For titles and categories; the default catalog when `None` (in the locale).
        locale: A language tag ("es-MX"): the sentences in its language where a translation
            ships (the `insights` document), numbers with its decimal mark, and the default
            catalog's titles there. An unknown locale gives English.

    Returns:
        The insights.

    Raises:
        ValidationError: If `entries` is not a list of `Entry`, or `locale` is not a language
            tag.

    Example:
        >>> import datetime as dt
        >>> from smallsteps import Entry
        >>> done = Entry("sip-of-water", dt.datetime(2026, 12, 7, 9), "done")
        >>> insights([done], locale="en-XA").activities[0].sentence
        '⟦⟦Táké á šîp öf wátér ~~~~~~⟧: döñé 1 tîmé. ~~~~~~~⟧'
    """
    from ._errors import UnknownActivityError
    from ._loader import default_catalog
    from ._vocab import Completion

    listed = _listed("entries", entries, Entry)
    if catalog is not None and not isinstance(catalog, Catalog):
        raise ValidationError("catalog", f"expected a Catalog, got {type(catalog).__name__}")
    tag = None if locale is None else parse_locale(locale).tag
    tag = None if tag == "en" else tag
    book = catalog or default_catalog(locale=tag)
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
            _insight(f"{kind}:{k}", titles[f"{kind}:{k}"], v, day_moods, tag)
            for k, v in groups.items()
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
        ranked(by_activity, "activity"),
        ranked(by_category, "category"),
        _words(tag)["sentence.note"],
        capable,
        locale=tag,
    )
