"""Columns: what each shared rule says of every activity for one value, as bit sets.

An activity is a bit: its place in the catalog sorted by id. For one shared rule and one value
of the check-in fields it reads (energy 2, 15 minutes, likes "movement"), a `Column` holds the
activities the rule keeps and, for each number of points it gives, the activities that get
them, each a Python integer used as a bit set. The hard limits of a check-in are then a few
integer ANDs, and its points a handful of groups of activities with the same total
(`_scores.split_totals`), so a new check-in costs work per rule and per group, not per
activity.

A column is made by running the rule once per distinct `key` when the rule declares one
(`shared_rule(key=...)`: the verdict depends on the activity only through it), once per
activity it can reach when it declares a `reach`, else once per activity. Only the few
activities a plan walks through are judged in full (their reasons).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence
from typing import Any, Final, NamedTuple

from ._context import Context, Rule
from ._model import Activity, Reason
from ._reach import groups_of

__all__ = ["Bounded", "Column", "Columns", "bits_of", "column_of", "exact"]


class Column(NamedTuple):
    """What one rule says of the catalog for one value.

    The places it keeps, its points by amount, and the places it gave a reason for (so that
    reasons are asked for only where there are some). Made by `column_of`, which works out
    the rest once: the amounts as whole numbers of `2 ** -shift` (every float is one, so
    sums of them are exact in any order), the places given any points, and an empty memo of
    the rule's reasons by place, which the index fills for the few activities plans pick.
    """

    keep: int
    points: tuple[tuple[float, int], ...]
    said: int
    wholes: tuple[tuple[int, int], ...]
    shift: int
    scored: int
    reasons: dict[int, Reason | None]

    @property
    def size(self) -> int:
        """About how many bytes it holds (the memo counted at a fixed allowance)."""
        bits = self.keep.bit_length() + self.said.bit_length() + self.scored.bit_length()
        return 64 + _MEMO + (bits + sum(b.bit_length() for _, b in self.points)) // 8


_MEMO: Final = 200
"""The bytes a column's memo of reasons is counted at: it holds the few places plans pick."""


def column_of(keep: int, points: tuple[tuple[float, int], ...], said: int) -> Column:
    """A `Column`, its amounts also as whole numbers of one small unit (see `exact`)."""
    scored = points[0][1] if points else 0  # with one amount, the same int: no more room
    for _, bits in points[1:]:
        scored |= bits
    amounts = [(exact(amount), bits) for amount, bits in points]
    shift = max((k for (_, k), _ in amounts), default=0)
    wholes = tuple((n << shift - k, bits) for (n, k), bits in amounts)
    return Column(keep, points, said, wholes, shift, scored, {})


def exact(amount: float) -> tuple[int, int]:
    """An amount as `n * 2 ** -k`, exactly: `(n, k)`, with the least `k` (a float is one)."""
    n, d = amount.as_integer_ratio()
    return n, d.bit_length() - 1


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
        self._width = (len(self.activities) + 7) // 8  # bytes to a bit set of every place
        self._keyed: dict[Callable[..., Any], _Keyed] = {}
        self._key_bits: dict[Callable[..., Any], tuple[Any, list[int]] | None] = {}
        self._kept = Bounded(bound)

    def column(self, key: tuple[Any, ...], rule: Rule, context: Context) -> Column:
        """The rule's column for the values `key` names, made with `context` when new."""
        kept = self._kept
        found: Column | None = kept.get(key)
        if found is None:
            found = self._make(rule, context)
            kept.keep(key, found)
        else:
            kept.move_to_end(key)  # `kept.find`, inline: a plan asks for a dozen
        return found

    def _make(self, rule: Rule, context: Context) -> Column:
        reach = getattr(rule, "shared_reach", None)
        if callable(reach):
            return self.reached(rule, context, reach(context))
        key = getattr(rule, "shared_key", None)
        if callable(key):
            return self._by_key(rule, context, key)
        return self._each(rule, context, range(len(self.activities)))

    def _each(
        self, rule: Rule, context: Context, places: Iterable[int], groups: Iterable[int] = ()
    ) -> Column:
        """Run the rule on each place, and once on each group of places alike; all else is kept.

        The places a verdict speaks about are gathered in lists and made bit sets once: in a
        large catalog one bit at a time would copy the whole set each time.
        """
        activities = self.activities
        rejected: list[int] = []
        amounts: dict[float, list[int]] = {}
        saying: list[int] = []
        for i in places:
            verdict = rule(activities[i], context)
            if not verdict.keep:
                rejected.append(i)
                continue
            if verdict.points:
                amounts.setdefault(verdict.points, []).append(i)
            if verdict.reason:
                saying.append(i)
        keep = self.all & ~self.bits(rejected) if rejected else self.all
        points = {amount: self.bits(found) for amount, found in amounts.items()}
        said = self.bits(saying)
        for group in groups:  # the lowest place speaks for its group
            verdict = rule(activities[(group & -group).bit_length() - 1], context)
            if not verdict.keep:
                keep &= ~group
                continue
            if verdict.points:
                points[verdict.points] = points.get(verdict.points, 0) | group
            if verdict.reason:
                said |= group
        return column_of(keep, tuple(sorted(points.items())), said)

    def bits(self, places: Iterable[int]) -> int:
        """The bit set of some places."""
        flags = bytearray(self._width)
        for i in places:
            flags[i >> 3] |= 1 << (i & 7)
        return int.from_bytes(flags, "little")

    def reached(self, rule: Rule, context: Context, reach: Any) -> Column:
        """A shared rule's column over what its reach names; all else is kept.

        A rule declared with `alike=True` says the same of every activity its reach names only
        through a category, so it runs once per activity named by id and once per category.
        """
        place = self.place
        by_id = sorted({p for i in getattr(reach, "ids", ()) if (p := place.get(i)) is not None})
        categories = [self.categories.get(c, 0) for c in getattr(reach, "categories", ())]
        if not getattr(rule, "alike", False):
            named = set(by_id).union(*(bits_of(places) for places in categories))
            return self._each(rule, context, sorted(named))
        others = ~self.bits(by_id)
        return self._each(rule, context, by_id, [g for c in categories if (g := c & others)])

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
        return column_of(keep, points, self._where(keyed, saying) if saying else 0)

    def key_bits(self, key: Callable[[Activity], Hashable]) -> tuple[Any, list[int]] | None:
        """Each place's key number, and the places of each key number; `None` past 256 keys.

        Made once per key: for a plan rule declared with `picks_by`.
        """
        if key in self._key_bits:
            return self._key_bits[key]
        keyed = self._keyed.get(key) or self._keyed.setdefault(key, self._key_places(key))
        found = None
        if isinstance(keyed.places, bytes):
            found = (keyed.places, [self._where(keyed, [n]) for n in range(len(keyed.keys))])
        return self._key_bits.setdefault(key, found)

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
