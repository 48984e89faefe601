"""The catalog index: the work a recommender can share between check-ins, done once and kept.

A catalog never changes, so what the rules say about it can be cached. Rules declare what
they read (`shared_rule`, `personal_rule`, `plan_rule` in `_rules`), and `RuleSet` sorts them:

- **Shared rules** read only the activity and a few check-in values. Their verdicts are worked
  out once per combination of values: first for energy, posture, outdoors and time of day (at
  most 150 combinations, kept), then with the minutes, likes, avoids, `Context.grade` and
  `Context.turn` (the most recently used kept, up to `SHORTLISTED` entries in all). The
  result is a `Shortlist`: the activities that pass, with their points and reasons, best
  first. A new shortlist is put together from what each of those second rules said before
  for the values it reads, so check-ins that differ only in their likes, say, ask the
  minutes rules nothing new.
- **Personal rules** read the person's own data and name the few activities they speak
  about, so they run on those alone.
- **Plan rules**, and rules that declare nothing, run again for each pick.

`Recommender.recommend` in `_recommend` walks the shortlist from the top and stops as soon as
nothing further down could win. The tests check its plans against the plain loop that runs
every rule on every activity.
"""

from __future__ import annotations

import functools
import math
import operator
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, Final, NamedTuple

import attrs

from ._catalog import Catalog
from ._model import Activity, Reason, Step
from ._rules import KEEP, SHARED_FIELDS, Context, Reach, Rule, rule_name
from ._sizing import size_steps
from ._vocab import Energy

__all__ = ["SHORTLISTED", "CatalogIndex", "RuleSet", "Scored", "Shortlist", "index_of"]

SHORTLISTED: Final = 1_000_000
"""How many entries an index keeps in its shortlists, in all; the least recently used go first.

An entry takes about 100 bytes, so the shortlists stay under about 100 MB whatever the
catalog; the first level adds at most 150 lists of the catalog's activities.
"""

FIRST_FIELDS: Final = frozenset({"energy", "posture", "outdoors", "time_of_day"})
"""The shared values of the first, kept level of the index."""


Judged = tuple[tuple[float, ...], tuple[tuple[int, Reason], ...]]
"""What `judge` says of an activity the rules keep: its points and its reasons."""


class Scored(NamedTuple):
    """An activity with the points and reasons the rules gave it so far.

    Scored values sort best first: by score, highest first, then by id. The score is the
    exactly rounded sum of the points (`math.fsum`), so it does not depend on the order the
    rules ran in.
    """

    rank: float
    """The score, negated, so that the best sorts first."""
    id: str
    activity: Activity
    points: tuple[float, ...]
    reasons: tuple[tuple[int, Reason], ...]

    @property
    def score(self) -> float:
        """The sum of the points."""
        return -self.rank

    def adding(self, judged: Judged) -> Scored:
        """Return this with more points and reasons."""
        points, reasons = judged
        if not points:
            return self._replace(reasons=self.reasons + reasons) if reasons else self
        total = self.points + points
        return Scored(-math.fsum(total), self.id, self.activity, total, self.reasons + reasons)


_NOTHING: Final[Judged] = ((), ())
"""What `judge` says when every rule keeps the activity with nothing to add."""


class Said:
    """What one rule said so far, for some values, of the catalog's activities.

    `asked` has a byte for each activity, by its position in the catalog: 1 once asked.
    `said` keeps only what is not a plain keep, by id: `None` for left out, else the points
    and reasons. A byte an activity keeps memory small on large catalogs.
    """

    __slots__ = ("asked", "said")

    def __init__(self, size: int) -> None:
        self.asked = bytearray(size)
        self.said: dict[str, Judged | None] = {}


def judge(activity: Activity, context: Context, rules: Sequence[tuple[int, Rule]]) -> Judged | None:
    """Run some rules on one activity: `None` when one rejects it, else its points and reasons."""
    points: tuple[float, ...] = ()
    reasons: tuple[tuple[int, Reason], ...] = ()
    for position, rule in rules:
        verdict = rule(activity, context)
        if verdict is KEEP:  # the most common verdict, and nothing to add
            continue
        if not verdict.keep:
            return None
        if verdict.points:
            points += (verdict.points,)
        if verdict.reason:
            reasons += ((position, _reason(rule_name(rule), verdict.reason)),)
    return points, reasons


@attrs.frozen(cache_hash=True)
class RuleSet:
    """A recommender's rules sorted by what they read, each with its position in the list.

    Attributes:
        first: Shared rules that read energy, posture, outdoors and time of day at most.
        second: The other shared rules (they read the minutes, likes, avoids, grade or
            turn), each with the names of the fields it reads.
        personal: Personal rules with their reach.
        per_pick: Plan rules and undeclared rules.
        ceiling: The most points the per-pick rules together can add.
    """

    first: tuple[tuple[int, Rule], ...]
    second: tuple[tuple[int, Rule, tuple[str, ...]], ...]
    personal: tuple[tuple[int, Rule, Callable[[Context], Reach]], ...]
    per_pick: tuple[tuple[int, Rule], ...]
    ceiling: float

    @classmethod
    def of(cls, rules: Iterable[Rule]) -> RuleSet:
        """Sort rules by their declarations (see `shared_rule` and its kin)."""
        first: list[tuple[int, Rule]] = []
        second: list[tuple[int, Rule, tuple[str, ...]]] = []
        personal: list[tuple[int, Rule, Callable[[Context], Reach]]] = []
        per_pick: list[tuple[int, Rule]] = []
        ceilings: list[float] = []
        for position, rule in enumerate(rules):
            fields = getattr(rule, "shared_fields", None)
            reach = getattr(rule, "reach", None)
            if isinstance(fields, frozenset) and fields <= FIRST_FIELDS:
                first.append((position, rule))
            elif isinstance(fields, frozenset):
                second.append((position, rule, tuple(sorted(fields))))
            elif callable(reach):
                personal.append((position, rule, reach))
            else:
                per_pick.append((position, rule))
                ceilings.append(float(getattr(rule, "pick_ceiling", math.inf)))
        return cls(
            tuple(first), tuple(second), tuple(personal), tuple(per_pick), math.fsum(ceilings)
        )


@functools.cache
def reader(fields: tuple[str, ...]) -> Callable[[Context], Any]:
    """Return what reads some of `SHARED_FIELDS` from a context: the values a shared rule reads.

    `grade` and `turn` come from the context, the others from its check-in. With one field
    the reader gives its value, with more a tuple.
    """
    return operator.attrgetter(*(f if f in ("grade", "turn") else f"checkin.{f}" for f in fields))


FIRST_KEY: Final = reader(tuple(sorted(FIRST_FIELDS)))
"""The values the first-level shared rules read (`FIRST_FIELDS`)."""
SECOND_KEY: Final = reader(SHARED_FIELDS)
"""All the values shared rules may read."""


@attrs.frozen
class Shortlist:
    """The activities that pass a rule set's shared rules for one combination of values.

    Attributes:
        entries: Best first: by score, then by id.
        by_id: Each entry by its activity's id.
        by_category: The entries of each category, in the same order.
    """

    entries: tuple[Scored, ...]
    by_id: dict[str, Scored]
    by_category: dict[str, tuple[Scored, ...]]

    @classmethod
    def of(cls, entries: Iterable[Scored]) -> Shortlist:
        """Sort entries and index them by id and by category."""
        ordered = tuple(sorted(entries))
        groups: dict[str, list[Scored]] = {}
        for entry in ordered:
            groups.setdefault(entry.activity.category, []).append(entry)
        return cls(
            ordered,
            {e.id: e for e in ordered},
            {category: tuple(group) for category, group in groups.items()},
        )

    def reached(self, reach: Reach) -> Iterator[Scored]:
        """The entries a personal rule's reach names (an entry may come twice)."""
        for activity_id in reach.ids:
            if activity_id in self.by_id:
                yield self.by_id[activity_id]
        for category in reach.categories:
            yield from self.by_category.get(category, ())


class CatalogIndex:
    """What one catalog's rules have said so far, and its steps sized for each energy.

    Made by `index_of`, once per catalog; safe to share between threads.
    """

    def __init__(self, catalog: Catalog) -> None:
        self._activities = tuple(catalog)
        self._lock = threading.Lock()
        self._first: dict[tuple[Any, ...], tuple[Scored, ...]] = {}
        self._second: OrderedDict[tuple[Any, ...], Shortlist] = OrderedDict()
        self._shortlisted = 0  # entries in all the shortlists kept
        self._sized: dict[tuple[str, Energy], tuple[Step, ...]] = {}
        self._same: dict[Any, Any] = {}  # equal points and reasons tuples, kept once
        self._positions = {a.id: i for i, a in enumerate(self._activities)}
        self._saying: dict[tuple[Any, ...], Said] = {}  # see `_said`
        self._said_count = 0

    def shortlist(self, rules: RuleSet, context: Context) -> Shortlist:
        """Return the activities that pass the shared rules for this context, best first."""
        key = (rules, SECOND_KEY(context))
        with self._lock:
            found = self._second.get(key)
            if found is not None:
                self._second.move_to_end(key)
                return found
        level = (rules.first, FIRST_KEY(context))
        first = self._first_level(level, rules, context)
        said = [(rule[:2], self._said(rule, context)) for rule in rules.second]
        positions = self._positions
        passed = []
        for entry in first:
            points, reasons = entry.points, entry.reasons
            at = positions[entry.id]
            for rule, memo in said:
                if memo.asked[at]:
                    judged = memo.said.get(entry.id, _NOTHING)
                else:
                    judged = judge(entry.activity, context, (rule,))
                    if judged != _NOTHING:  # kept once: the same verdict comes often
                        judged = memo.said[entry.id] = self._same.setdefault(judged, judged)
                        self._said_count += 1
                    memo.asked[at] = 1  # after the verdict, so another thread never misses it
                if judged is None:
                    break
                points += judged[0]
                reasons += judged[1]
            else:
                passed.append(self._scored(entry.activity, points, reasons))
        with self._lock:
            shortlist = self._second.get(key)
            if shortlist is None:
                shortlist = self._second[key] = Shortlist.of(passed)
                self._shortlisted += len(shortlist.entries)
            while self._shortlisted > SHORTLISTED and len(self._second) > 1:
                _, dropped = self._second.popitem(last=False)
                self._shortlisted -= len(dropped.entries)
        return shortlist

    def _first_level(
        self, key: tuple[Any, ...], rules: RuleSet, context: Context
    ) -> tuple[Scored, ...]:
        found = self._first.get(key)
        if found is None:
            found = tuple(
                self._scored(a, *judged)
                for a in self._activities
                if (judged := judge(a, context, rules.first)) is not None
            )
            with self._lock:
                found = self._first.setdefault(key, found)
        return found

    def _said(self, rule: tuple[int, Rule, tuple[str, ...]], context: Context) -> Said:
        """What one second-level rule said so far of each activity, for the values it reads.

        Check-ins that differ elsewhere share it: a new shortlist then asks the rule only
        about activities it has not seen with these values.
        """
        position, judged_by, fields = rule
        key = (position, judged_by, reader(fields)(context))
        found = self._saying.get(key)
        if found is None:
            with self._lock:
                if self._said_count > SHORTLISTED // 2:
                    self._saying.clear()  # a bound; what is dropped is worked out again
                    self._said_count = 0
                found = self._saying.setdefault(key, Said(len(self._activities)))
                self._said_count += len(self._activities) // 100  # its bytes, as entries
        return found

    def _scored(
        self, activity: Activity, points: tuple[float, ...], reasons: tuple[tuple[int, Reason], ...]
    ) -> Scored:
        """Score an activity; equal points and reasons are kept once, as a catalog repeats them."""
        same = self._same
        points = same.setdefault(points, points)
        return Scored(
            -math.fsum(points), activity.id, activity, points, same.setdefault(reasons, reasons)
        )

    def sized(self, activity: Activity, energy: Energy) -> tuple[Step, ...]:
        """Return an activity's steps sized for an energy level (`size_steps`), cached."""
        key = (activity.id, energy)
        found = self._sized.get(key)
        if found is None:
            found = self._sized.setdefault(key, tuple(size_steps(activity.steps, energy)))
        return found


_REASONS: dict[tuple[str, str], Reason] = {}


def _reason(rule: str, text: str) -> Reason:
    """One shared `Reason` per rule and text: they are frozen, and a catalog repeats them."""
    found = _REASONS.get((rule, text))
    if found is None:
        if len(_REASONS) > 100_000:  # a bound, for rules that write many different sentences
            _REASONS.clear()
        found = _REASONS.setdefault((rule, text), Reason(rule, text))
    return found


def index_of(catalog: Catalog) -> CatalogIndex:
    """Return the catalog's index, making it on first use."""
    found = catalog._index
    if not isinstance(found, CatalogIndex):
        found = catalog._index = CatalogIndex(catalog)
    return found
