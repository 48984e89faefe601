"""A first check-in: a person lying down, with very little energy and five minutes.

Run it with:  python examples/quickstart.py
"""

from __future__ import annotations

import smallsteps as ss


def main() -> None:
    checkin = ss.CheckIn(
        energy=ss.Energy(1),
        minutes=5,
        posture=ss.Posture("lying"),
        time_of_day=ss.TimeOfDay("morning"),
    )
    plan = ss.Recommender(ss.default_catalog()).recommend(checkin, limit=3)
    print(plan)
    print()
    print("Any step you take counts, and so does stopping after one.")


if __name__ == "__main__":
    main()
