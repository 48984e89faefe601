"""Hard days and better days: the same half hour at energy 1 and at energy 4.

On a hard day the plan is a few tiny things; on a better one there is more room (a bike ride, a
call, a meal for someone), still in micro-steps, never more pressure.

Run it with:  python examples/better_days.py
"""

from __future__ import annotations

import collections

import smallsteps as ss

CHECKINS = [
    ("standing", "morning", True),
    ("sitting", "afternoon", False),
    ("sitting", "evening", False),
]


def main() -> None:
    recommender = ss.Recommender()
    for posture, time, outdoors in CHECKINS:
        for energy in (1, 4):
            checkin = ss.CheckIn(energy, 30, posture, time, outdoors=outdoors)
            plan = recommender.recommend(checkin)
            titles = "; ".join(s.activity.title for s in plan.suggestions)
            print(f"energy {energy}, 30 minutes, {posture}, {time}: {titles}")
        print()

    # What the catalog holds for each life area, so a plan led by values has choices.
    areas = collections.Counter(a.life_area for a in ss.default_catalog())
    for area in ss.LifeArea:
        print(f"{area}: {areas[area]} activities")


if __name__ == "__main__":
    main()
