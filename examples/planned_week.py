"""A simulated fortnight of behavioral activation: values, a planned week, learning both ways.

Run it with:  python examples/planned_week.py

Two people plan the same first week from the same values. One does most of it, the other has
a hard week; their second weeks grow and shrink. An activity followed three times by a lower
mood sinks, quietly; the person's values pull their life areas up, with reasons in their own
words. The week goes out as an iCalendar file, and `due` says what a reminder would show.
"""

from __future__ import annotations

import datetime as dt
import pathlib
import sys
import tempfile
import zoneinfo

import smallsteps as ss

TZ = zoneinfo.ZoneInfo("Europe/London")
FIRST = dt.date(2026, 12, 7)
VALUES = ss.Values.build(
    {
        "relationships": "being there for my brother",
        "recreation": "music",
        "education-career": "learning to code again",
    }
)
TIMES = ("morning", "evening")


def lived(week: ss.WeekPlan, done: int, mood_after: int) -> list[ss.Entry]:
    """The journal after a week: the plan, and the first `done` of it done, mood rated."""
    entries = list(week.entries())
    for item in week.items[:done]:
        at = item.at + dt.timedelta(minutes=15)
        entries.append(
            ss.Entry(item.activity_id, at, planned=True, planned_at=item.at,
                     mood_before=4, mood_after=mood_after, mastery=7)
        )  # fmt: skip
    return entries


def fortnight() -> dict[str, ss.WeekPlan]:
    """The two people's first and second weeks."""
    first = ss.plan_week(FIRST, values=VALUES, times=TIMES, energy=1, tz=TZ)
    second = FIRST + dt.timedelta(days=7)
    good = ss.plan_week(second, lived(first, 3, 6), values=VALUES, times=TIMES, energy=1, tz=TZ)
    hard = ss.plan_week(second, lived(first, 1, 3), values=VALUES, times=TIMES, energy=1, tz=TZ)
    return {"first week": first, "after a good week": good, "after a hard week": hard}


def drops() -> tuple[ss.Plan, ss.Plan]:
    """A plan, and the same check-in after its first suggestion was followed by lower mood."""
    checkin = ss.CheckIn(2, 20, "sitting", "afternoon")
    now = dt.datetime(2026, 12, 20, 15, tzinfo=TZ)
    before = ss.recommend(checkin, now=now)
    top = before.suggestions[0].activity.id
    history = [
        ss.Entry(top, now - dt.timedelta(days=day), mood_before=6, mood_after=4)
        for day in (3, 5, 7)
    ]
    return before, ss.recommend(checkin, history, now=now)


def main() -> None:
    for label, week in fortnight().items():
        print(f"== {label} ==")
        print(week)
        for item in week.items:
            print(f"  {item.title}: {' '.join(item.reasons)}")
        print()

    before, after = drops()
    print("== learning both ways ==")
    print("before:", ", ".join(s.activity.title for s in before.suggestions))
    print("after three lower moods with the first:")
    print("       ", ", ".join(s.activity.title for s in after.suggestions))
    valued = ss.recommend(ss.CheckIn(2, 20, "sitting", "afternoon"), values=VALUES)
    print("with values:", ", ".join(s.activity.title for s in valued.suggestions))
    for suggestion in valued.suggestions:
        said = [r.text for r in suggestion.reasons if r.rule == "serves_your_values"]
        print(f"  {suggestion.activity.title}: {' '.join(said)}")
    print()

    first = fortnight()["first week"]
    print("== the weekly review, after the good week ==")
    print(ss.weekly_review(lived(first, 3, 6), FIRST))
    print()

    week = first
    now = dt.datetime(2026, 12, 7, 9, tzinfo=TZ)
    next_up = ss.due(week, [], now)
    if next_up is not None:
        print(f"due next: {next_up.at:%a %H:%M} {next_up.nudge}")
    if "icalendar" in sys.modules or _has_icalendar():
        text = ss.to_ical(week, now=now)
        path = pathlib.Path(tempfile.gettempdir()) / "smallsteps-week.ics"
        path.write_text(text, encoding="utf-8", newline="")
        print(f"calendar: {text.count('BEGIN:VEVENT')} events written to {path}")


def _has_icalendar() -> bool:
    import importlib.util

    return importlib.util.find_spec("icalendar") is not None


if __name__ == "__main__":
    main()
