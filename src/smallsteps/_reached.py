"""What the built-in personal rules reach in one context, worked out together in one call.

A plan with a history asks every personal rule what it reaches (`RuleSet.reaching`), and
`Personal` reads only the ids and the categories of each. When every rule's reach is one of
the built-in ones (`_reach.CHECKIN_FREE`), they are read here straight from the context, in
one frame: no `Reach` and no set is made for them (the context's own sets and mappings, or a
list of the few ids, serve), and the mood lifts are read once for the rules of both signs
(`lifted_mood_before`, `eases_off_after_drops`). Each names the same ids and categories as
the rule's own reach.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from itertools import compress
from typing import Any

from ._context import CAPABLE, MIN_TIMES, WEEKLY_REPEATS, Context
from ._reach import (
    _REPEATED,
    _basics_reach,
    _drop_reach,
    _lift_reach,
    _mastery_reach,
    _often_reach,
    _recent_reach,
    _surprises_reach,
)

__all__ = ["Named", "reached_together"]

Named = tuple[int, Any, Collection[str], Collection[str]]
"""A personal rule that reaches something: its position, the rule, the ids and the categories."""

_NONE: tuple[str, ...] = ()

_Side = tuple[list[str], list[str]]
"""Ids and categories, as the lifts name them one way."""


def reached_together(context: Context, personal: Iterable[tuple[int, Any, Any]]) -> list[Named]:
    """The personal rules whose built-in reach names something, with what it names.

    The same ids and categories as asking each rule's reach and keeping those that name
    something. `personal` holds each rule's position, the rule and its reach, every reach
    one of `CHECKIN_FREE`.
    """
    found: list[Named] = []
    lifted: tuple[_Side, _Side] | None = None  # what the lifts name, up and down
    for position, rule, reach in personal:
        if reach is _recent_reach:
            recent = context.recent_ids
            if recent:
                found.append((position, rule, recent, _NONE))
        elif reach is _often_reach:
            week = context.week_counts
            if week and max(week.values()) >= WEEKLY_REPEATS:  # in C: most weeks have none
                found.append(
                    (position, rule, list(compress(week, map(_REPEATED, week.values()))), _NONE)
                )
        elif reach is _lift_reach or reach is _drop_reach:
            if lifted is None:
                lifted = _lifts_both(context)
            ids, groups = lifted[0 if reach is _lift_reach else 1]
            if ids or groups:
                found.append((position, rule, ids, groups))
        elif reach is _surprises_reach:
            surprises = context.surprises
            if surprises:
                found.append((position, rule, surprises.keys(), _NONE))
        elif reach is _mastery_reach:
            mastery = context.mastery
            if mastery:
                capable = [
                    i
                    for i, (times, level) in mastery.items()
                    if times >= MIN_TIMES and level >= CAPABLE
                ]
                if capable:
                    found.append((position, rule, capable, _NONE))
        elif reach is _basics_reach:
            basics = context.unfinished_basics
            if basics:
                found.append((position, rule, basics, _NONE))
        else:  # the values' reach: asked as the rule declares
            got = reach(context)
            if got.ids or got.categories:
                found.append((position, rule, got.ids, got.categories))
    return found


def _lifts_both(context: Context) -> tuple[_Side, _Side]:
    """The ids and categories whose mood lift reaches 1 point up, and those that reach 1 down.

    `_lift_reach` and `_drop_reach` of a context, in one pass over its lifts.
    """
    up: _Side = ([], [])
    down: _Side = ([], [])
    for key, (times, lift) in context.lifts.items():
        if times < MIN_TIMES:
            continue
        if lift >= 1:
            side = up
        elif lift <= -1:
            side = down
        else:
            continue
        kind = key[:9]
        if kind == "activity:":
            side[0].append(key[9:])
        elif kind == "category:":
            side[1].append(key[9:])
    return up, down
