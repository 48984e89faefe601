"""Routines: the bare minimum on a hard day, more on a better one, counted kindly.

Run it with:  python examples/routines.py
"""

from __future__ import annotations

import datetime as dt

import smallsteps as ss


def main() -> None:
    morning = ss.default_routines()["morning"]
    for energy in (ss.Energy(1), ss.Energy(3)):
        print(f"Energy {int(energy)}:")
        print(morning.for_energy(energy))
        print()

    # A routine from a person's own words, with a habit-stacking anchor.
    mine = ss.Routine.build(
        "my mornings", ["drink water", "open the curtains", "after I brush my teeth, take my meds"]
    )
    today = dt.date(2026, 11, 22)
    day = ss.RoutineDay(mine, today, done={"drink-water"}, partly={"open-the-curtains"})
    print(mine.for_energy(ss.Energy(2)))
    print(day.summary())
    earlier = ss.RoutineDay(mine, today - dt.timedelta(days=3), done={"drink-water"})
    print(ss.RoutineWeek([earlier, day], today=today).summary())


if __name__ == "__main__":
    main()
