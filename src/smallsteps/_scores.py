"""Scores as exact sums: groups of places with the same total points, best first.

Every float is a whole number of `2 ** -k` for some `k` (`_columns.exact`), so totals are kept
as Python integers in the finest unit a shortlist's amounts need: exact in any order, with no
rounding until a score is read. A score is then the total correctly rounded, which is what
`math.fsum` gives for the same points, as the plain loop over every rule adds them. The default
rules' points are quarters, so their unit is a quarter and their totals small integers.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Final

from ._columns import Column

__all__ = [
    "EXACT",
    "MAX_GROUPS",
    "Group",
    "Run",
    "Totals",
    "exactly_float",
    "grouped",
    "split_totals",
]

MAX_GROUPS: Final = 512
"""The most score groups kept apart; past it, activities are scored one by one."""

Totals = list[tuple[int, int]]
"""Score groups, best first: each exact total (in a shortlist's unit) with its places."""

Run = tuple[float, tuple[float, ...], int]
"""A score, points that add up to it exactly, and places that all have them, in id order."""

Group = tuple[float, tuple[tuple[tuple[float, ...], int], ...]]
"""A score group: its score with parts of places, and points that add up to it."""

EXACT: Final = 2**53
"""Totals smaller than this are floats exactly (`exactly_float` tells of the others)."""


def exactly_float(total: int) -> bool:
    """Whether a total is a float exactly: 53 significant bits at most, as a float holds."""
    return -EXACT < total < EXACT or total.bit_length() - (total & -total).bit_length() < 53


def split_totals(
    start: Iterable[tuple[int, int]], shift: int, mask: int, columns: Sequence[Column]
) -> tuple[Totals | None, int]:
    """The places of `start` within `mask`, split by the columns' points, best first.

    `start` is groups of earlier columns, each total once, in units of `2 ** -shift`
    (`[(0, places)]` for none). Returns the groups, in the finest unit any of them needs, and
    that unit's `shift`; the groups are `None` past `MAX_GROUPS`.
    """
    finest = shift
    for column in columns:
        if column.shift > finest:
            finest = column.shift
    groups: dict[int, int] = {}
    up = finest - shift
    for total, places in start:
        got = places & mask
        if got:
            groups[total << up if up else total] = got
    for column in columns:
        wholes = column.wholes
        if not wholes:
            continue
        up = finest - column.shift  # its amounts in the finest unit: `amount << up`
        after: dict[int, int] = {}
        get = after.get
        if len(wholes) == 1:  # the usual column: one amount
            ((amount, bits),) = wholes
            amount <<= up
            for total, places in groups.items():
                got = places & bits
                if got:
                    added = total + amount
                    after[added] = get(added, 0) | got
                    places ^= got
                    if not places:
                        continue
                after[total] = get(total, 0) | places
        else:
            scored = column.scored
            unscored = ~scored
            for total, places in groups.items():
                if places & scored:
                    for amount, bits in wholes:
                        got = places & bits
                        if got:
                            added = total + (amount << up)
                            after[added] = get(added, 0) | got
                    places &= unscored
                    if not places:
                        continue
                after[total] = get(total, 0) | places
        groups = after
        if len(groups) > MAX_GROUPS:
            return None, finest
    return sorted(groups.items(), reverse=True), finest


def grouped(totals: Totals, shift: int) -> Iterator[Group]:
    """Totals as groups, best first: totals whose scores round alike come together in one.

    Each part's points are floats that add up to its total exactly, so that adding more
    points with `math.fsum` rounds once, as the plain loop does. Made as they are asked for.
    """
    score = 0.0
    parts: tuple[tuple[tuple[float, ...], int], ...] = ()
    for total, places in totals:
        points = _parts(total, shift)
        if parts and points[0] == score:
            parts = (*parts, (points, places))
        else:
            if parts:
                yield score, parts
            score, parts = points[0], ((points, places),)
    if parts:
        yield score, parts


def _parts(total: int, shift: int) -> tuple[float, ...]:
    """Floats adding up to `total * 2 ** -shift` exactly, the first its correctly rounded value."""
    one = 1 << shift
    if exactly_float(total):
        return (total / one,)
    parts: list[float] = []
    while total:
        part = total / one  # correctly rounded, and a whole number of `2 ** -shift`
        n, d = part.as_integer_ratio()
        total -= n * (one // d)
        parts.append(part)
    return tuple(parts) or (0.0,)
