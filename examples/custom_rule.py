"""Add your own rules to the recommender: one that prefers, one that leaves out.

Run it with:  python examples/custom_rule.py

A host app knows things smallsteps does not: here, that the person said music helps them, and
that calls and visits feel like too much late in the evening. Each becomes a rule: a plain
function `rule(activity, context) -> Verdict`.
"""

from __future__ import annotations

import datetime as dt

import smallsteps as ss


@ss.shared_rule()  # its verdict depends on the activity alone, so it is worked out once
def music_helps(activity: ss.Activity, context: ss.Context) -> ss.Verdict:
    """Prefer activities with music in them (2 points), and say why."""
    if "music" not in activity.tags:
        return ss.KEEP
    return ss.Verdict(points=2.0, reason="Your settings say music helps you.")


def quiet_after_nine(activity: ss.Activity, context: ss.Context) -> ss.Verdict:
    """Leave out anything that needs another person from 9 pm, when `now` is known."""
    late = context.now is not None and context.now.hour >= 21
    return ss.REJECT if late and activity.needs_person else ss.KEEP


def show(title: str, plan: ss.Plan, mine: set[str]) -> None:
    """Print a plan's titles, and the reasons given by the rules named in `mine`."""
    print(title)
    for n, suggestion in enumerate(plan.suggestions, start=1):
        print(f"  {n}. {suggestion.activity.title}")
        for reason in suggestion.reasons:
            if reason.rule in mine:
                print(f"     Why ({reason.rule}): {reason.text}")
    print()


def main() -> None:
    now = dt.datetime(2026, 11, 22, 21, 30)  # the host app passes the time in
    checkin = ss.CheckIn(
        energy=3, minutes=20, posture="sitting", time_of_day=now, likes=["connection"]
    )

    before = ss.Recommender()
    show("With the default rules:", before.recommend(checkin, now=now), set())

    # A scorer can go at the end; a filter goes before the scorers, so what it leaves out
    # costs nothing more.
    after = ss.Recommender(rules=[*ss.DEFAULT_RULES, music_helps]).adding(
        quiet_after_nine, before="prefer_liked"
    )
    names = after.rule_names
    print(f"{len(names)} rules; quiet_after_nine is number {names.index('quiet_after_nine') + 1}.")
    print()
    show("With the two new rules:", after.recommend(checkin, now=now), {"music_helps"})


if __name__ == "__main__":
    main()
