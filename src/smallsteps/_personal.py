"""Personal rules within a shortlist: what the few activities a context names get, for one plan.

A personal rule (`personal_rule`) speaks only about the activities its reach names: a few
by id (what was done recently, what lifted mood before) and sometimes whole groups (a
category that lifted mood). `Personal` runs each rule on those alone, within the places a
check-in's shortlist keeps, and keeps what they said as little as it can: the places left
out, the few places whose points move and by how much, and the reasons of the places run
one by one. The shortlist's runs are then made again (`Personal.ranked`, see `_merge`), only
the moved places taken out and put at their new scores; nothing is made for the rest of the
catalog, and nothing is kept: it serves one plan.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from typing import Final

from ._columns import Columns, bits_of
from ._context import KEEP, Context, Rule, rule_name
from ._merge import AT_ONCE_PLACES, Walked, as_walked, at_once
from ._model import Activity, Reason
from ._scores import Run

__all__ = ["Personal", "Positioned", "reason_for"]

Positioned = tuple[tuple[int, Reason], ...]
"""Reasons, each with the position of the rule that gave it."""

Reached = Sequence[tuple[int, Rule, Collection[str], Collection[str]]]
"""Personal rules that reach something, each with its position and the ids and categories
its `Reach` names (`RuleSet.reaching`)."""


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
        for position, rule, ids, categories in reached:
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
            for category in categories:
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

    def ranked(self, runs: Iterable[Run], mask: int) -> Sequence[Run] | Walked:
        """A shortlist's runs within `mask`, the moved places taken out and put at their scores.

        `runs` hold no places outside `mask` but those the rules left out (`rejected`). See
        `_merge`: made at once within `AT_ONCE_PLACES` places, else as the plan walks them.
        """
        if mask.bit_length() <= AT_ONCE_PLACES:
            return at_once(runs, mask, self.moved, self.rejected, self._regions)
        return Walked(as_walked(runs, mask, self.moved, self.rejected, self._regions))

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
