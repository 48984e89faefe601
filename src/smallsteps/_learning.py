"""Rules that learn from the person both ways: values, mood drops and feeling capable.

`lifted_mood_before` and `better_than_expected` (in `_rules`) raise what went well. These
three complete the loop: `serves_your_values` prefers what the person said matters,
`eases_off_after_drops` offers a little less often what was followed by lower mood (quietly:
no reason that could read as blame), and `felt_capable_before` counts mastery ratings.
All three are personal rules: they speak only about the activities the context names.
Here too are the verdicts `lifted_mood_before` gives (`_lift_verdict`), remembered.
"""

from __future__ import annotations

import functools

from ._context import CAPABLE, KEEP, MIN_TIMES, Context, Verdict
from ._model import Activity
from ._reach import _drop_reach, _mastery_reach, _values_reach, personal_rule
from ._say import saying

__all__ = ["eases_off_after_drops", "felt_capable_before", "serves_your_values"]


@personal_rule(_values_reach, alike=True)
def serves_your_values(activity: Activity, context: Context) -> Verdict:
    """Prefer what serves the person's values: 2 points if they chose it, 1 for its life area.

    It speaks only when the caller passed `values` to `recommend`, and quotes the person's
    own words in the reason.
    """
    chosen = context.values.serving(activity.id)
    if chosen is not None:
        return saying(2.0, "reason.values_chosen", words=chosen.said)
    area = activity.life_area
    for value in context.values:
        if value.area is area:
            return saying(1.0, "reason.values_area", words=value.said)
    return KEEP


@personal_rule(_drop_reach, alike=True)
def eases_off_after_drops(activity: Activity, context: Context) -> Verdict:
    """Offer a little less often what was followed by lower mood, with no reason shown.

    An activity whose mood shift averages -1 or lower over `MIN_TIMES` rated times loses that
    many points (2 at most); a category's average loses half as many (1 at most). Nothing is
    ever left out for it, and no sentence says why: a drop after an activity is information
    about a day, not a verdict on the activity or the person.
    """
    times, lift = context.lifts.get(f"activity:{activity.id}", (0, 0.0))
    if times >= MIN_TIMES and lift <= -1:
        return Verdict(points=max(-2.0, lift))
    times, lift = context.lifts.get(f"category:{activity.category}", (0, 0.0))
    if times >= MIN_TIMES and lift <= -1:
        return Verdict(points=max(-1.0, lift / 2))
    return KEEP


@personal_rule(_mastery_reach)
def felt_capable_before(activity: Activity, context: Context) -> Verdict:
    """Prefer what left the person feeling capable: mastery `CAPABLE` or more, on average.

    Low mood hides achievement; a separate mastery rating keeps it visible. Over
    `MIN_TIMES` ratings, an average of 6 out of 10 or more adds 1 point, with the numbers.
    """
    times, level = context.mastery.get(activity.id, (0, 0.0))
    if times < MIN_TIMES or level < CAPABLE:
        return KEEP
    return saying(1.0, "reason.capable", level=round(level), times=times)


def _lift_verdict(points: float, key: str, lift: float | None, times: int) -> Verdict:
    """`saying(points, key, lift=lift, times=times)` (no `lift` when `None`), remembered.

    A history's plan asks the rule again and again for the same few lifts; `saying` shares
    the verdicts, and this skips making its key of keyword arguments.
    """
    try:
        return _lift_verdicts(points, key, lift, times)
    except TypeError:  # a value that cannot be a key
        if lift is None:
            return saying(points, key, times=times)
        return saying(points, key, lift=lift, times=times)


@functools.lru_cache(maxsize=4096, typed=True)
def _lift_verdicts(points: float, key: str, lift: float | None, times: int) -> Verdict:
    if lift is None:
        return saying(points, key, times=times)
    return saying(points, key, lift=lift, times=times)
