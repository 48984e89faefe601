"""Personal points moved into a shortlist's runs, for one plan: at once, or as a walk asks.

A shortlist's runs are its places best first, grouped by score (`_scores.Run`). A plan's
personal rules move a few places (`Personal`): each region of places gets some more points.
The runs of the plan's own shortlist are the shortlist's, with the moved places taken out and
put at their new scores. On a small catalog they are all made at once (`at_once`); on a
large one, where a run is a long bit set, only as far as the plan's picks walk
(`as_walked`, kept in `Walked`). Both give the same runs.
"""

from __future__ import annotations

import heapq
import itertools
import math
import operator
from collections.abc import Iterable, Iterator
from typing import Final

from ._columns import bits_of
from ._scores import Run

__all__ = ["AT_ONCE_PLACES", "Regions", "Walked", "as_walked", "at_once"]

Regions = list[tuple[int, tuple[float, ...]]]
"""The places whose personal points add up to other than 0, each region with its points."""

AT_ONCE_PLACES: Final = 512
"""Up to this many places in a catalog, a plan's runs are made at once (`at_once`)."""


def at_once(
    runs: Iterable[Run], mask: int, moved: int, rejected: int, regions: Regions
) -> list[Run]:
    """A shortlist's runs within `mask`, the moved places taken out and put at their scores.

    `runs` hold no places outside `mask` but those the rules left out (`rejected`). A
    moved place's points are its run's and the personal ones together, and its score
    their sum, correctly rounded (`math.fsum`), as the plain loop adds them (when the sum
    is exact, the score alone stands for them, as a shortlist's small totals do). A moved
    place that comes to the score of a run whose points add up alike joins that run;
    otherwise runs of one score are made again as the shortlist would make them
    (`_tied`). A shortlist has a few dozen runs at most, so they are made at once.
    """
    merged, shifted = _split(runs, mask, moved, rejected, regions)
    if not shifted:
        return merged
    base = merged.copy()
    at = {run[0]: n for n, run in enumerate(merged)}  # each score's run
    if len(at) == len(merged):  # no two runs share a score: the moved ones join or add
        for run in shifted:
            n = at.get(run[0])
            if n is None:
                at[run[0]] = len(merged)
                merged.append(run)
                continue
            score, points, places = merged[n]
            if run[1] != points and not _alike(run[1], points):
                break  # two ways to the same score: as the shortlist ranks them, below
            merged[n] = (score, points, places | run[2])
        else:
            merged.sort(key=_SCORE, reverse=True)
            return merged
    # Stable, best first: of equal scores, the shortlist's runs, then the moved ones.
    merged = base + shifted
    merged.sort(key=_SCORE, reverse=True)
    ranked: list[Run] = []
    for _, alike in itertools.groupby(merged, key=_SCORE):
        tied = list(alike)
        ranked += _tied(tied) if len(tied) > 1 else tied
    return ranked


def _split(
    runs: Iterable[Run], mask: int, moved: int, rejected: int, regions: Regions
) -> tuple[list[Run], list[Run]]:
    """The runs' places within `mask` that stay, and the moved ones at their new scores.

    In one pass: a run with no place left out or moved is kept as it is, and once every
    moved place is found the runs below are not split. The moved runs come best first,
    equal scores in the order of `runs` and the regions.
    """
    kept: list[Run] = []
    shifted: list[Run] = []
    trim = bool(rejected)  # else every place of `runs` is within `mask`
    left = moved & mask
    for run in runs:
        score, points, places = run
        if trim:
            places &= mask
            if not places:
                continue
            run = (score, points, places)
        if not left:
            kept.append(run)
            continue
        hit = places & left
        if not hit:
            kept.append(run)
            continue
        left ^= hit
        if places != hit:
            kept.append((score, points, places ^ hit))
        for region, more in regions:  # they divide the moved places between them
            got = hit & region
            if not got:
                continue
            if len(points) == 1 and len(more) == 1:  # `_added`, inline: the usual case
                first, other = points[0], more[0]
                total = first + other
                if total - first == other and total - other == first:
                    shifted.append((total, (total,), got))
                else:
                    shifted.append((total, (first, other), got))
            else:
                shifted.append((*_added(points, more), got))
            hit ^= got
            if not hit:
                break
    shifted.sort(key=_SCORE, reverse=True)  # stable: equal scores stay in the order made
    return kept, shifted


def as_walked(
    runs: Iterable[Run], mask: int, moved: int, rejected: int, regions: Regions
) -> Iterator[Run]:
    """The runs `at_once` makes, with the same points and scores, made as a walk asks for them.

    Best first: a run of `runs` is split only once the
    runs made so far could be passed by what its places come to, so a plan that stops
    after a few runs splits only a few (`runs` are best first, and no place rises by
    more than the most a region adds).
    """
    left = moved & mask
    if not left:  # nothing moves: the runs, less the places left out
        if not rejected:
            yield from runs
            return
        for score, points, places in runs:
            places &= mask
            if places:
                yield score, points, places
        return
    rise = max(0.0, max([math.fsum(more) for _, more in regions]))  # the most a place rises
    stay = mask & ~left
    waiting: list[tuple[float, int, int, tuple[float, ...], int]] = []  # a heap, best first
    count = 0  # the order made in: of equal scores, the shortlist's runs, then the moved
    following = iter(runs)
    run = next(following, None)
    while True:
        # Split every run that could still come to the best score waiting, or to more.
        while run is not None and (
            not waiting or run[0] + rise + (abs(run[0]) + rise) * 1e-9 >= -waiting[0][0]
        ):
            score, points, places = run
            kept = places & stay
            if kept:
                heapq.heappush(waiting, (-score, 0, count, points, kept))
                count += 1
            hit = places & left if left else 0
            if hit:
                left ^= hit
                for region, more in regions:  # they divide the moved places between them
                    got = hit & region
                    if not got:
                        continue
                    if len(points) == 1 and len(more) == 1:  # `_added`, inline
                        first, other = points[0], more[0]
                        total = first + other
                        if total - first == other and total - other == first:
                            together: tuple[float, ...] = (total,)
                        else:
                            together = (first, other)
                    else:
                        total, together = _added(points, more)
                    heapq.heappush(waiting, (-total, 1, count, together, got))
                    count += 1
                    hit ^= got
                    if not hit:
                        break
            run = next(following, None)
        if not waiting:
            return
        best = heapq.heappop(waiting)
        if not waiting or waiting[0][0] != best[0]:
            yield -best[0], best[3], best[4]
            continue
        tied = [(-best[0], best[3], best[4])]
        while waiting and waiting[0][0] == best[0]:
            other_run = heapq.heappop(waiting)
            tied.append((-other_run[0], other_run[3], other_run[4]))
        yield from _tied(tied)


class Walked:
    """Runs made as walks ask for them, and kept for the next walk: a plan's own shortlist's.

    One walk at a time (a plan's picks, one after another), from the first run.
    """

    __slots__ = ("_made", "_more")

    def __init__(self, runs: Iterator[Run]) -> None:
        self._made: list[Run] = []
        self._more: Iterator[Run] | None = runs

    def __iter__(self) -> Iterator[Run]:
        made = self._made
        yield from made
        more = self._more
        while more is not None:
            run = next(more, None)
            if run is None:
                self._more = None
                return
            made.append(run)
            yield run


def _added(points: tuple[float, ...], more: tuple[float, ...]) -> tuple[float, tuple[float, ...]]:
    """The score of some points and more, correctly rounded, and the points that make it up.

    When the sum is exact, the score alone stands for them. One point and one more, the usual
    case, are one float addition (correctly rounded, as `math.fsum`), exact when taking either
    back gives the other.
    """
    if len(points) == 1 and len(more) == 1:
        first, other = points[0], more[0]
        score = first + other
        if score - first == other and score - other == first:
            return score, (score,)
        return score, (first, other)
    together = points + more
    score = math.fsum(together)
    if math.fsum((*together, -score)) == 0:  # exact: the score says it all
        return score, (score,)
    return score, together


def _tied(runs: list[Run]) -> Iterator[Run]:
    """Runs of one score as a shortlist ranks them: one run when their points add up alike.

    Else each place alone, in id order (as `_scores.grouped` and `Shortlist.every_run` make
    totals that round alike), with its own points.
    """
    score, first, _ = runs[0]
    places = 0
    for _, _, bits in runs:
        places |= bits
    if all(points == first or _alike(points, first) for _, points, _ in runs[1:]):
        yield score, first, places
        return
    for place in bits_of(places):
        yield score, next(points for _, points, bits in runs if bits >> place & 1), 1 << place


_SCORE = operator.itemgetter(0)


def _alike(points: tuple[float, ...], others: tuple[float, ...]) -> bool:
    """Whether two lists of points add up to the same, exactly."""
    return math.fsum((*points, *[-x for x in others])) == 0
