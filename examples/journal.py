"""A simulated fortnight: the journal remembers what helped, and the plans adapt.

This person's walks always lift their mood by three points; everything else by one. Each
morning they check in, do the first suggestion (and every third day a walk too), and note their
mood before and after. In week two they start skipping steps, and the steps shrink.

Run it with:  python examples/journal.py
"""

from __future__ import annotations

import datetime as dt

import smallsteps as ss

START = dt.datetime(2026, 11, 2, 9, 0)
WALK = "walk-to-a-spot"


def simulate(journal: ss.JournalBase, days: int = 14) -> list[str]:
    """Run the fortnight against a journal; return one line a day."""
    recommender = ss.Recommender()
    checkin = ss.CheckIn(
        energy=2, minutes=20, posture="standing", time_of_day="morning", outdoors=True
    )
    lines = []
    for day in range(days):
        now = START + dt.timedelta(days=day)
        plan = recommender.recommend(checkin, journal.recent(days=14, now=now), limit=3, now=now)
        ids = [s.activity.id for s in plan.suggestions]
        skipping = day >= 10  # in the last days, steps are left half done
        done = ss.Completion.PARTLY if skipping else ss.Completion.DONE
        first = ids[0]
        lift = 3 if first == WALK else 1
        journal.add(ss.Entry(first, now, done=done, mood_before=4, mood_after=4 + lift))
        if day % 3 == 0 and first != WALK:  # a walk every third day
            later = now + dt.timedelta(hours=5)
            journal.add(ss.Entry(WALK, later, done=done, mood_before=4, mood_after=7))
        steps = plan.suggestions[0].steps
        walk_rank = ids.index(WALK) + 1 if WALK in ids else "-"
        lines.append(
            f"day {day + 1:2}: {', '.join(ids):62} walk rank {walk_rank}; "
            f"first step {steps[0].seconds:3} s"
        )
    return lines


def main() -> None:
    journal = ss.MemoryJournal()
    for line in simulate(journal):
        print(line)
    print()
    found = ss.insights(journal.entries())
    for sentence in found.sentences:
        print(sentence)
    print(found.note)


if __name__ == "__main__":
    main()
