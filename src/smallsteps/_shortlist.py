"""Shortlists: the activities a check-in's shared rules keep, walked from the best.

A `Shortlist` holds the places the shared rules keep, as bit sets, grouped by their points
(`_columns.score_groups`), and gives its entries best first, lazily, keeping what it read for
the next walk. `judge` runs rules on one activity, for the few a plan walks through.
"""

from __future__ import annotations

import itertools
import math
import threading
from collections.abc import Iterable, Iterator, Sequence
from typing import Final, NamedTuple

from ._columns import Column, Columns, Groups, bits_of, score_groups
from ._context import KEEP, Context, Rule, rule_name
from ._model import Activity, Reason
from ._reach import Reach

__all__ = ["Judged", "Ranking", "Scored", "Shortlist", "judge"]


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
    return (points, reasons) if points or reasons else _NOTHING


class Shortlist:
    """The activities that pass a rule set's shared rules for one context, best first.

    `entries` is read lazily, from the best, and kept for the next walk. Entries carry the
    shared rules' points but not their reasons: `CatalogIndex.reasons` gives those for the few
    activities a plan keeps.
    """

    _mask: int
    _made: tuple[Column, ...]
    _groups: Groups | None

    def __init__(
        self,
        columns: Columns,
        shared: tuple[tuple[int, Rule], ...],
        context: Context,
        made: Sequence[Column],
        before: Shortlist | None = None,
    ) -> None:
        self._columns = columns
        self._shared = shared
        self._context = context
        mask = columns.all if before is None else before._mask
        for column in made:
            mask &= column.keep
        self._mask = mask
        if before is None or before._groups is None:
            self._made = tuple(made) if before is None else (*before._made, *made)
            self._groups = score_groups(mask, self._made)
        else:  # the earlier groups, split further by these columns
            self._made = (*before._made, *made)
            self._groups = score_groups(mask, made, before._groups)
        self.entries = Ranking(self._walk())
        # About how many bytes it holds, at most (its groups and the entries a walk may keep):
        # each group counted as large as the whole mask, a bound cheap to work out.
        parts = sum(len(parts) for _, parts in self._groups or ())
        self.size = 2_000 + parts * (100 + mask.bit_length() // 8)
        self.said: dict[str, tuple[tuple[int, Reason], ...]] = {}  # see `CatalogIndex.reasons`
        self.before = before  # the shortlist this one split further, if any

    def personalised(self, rules: Sequence[tuple[int, Rule, Reach]], context: Context) -> Shortlist:
        """This shortlist with personal rules' verdicts on what they reach, for one context.

        Each rule's verdicts become a column over the activities it reaches, so the ranking
        stays a matter of groups of equal points.
        """
        columns = self._columns
        made = [columns.reached(rule, context, reach, self._mask) for _, rule, reach in rules]
        judged = (*self._shared, *((p, r) for p, r, _ in rules))
        return Shortlist(columns, judged, context, made, self)

    def _walk(self) -> Iterator[Scored]:
        if self._groups is None:  # too many groups of points: judge each kept activity
            yield from sorted(self._judged(bits_of(self._mask)))
            return
        activities = self._columns.activities
        for score, parts in self._groups:
            if len(parts) == 1:
                points, places = parts[0]
                for i in bits_of(places):
                    yield Scored(-score, activities[i].id, activities[i], points, ())
                continue
            places = 0
            for _, bits in parts:
                places |= bits
            for i in bits_of(places):  # in id order; each place is in one part
                points = next(p for p, bits in parts if bits >> i & 1)
                yield Scored(-score, activities[i].id, activities[i], points, ())

    def _judged(self, places: Iterable[int]) -> Iterator[Scored]:
        activities = self._columns.activities
        for i in places:
            judged = judge(activities[i], self._context, self._shared)
            if judged is not None:
                points = judged[0]
                yield Scored(-math.fsum(points), activities[i].id, activities[i], points, ())


class Ranking:
    """Entries read from an iterator as far as a walk needs, and kept for the next walk."""

    def __init__(self, entries: Iterator[Scored]) -> None:
        self._read: list[Scored] = []
        self._rest = entries
        self._lock = threading.Lock()

    def upto(self, count: int) -> list[Scored]:
        """The first `count` entries (all there are, if fewer), read as far as needed.

        The list is the one kept for every walk: read it, never change it.
        """
        read = self._read
        if len(read) < count:
            with self._lock:
                if len(read) < count:
                    read.extend(itertools.islice(self._rest, count - len(read)))
        return read

    def __iter__(self) -> Iterator[Scored]:
        at = 0
        read = self._read
        while True:
            while at < len(read):
                yield read[at]
                at += 1
            with self._lock:
                if at < len(read):
                    continue
                more = list(itertools.islice(self._rest, _BLOCK))
                if not more:
                    return
                read.extend(more)


_BLOCK: Final = 8
"""How many entries a walk reads at a time: a plan's walk reads about ten."""


_REASONS: dict[tuple[str, str], Reason] = {}


def _reason(rule: str, text: str) -> Reason:
    """One shared `Reason` per rule and text: they are frozen, and a catalog repeats them."""
    found = _REASONS.get((rule, text))
    if found is None:
        if len(_REASONS) > 100_000:  # a bound, for rules that write many different sentences
            _REASONS.clear()
        found = _REASONS.setdefault((rule, text), Reason(rule, text))
    return found
