"""Personal rules within a shortlist: what the few activities a context names get, for one plan.

A personal rule (`personal_rule`) speaks only about the activities its reach names: a few
by id (what was done recently, what lifted mood before) and sometimes whole groups (a
category that lifted mood). `Personal` runs each rule on those alone, within the places a
check-in's shortlist keeps, and keeps what they said as little as it can: the places left
out, the few places whose points move and by how much, and the reasons of the places run
one by one. The shortlist's runs are then made again once (`Personal.ranked`), only the
moved places taken out and put at their new scores; nothing is made for the rest of the
catalog, and nothing is kept: it serves one plan.
"""

from __future__ import annotations

import itertools
import math
import operator
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Final

from ._columns import Columns, bits_of
from ._context import KEEP, Context, Rule, rule_name
from ._model import Activity, Reason
from ._reach import Reach
from ._scores import Run

__all__ = ["Personal", "Positioned", "reason_for"]

Positioned = tuple[tuple[int, Reason], ...]
"""Reasons, each with the position of the rule that gave it."""

Reached = Sequence[tuple[int, Rule, Reach]]
"""Personal rules that reach something, each with its position and its `Reach`."""


class Personal:
    """What a context's personal rules say of the places a shortlist keeps.

    Attributes:
        rejected: The places some personal rule leaves out.
        moved: The places whose personal points add up to something other than 0.
        spoke: Whether the rules said anything at all: left out, moved or gave a reason.
    """

    __slots__ = ("_asked", "_regions", "_said", "moved", "rejected", "spoke")

    def __init__(self, columns: Columns, reached: Reached, context: Context, mask: int) -> None:
        place, activities = columns.place, columns.activities
        rejected = 0
        singles: dict[int, tuple[float, ...]] = {}  # points by place, for places run one by one
        said: dict[int, list[tuple[int, Rule, str]]] = {}  # and their reasons
        wholes: list[tuple[int, float]] = []  # points of groups run once for all
        asked: list[tuple[int, Rule, int]] = []  # groups with a reason, asked place by place
        inside = _inside(mask) if mask.bit_length() > SMALL else None
        find = place.get
        for position, rule, reach in reached:
            ids = reach.ids
            named: list[int] = []
            if not ids:
                pass
            elif inside is None:  # a small shortlist: each place looked up in its bit set
                for i in ids:
                    p = find(i)
                    if p is not None and mask >> p & 1:
                        named.append(p)
            else:
                named = inside(ids, place)
            groups: list[int] = []
            for category in reach.categories:
                group = columns.categories.get(category, 0) & mask
                if group:
                    groups.append(group)
            if groups and not getattr(rule, "alike", False):  # each place on its own
                named = sorted(set(named).union(*map(bits_of, groups)))
                groups = []
            for p in named:
                verdict = rule(activities[p], context)
                if verdict is KEEP:
                    continue
                if not verdict.keep:
                    rejected |= 1 << p
                    continue
                points = verdict.points
                if points:
                    before = singles.get(p)
                    singles[p] = (points,) if before is None else (*before, points)
                if verdict.reason:
                    said.setdefault(p, []).append((position, rule, verdict.reason))
            if groups:
                covered = 0
                for p in named:
                    covered |= 1 << p
                rejected |= _run_groups(
                    rule, position, groups, covered, columns, context, wholes, asked
                )
        self.rejected = rejected
        self._said, self._asked = said, asked
        self._regions = _regions(singles, wholes) if singles or wholes else []
        moved = 0
        for places, _ in self._regions:
            moved |= places
        self.moved = moved
        self.spoke = bool(rejected or moved or said or asked)

    def ranked(self, runs: Sequence[Run], mask: int) -> list[Run]:
        """A shortlist's runs within `mask`, the moved places taken out and put at their scores.

        `runs` hold no places outside `mask` but those the rules left out (`rejected`). A
        moved place's points are its run's and the personal ones together, and its score
        their sum, correctly rounded (`math.fsum`), as the plain loop adds them (when the sum
        is exact, the score alone stands for them, as a shortlist's small totals do). A moved
        place that comes to the score of a run whose points add up alike joins that run;
        otherwise runs of one score are made again as the shortlist would make them
        (`_tied`). A shortlist has a few dozen runs at most, so they are made at once.
        """
        merged, moved = self._split(runs, mask)
        if not moved:
            return merged
        base = merged.copy()
        at = {run[0]: n for n, run in enumerate(merged)}  # each score's run
        if len(at) == len(merged):  # no two runs share a score: the moved ones join or add
            for run in moved:
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
        merged = base + moved
        merged.sort(key=_SCORE, reverse=True)
        ranked: list[Run] = []
        for _, alike in itertools.groupby(merged, key=_SCORE):
            tied = list(alike)
            ranked += _tied(tied) if len(tied) > 1 else tied
        return ranked

    def _split(self, runs: Sequence[Run], mask: int) -> tuple[list[Run], list[Run]]:
        """The runs' places within `mask` that stay, and the moved ones at their new scores.

        In one pass: a run with no place left out or moved is kept as it is, and once every
        moved place is found the runs below are not split. The moved runs come best first,
        equal scores in the order of `runs` and the regions.
        """
        kept: list[Run] = []
        moved: list[Run] = []
        trim = bool(self.rejected)  # else every place of `runs` is within `mask`
        left = self.moved & mask
        regions = self._regions
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
                        moved.append((total, (total,), got))
                    else:
                        moved.append((total, (first, other), got))
                else:
                    moved.append((*_added(points, more), got))
                hit ^= got
                if not hit:
                    break
        moved.sort(key=_SCORE, reverse=True)  # stable: equal scores stay in the order made
        return kept, moved

    def reasons(self, place: int, activity: Activity, context: Context) -> Positioned:
        """The personal rules' reasons for one place, each with its rule's position."""
        said = self._said.get(place)
        found = [(p, reason_for(rule_name(rule), text)) for p, rule, text in said] if said else []
        for position, rule, group in self._asked:
            if group >> place & 1:  # the group's words may differ from place to place
                text = rule(activity, context).reason
                if text:
                    found.append((position, reason_for(rule_name(rule), text)))
        return tuple(found)


def _run_groups(
    rule: Rule,
    position: int,
    groups: list[int],
    covered: int,
    columns: Columns,
    context: Context,
    wholes: list[tuple[int, float]],
    asked: list[tuple[int, Rule, int]],
) -> int:
    """An `alike` rule once per group, its lowest place speaking for it; the places left out.

    Places already run (`covered`) are left to that run. Points go to `wholes`, groups with
    a reason to `asked`.
    """
    rejected = 0
    for group in groups:
        group &= ~covered
        if not group:
            continue
        covered |= group
        verdict = rule(columns.activities[(group & -group).bit_length() - 1], context)
        if not verdict.keep:
            rejected |= group
            continue
        if verdict.points:
            wholes.append((group, verdict.points))
        if verdict.reason:
            asked.append((position, rule, group))
    return rejected


def _regions(
    singles: dict[int, tuple[float, ...]], wholes: list[tuple[int, float]]
) -> list[tuple[int, tuple[float, ...]]]:
    """The places whose personal points add up to other than 0, with those points.

    Places with the same points together: a group's, then each place run alone on its own.
    """
    regions: dict[tuple[float, ...], int] = {}  # points to their places: the groups first
    if not wholes:  # places run one by one only, the usual history
        for p, more in singles.items():
            regions[more] = regions.get(more, 0) | 1 << p
        return [(places, more) for more, places in regions.items() if math.fsum(more)]
    for group, points in wholes:
        after: dict[tuple[float, ...], int] = {}
        rest = group
        for more, places in regions.items():
            got = places & group
            if got:
                after[(*more, points)] = after.get((*more, points), 0) | got
                rest ^= got
                places ^= got
                if not places:
                    continue
            after[more] = after.get(more, 0) | places
        if rest:
            after[(points,)] = after.get((points,), 0) | rest
        regions = after
    for p, more in singles.items():
        bit = 1 << p
        for grouped, places in regions.items():  # a group's points it has already
            if places & bit:
                regions[grouped] ^= bit
                more = (*grouped, *more)
                break
        regions[more] = regions.get(more, 0) | bit
    return [(places, more) for more, places in regions.items() if places and math.fsum(more)]


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


SMALL: Final = 1 << 12
"""Up to this many places, a bit set is tested place by place; past it, as bytes."""


def _inside(mask: int) -> Callable[[Iterable[str], Mapping[str, int]], list[int]]:
    """What keeps the places of a large `mask` among some ids' (by `place`), in their order.

    The bit set is read as bytes once, so that testing a place does not shift a long integer
    (`Personal` tests the places of a small one in the bit set itself).
    """
    inside = mask.to_bytes((mask.bit_length() + 7) // 8, "little")  # one byte, 8 places
    size = len(inside)

    def large(ids: Iterable[str], place: Mapping[str, int]) -> list[int]:
        found = []
        for i in ids:
            p = place.get(i)
            if p is not None and p >> 3 < size and inside[p >> 3] >> (p & 7) & 1:
                found.append(p)
        return found

    return large


_REASONS: dict[tuple[str, str], Reason] = {}

REASONS_KEPT: Final = 100_000
"""How many distinct reasons `reason_for` keeps to share (then it starts again)."""


def reason_for(rule: str, text: str) -> Reason:
    """One shared `Reason` per rule and text: they are frozen, and a catalog repeats them."""
    found = _REASONS.get((rule, text))
    if found is None:
        if len(_REASONS) > REASONS_KEPT:  # a bound, for rules that write many sentences
            _REASONS.clear()
        found = _REASONS.setdefault((rule, text), Reason(rule, text))
    return found
