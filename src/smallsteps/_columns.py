"""Columns: what each shared rule says of every activity for one value, as bit sets.

An activity is a bit: its place in the catalog sorted by id. For one shared rule and one value
of the check-in fields it reads (energy 2, 15 minutes, likes "movement"), a `Column` holds the
activities the rule keeps and, for each number of points it gives, the activities that get
them, each a Python integer used as a bit set. The hard limits of a check-in are then a few
integer ANDs, and its points a handful of groups of activities with the same points
(`score_groups`), so a new check-in costs work per rule and per group, not per activity.

A column is made by running the rule once per distinct `key` when the rule declares one
(`shared_rule(key=...)`: the verdict depends on the activity only through it), once per
activity it can reach when it declares a `reach`, else once per activity. Only the few
activities a plan walks through are judged in full (their reasons).
"""

from __future__ import annotations

import math
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterator, Sequence
from typing import Any, Final, NamedTuple, TypeVar

from ._context import Context, Rule
from ._model import Activity
from ._reach import groups_of

__all__ = ["Bounded", "Column", "Columns", "Groups", "bits_of", "score_groups"]

MAX_GROUPS: Final = 512
"""The most score groups kept apart; past it, activities are scored one by one."""


class Column(NamedTuple):
    """What one rule says of the catalog for one value.

    The places it keeps, its points by amount, and the places it gave a reason for (so that
    reasons are asked for only where there are some).
    """

    keep: int
    points: tuple[tuple[float, int], ...]
    said: int

    @property
    def size(self) -> int:
        """About how many bytes it holds."""
        bits = self.keep.bit_length() + self.said.bit_length()
        return 64 + (bits + sum(b.bit_length() for _, b in self.points)) // 8


class Bounded(OrderedDict[Any, Any]):
    """A cache kept within a bound of bytes: the least recently used go first.

    Values have a `size` in bytes; at least the newest value always stays.
    """

    def __init__(self, bound: int) -> None:
        super().__init__()
        self.bound = bound
        self.bytes = 0

    def find(self, key: Any) -> Any:
        """The value for `key`, now the most recently used, or `None`."""
        found = self.get(key)
        if found is not None:
            self.move_to_end(key)
        return found

    def keep(self, key: Any, value: Any) -> None:
        """Keep a value, dropping the least recently used past the bound."""
        self[key] = value
        self.bytes += value.size
        while self.bytes > self.bound and len(self) > 1:
            _, dropped = self.popitem(last=False)
            self.bytes -= dropped.size


def bits_of(mask: int) -> Iterator[int]:
    """The places set in a bit set, lowest first."""
    while mask:
        low = mask & -mask
        yield low.bit_length() - 1
        mask ^= low


def _from_flags(flags: bytes) -> int:
    """A bit set from one byte per place, b"1" or b"0", place 0 first."""
    return int(flags[::-1], 2) if flags else 0


class _Keyed(NamedTuple):
    """A rule's key for every place: the distinct keys, one activity each, and each place's."""

    keys: tuple[Hashable, ...]
    first: tuple[int, ...]
    places: Any  # bytes (256 keys or fewer) or a tuple of key numbers


class Columns:
    """The columns of one catalog, made on first use and kept within a bound of bytes."""

    def __init__(self, activities: Sequence[Activity], bound: int) -> None:
        self.activities = tuple(sorted(activities, key=lambda a: a.id))
        self.place = {a.id: i for i, a in enumerate(self.activities)}
        self.all = (1 << len(self.activities)) - 1
        self.categories: dict[str, int] = {}  # also "tag:<tag>" and "area:<life area>"
        for i, activity in enumerate(self.activities):
            for group in groups_of(activity):
                self.categories[group] = self.categories.get(group, 0) | 1 << i
        self._keyed: dict[Callable[..., Any], _Keyed] = {}
        self._kept = Bounded(bound)

    def column(self, key: tuple[Any, ...], rule: Rule, context: Context) -> Column:
        """The rule's column for the values `key` names, made with `context` when new."""
        found: Column | None = self._kept.find(key)
        if found is None:
            found = self._make(rule, context)
            self._kept.keep(key, found)
        return found

    def _make(self, rule: Rule, context: Context) -> Column:
        reach = getattr(rule, "shared_reach", None)
        if callable(reach):
            return self.reached(rule, context, reach(context))
        key = getattr(rule, "shared_key", None)
        if callable(key):
            return self._by_key(rule, context, key)
        return self._each(rule, context, range(len(self.activities)), self.all)

    def _each(
        self, rule: Rule, context: Context, places: Iterator[int] | range, keep: int
    ) -> Column:
        """Run the rule on each place: the rejected leave `keep`, points gather by amount."""
        points: dict[float, int] = {}
        said = 0
        for i in places:
            verdict = rule(self.activities[i], context)
            if not verdict.keep:
                keep &= ~(1 << i)
                continue
            if verdict.points:
                points[verdict.points] = points.get(verdict.points, 0) | 1 << i
            if verdict.reason:
                said |= 1 << i
        return Column(keep, tuple(sorted(points.items())), said)

    def named(self, reach: Any) -> int:
        """The places a `Reach` names: its activities and every activity of its categories."""
        named = 0
        for activity_id in getattr(reach, "ids", ()):
            if activity_id in self.place:
                named |= 1 << self.place[activity_id]
        for category in getattr(reach, "categories", ()):
            named |= self.categories.get(category, 0)
        return named

    def reached(self, rule: Rule, context: Context, reach: Any, scope: int = -1) -> Column:
        """A rule's column over what its reach names within `scope`; all else is kept.

        Shared rules with a `reach` are made with it once and kept; personal rules, for one
        context, within the places a shortlist keeps.

        A rule declared with `alike=True` says the same of every activity its reach names only
        through a category, so it runs once per activity named by id and once per category.
        """
        if not getattr(rule, "alike", False):
            return self._each(rule, context, bits_of(self.named(reach) & scope), self.all)
        keep = self.all
        points: dict[float, int] = {}
        by_id = 0
        for activity_id in getattr(reach, "ids", ()):
            place = self.place.get(activity_id)
            if place is not None and scope >> place & 1:
                by_id |= 1 << place
        parts = [(1 << i, i) for i in bits_of(by_id)]
        for category in getattr(reach, "categories", ()):
            places = self.categories.get(category, 0) & scope & ~by_id
            if places:
                parts.append((places, (places & -places).bit_length() - 1))
        said = 0
        for places, one in parts:
            verdict = rule(self.activities[one], context)
            if not verdict.keep:
                keep &= ~places
                continue
            if verdict.points:
                points[verdict.points] = points.get(verdict.points, 0) | places
            if verdict.reason:
                said |= places
        return Column(keep, tuple(sorted(points.items())), said)

    def _by_key(self, rule: Rule, context: Context, key: Callable[[Activity], Hashable]) -> Column:
        keyed = self._keyed.get(key)
        if keyed is None:
            keyed = self._keyed[key] = self._key_places(key)
        verdicts = [rule(self.activities[i], context) for i in keyed.first]
        rejected = [n for n, v in enumerate(verdicts) if not v.keep]
        amounts: dict[float, list[int]] = {}
        for n, verdict in enumerate(verdicts):
            if verdict.keep and verdict.points:
                amounts.setdefault(verdict.points, []).append(n)
        keep = self.all & ~self._where(keyed, rejected) if rejected else self.all
        points = tuple((p, self._where(keyed, ns)) for p, ns in sorted(amounts.items()))
        saying = [n for n, v in enumerate(verdicts) if v.keep and v.reason]
        return Column(keep, points, self._where(keyed, saying) if saying else 0)

    def _key_places(self, key: Callable[[Activity], Hashable]) -> _Keyed:
        numbers: dict[Hashable, int] = {}
        first: list[int] = []
        each: list[int] = []
        for i, activity in enumerate(self.activities):
            value = key(activity)
            n = numbers.get(value)
            if n is None:
                n = numbers[value] = len(first)
                first.append(i)
            each.append(n)
        places: Any = bytes(each) if len(first) <= 256 else tuple(each)
        return _Keyed(tuple(numbers), tuple(first), places)

    def _where(self, keyed: _Keyed, numbers: Sequence[int]) -> int:
        """The places whose key is one of `numbers`."""
        if isinstance(keyed.places, bytes):
            table = bytearray(b"0" * 256)  # each key number to b"1" or b"0"
            for n in numbers:
                table[n] = 49
            return _from_flags(keyed.places.translate(table))
        chosen = set(numbers)
        return _from_flags(bytes(49 if n in chosen else 48 for n in keyed.places))


Groups = list[tuple[float, tuple[tuple[tuple[float, ...], int], ...]]]
"""Score groups, best first: each score with the points and places that make it up."""


def score_groups(
    mask: int, columns: Sequence[Column], start: Groups | None = None
) -> Groups | None:
    """The kept places grouped by their points, best score first; `None` past `MAX_GROUPS`.

    Each score is the exactly rounded sum (`math.fsum`) of a group's points, as an activity
    judged alone would get; groups of different points with the same score come together.
    `start` is the groups made by earlier columns, to add these to.

    When every amount is a whole number of 1/1024ths (the default rules' points are
    quarters), sums are kept as whole numbers of them: exact in any order, so each score is
    one group whose points are the one exact sum.
    """
    starting = [(p, b & mask) for _, parts in (start or ()) for p, b in parts if b & mask]
    if _dyadic(columns, starting):
        wholes: dict[int, int] = {}
        for points, places in starting if start is not None else [((), mask)]:
            total = round(math.fsum(points) * _UNIT)
            wholes[total] = wholes.get(total, 0) | places
        split = _split({k: v for k, v in wholes.items() if v}, columns, _add_whole)
        if split is None:
            return None
        return [(t / _UNIT, (((t / _UNIT,), b),)) for t, b in sorted(split.items(), key=_best)]
    tuples: dict[tuple[float, ...], int] = (
        dict(starting) if start is not None else ({(): mask} if mask else {})
    )
    groups = _split(tuples, columns, _add_point)
    if groups is None:
        return None
    by_score: dict[float, list[tuple[tuple[float, ...], int]]] = {}
    for points, places in groups.items():
        by_score.setdefault(math.fsum(points), []).append((points, places))
    return [(score, tuple(parts)) for score, parts in sorted(by_score.items(), key=_best)]


K = TypeVar("K")


def _split(
    groups: dict[K, int], columns: Sequence[Column], add: Callable[[K, float], K]
) -> dict[K, int] | None:
    """Split groups of places by each column's points; `None` past `MAX_GROUPS`."""
    for column in columns:
        if not column.points:
            continue
        after: dict[K, int] = {}
        for key, places in groups.items():
            rest = places
            for amount, bits in column.points:
                got = places & bits
                if got:
                    added = add(key, amount)
                    after[added] = after.get(added, 0) | got
                    rest &= ~bits
            if rest:
                after[key] = after.get(key, 0) | rest
        groups = after
        if len(groups) > MAX_GROUPS:
            return None
    return groups


def _add_point(points: tuple[float, ...], amount: float) -> tuple[float, ...]:
    return (*points, amount)


def _add_whole(total: int, amount: float) -> int:
    return total + round(amount * _UNIT)


_UNIT: Final = 1024
"""Points in whole numbers of 1/1024ths: exact sums whatever the order."""


def _dyadic(columns: Sequence[Column], starting: Sequence[tuple[tuple[float, ...], int]]) -> bool:
    for column in columns:
        for amount, _ in column.points:
            if not ((amount * _UNIT).is_integer() and -_LARGE < amount < _LARGE):
                return False
    for points, _ in starting:
        for amount in points:
            if not ((amount * _UNIT).is_integer() and -_LARGE < amount < _LARGE):
                return False
    return True


_LARGE: Final = 2.0**40
"""Amounts this large or larger are summed with `math.fsum`, as the plain loop sums them."""


def _best(item: tuple[float, object]) -> float:
    return -float(item[0])
