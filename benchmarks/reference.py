"""The default rules written as plain Python: the yardstick the recommender is timed against.

`reference_plan` gives the same activity ids, in the same order, as
`smallsteps.Recommender(catalog).recommend(checkin, history, limit, now)` with the default
rules, but builds no `Verdict`, `Reason` or `Suggestion` values and sizes no steps. It reads
plain tuples made once per catalog by `prepare`, filters them with one comprehension, scores
what is left with another, then picks greedily. tests/test_benchmarks.py checks that the ids
agree.

How each default rule reads here (see `smallsteps._rules`):

- Filters: energy at most the check-in's; first step within the minutes; the posture and the
  time of day among the activity's; outdoors only when the check-in allows it; nothing tagged
  `energizing` at night; nothing whose id or category is avoided.
- Points: liked id 3 or liked category 2; `1 - 0.25 * (energy gap)`; at energy 0 and 1 a
  `bare-minimum` tag 1; mood lift (own average of at least 1 over 3 rated times: up to 3; else
  the category's: half, up to 1.5); enjoyment above the guess last time 0.5; after a partly
  done or skipped entry 1 for lower-energy activities, after three finished ones 0.5 at today's
  energy (above 0); all steps fit the minutes and the level's `steps_shown` 1; `wind-down` in
  the evening and at night 1.5, else made for at most two times of day 0.5; done recently -4;
  done 4 or more times in 7 days -1.5, else today's category in the rotation 0.5; -2.5 per
  pick already in the same category. `bare_minimum_first` never speaks without a routine day.
- Picks: the best score first, ties to the smaller id, until `limit` or nothing is left.

Scores: the library adds an activity's points with `math.fsum` (exactly rounded). Every
point value but the mood lift is a multiple of 0.25, so their plain sum is exact, and adding
the lift last rounds once: the same total, bit for bit.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import NamedTuple

import smallsteps as ss

Row = tuple[
    str,
    str,
    int,
    int,
    frozenset[str],
    bool,
    frozenset[str],
    bool,
    bool,
    bool,
    int,
    int,
    bool,
    frozenset[str],
]
"""One activity as plain values: id, category, energy, first step's seconds, postures,
outdoors, times, energizing, bare-minimum, wind-down, total seconds, step count, whether
it lists at most two times of day, and the groups a like or an avoid may name (its category,
tags and life area)."""

STEPS_SHOWN = {int(e): e.steps_shown for e in ss.Energy}
ROTATION = tuple(c.id for c in ss.BUILTIN_CATEGORIES)
RECENT_HOURS = 24
RECENT_ENTRIES = 3
MIN_TIMES = 3
WEEKLY_REPEATS = 4


class Prepared(NamedTuple):
    """A catalog as plain rows, made once by `prepare`.

    Attributes:
        rows: One `Row` per activity, in id order.
        categories: Activity id to category id, for summing the history by category.
    """

    rows: tuple[Row, ...]
    categories: dict[str, str]


def prepare(catalog: Iterable[ss.Activity]) -> Prepared:
    """Turn a catalog's activities into the plain rows `reference_plan` reads."""
    rows = tuple(
        (
            a.id,
            a.category,
            int(a.energy),
            a.steps[0].seconds,
            frozenset(p.value for p in a.postures),
            a.outdoors,
            frozenset(t.value for t in a.times),
            "energizing" in a.tags,
            "bare-minimum" in a.tags,
            "wind-down" in a.tags,
            a.total_seconds,
            len(a.steps),
            len(a.times) <= 2,
            frozenset((a.category, *a.tags, *([a.life_area.value] if a.life_area else []))),
        )
        for a in catalog
    )
    return Prepared(rows, {row[0]: row[1] for row in rows})


def passing(rows: Iterable[Row], checkin: ss.CheckIn) -> list[Row]:
    """Return the rows the default filters keep for a check-in."""
    energy = int(checkin.energy)
    seconds = checkin.minutes * 60
    posture = checkin.posture.value
    time = checkin.time_of_day.value
    outdoors = checkin.outdoors
    night = time == "night"
    avoids = set(checkin.avoids)
    return [
        row
        for row in rows
        if row[2] <= energy
        and row[3] <= seconds
        and posture in row[4]
        and (outdoors or not row[5])
        and time in row[6]
        and not (night and row[7])
        and row[0] not in avoids
        and not avoids & row[13]
    ]


class _Past(NamedTuple):
    recent: set[str]
    own_lift: dict[str, float]
    category_lift: dict[str, float]
    better: set[str]
    often: set[str]
    grade: int
    turn: str


def _mean(values: list[int]) -> float:
    return sum(values) / len(values)


def _past(
    history: Iterable[ss.Entry], now: dt.datetime | None, categories: dict[str, str]
) -> _Past:
    """What the history rules read, worked out the way `Context.build` does."""
    ordered = sorted(history, key=lambda e: (e.at, e.activity_id))
    if now is None:
        recent = {e.activity_id for e in ordered[-RECENT_ENTRIES:]}
        week: list[ss.Entry] = []
    else:
        day, seven = now - dt.timedelta(hours=RECENT_HOURS), now - dt.timedelta(days=7)
        recent = {e.activity_id for e in ordered if day <= e.at <= now}
        week = [e for e in ordered if seven <= e.at <= now and e.activity_id]
    own: dict[str, list[int]] = {}
    kind: dict[str, list[int]] = {}
    for e in ordered:
        if e.mood_before is not None and e.mood_after is not None and e.activity_id:
            shift = e.mood_after - e.mood_before
            own.setdefault(e.activity_id, []).append(shift)
            if e.activity_id in categories:
                kind.setdefault(categories[e.activity_id], []).append(shift)
    surprises = {
        e.activity_id: (e.enjoyment_predicted, e.enjoyment)
        for e in ordered
        if e.enjoyment_predicted is not None and e.enjoyment is not None and e.activity_id
    }
    counts: dict[str, int] = {}
    for e in week:
        counts[e.activity_id] = counts.get(e.activity_id, 0) + 1
    last = ordered[-3:]
    if ordered and ordered[-1].done is not ss.Completion.DONE:
        grade = -1
    else:
        grade = 1 if len(last) == 3 and all(e.done is ss.Completion.DONE for e in last) else 0
    return _Past(
        recent=recent,
        own_lift={
            i: min(3.0, _mean(v)) for i, v in own.items() if len(v) >= MIN_TIMES and _mean(v) >= 1
        },
        category_lift={
            c: min(1.5, _mean(v) / 2)
            for c, v in kind.items()
            if len(v) >= MIN_TIMES and _mean(v) >= 1
        },
        better={i for i, (guess, actual) in surprises.items() if actual > guess},
        often={i for i, n in counts.items() if n >= WEEKLY_REPEATS},
        grade=grade,
        turn=ROTATION[now.toordinal() % len(ROTATION)] if now is not None else "",
    )


def reference_plan(
    activities: Prepared,
    checkin: ss.CheckIn,
    history: Iterable[ss.Entry],
    now: dt.datetime | None,
    limit: int,
) -> list[str]:
    """Return the ids the default rules pick for a check-in, best first.

    Args:
        activities: The catalog, as `prepare` made it.
        checkin: How the person is right now.
        history: Past entries, in any order.
        now: The current time, or `None`.
        limit: How many ids at most.

    Returns:
        The ids of the picks, in order.
    """
    past = _past(history, now, activities.categories)
    energy = int(checkin.energy)
    seconds = checkin.minutes * 60
    late = checkin.time_of_day.value in ("evening", "night")
    hard = energy <= 1
    shown = STEPS_SHOWN[energy]
    likes = set(checkin.likes)
    recent, better, often, grade, turn = past.recent, past.better, past.often, past.grade, past.turn
    own_lift, category_lift = past.own_lift, past.category_lift
    # (points that are multiples of 0.25, mood lift, id, category) for each activity kept.
    scored = [
        (
            (3.0 if aid in likes else 2.0 if likes & groups else 0.0)
            + (1.0 - 0.25 * (energy - level))
            + (1.0 if hard and bare else 0.0)
            + (0.5 if aid in better else 0.0)
            + (
                1.0
                if grade < 0 and level < energy
                else 0.5
                if grade > 0 and level == energy and energy > 0
                else 0.0
            )
            + (1.0 if total <= seconds and count <= shown else 0.0)
            + (1.5 if late and wind else 0.5 if narrow else 0.0)
            + (-4.0 if aid in recent else 0.0)
            + (-1.5 if aid in often else 0.5 if cat == turn else 0.0),
            own_lift[aid] if aid in own_lift else category_lift.get(cat, 0.0),
            aid,
            cat,
        )
        for aid, cat, level, _, _, _, _, _, bare, wind, total, count, narrow, groups in passing(
            activities.rows, checkin
        )
    ]
    picked: list[str] = []
    taken: dict[str, int] = {}
    for _ in range(min(limit, len(scored))):
        _, best, category = min(
            (-((points - 2.5 * taken.get(cat, 0)) + lift), aid, cat)
            for points, lift, aid, cat in scored
            if aid not in picked
        )
        picked.append(best)
        taken[category] = taken.get(category, 0) + 1
    return picked
