"""Helpers for testing code built on smallsteps: small fake catalogs, a fixed clock, checks.

Example:
    >>> from smallsteps import testing
    >>> catalog = testing.tiny_catalog()
    >>> catalog
    <Catalog 4 activities>
    >>> testing.make_checkin(energy=0).energy
    <Energy.EMPTY: 0>
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Final

from ._catalog import Catalog
from ._errors import ValidationError
from ._model import Activity, CheckIn, Plan, Step, format_duration
from ._tone import lint_text
from ._vocab import TimeOfDay

__all__ = [
    "FIXED_NOW",
    "FixedClock",
    "assert_kind_text",
    "assert_plan_fits",
    "make_activity",
    "make_checkin",
    "plan_titles",
    "small_catalog",
    "tiny_catalog",
]

FIXED_NOW: Final = dt.datetime(2026, 11, 22, 9, 30, tzinfo=dt.UTC)
"""A fixed "now" for tests: smallsteps never reads the clock, so pass this in."""


def make_checkin(**changes: Any) -> CheckIn:
    """Return a check-in (energy 1, 5 minutes, lying, morning) with any fields changed.

    Args:
        **changes: Fields to change, as `CheckIn` takes them.

    Returns:
        The check-in.
    """
    values: dict[str, Any] = {
        "energy": 1,
        "minutes": 5,
        "posture": "lying",
        "time_of_day": "morning",
    }
    values.update(changes)
    return CheckIn(**values)


def make_activity(activity_id: str = "sip-water", **changes: Any) -> Activity:
    """Return a small valid activity (a sip of water at energy 0) with any fields changed.

    Args:
        activity_id: The id.
        **changes: Fields to change, as `Activity` takes them.

    Returns:
        The activity.
    """
    values: dict[str, Any] = {
        "id": activity_id,
        "title": "Take a sip of water",
        "category": "nourishment",
        "energy": 0,
        "steps": [Step("Reach for your glass", 5), Step("Take one sip", 5)],
    }
    values.update(changes)
    return Activity(**values)


def tiny_catalog() -> Catalog:
    """Return a four-activity catalog that covers every posture, indoors and out.

    Returns:
        A catalog small enough to reason about in a test.
    """
    return Catalog(
        [
            make_activity(postures=["lying", "sitting"]),
            make_activity(
                "wiggle-toes",
                title="Wiggle your toes",
                category="movement",
                steps=[Step("Wiggle the toes on one foot", 10), Step("Wiggle the other foot", 10)],
            ),
            make_activity(
                "open-window",
                title="Open a window",
                category="home",
                energy=1,
                postures=["standing"],
                times=["morning", "afternoon", "evening"],
                steps=[Step("Walk to the nearest window", 30), Step("Open it a little", 10)],
            ),
            make_activity(
                "walk-the-block",
                title="Walk round the block",
                category="outdoors",
                energy=3,
                outdoors=True,
                postures=["standing"],
                times=["morning", "afternoon"],
                tags=["energizing"],
                steps=[Step("Put on your shoes", 60), Step("Walk to the corner and back", 600)],
            ),
        ]
    )


class FixedClock:
    """A clock that stands still until told to move, for front ends that take a clock.

    Call it like `datetime.now`: `clock()` returns the current (fixed) time. smallsteps itself
    never reads a clock; this is for the code around it.

    Args:
        start: The time it starts at, with a time zone; `FIXED_NOW` when not given.

    Raises:
        ValidationError: If `start` is not a datetime with a time zone.

    Example:
        >>> clock = FixedClock()
        >>> clock().isoformat()
        '2026-11-22T09:30:00+00:00'
        >>> clock.advance(hours=12).isoformat()
        '2026-11-22T21:30:00+00:00'
        >>> clock() == FIXED_NOW + dt.timedelta(hours=12)
        True
    """

    __slots__ = ("_now",)

    def __init__(self, start: dt.datetime = FIXED_NOW) -> None:
        if not isinstance(start, dt.datetime) or start.utcoffset() is None:
            raise ValidationError("start", "expected a datetime with a time zone")
        self._now = start

    def __call__(self) -> dt.datetime:
        """Return the clock's current time."""
        return self._now

    def advance(self, *, days: float = 0, hours: float = 0, minutes: float = 0) -> dt.datetime:
        """Move the clock forward and return the new time.

        Args:
            days: Days to move forward.
            hours: Hours to move forward.
            minutes: Minutes to move forward.

        Returns:
            The new time.

        Raises:
            ValidationError: If the total would move the clock backwards.
        """
        step = dt.timedelta(days=days, hours=hours, minutes=minutes)
        if step < dt.timedelta(0):
            raise ValidationError("advance", f"a clock moves forward, got {step}")
        self._now += step
        return self._now

    def __repr__(self) -> str:
        return f"<FixedClock {self._now.isoformat()}>"


def small_catalog() -> Catalog:
    """Return a twelve-activity catalog: one or two per built-in category (data, in TOML).

    Together they cover every energy level (0 to 4), every posture, indoors and outdoors, and
    each time of day, with steps sized for their energy and text that passes `lint_text`.

    Returns:
        A catalog for front-end tests that need some of everything.

    Example:
        >>> catalog = small_catalog()
        >>> catalog
        <Catalog 12 activities>
        >>> sorted({int(a.energy) for a in catalog})
        [0, 1, 2, 3, 4]
    """
    import tomllib

    from . import _loader

    text = _loader._data_file("testing/small-catalog.toml").read_text("utf-8")
    return _loader.parse_catalog(tomllib.loads(text), source="smallsteps/data/testing")


def assert_plan_fits(plan: Plan, checkin: CheckIn | None = None) -> None:
    """Check that a plan keeps the limits the default rules promise for a check-in.

    For each suggestion: the activity's energy is at most the check-in's; it starts from the
    check-in's posture; it is outdoors only when going outside is possible; it suits the time
    of day (nothing energizing at night); it is not in `avoids`; its first step fits the
    minutes. The steps shown are at least one and at most the level's `steps_shown`, none
    longer than the level's `step_seconds`, and together within the minutes. No activity
    comes twice. A custom rule list without the default filters makes no such promise.

    Args:
        plan: The plan to check.
        checkin: The check-in to check against; `plan.checkin` when `None`.

    Raises:
        AssertionError: Listing every broken limit, one a line, by suggestion and activity id.

    Example:
        >>> from smallsteps import Recommender
        >>> plan = Recommender(small_catalog()).recommend(make_checkin(energy=1))
        >>> assert_plan_fits(plan)
        >>> assert_plan_fits(plan, make_checkin(energy=0))
        Traceback (most recent call last):
          ...
        AssertionError: the plan does not fit the check-in:
          suggestion 1 'write-one-line': needs energy 1, above the check-in's 0
          suggestion 1 'write-one-line': step 2 takes 60 s, above 30 s for energy 0
    """
    checkin = plan.checkin if checkin is None else checkin
    problems: list[str] = []
    seen: set[str] = set()
    for n, suggestion in enumerate(plan.suggestions, start=1):
        activity = suggestion.activity
        label = f"suggestion {n} {activity.id!r}"
        problems += [
            f"{label}: {problem}" for problem in _misfits(suggestion.steps, activity, checkin)
        ]
        if activity.id in seen:
            problems.append(f"{label}: comes twice")
        seen.add(activity.id)
    if problems:
        raise AssertionError("\n  ".join(["the plan does not fit the check-in:", *problems]))


def _misfits(shown: tuple[Step, ...], activity: Activity, checkin: CheckIn) -> list[str]:
    """The limits one suggestion breaks, as short lines."""
    energy, budget = checkin.energy, checkin.minutes * 60
    problems = []
    if activity.energy > energy:
        problems.append(f"needs energy {int(activity.energy)}, above the check-in's {int(energy)}")
    if checkin.posture not in activity.postures:
        problems.append(f"cannot start {checkin.posture}")
    if activity.outdoors and not checkin.outdoors:
        problems.append("is outdoors, and going outside is not possible")
    if checkin.time_of_day not in activity.times:
        problems.append(f"does not suit the {checkin.time_of_day}")
    if checkin.time_of_day is TimeOfDay.NIGHT and "energizing" in activity.tags:
        problems.append("is energizing, at night")
    if activity.id in checkin.avoids or activity.category in checkin.avoids:
        problems.append("is one the check-in avoids")
    if activity.steps[0].seconds > budget:
        first = format_duration(activity.steps[0].seconds)
        problems.append(f"first step takes {first}, longer than {checkin.minutes} minutes")
    if not 1 <= len(shown) <= energy.steps_shown:
        problems.append(
            f"shows {len(shown)} steps; energy {int(energy)} shows 1 to {energy.steps_shown}"
        )
    problems += [
        f"step {i} takes {step.seconds} s, above {energy.step_seconds} s for energy {int(energy)}"
        for i, step in enumerate(shown, start=1)
        if step.seconds > energy.step_seconds
    ]
    if sum(step.seconds for step in shown) > budget:
        problems.append(f"the steps shown take longer than {checkin.minutes} minutes")
    return problems


def assert_kind_text(*texts: str, step: bool = False) -> None:
    """Check texts against the tone rules (`lint_text`), for front ends that write their own.

    Args:
        *texts: The texts a person will read.
        step: Whether they are micro-steps (checked as `lint_text(text, step=True)`).

    Raises:
        AssertionError: Listing each text with its problems.

    Example:
        >>> assert_kind_text("Take one sip of water", "Stopping here counts.")
        >>> assert_kind_text("You should just get up")
        Traceback (most recent call last):
          ...
        AssertionError: 1 text does not pass the tone rules:
          'You should just get up': uses 'should', uses 'just'
    """
    found = [(text, lint_text(text, step=step)) for text in texts]
    problems = [f"{text!r}: {', '.join(p)}" for text, p in found if p]
    if problems:
        head = f"{len(problems)} text{' does' if len(problems) == 1 else 's do'} not pass"
        raise AssertionError("\n  ".join([f"{head} the tone rules:", *problems]))


def plan_titles(plan: Plan) -> list[str]:
    """Return the titles of a plan's suggestions, best first: a short thing to compare.

    Example:
        >>> from smallsteps import Recommender
        >>> plan_titles(Recommender(tiny_catalog()).recommend(make_checkin(energy=0)))
        ['Take a sip of water', 'Wiggle your toes']
    """
    return [suggestion.activity.title for suggestion in plan.suggestions]
