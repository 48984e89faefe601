"""Shortlists: the activities a check-in's shared rules keep, and the picks walked from the best.

A `Shortlist` holds the places the shared rules keep, as a bit set, grouped by their total
points, exactly (`_scores.split_totals`). `Shortlist.picks` walks its entries best first,
straight from those groups, and stops as soon as nothing further down could win. `judge` runs
rules on one activity, for the few a plan walks through.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Hashable, Iterable, Sequence
from typing import Final, NamedTuple

from ._columns import Column, Columns, bits_of
from ._context import KEEP, Context, Rule, rule_name
from ._merge import Walked
from ._model import Activity, Reason
from ._personal import Personal, Positioned, Reached, reason_for
from ._scores import EXACT, Group, Run, Totals, grouped, split_totals

__all__ = ["Judged", "Keyed", "Pick", "Positioned", "Shortlist", "judge"]


Judged = tuple[tuple[float, ...], Positioned]
"""What `judge` says of an activity the rules keep: its points and its reasons."""

Keyed = tuple[tuple[int, Rule, Column], ...]
"""The columns a shortlist was made from, each with its rule and the rule's position."""


class Pick(NamedTuple):
    """An activity a plan picked, with its score and the reasons its plan rules gave.

    The shared and personal rules' reasons are asked for afterwards (`CatalogIndex.reasons`).
    """

    score: float
    place: int
    activity: Activity
    reasons: Positioned


_NOTHING: Final[Judged] = ((), ())
"""What `judge` says when every rule keeps the activity with nothing to add."""


def judge(activity: Activity, context: Context, rules: Sequence[tuple[int, Rule]]) -> Judged | None:
    """Run some rules on one activity: `None` when one rejects it, else its points and reasons."""
    points: tuple[float, ...] = ()
    reasons: Positioned = ()
    for position, rule in rules:
        verdict = rule(activity, context)
        if verdict is KEEP:  # the most common verdict, and nothing to add
            continue
        if not verdict.keep:
            return None
        if verdict.points:
            points += (verdict.points,)
        if verdict.reason:
            reasons += ((position, reason_for(rule_name(rule), verdict.reason)),)
    return (points, reasons) if points or reasons else _NOTHING


class Shortlist:
    """The activities that pass a rule set's shared rules for one context, best first.

    Its groups carry the shared rules' points but not their reasons: `CatalogIndex.reasons`
    gives those for the few activities a plan keeps, kept in `said` by place.

    Attributes:
        mask: The places kept.
        keyed: The columns this shortlist added to `before`, with their rules.
        telling: Those of them that give some activity a reason.
        before: The shortlist this one split further, if any.
        personal: What personal rules said, for one context, when this shortlist is `before`'s
            with them (`personalised`).
        said: The shared rules' reasons by place, for the activities asked about.
        size: About how many bytes it holds, at most.
    """

    mask: int
    keyed: Keyed
    telling: Keyed
    said: dict[int, Positioned]
    _made: tuple[Column, ...]
    _runs: Sequence[Run] | Walked | None  # see `every_run`
    _totals: Totals | None  # exact totals in units of `2 ** -_shift`; `None` past `MAX_GROUPS`
    _shift: int

    def __init__(
        self,
        columns: Columns,
        shared: tuple[tuple[int, Rule], ...],
        context: Context,
        keyed: Keyed,
        before: Shortlist | None = None,
        personal: Personal | None = None,
    ) -> None:
        self._columns = columns
        self._shared = shared
        self._context = context
        totals: Totals | None
        self._runs = None
        self.before = before
        self.personal = personal
        self.said = {}
        if personal is not None and before is not None:  # its runs, from `before`'s
            # No columns of its own: `before`'s places less those left out, and the moved
            # places put at their scores (`Personal.ranked`); no place is judged anew.
            mask = before.mask & ~personal.rejected if personal.rejected else before.mask
            self.mask, self._made, self.keyed, self.telling = mask, before._made, (), ()
            self._totals, self._shift = None, 0
            self._runs = personal.ranked(before.every_run(), mask)
            self.size = 2_000
            return
        made = [column for _, _, column in keyed]
        mask = columns.all if before is None else before.mask
        for column in made:
            mask &= column.keep
        self.mask = mask
        self._made = (*before._made, *made) if before else tuple(made)
        if before is not None and before._totals is not None:
            totals, shift = split_totals(before._totals, before._shift, mask, made)
        else:  # from nothing, or from a shortlist with too many groups to keep
            totals, shift = split_totals(((0, mask),), 0, mask, self._made)
        self._totals, self._shift = totals, shift
        self.keyed = keyed
        self.telling = tuple([k for k in keyed if k[2].said])  # the columns with any reason
        # Its groups and the reasons it may keep, each group counted as large as the whole
        # mask: a bound cheap to work out.
        self.size = 2_000 + len(totals or ()) * (100 + mask.bit_length() // 8)

    def personalised(self, reached: Reached, context: Context) -> Shortlist:
        """This shortlist with personal rules' verdicts on what they reach, for one context.

        The rules run on the few places they reach (`Personal`), and only those places move
        between its runs.
        """
        personal = Personal(self._columns, reached, context, self.mask)
        if not personal.spoke:  # they keep everything they reach, with nothing to add
            return self
        # Its runs come from this one's (`Personal.ranked`): no place is judged anew.
        return Shortlist(self._columns, self._shared, context, (), self, personal)

    def picks(
        self,
        context: Context,
        limit: int,
        per_pick: Sequence[tuple[int, Rule]],
        ceiling: float,
        key: Callable[[Activity], Hashable] | None = None,
    ) -> list[Pick]:
        """Pick the best activities one at a time, as if every rule ran on every activity.

        The shared rules' points are in the groups; `per_pick` (plan rules, undeclared
        rules) run on each entry a pick walks through, from the best down, until nothing below
        can win: an entry's score plus `ceiling`, the most they add, is below the best found.
        An entry they reject is left out of the later picks too, as in the plain loop.

        With `key` (the rules were declared with `picks_by`), a pick judges the first entry
        of each key it meets and passes over that key's other entries of the same score at
        once: they would get the same verdict, and rank after it.
        """
        activities = self._columns.activities
        if not per_pick:  # nothing changes between picks: the best few are the plan
            ranked = self.every_run()
            firsts = itertools.islice(
                ((score, place) for score, _, places in ranked for place in bits_of(places)), limit
            )
            return [Pick(score, place, activities[place], ()) for score, place in firsts]
        keys = self._columns.key_bits(key) if key is not None else None
        picked: list[Pick] = []
        left_out = 0
        while len(picked) < limit:
            # Ranks are scores negated, so the best sorts first, ties to the smaller place
            # (places are in id order); `bound` is the best rank a run can still reach.
            best_rank, best, judged_at = 0.0, -1, -1
            said: Positioned = ()
            judged_by_key: dict[int, tuple[Judged | None, int]] = {}  # and the place judged
            stop = False
            others = ~left_out
            for score, points, places in self.every_run():
                places &= others
                if not places:
                    continue
                bound = -score - ceiling
                rejected = 0
                while places:
                    low = places & -places
                    place = low.bit_length() - 1
                    if best >= 0 and (bound > best_rank or (bound == best_rank and place > best)):
                        stop = True  # nothing from here on can win
                        break
                    if keys is None:
                        alike, at = low, place
                        judged = judge(activities[place], context, per_pick)
                    else:  # the key's entries here: one verdict, and the first ranks best
                        number = keys[0][place]
                        alike = keys[1][number] & places
                        if number in judged_by_key:
                            judged, at = judged_by_key[number]
                        else:
                            judged, at = judge(activities[place], context, per_pick), place
                            judged_by_key[number] = judged, at
                    places ^= alike
                    if judged is None:
                        rejected |= alike
                        continue
                    more = judged[0]
                    rank = -math.fsum(points + more) if more else -score
                    if best < 0 or rank < best_rank or (rank == best_rank and place < best):
                        best_rank, best, said, judged_at = rank, place, judged[1], at
                # The entries a walk one at a time would have judged: up to the best, when
                # nothing after it in this run could rank better; else all of them.
                if best >= 0 and (stop or best_rank == bound):
                    rejected &= (1 << best) - 1
                left_out |= rejected
                if stop:
                    break
            if best < 0:
                break
            if judged_at != best:  # its own reasons, which may differ from its key's first
                said = (judge(activities[best], context, per_pick) or _NOTHING)[1]
            picked.append(Pick(-best_rank, best, activities[best], said))
            left_out |= 1 << best
            if len(picked) < limit:
                context = context.picking(activities[best])
        return picked

    def every_run(self) -> Sequence[Run] | Walked:
        """The entries best first, as runs of places in id order, made at once on first use.

        Each run is a score, the points that make it up, and places that all have them.
        Threads may share them. A shortlist made for one plan (`personalised`) makes them as
        its walks ask (`Walked`).
        """
        runs = self._runs
        if runs is None:
            runs = self._runs = self._all_runs()
        return runs

    def _all_runs(self) -> list[Run]:
        totals, shift = self._totals, self._shift
        runs: list[Run] = []
        if totals is None:  # too many groups of points: each kept activity judged alone
            groups: Iterable[Group] = self._judge_each()
        elif not totals or (-EXACT < totals[-1][0] and totals[0][0] < EXACT):
            one = 1 << shift  # small totals: each is a float exactly
            for total, places in totals:
                score = total / one
                runs.append((score, (score,), places))
            return runs
        else:  # some scores may round: totals that round alike come together
            groups = grouped(totals, shift)
        for score, parts in groups:
            if len(parts) == 1:
                points, places = parts[0]
                runs.append((score, points, places))
                continue
            places = 0
            for _, bits in parts:
                places |= bits
            for place in bits_of(places):  # in id order; each place is in one part
                runs.append((score, next(p for p, bits in parts if bits >> place & 1), 1 << place))
        return runs

    def _judge_each(self) -> list[Group]:
        activities = self._columns.activities
        judged: list[tuple[float, int, tuple[float, ...]]] = []
        for place in bits_of(self.mask):
            found = judge(activities[place], self._context, self._shared)
            if found is not None:
                judged.append((-math.fsum(found[0]), place, found[0]))
        judged.sort()
        return [(-rank, ((points, 1 << place),)) for rank, place, points in judged]


def shared_reasons(
    place: int, activity: Activity, keyed: Iterable[tuple[int, Rule, Column]], context: Context
) -> Positioned:
    """The reasons the rules of `keyed` give an activity, each worked out once per column.

    A column's rule gives the same verdict to every context with its values, so its reason
    for a place is kept in the column's memo.
    """
    found: list[tuple[int, Reason]] = []
    for position, rule, column in keyed:
        if not column.said >> place & 1:  # the rule gave this activity no reason
            continue
        memo = column.reasons
        said = memo.get(place, _UNSAID)
        if said is _UNSAID:
            reason = rule(activity, context).reason
            said = memo[place] = reason_for(rule_name(rule), reason) if reason else None
        if isinstance(said, Reason):
            found.append((position, said))
    return tuple(found)


_UNSAID: Final = object()
