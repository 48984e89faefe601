"""Helpers for testing code built on smallsteps: small fake catalogs and a fixed clock.

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
from ._model import Activity, CheckIn, Step

__all__ = ["FIXED_NOW", "make_activity", "make_checkin", "tiny_catalog"]

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
