"""The recommender's rules: small named callables, run in the order of `DEFAULT_RULES`.

A rule takes an `Activity` and a `Context` and returns a `Verdict`: leave the activity out
(`REJECT`), or keep it with some points and, when it has something to say, a reason for the
person. Filters are the rules that may reject (hard limits); scorers only add points
(preferences). Write your own as a plain function with the same signature.

What a rule sees and returns is in `_context`; how it declares what it reads, so that the
index can share its work (`shared_rule`, `personal_rule`), in `_reach`. Both are named here.
"""

from __future__ import annotations

from typing import ClassVar, Final

import attrs

from ._context import (
    KEEP,
    MIN_TIMES,
    REJECT,
    WEEKLY_REPEATS,
    Context,
    Rule,
    Verdict,
    rule_name,
)
from ._errors import must_be, number_in
from ._learning import (
    _lift_verdict,
    eases_off_after_drops,
    felt_capable_before,
    serves_your_values,
)
from ._model import Activity, plain
from ._reach import (
    SHARED_FIELDS,
    Reach,
    _avoids_reach,
    _basics_reach,
    _category_of,
    _energy_of,
    _first_minutes,
    _is_basic,
    _lift_reach,
    _likes_reach,
    _often_reach,
    _outdoors_of,
    _postures_of,
    _recent_reach,
    _surprises_reach,
    _times_and_energizing,
    _times_and_wind_down,
    _whole_size,
    personal_rule,
    picks_by,
    plan_rule,
    shared_rule,
)
from ._say import saying
from ._vocab import Energy, TimeOfDay

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
    "eases_off_after_drops",
    "felt_capable_before",
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
    "serves_your_values",
    "shared_rule",
    "spread_categories",
    "suits_the_hour",
    "suits_time_of_day",
]

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
    return saying(0.0, "reason.first_step", seconds=first)


@shared_rule("posture", key=_postures_of)
def fits_posture(activity: Activity, context: Context) -> Verdict:
    """Leave out anything that cannot start from where the body is now."""
    posture = context.checkin.posture
    if posture not in activity.postures:
        return REJECT
    return saying(0.0, f"reason.posture_{posture.value}")


@shared_rule("outdoors", key=_outdoors_of)
def outdoors_only_when_possible(activity: Activity, context: Context) -> Verdict:
    """Leave out anything outside unless the person said going outside is possible."""
    if not activity.outdoors:
        return KEEP
    if not context.checkin.outdoors:
        return REJECT
    return saying(0.0, "reason.outdoors")


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
    """Leave out the activities, categories, tags and life areas the person asked to avoid."""
    avoids = context.checkin.avoids
    return REJECT if activity.id in avoids or _liked(activity, avoids) else KEEP


# -- scorers: preferences ------------------------------------------------------------------


@shared_rule(
    "likes", reach=_likes_reach, alike=True
)  # the reason names the group, the points do not
def prefer_liked(activity: Activity, context: Context) -> Verdict:
    """Prefer what the person likes: an activity (3 points), or its group (2 points).

    A group is the activity's category, one of its tags, or its life area.
    """
    likes = context.checkin.likes
    if activity.id in likes:
        return saying(3.0, "reason.liked_this")
    liked = _liked(activity, likes)
    if liked:
        category = liked if liked == activity.category else ""
        return saying(2.0, "reason.liked_group", group=liked, category=category)
    return KEEP


def _liked(activity: Activity, words: tuple[str, ...]) -> str:
    """The first of an activity's category, tags and life area among `words`, as said."""
    if activity.category in words:
        return activity.category
    for tag in activity.tags:
        if tag in words:
            return tag
    area = activity.life_area
    if area is not None and area.value in words:
        return area.value.replace("-", " ")  # "mind-body-spirit": "mind body spirit"
    return ""


@shared_rule("energy", key=_energy_of)
def matches_energy(activity: Activity, context: Context) -> Verdict:
    """Prefer activities sized for today's energy: a quarter point less per level below it."""
    gap = int(context.checkin.energy) - int(activity.energy)
    if gap == 0:
        return saying(1.0, f"reason.sized_{int(activity.energy)}")
    return Verdict(points=1.0 - 0.25 * gap)


@shared_rule("energy", key=_is_basic)
def basics_on_hard_days(activity: Activity, context: Context) -> Verdict:
    """At energy 0 and 1, prefer the bare-minimum basics (tag `bare-minimum`): 1 point."""
    if context.checkin.energy > Energy.VERY_LOW or "bare-minimum" not in activity.tags:
        return KEEP
    return saying(1.0, "reason.basics")


@personal_rule(_basics_reach)
def bare_minimum_first(activity: Activity, context: Context) -> Verdict:
    """At energy 0 and 1, prefer today's unfinished bare-minimum routine items: 3 points.

    It speaks only when the caller passed today's `RoutineDay` to `recommend`.
    """
    if context.checkin.energy > Energy.VERY_LOW or activity.id not in context.unfinished_basics:
        return KEEP
    return saying(3.0, "reason.bare_minimum")


@personal_rule(_lift_reach, alike=True)
def lifted_mood_before(activity: Activity, context: Context) -> Verdict:
    """Prefer what lifted mood before, once rated at least `MIN_TIMES` times.

    The activity's own average mood shift of 1 point or more adds that many points (3 at
    most); otherwise its category's average of 1 or more adds half as many.
    """
    times, lift = context.lifts.get(f"activity:{activity.id}", (0, 0.0))
    if times >= MIN_TIMES and lift >= 1:
        return _lift_verdict(min(3.0, lift), "reason.lifted", float(lift), times)
    times, lift = context.lifts.get(f"category:{activity.category}", (0, 0.0))
    if times >= MIN_TIMES and lift >= 1:
        return _lift_verdict(min(1.5, lift / 2), "reason.lifted_group", None, times)
    return KEEP


@personal_rule(_surprises_reach)
def better_than_expected(activity: Activity, context: Context) -> Verdict:
    """Prefer what went better than predicted last time (0.5 points), and say so."""
    predicted, actual = context.surprises.get(activity.id, (0, 0))
    if actual <= predicted:
        return KEEP
    return saying(0.5, "reason.better_than_expected", predicted=predicted, actual=actual)


@shared_rule("energy", "grade", key=_energy_of)
def grade_gently(activity: Activity, context: Context) -> Verdict:
    """Size the next step by the last ones: smaller after a partly done one, bigger after three.

    After a partly done or skipped activity, activities below today's energy get 1 point
    (and `recommend` sizes steps one level smaller). After three finished ones, activities at
    today's energy get 0.5.
    """
    energy = context.checkin.energy
    if context.grade < 0 and activity.energy < energy:
        return saying(1.0, "reason.smaller")
    if context.grade > 0 and activity.energy == energy and energy > Energy.EMPTY:
        return saying(0.5, "reason.bigger")
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
    return _LESS_IN_TURN if context.turn == activity.category else _LESS


_LESS: Final = Verdict(points=-1.5)
_LESS_IN_TURN: Final = Verdict(points=-2.0)


@shared_rule("turn", key=_category_of)
def keeps_variety(activity: Activity, context: Context) -> Verdict:
    """Let categories take turns by date: 0.5 points for today's category (`Context.turn`)."""
    if context.turn and context.turn == activity.category:
        return saying(0.5, "reason.variety")
    return KEEP


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
    return saying(1.0, "reason.fits_whole", seconds=activity.total_seconds)


@shared_rule("time_of_day", key=_times_and_wind_down)
def suits_the_hour(activity: Activity, context: Context) -> Verdict:
    """Prefer wind-down in the evening and at night, and activities made for this time.

    Wind-down gets 1.5 points in the evening and at night; an activity that lists only one or
    two times of day, this one among them, gets 0.5.
    """
    time = context.checkin.time_of_day
    if time in (TimeOfDay.EVENING, TimeOfDay.NIGHT) and "wind-down" in activity.tags:
        return saying(1.5, "reason.wind_down")
    if len(activity.times) <= 2 and time in activity.times:
        return saying(0.5, f"reason.made_for_{time.value}")
    return KEEP


@personal_rule(_recent_reach)
def not_repeated_recently(activity: Activity, context: Context) -> Verdict:
    """Push back what was done recently (-4 points), so it comes up only without alternatives."""
    return _PUSHED_BACK if activity.id in context.recent_ids else KEEP


_PUSHED_BACK: Final = Verdict(points=-4.0)


@picks_by(_category_of)
@plan_rule(ceiling=0.0)
def spread_categories(activity: Activity, context: Context) -> Verdict:
    """Spread the plan over kinds of activity: -2.5 points per pick already in this category."""
    if not context.chosen:
        return KEEP
    category = activity.category
    same = 0
    for chosen in context.chosen:
        if chosen.category == category:
            same += 1
    if not same:
        return KEEP
    found = _SPREAD.get(same)  # verdicts are frozen: one per count, shared
    if found is None:
        found = _SPREAD.setdefault(same, Verdict(points=-2.5 * same))
    return found


_SPREAD: dict[int, Verdict] = {}


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
    points_ = number_in("points", points, -1e6, 1e6)
    return TagPreference(frozenset(plain(t) for t in tags), points_, plain(reason))


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
    serves_your_values,
    lifted_mood_before,
    eases_off_after_drops,
    better_than_expected,
    felt_capable_before,
    grade_gently,
    fits_whole_in_time,
    suits_the_hour,
    not_repeated_recently,
    less_of_the_same,
    keeps_variety,
    spread_categories,
)
"""The default rules, in the order they run: the filters first, then the scorers."""
