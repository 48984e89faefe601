"""A planned week as an iCalendar file (RFC 5545), so it opens in any calendar app.

Written with the `icalendar` package, made for the job: an optional extra
(`pip install "smallsteps[calendar]"`), imported only when `to_ical` is called. Each planned
activity is an event with its steps in the description and its nudge as a reminder; times
with a `zoneinfo` time zone carry it (`TZID` and a `VTIMEZONE`), naive times stay floating.
The calendar's own words come from the `week` document, in the week's locale.
"""

from __future__ import annotations

import datetime as dt
from typing import Final

from ._errors import ValidationError, must_be
from ._week import WeekPlan
from ._weekwords import week_words

__all__ = ["to_ical"]

PRODUCT: Final = "-//smallsteps//planned week//EN"
"""The calendar's `PRODID`."""


def to_ical(week: WeekPlan, *, now: dt.datetime, name: str | None = None) -> str:
    """Write a planned week as iCalendar text (RFC 5545): one event per planned activity.

    Each event has a stable `UID` (the journal entry's id), the activity's title, its length,
    its steps and a closing line in the description, and a display reminder at its start with
    the nudge. Save the text as a `.ics` file, or serve it as `text/calendar`.

    Args:
        week: The planned week (`plan_week`).
        now: The time the file is made, for each event's `DTSTAMP` (smallsteps never reads
            the clock); it needs a time zone.
        name: The calendar's name, shown by apps that read `X-WR-CALNAME`; "Small steps"
            (in the week's locale, `WeekPlan.locale`) when `None`.

    Returns:
        The calendar as text, lines ending in CRLF.

    Raises:
        ValidationError: If an argument is not of the documented type.
        ModuleNotFoundError: If `icalendar` is not installed (the `calendar` extra).
    """
    must_be("week", week, WeekPlan, "a WeekPlan")
    must_be("now", now, dt.datetime, "a datetime")
    must_be("name", name, str | None, "text")
    words = week_words(week.locale)
    if now.tzinfo is None:
        raise ValidationError("now", "expected a time with a time zone (datetime.UTC will do)")
    try:
        import icalendar
    except ModuleNotFoundError as missing:
        raise ModuleNotFoundError(
            'to_ical needs the icalendar package: pip install "smallsteps[calendar]"'
        ) from missing

    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODUCT)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name or words["calendar.name"])
    stamp = now.astimezone(dt.UTC)
    for item in week.items:
        event = icalendar.Event()
        event.add("uid", f"{item.entry().id}@smallsteps")
        event.add("dtstamp", stamp)
        event.add("dtstart", item.at)
        event.add("duration", dt.timedelta(minutes=item.minutes))
        event.add("summary", item.title)
        steps = [f"- {s.text}" for s in item.steps]
        event.add("description", "\n".join([*steps, words["calendar.closing"]]))
        event.add("categories", ["smallsteps"])
        alarm = icalendar.Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", item.nudge)
        alarm.add("trigger", dt.timedelta(0))
        event.add_component(alarm)
        calendar.add_component(event)
    calendar.add_missing_timezones()
    return str(calendar.to_ical().decode("utf-8"))
