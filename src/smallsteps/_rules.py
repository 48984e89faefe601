"""The recommender's rules: small named callables, run in the order of `DEFAULT_RULES`.

A rule takes an `Activity` and a `Context` and returns a `Verdict`: leave the activity out
(`REJECT`), or keep it with some points and, when it has something to say, a reason for the
person. Filters are the rules that may reject (hard limits); scorers only add points
(preferences). Write your own as a plain function with the same signature.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable, Iterable, Mapping
from typing import ClassVar, Final, TypeVar

import attrs

from ._errors import ValidationError, did_you_mean, must_be, number_in, value_shown
from ._model import Activity, CheckIn, Entry, format_duration
from ._vocab import Completion, Energy, Posture, TimeOfDay

__all__ = [
    "DEFAULT_RULES",
    "KEEP",
    "REJECT",
    "SHARED_FIELDS",
    "Context",
    "Reach",
    "Rule",
    "TagPreference",
    "Verdict",
    "bare_minimum_first",
    "basics_on_hard_days",
    "better_than_expected",
    "first_step_fits_minutes",
    "fits_energy",
    "fits_posture",
    "fits_whole_in_time",
    "grade_gently",
    "keeps_variety",
    "leaves_out_avoided",
    "less_of_the_same",
    "lifted_mood_before",
    "matches_energy",
    "not_repeated_recently",
    "outdoors_only_when_possible",
    "personal_rule",
    "plan_rule",
    "prefer_liked",
    "prefer_tags",
    "rule_name",
    "shared_rule",
    "spread_categories",
    "suits_the_hour",
    "suits_time_of_day",
]

RECENT_HOURS: Final = 24
"""With `now` given, entries from the last this-many hours count as recent."""
RECENT_ENTRIES: Final = 3
"""Without `now`, the last this-many entries count as recent."""


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

    @classmethod
    def build(
        cls,
        checkin: CheckIn,
        history: Iterable[Entry] = (),
        now: dt.datetime | None = None,
        unfinished_basics: Iterable[str] = (),
        categories: Mapping[str, str] | None = None,
    ) -> Context:
        """Make a context, sorting the history and working out what is recent.

        Args:
            checkin: The check-in being answered.
            history: Past entries in any order.
            now: The current time; without it the last few entries count as recent.
            unfinished_basics: Activity ids of bare-minimum items not done yet today.
            categories: Activity id to category id, to sum up the history by category.

        Returns:
            The context for the first pick of a plan.
        """
        must_be("checkin", checkin, CheckIn, "a CheckIn")
        must_be("now", now, dt.datetime | None, "a datetime or None")
        if isinstance(history, str | bytes) or not isinstance(history, Iterable):
            raise ValidationError(
                "history", f"expected a list of entries, got {value_shown(history)}"
            )
        listed = list(history)
        for entry in listed:
            must_be("history", entry, Entry, "entries")
        ordered = tuple(sorted(listed, key=_entry_order))
        if not ordered:  # the common case of a batch job, made quick
            return cls(
                checkin, (), (), frozenset(), now, frozenset(unfinished_basics), turn=_turn(now)
            )
        if now is None:
            recent = ordered[-RECENT_ENTRIES:]
        else:
            since = _before(now, dt.timedelta(hours=RECENT_HOURS))
            recent = tuple(e for e in ordered if since <= e.at <= now)
        recent_ids = frozenset(e.activity_id for e in recent)
        return cls(
            checkin,
            ordered,
            (),
            recent_ids,
            now,
            frozenset(unfinished_basics),
            _lifts(ordered, categories or {}),
            _surprises(ordered),
            _week_counts(ordered, now),
            _grade(ordered),
            _turn(now),
        )

    def picking(self, activity: Activity) -> Context:
        """Return the context for the next pick of the plan: this one with `activity` chosen.

        The same as `attrs.evolve(context, chosen=(*context.chosen, activity))`, quicker.
        """
        return Context(
            self.checkin,
            self.history,
            (*self.chosen, activity),
            self.recent_ids,
            self.now,
            self.unfinished_basics,
            self.lifts,
            self.surprises,
            self.week_counts,
            self.grade,
            self.turn,
        )


def _entry_order(entry: Entry) -> tuple[dt.datetime, str]:
    return entry.at, entry.activity_id


MIN_TIMES: Final = 3
"""How many rated times an activity (or category) needs before its mood lift counts."""

WEEKLY_REPEATS: Final = 4
"""Done this many times in 7 days, an activity gives way to others for a while."""


def _lifts(
    history: tuple[Entry, ...], categories: Mapping[str, str]
) -> dict[str, tuple[int, float]]:
    shifts: dict[str, list[int]] = {}
    for e in history:
        if e.mood_shift is not None and e.activity_id:
            shifts.setdefault(f"activity:{e.activity_id}", []).append(e.mood_shift)
            if e.activity_id in categories:
                shifts.setdefault(f"category:{categories[e.activity_id]}", []).append(e.mood_shift)
    return {key: (len(v), sum(v) / len(v)) for key, v in shifts.items()}


def _surprises(history: tuple[Entry, ...]) -> dict[str, tuple[int, int]]:
    return {
        e.activity_id: (e.enjoyment_predicted, e.enjoyment)
        for e in history
        if e.enjoyment_predicted is not None and e.enjoyment is not None and e.activity_id
    }


def _week_counts(history: tuple[Entry, ...], now: dt.datetime | None) -> dict[str, int]:
    if now is None:
        return {}
    since = _before(now, dt.timedelta(days=7))
    counts: dict[str, int] = {}
    for e in history:
        if since <= e.at <= now and e.activity_id:
            counts[e.activity_id] = counts.get(e.activity_id, 0) + 1
    return counts


def _grade(history: tuple[Entry, ...]) -> int:
    if history and history[-1].done is not Completion.DONE:
        return -1
    last = history[-3:]
    return 1 if len(last) == 3 and all(e.done is Completion.DONE for e in last) else 0


Rule = Callable[[Activity, Context], Verdict]
"""A rule: `rule(activity, context) -> Verdict`. Its name is `rule.__name__` or `rule.name`."""


def rule_name(rule: Rule) -> str:
    """Return the name a rule is known by: its `name` attribute, or its function name."""
    name = getattr(rule, "name", None) or getattr(rule, "__name__", None)
    return name if isinstance(name, str) else repr(rule)


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
        alike: With `reach`: the rule says the same of every activity named only through a
            category.

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
            only through a category alike (a category's mood lift, a liked category). It then
            runs once per category, not once per activity in it.

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


# -- what each personal rule can speak about (see `personal_rule`); named, so they pickle -----

_NOWHERE: Final = Reach()


def _ids(ids: frozenset[str]) -> Reach:
    return Reach(ids) if ids else _NOWHERE


def _basics_reach(context: Context) -> Reach:
    return _ids(context.unfinished_basics)


def _surprises_reach(context: Context) -> Reach:
    return _ids(frozenset(context.surprises))


def _recent_reach(context: Context) -> Reach:
    return _ids(context.recent_ids)


def _lift_reach(context: Context) -> Reach:
    if not context.lifts:
        return _NOWHERE
    counted = (k for k, (times, lift) in context.lifts.items() if times >= MIN_TIMES and lift >= 1)
    keys = [k.split(":", 1) for k in counted]
    ids = frozenset(v for kind, v in keys if kind == "activity")
    return Reach(ids, frozenset(v for kind, v in keys if kind == "category"))


def _often_reach(context: Context) -> Reach:
    return _ids(frozenset(i for i, n in context.week_counts.items() if n >= WEEKLY_REPEATS))


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


def _likes_reach(context: Context) -> Reach:
    likes = frozenset(context.checkin.likes)
    return Reach(likes, likes) if likes else _NOWHERE


def _avoids_reach(context: Context) -> Reach:
    avoids = frozenset(context.checkin.avoids)
    return Reach(avoids, avoids) if avoids else _NOWHERE


# -- filters: hard limits ------------------------------------------------------------------


@shared_rule("energy", key=_energy_of)
def fits_energy(activity: Activity, context: Context) -> Verdict:
    """Leave out anything that asks for more energy than the person has."""
    return KEEP if activity.energy <= context.checkin.energy else REJECT


@shared_rule("minutes", key=_first_minutes)
def first_step_fits_minutes(activity: Activity, context: Context) -> Verdict:
    """Leave out anything whose first step takes longer than the minutes available."""
    first = activity.steps[0].seconds
    if first > context.checkin.minutes * 60:
        return REJECT
    return Verdict(reason=f"The first step takes {format_duration(first)}.")


_POSTURE_WORDS = {
    Posture.LYING: "lying down",
    Posture.SITTING: "sitting down",
    Posture.STANDING: "standing up",
}


@shared_rule("posture", key=_postures_of)
def fits_posture(activity: Activity, context: Context) -> Verdict:
    """Leave out anything that cannot start from where the body is now."""
    posture = context.checkin.posture
    if posture not in activity.postures:
        return REJECT
    return Verdict(reason=f"You can start it {_POSTURE_WORDS[posture]}.")


@shared_rule("outdoors", key=_outdoors_of)
def outdoors_only_when_possible(activity: Activity, context: Context) -> Verdict:
    """Leave out anything outside unless the person said going outside is possible."""
    if not activity.outdoors:
        return KEEP
    if not context.checkin.outdoors:
        return REJECT
    return Verdict(reason="You said going outside is possible today.")


@shared_rule("time_of_day", key=_times_and_energizing)
def suits_time_of_day(activity: Activity, context: Context) -> Verdict:
    """Leave out anything that does not suit this part of the day; nothing energizing at night."""
    time = context.checkin.time_of_day
    if time not in activity.times:
        return REJECT
    if time is TimeOfDay.NIGHT and "energizing" in activity.tags:
        return REJECT
    return KEEP


@shared_rule("avoids", reach=_avoids_reach, alike=True)
def leaves_out_avoided(activity: Activity, context: Context) -> Verdict:
    """Leave out the activities and categories the person asked to avoid."""
    avoids = context.checkin.avoids
    return REJECT if activity.id in avoids or activity.category in avoids else KEEP


# -- scorers: preferences ------------------------------------------------------------------


@shared_rule("likes", reach=_likes_reach, alike=True)
def prefer_liked(activity: Activity, context: Context) -> Verdict:
    """Prefer the activities (3 points) and categories (2 points) the person likes."""
    likes = context.checkin.likes
    if activity.id in likes:
        return Verdict(points=3.0, reason="You said you like this one.")
    if activity.category in likes:
        return Verdict(points=2.0, reason=f"You said you like {activity.category}.")
    return KEEP


_SIZED_FOR = {
    Energy.EMPTY: "Small enough for running on empty.",
    Energy.VERY_LOW: "Sized for very low energy.",
    Energy.LOW: "Sized for low energy.",
    Energy.SOME: "Sized for some energy.",
    Energy.GOOD: "Sized for a day with good energy.",
}


@shared_rule("energy", key=_energy_of)
def matches_energy(activity: Activity, context: Context) -> Verdict:
    """Prefer activities sized for today's energy: a quarter point less per level below it."""
    gap = int(context.checkin.energy) - int(activity.energy)
    if gap == 0:
        return Verdict(points=1.0, reason=_SIZED_FOR[activity.energy])
    return Verdict(points=1.0 - 0.25 * gap)


@shared_rule("energy", key=_is_basic)
def basics_on_hard_days(activity: Activity, context: Context) -> Verdict:
    """At energy 0 and 1, prefer the bare-minimum basics (tag `bare-minimum`): 1 point."""
    if context.checkin.energy > Energy.VERY_LOW or "bare-minimum" not in activity.tags:
        return KEEP
    return Verdict(points=1.0, reason="It is one of the basics that hold a hard day together.")


@personal_rule(_basics_reach)
def bare_minimum_first(activity: Activity, context: Context) -> Verdict:
    """At energy 0 and 1, prefer today's unfinished bare-minimum routine items: 3 points.

    It speaks only when the caller passed today's `RoutineDay` to `recommend`.
    """
    if context.checkin.energy > Energy.VERY_LOW or activity.id not in context.unfinished_basics:
        return KEEP
    return Verdict(points=3.0, reason="It is part of your bare minimum, and not done yet today.")


@personal_rule(_lift_reach, alike=True)
def lifted_mood_before(activity: Activity, context: Context) -> Verdict:
    """Prefer what lifted mood before, once rated at least `MIN_TIMES` times.

    The activity's own average mood shift of 1 point or more adds that many points (3 at
    most); otherwise its category's average of 1 or more adds half as many.
    """
    times, lift = context.lifts.get(f"activity:{activity.id}", (0, 0.0))
    if times >= MIN_TIMES and lift >= 1:
        return Verdict(
            points=min(3.0, lift),
            reason=f"It lifted your mood before: {lift:+.1f} on average over {times} times.",
        )
    times, lift = context.lifts.get(f"category:{activity.category}", (0, 0.0))
    if times >= MIN_TIMES and lift >= 1:
        return Verdict(
            points=min(1.5, lift / 2),
            reason=f"Things like this lifted your mood before, over {times} times.",
        )
    return KEEP


@personal_rule(_surprises_reach)
def better_than_expected(activity: Activity, context: Context) -> Verdict:
    """Prefer what went better than predicted last time (0.5 points), and say so."""
    predicted, actual = context.surprises.get(activity.id, (0, 0))
    if actual <= predicted:
        return KEEP
    return Verdict(
        points=0.5,
        reason=f"Last time it went better than you expected: you guessed {predicted}, "
        f"and it was {actual}.",
    )


@shared_rule("energy", "grade", key=_energy_of)
def grade_gently(activity: Activity, context: Context) -> Verdict:
    """Size the next step by the last ones: smaller after a partly done one, bigger after three.

    After a partly done or skipped activity, activities below today's energy get 1 point
    (and `recommend` sizes steps one level smaller). After three finished ones, activities at
    today's energy get 0.5.
    """
    energy = context.checkin.energy
    if context.grade < 0 and activity.energy < energy:
        return Verdict(
            points=1.0, reason="This one is a smaller step, to make the next start easier."
        )
    if context.grade > 0 and activity.energy == energy and energy > Energy.EMPTY:
        return Verdict(
            points=0.5, reason="You finished the last few you started, so this is a little bigger."
        )
    return KEEP


@personal_rule(_often_reach)
def less_of_the_same(activity: Activity, context: Context) -> Verdict:
    """Let what was done often this week give way to others for a while: -1.5 points.

    It speaks about activities done `WEEKLY_REPEATS` or more times in the 7 days before `now`.
    In today's category it takes 0.5 more, so the rotation's bonus (`keeps_variety`) does not
    soften it.
    """
    if context.week_counts.get(activity.id, 0) < WEEKLY_REPEATS:
        return KEEP
    return Verdict(points=-2.0 if context.turn == activity.category else -1.5)


@shared_rule("turn", key=_category_of)
def keeps_variety(activity: Activity, context: Context) -> Verdict:
    """Let categories take turns by date: 0.5 points for today's category (`Context.turn`)."""
    if context.turn and context.turn == activity.category:
        return Verdict(points=0.5, reason="It adds some variety to your week.")
    return KEEP


def _before(now: dt.datetime, span: dt.timedelta) -> dt.datetime:
    """`now - span`, or the first moment there is when that falls before the year 1."""
    try:
        return now - span
    except OverflowError:
        return dt.datetime.min.replace(tzinfo=now.tzinfo)


def _turn(now: dt.datetime | None) -> str:
    """Today's category in the fixed rotation of the built-in categories, by date."""
    from ._catalog import BUILTIN_CATEGORIES

    if now is None:
        return ""
    return BUILTIN_CATEGORIES[now.toordinal() % len(BUILTIN_CATEGORIES)].id


@shared_rule("minutes", "energy", key=_whole_size)
def fits_whole_in_time(activity: Activity, context: Context) -> Verdict:
    """Prefer activities whose steps all fit in the time and energy there is (1 point)."""
    checkin = context.checkin
    fits = (
        activity.total_seconds <= checkin.minutes * 60
        and len(activity.steps) <= checkin.energy.steps_shown
    )
    if not fits:
        return KEEP
    return Verdict(
        points=1.0, reason=f"All of it fits in {format_duration(activity.total_seconds)}."
    )


@shared_rule("time_of_day", key=_times_and_wind_down)
def suits_the_hour(activity: Activity, context: Context) -> Verdict:
    """Prefer wind-down in the evening and at night, and activities made for this time.

    Wind-down gets 1.5 points in the evening and at night; an activity that lists only one or
    two times of day, this one among them, gets 0.5.
    """
    time = context.checkin.time_of_day
    if time in (TimeOfDay.EVENING, TimeOfDay.NIGHT) and "wind-down" in activity.tags:
        return Verdict(points=1.5, reason="It can help you wind down.")
    if len(activity.times) <= 2 and time in activity.times:
        return Verdict(points=0.5, reason=f"It is made for the {time}.")
    return KEEP


@personal_rule(_recent_reach)
def not_repeated_recently(activity: Activity, context: Context) -> Verdict:
    """Push back what was done recently (-4 points), so it comes up only without alternatives."""
    return Verdict(points=-4.0) if activity.id in context.recent_ids else KEEP


@plan_rule(ceiling=0.0)
def spread_categories(activity: Activity, context: Context) -> Verdict:
    """Spread the plan over kinds of activity: -2.5 points per pick already in this category."""
    if not context.chosen:
        return KEEP
    category = activity.category
    same = sum(1 for a in context.chosen if a.category == category)
    return Verdict(points=-2.5 * same) if same else KEEP


@attrs.frozen(repr=False)
class TagPreference:
    """The rule `prefer_tags` makes: frozen, comparable, with a readable repr.

    Attributes:
        tags: The tags to prefer.
        points: The points added to a matching activity.
        reason: The sentence shown with matching suggestions.
    """

    tags: frozenset[str]
    points: float = 1.0
    reason: str | None = None

    #: It reads only the activity, so its verdicts are shared by every check-in.
    shared_fields: ClassVar[frozenset[str]] = frozenset()

    @property
    def name(self) -> str:
        """The rule's name, for `Recommender.without`."""
        return "prefer_tags"

    def __call__(self, activity: Activity, context: Context) -> Verdict:
        if self.tags.isdisjoint(activity.tags):
            return KEEP
        return Verdict(points=self.points, reason=self.reason)

    def __repr__(self) -> str:
        tags = ", ".join(repr(t) for t in sorted(self.tags))
        return f"prefer_tags({tags}, points={self.points})"


def prefer_tags(*tags: str, points: float = 1.0, reason: str | None = None) -> TagPreference:
    """Make a rule that prefers activities carrying any of some tags.

    Args:
        *tags: The tags to prefer.
        points: The points to add to a matching activity.
        reason: The sentence shown with matching suggestions, if any.

    Returns:
        The rule, named `prefer_tags`.

    Example:
        >>> rule = prefer_tags("music", "nature", points=2.0)
        >>> rule
        prefer_tags('music', 'nature', points=2.0)
    """
    for tag in tags:
        must_be("tags", tag, str, "tags as text")
    must_be("reason", reason, str | None, "a sentence or None")
    return TagPreference(frozenset(tags), number_in("points", points, -1e6, 1e6), reason)


DEFAULT_RULES: Final[tuple[Rule, ...]] = (
    fits_energy,
    first_step_fits_minutes,
    fits_posture,
    outdoors_only_when_possible,
    suits_time_of_day,
    leaves_out_avoided,
    prefer_liked,
    matches_energy,
    basics_on_hard_days,
    bare_minimum_first,
    lifted_mood_before,
    better_than_expected,
    grade_gently,
    fits_whole_in_time,
    suits_the_hour,
    not_repeated_recently,
    less_of_the_same,
    keeps_variety,
    spread_categories,
)
"""The default rules, in the order they run: the filters first, then the scorers."""
