"""A planned week: a few valued activities ahead, graded by how last week went, and what is due.

Behavioral activation plans a few activities ahead, does them, and sees what helped.
`plan_week` returns a gentle schedule: few activities at first, spread over the life areas the
person values and the times of day they chose; one more only when most of last week's were
done, one fewer after a hard week, and never a word of guilt. `due` says what is due next,
with a nudge of six words at most for a notification, a widget or a watch. The week's
entries go into the journal (`WeekPlan.entries`) and out to any calendar app (`to_ical`).
Its words come from the `week` document (`data/week.toml`), in a locale with `locale=`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from typing import Final

import attrs

from ._catalog import Catalog
from ._context import CAPABLE, MIN_TIMES, Context
from ._errors import ValidationError, listed, must_be, value_shown
from ._model import Activity, CheckIn, Entry, Step, _listed
from ._sizing import _WORD
from ._values import Values
from ._vocab import Completion, Energy, LifeArea, TimeOfDay
from ._weekwords import tag_of, week_text, week_words

__all__ = ["CLOCK", "PlannedActivity", "WeekPlan", "due", "nudge_for", "plan_week", "planned_week"]

FIRST_WEEK: Final = 3
"""How many activities a first planned week holds."""
FEWEST: Final = 2
"""A week never holds fewer than this many (after a hard week too)."""
MOST: Final = 14
"""A week never holds more than this many: two a day."""
GROW_SHARE: Final = 0.75
"""The share of last week's planned activities done (or partly done) for one more this week."""
HARD_SHARE: Final = 0.5
"""Fewer than this share done makes a hard week, and this week is one lighter."""
NUDGE_WORDS: Final = 6
"""The most words a nudge has."""
CLOCK: Final[Mapping[TimeOfDay, dt.time]] = {
    TimeOfDay.MORNING: dt.time(10, 0),
    TimeOfDay.AFTERNOON: dt.time(14, 0),
    TimeOfDay.EVENING: dt.time(18, 30),
    TimeOfDay.NIGHT: dt.time(21, 0),
}
"""The clock time each time of day is planned at, unless the caller gives its own."""


def nudge_for(activity: Activity, *, locale: str | None = None) -> str:
    """A nudge of at most six words: the title as a question, or its category's nudge.

    Args:
        activity: The activity (its title as it is: one of `default_catalog(locale=...)`
            is in that language).
        locale: A language tag for the question's frame and the category's nudge (the
            `week` document); an unknown one gives English.

    Raises:
        ValidationError: If `locale` is not a language tag.

    Example:
        >>> import smallsteps as ss
        >>> nudge_for(ss.default_catalog()["drink-a-glass-of-water"])
        'Drink a glass of water?'
    """
    words = week_words(tag_of(locale))
    title = activity.title.rstrip(".?")
    if len(_WORD.findall(title)) <= NUDGE_WORDS:
        return words["nudge.title"].format(title=title)
    return words.get(f"nudge.{activity.category}", words["nudge.other"])


@attrs.frozen
class PlannedActivity:
    """One activity planned for a day and a time.

    Attributes:
        activity_id: The catalog activity.
        title: Its title.
        at: When it is planned for.
        time_of_day: The time of day the person chose for it.
        minutes: About how long all of it takes, in whole minutes.
        life_area: Its life area.
        reasons: Why it was planned, in plain sentences.
        nudge: Six words at most, for a reminder ("Drink a glass of water?").
        steps: Its micro-steps.
    """

    activity_id: str
    title: str
    at: dt.datetime
    time_of_day: TimeOfDay
    minutes: int
    life_area: LifeArea | None
    reasons: tuple[str, ...]
    nudge: str
    steps: tuple[Step, ...] = ()

    def entry(self) -> Entry:
        """The journal entry for it: planned, not done yet."""
        return Entry(
            self.activity_id, self.at, Completion.NOT_DONE, planned=True, planned_at=self.at
        )

    def done_in(self, history: Iterable[Entry]) -> bool:
        """Whether the history holds it done or partly done: planned for this time, or that day."""
        for e in history:
            if e.activity_id != self.activity_id or e.done is Completion.NOT_DONE:
                continue
            if e.planned_at == self.at or (e.planned_at is None and e.at.date() == self.at.date()):
                return True
        return False


@attrs.frozen
class WeekPlan:
    """A planned week: a few activities, spread over the days, and a kind word about its size.

    Attributes:
        start: The first day of the week.
        items: The planned activities, in time order.
        message: One sentence about the week's size, never with guilt.
        last_week: How many of last week's planned activities were done, and how many were
            planned (`(0, 0)` for a first week).
        locale: The language tag the week was planned in (`plan_week(..., locale=...)`):
            `str(week)` and `to_ical` speak it; `None` for English.
    """

    start: dt.date
    items: tuple[PlannedActivity, ...]
    message: str
    last_week: tuple[int, int] = (0, 0)
    locale: str | None = attrs.field(default=None, kw_only=True)

    def on(self, day: dt.date) -> tuple[PlannedActivity, ...]:
        """The activities planned for one day."""
        return tuple(i for i in self.items if i.at.date() == day)

    def entries(self) -> tuple[Entry, ...]:
        """The week as journal entries, planned and not done yet."""
        return tuple(i.entry() for i in self.items)

    def __str__(self) -> str:
        return week_text(self)


def _last_week(history: Sequence[Entry], start: dt.date) -> tuple[int, int, bool]:
    """Done and planned among last week's planned activities, and whether mood ran low."""
    since = start - dt.timedelta(days=7)
    planned: dict[tuple[str, dt.datetime], bool] = {}
    moods: list[int] = []
    for e in history:
        when = e.planned_at or e.at
        if not since <= when.date() < start:
            continue
        if e.mood_after is not None:
            moods.append(e.mood_after)
        if e.planned and e.activity_id:
            key = (e.activity_id, when)
            planned[key] = planned.get(key, False) or e.done is not Completion.NOT_DONE
    low = len(moods) >= MIN_TIMES and sum(moods) / len(moods) <= 3
    return sum(planned.values()), len(planned), low


def _size(done: int, planned: int, low: bool) -> tuple[int, str]:
    """How many this week, and the id of the message that says so."""
    if planned == 0:
        return FIRST_WEEK, "message.first"
    share = done / planned
    if share < HARD_SHARE or low:
        return max(FEWEST, planned - 1), "message.lighter"
    if share >= GROW_SHARE:
        return min(MOST, planned + 1), "message.grow"
    return planned, "message.same"


def _times(times: Iterable[TimeOfDay | str]) -> tuple[TimeOfDay, ...]:
    chosen = tuple(dict.fromkeys(TimeOfDay(t) for t in listed("times", times, "times of day")))
    if not chosen:
        raise ValidationError("times", "expected at least one time of day, got none")
    return chosen


def _score(
    activity: Activity, context: Context, energy: Energy, words: Mapping[str, str]
) -> tuple[float, list[str]]:
    points, reasons = 0.0, []
    chosen = context.values.serving(activity.id)
    valued = [v for v in context.values if v.area is activity.life_area]
    if chosen is not None:
        points += 2.0
        reasons.append(words["reason.chosen"].format(words=chosen.said))
    elif valued:
        points += 1.0
        reasons.append(words["reason.value"].format(words=valued[0].said))
    times, lift = context.lifts.get(f"activity:{activity.id}", (0, 0.0))
    if times >= MIN_TIMES and lift >= 1:
        points += min(2.0, lift)
        reasons.append(words["reason.lifted"])
    elif times >= MIN_TIMES and lift <= -1:
        points += max(-2.0, lift)  # offered less, and nothing said about it
    rated, level = context.mastery.get(activity.id, (0, 0.0))
    if rated >= MIN_TIMES and level >= CAPABLE:
        points += 1.0
        reasons.append(words["reason.capable"])
    if activity.energy == energy:
        points += 0.5
    return points, reasons or [words["reason.fits"]]


def plan_week(
    start: dt.date,
    history: Iterable[Entry] = (),
    *,
    values: Values | None = None,
    times: Iterable[TimeOfDay | str] = (TimeOfDay.MORNING,),
    energy: Energy | int = Energy.VERY_LOW,
    catalog: Catalog | None = None,
    tz: dt.tzinfo | None = None,
    clock: Mapping[TimeOfDay, dt.time] | None = None,
    locale: str | None = None,
) -> WeekPlan:
    """Plan a gentle week of valued activities, graded by how last week went.

    A first week holds three. After a week where three in four planned activities or more were
    done (or partly done), one more; after a hard week (fewer than half, or mood after things
    at 3 or below on average), one fewer, never below two. The activities fit `energy` and one
    of the chosen `times`, take turns over the life areas the person values (every area when
    they have said none), prefer what lifted mood or felt capable before, and offer less
    often what was followed by lower mood. Ties break on ids.

    Args:
        start: The week's first day.
        history: The journal's entries, planned ones among them, in any order.
        values: What the person said matters to them.
        times: The times of day the person chose for planned activities.
        energy: The energy a usual day has lately: nothing bigger is planned.
        catalog: The catalog; the default catalog when `None` (in the locale).
        tz: The time zone of the planned times (`zoneinfo.ZoneInfo("Europe/London")`).
        clock: The clock time of each time of day; `CLOCK` when `None`.
        locale: A language tag ("es-MX"): the message, reasons and nudges in its language
            where a translation ships (the `week` document), the default catalog's words
            there, and the week's `locale` set (`str(week)` and `to_ical` speak it). An
            unknown locale gives English; the activities picked never change.

    Returns:
        The planned week.

    Raises:
        ValidationError: If an argument is not of the documented type or range.

    Example:
        >>> import datetime as dt
        >>> week = plan_week(dt.date(2026, 12, 7), times=["morning", "afternoon"])
        >>> len(week.items), week.message.split(":")[0]
        (3, 'A gentle start')
    """
    from ._loader import default_catalog

    if type(start) is not dt.date:
        raise ValidationError("start", f"expected a date, got {value_shown(start)}")
    must_be("values", values, Values | None, "Values or None")
    must_be("tz", tz, dt.tzinfo | None, "a tzinfo or None")
    tag = tag_of(locale)
    words = week_words(tag)
    book = catalog if catalog is not None else default_catalog(locale=tag)
    must_be("catalog", book, Catalog, "a Catalog")
    level, chosen_times = Energy(energy), _times(times)
    hours = {**CLOCK, **(clock or {})}
    entries = _listed("history", history, Entry)
    done, planned, low = _last_week(entries, start)
    size, message = _size(done, planned, low)
    categories = {
        e.activity_id: book[e.activity_id].category for e in entries if e.activity_id in book
    }
    checkin = CheckIn(level, 60, "sitting", chosen_times[0])
    context = Context.build(checkin, entries, None, (), categories, values=values)
    areas = [v.area for v in context.values] or list(LifeArea)
    turns = list(dict.fromkeys(areas))
    fitting = [a for a in book if a.energy <= level and set(a.times) & set(chosen_times)]
    scored = {a.id: _score(a, context, level, words) for a in fitting}
    picked: list[Activity] = []
    used: dict[str, int] = {}
    for n in range(size):
        area = turns[n % len(turns)]
        pool = [a for a in fitting if a not in picked] or []
        in_area = [a for a in pool if a.life_area is area] or pool
        if not in_area:
            break
        best = min(in_area, key=lambda a: (used.get(a.category, 0) - scored[a.id][0], a.id))
        picked.append(best)
        used[best.category] = used.get(best.category, 0) + 1
    items = []
    for n, activity in enumerate(picked):
        day = start + dt.timedelta(days=n * 7 // max(1, len(picked)))
        fits = [t for t in chosen_times if t in activity.times]
        when = fits[n % len(fits)]
        at = dt.datetime.combine(day, hours[when], tzinfo=tz)
        minutes = -(-activity.total_seconds // 60)
        items.append(
            PlannedActivity(
                activity.id, activity.title, at, when, minutes, activity.life_area,
                tuple(scored[activity.id][1]), nudge_for(activity, locale=tag), activity.steps,
            )
        )  # fmt: skip
    message = words[message]
    things = (
        words["message.thing_one"]
        if len(items) == 1
        else words["message.thing_other"].format(n=len(items))
    )
    text = (
        message.format(
            things=things.capitalize() if message.startswith("{things}") else things,
            done=done,
            planned=planned,
        )
        if items
        else words["message.empty"]
    )
    ordered = tuple(sorted(items, key=lambda i: (i.at, i.activity_id)))
    return WeekPlan(start, ordered, text, (done, planned), locale=tag)


def planned_week(
    history: Iterable[Entry],
    start: dt.date,
    catalog: Catalog | None = None,
    *,
    locale: str | None = None,
) -> WeekPlan:
    """The week planned in a journal: its planned entries from `start`, for 7 days, as a plan.

    For a host that saved `WeekPlan.entries()` and later asks what is `due`.

    Args:
        history: The journal's entries; those with `planned_at` in the week count.
        start: The week's first day.
        catalog: For titles and steps; the default catalog when `None` (in the locale).
        locale: A language tag: the nudges, the default catalog's words, and the week's
            `locale`, as for `plan_week`.

    Returns:
        The week, its message empty; planned activities the catalog no longer holds are left
        out.
    """
    from ._loader import default_catalog

    if type(start) is not dt.date:
        raise ValidationError("start", f"expected a date, got {value_shown(start)}")
    tag = tag_of(locale)
    book = catalog if catalog is not None else default_catalog(locale=tag)
    items: dict[tuple[str, dt.datetime], PlannedActivity] = {}
    for e in _listed("history", history, Entry):
        at = e.planned_at
        if not e.planned or at is None or not 0 <= (at.date() - start).days < 7:
            continue
        if e.activity_id in book:
            activity = book[e.activity_id]
            minutes = -(-activity.total_seconds // 60)
            items[(e.activity_id, at)] = PlannedActivity(
                activity.id, activity.title, at, TimeOfDay.from_time(at), minutes,
                activity.life_area, (), nudge_for(activity, locale=tag), activity.steps,
            )  # fmt: skip
    ordered = tuple(sorted(items.values(), key=lambda i: (i.at.isoformat(), i.activity_id)))
    return WeekPlan(start, ordered, "", locale=tag)


def due(
    week: WeekPlan,
    history: Iterable[Entry],
    now: dt.datetime,
    *,
    grace: dt.timedelta = dt.timedelta(hours=2),
) -> PlannedActivity | None:
    """What is due next, for a host's reminder: the first planned activity not done yet.

    An activity planned up to `grace` ago still counts as due; one done or partly done (in
    `history`) does not.

    Args:
        week: The planned week.
        history: The journal's entries.
        now: The current time (smallsteps never reads the clock).
        grace: How long after its planned time an activity is still due.

    Returns:
        The planned activity, with its `nudge`, or `None` when nothing is due this week.
    """
    must_be("week", week, WeekPlan, "a WeekPlan")
    must_be("now", now, dt.datetime, "a datetime")
    must_be("grace", grace, dt.timedelta, "a timedelta")
    entries = _listed("history", history, Entry)
    for item in week.items:
        if (item.at.tzinfo is None) != (now.tzinfo is None):
            raise ValidationError(
                "now", "give it a time zone exactly when the week's times have one"
            )
        if item.at >= now - grace and not item.done_in(entries):
            return item
    return None
