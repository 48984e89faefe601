"""Rows that cannot flatter the index: every timed call a check-in this process never asked.

`run.py` calls these (issue 17). A check-in here varies every value a person can set: energy,
minutes 1 to 60 (any whole minute), posture, time of day, outdoors, up to two likes and one
avoid among the categories, the tags and some ids. Each row says how many of its check-ins
could have hit a cache: `first level seen` is the share whose energy, posture, outdoors and
time of day an earlier call had already asked (the index keeps those 150 lists whatever the
traffic); `asked before` is the share of whole check-ins asked before, which is 0% on every
`new check-ins` row by construction.
"""

from __future__ import annotations

import gc
import pickle
import random
import statistics
import time
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import reference

import catalogs
import smallsteps as ss


def distinct_checkins(
    n: int, seed: int, names: Sequence[str], avoid: frozenset[ss.CheckIn] = frozenset()
) -> list[ss.CheckIn]:
    """Draw `n` check-ins, all different from each other and from `avoid`."""
    rng = random.Random(seed)
    seen = set(avoid)
    out: list[ss.CheckIn] = []
    while len(out) < n:
        likes = rng.sample(names, rng.choice((0, 0, 1, 1, 2)))
        avoids = [a for a in rng.sample(names, rng.choice((0, 0, 0, 1))) if a not in likes]
        checkin = ss.CheckIn(
            energy=rng.randint(0, 4),
            minutes=rng.randint(1, 60),
            posture=rng.choice(catalogs.POSTURES),
            time_of_day=rng.choice(catalogs.TIMES),
            outdoors=rng.random() < 0.3,
            likes=likes,
            avoids=avoids,
        )
        if checkin not in seen:
            seen.add(checkin)
            out.append(checkin)
    return out


def names_of(catalog: ss.Catalog) -> list[str]:
    """What likes and avoids may name: the categories, the catalog's tags and 30 of its ids."""
    tags = sorted({t for a in catalog for t in a.tags})
    return [*catalogs.CATEGORIES, *tags[:40], *catalog.ids[:30]]


def spread(name: str, samples: Sequence[float], unit: str, scale: float, note: str) -> Any:
    """A row with the median, p10-p90, and p99 and the worst call in its note."""
    from rows import summary

    values = sorted(s * scale for s in samples)
    p99 = values[min(len(values) - 1, round(0.99 * (len(values) - 1)))]
    tail = f"p99 {_num(p99)}, worst {_num(values[-1])} {unit}"
    row = summary(name, values, unit, 1.0, f"{tail}; {note}" if note else tail)
    row.p99, row.worst = p99, values[-1]
    return row


def interleaved(
    inputs: Iterable[Any],
    library: Callable[[Any], object],
    plain: Callable[[Any], object],
    budget: float,
) -> tuple[list[float], list[float]]:
    """Time the library and the reference call for call on each input, within `budget` s.

    At least 40 pairs are timed, whatever the budget.
    """
    mine, theirs = timed_together(inputs, (library, plain), budget)
    return mine, theirs


def timed_together(
    inputs: Iterable[Any], calls: Sequence[Callable[[Any], object]], budget: float
) -> list[list[float]]:
    """Time each call on each input, one after the other, within `budget` s: one list per call.

    Interleaved so that drift and other work on the machine affect every call alike. At least
    40 inputs are timed, whatever the budget.
    """
    times: list[list[float]] = [[] for _ in calls]
    began = time.perf_counter()
    clock = time.perf_counter
    for item in inputs:
        for call, kept in zip(calls, times, strict=True):
            t0 = clock()
            call(item)
            kept.append(clock() - t0)
        if clock() - began > budget and len(times[0]) >= 40:
            break
    return times


def _num(value: float) -> str:
    return f"{value:,.0f}" if value >= 100 else f"{value:.2f}" if value >= 1 else f"{value:.3f}"


def _first(checkin: ss.CheckIn) -> tuple[object, ...]:
    return (checkin.energy, checkin.posture, checkin.outdoors, checkin.time_of_day)


def _shares(checkins: Sequence[ss.CheckIn], before: set[tuple[object, ...]]) -> str:
    seen = set(before)
    hits = 0
    for checkin in checkins:
        hits += _first(checkin) in seen
        seen.add(_first(checkin))
    return f"first level seen {hits / len(checkins):.0%}, asked before 0%"


def fresh_rows(label: str, catalog: ss.Catalog, calls: int, budget: float) -> list[Any]:
    """Cold and warm index, new check-ins, with and without a 30-entry history, and a repeat.

    One loop times four calls on each turn: the library and the reference on a new check-in
    without history, then both on another new check-in with a new 30-entry history. Each
    side has check-ins of its own, so neither finds what the other's call left in the index;
    interleaved, so both see the machine alike. The ids are compared on each warm-up call.
    """
    from rows import Row, progress

    progress(f"new check-ins, {label}")
    names = names_of(catalog)
    now = catalogs.NOW
    rng = random.Random(11)
    cold_copy = pickle.loads(pickle.dumps(catalog))
    warmup = distinct_checkins(40, 1, names)
    timed = distinct_checkins(2 * calls, 2, names, frozenset(warmup))
    bare, lived = timed[::2], timed[1::2]
    start = time.perf_counter()
    ss.Recommender(cold_copy).recommend(warmup[0], (), 3, now)
    cold = time.perf_counter() - start
    recommender = ss.Recommender(catalog)
    prepared = reference.prepare(catalog)
    for checkin in warmup:  # warm both up; the index sees only these check-ins
        history = catalogs.sample_history(catalog.ids, now, rng, size=30)
        for past in ((), history):
            expected = reference.reference_plan(prepared, checkin, list(past), now, 3)
            plan = recommender.recommend(checkin, past, 3, now)
            if [s.activity.id for s in plan.suggestions] != expected:
                raise SystemExit(f"the reference and the library disagree on {label}: {checkin}")
    turns = [
        (one, other, catalogs.sample_history(catalog.ids, now, rng, size=30))
        for one, other in zip(bare, lived, strict=True)
    ]
    times = timed_together(
        turns,
        (
            lambda t: recommender.recommend(t[0], (), 3, now),
            lambda t: reference.reference_plan(prepared, t[0], [], now, 3),
            lambda t: recommender.recommend(t[1], t[2], 3, now),
            lambda t: reference.reference_plan(prepared, t[1], t[2], now, 3),
        ),
        2 * budget,
    )
    before = {_first(c) for c in warmup}
    rows: list[Any] = [
        Row(f"recommend, {label}: cold index, first call", cold * 1e3, "ms", n=1),
    ]
    for kind, checkins, library, plain in (
        ("no history", bare, times[0], times[1]),
        ("30-entry history", lived, times[2], times[3]),
    ):
        share = _shares(checkins[: len(library)], before)
        rows.append(spread(f"recommend, {label}, new check-ins, {kind}", library, "us", 1e6, share))
        rows.append(spread(f"reference, {label}, new check-ins, {kind}", plain, "us", 1e6, ""))
        rows.append(_ratio(f"ratio, {label}, new check-ins, {kind}", library, plain))
    rows.append(history_ratio(label, times[0], times[2]))
    again = []
    for _ in range(min(200, calls)):
        t0 = time.perf_counter()
        recommender.recommend(bare[0], (), 3, now)
        again.append(time.perf_counter() - t0)
    note = "the same check-in each call: a cache hit, for comparison only"
    rows.append(spread(f"recommend, {label}, the same check-in again", again, "us", 1e6, note))
    return rows


def _ratio(name: str, mine: Sequence[float], theirs: Sequence[float], note: str = "") -> Any:
    """The median over the median, with the spread of the ratio of each pair in the note."""
    from rows import Row

    ratios = sorted(a / b for a, b in zip(mine, theirs, strict=True))
    pairs = f"per call pair p10-p90 {_num(ratios[len(ratios) // 10])}-"
    pairs += f"{_num(ratios[len(ratios) * 9 // 10])}"
    note = f"median over median; {pairs}" + (f"; {note}" if note else "")
    ratio = statistics.median(mine) / statistics.median(theirs)
    return Row(name, ratio, "x", n=len(ratios), note=note)


def history_ratio(label: str, bare: Sequence[float], lived: Sequence[float]) -> Any:
    """A 30-entry history's time over no history's, each call a new check-in, in one loop.

    The worst call of each side stands in the note beside the spread of the pairs.
    """
    worst = f"worst call {_num(max(lived) * 1e6)} us with, {_num(max(bare) * 1e6)} us without"
    return _ratio(f"30-entry history / no history, {label}", lived, bare, worst)


def batch_rows(size: int, repeats: int) -> list[Any]:
    """`recommend_many` over distinct check-ins the index never saw, against a plain loop."""
    from rows import progress, summary

    progress(f"recommend_many, {size:,} distinct check-ins")
    catalog = ss.default_catalog()
    names = names_of(catalog)
    recommender = ss.Recommender(catalog)
    prepared = reference.prepare(catalog)
    recommender.recommend_many(distinct_checkins(200, 3, names), limit=3, now=catalogs.NOW)
    library, plain = [], []
    for r in range(repeats):
        checkins = distinct_checkins(size, 100 + r, names)  # new ones each repeat
        gc.collect()  # what drawing them left: each side times only its own garbage
        start = time.perf_counter()
        plans = recommender.recommend_many(checkins, limit=3, now=catalogs.NOW)
        library.append(len(plans) / (time.perf_counter() - start))
        del plans  # not alive through the next repeat, as the last repeat's were
        gc.collect()
        start = time.perf_counter()
        for checkin in checkins:
            reference.reference_plan(prepared, checkin, [], catalogs.NOW, 3)
        plain.append(len(checkins) / (time.perf_counter() - start))
    note = f"{size:,} check-ins, all distinct, new each repeat; a process of its own"
    return [
        summary("recommend_many, default catalog, distinct check-ins", library, "plans/s", 1, note),
        summary("  reference loop over the same check-ins", plain, "plans/s", 1, note),
    ]


def memory_child(size: int, calls: int) -> dict[str, Any]:
    """Catalog and index together after `calls` new check-ins, counted in a fresh process."""
    import tracemalloc

    ss.default_catalog()
    tracemalloc.start()
    start = tracemalloc.get_traced_memory()[0]
    catalog = catalogs.generate(size)
    gc.collect()
    built = tracemalloc.get_traced_memory()[0]
    recommender = ss.Recommender(catalog)
    for checkin in distinct_checkins(calls, 5, names_of(catalog)):
        recommender.recommend(checkin, (), 3, catalogs.NOW)
    gc.collect()
    after = tracemalloc.get_traced_memory()[0]
    return {"catalog": built - start, "together": after - start}


def memory_rows(size: int, calls: int, child: Callable[[list[str]], dict[str, Any]]) -> list[Any]:
    """Bytes per activity: the catalog, and the catalog with its index after new check-ins."""
    from rows import Row, progress

    progress(f"memory with the index, {size:,} activities")
    found = child(["--fresh-memory-child", str(size), str(calls)])
    note = f"tracemalloc, fresh process, after {calls} new check-ins"
    return [
        Row(f"memory: catalog, {size:,} activities", found["catalog"] / size, "B/activity", n=1),
        Row(
            f"memory: catalog + index, {size:,} activities",
            found["together"] / size,
            "B/activity",
            n=1,
            note=note,
        ),
    ]
