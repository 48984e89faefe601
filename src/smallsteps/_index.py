"""The catalog index: the work a recommender can share between check-ins, done once and kept.

A catalog never changes, so what the rules say about it can be kept. Rules declare what they
read (`shared_rule`, `personal_rule`, `plan_rule` in `_rules`), and `RuleSet` sorts them:

- **Shared rules** read only the activity and a few check-in values. For each rule and each
  value of what it reads, a column over the catalog says which activities it keeps and which
  get which points, as bit sets (`_columns`), made once and kept within `COLUMN_BYTES`. A
  check-in's hard limits are then an AND of its rules' columns, and its ranking a few groups
  of activities with the same total (`_scores`); only the activities a plan walks through
  are judged in full, for their reasons.
- **Personal rules** read the person's own data and name the few activities they speak
  about, so they run on those alone.
- **Plan rules**, and rules that declare nothing, run again for each pick; one per key for
  a plan rule declared with `picks_by`.

`Shortlist.picks` (`_shortlist`) walks the ranking from the top and stops as soon as nothing
further down could win. The tests check the plans against the plain loop that runs every
rule on every activity.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import math
import operator
import threading
from collections.abc import Callable, Hashable, Iterable
from typing import Any, Final

import attrs

from ._catalog import Catalog
from ._columns import Bounded, Columns
from ._context import Context, Rule
from ._model import Activity, Plan, Reason, Step, Suggestion
from ._personal import Reached
from ._reach import CHECKIN_FREE, NOWHERE, Reach
from ._reached import reached_together
from ._shortlist import Pick, Positioned, Shortlist, shared_reasons
from ._sizing import size_steps
from ._vocab import Energy

__all__ = [
    "COLUMN_BYTES",
    "COLUMN_BYTES_EACH",
    "CatalogIndex",
    "Pick",
    "RuleSet",
    "Shortlist",
    "index_of",
]

COLUMN_BYTES: Final = 8_000_000
"""The least room the columns of one catalog get, in bytes (`COLUMN_BYTES_EACH` when more).

The least recently used columns go first, and are made again when asked for.
"""

COLUMN_BYTES_EACH: Final = 600
"""The room for columns, in bytes per activity of the catalog, when more than `COLUMN_BYTES`."""

FIRST_FIELDS: Final = frozenset({"energy", "posture", "outdoors", "time_of_day", "turn"})
"""The values of the first shared rules: they take few values together, and are asked first.

`turn` comes from the date: a batch for one day shares it. (The grade is left to the second
rules: it is 0 without history, where its rule gives nothing to split by.)"""

SUGGESTIONS_KEPT: Final = 20_000
"""How many distinct suggestions an index keeps to share between plans (then it starts again)."""

SHORTLIST_BYTES: Final = 16_000_000
"""The least room for the first shared rules' shortlists, in bytes (the least recent go
first); `SHORTLIST_BYTES_EACH` an activity when more."""

SHORTLIST_BYTES_EACH: Final = 150
"""The room for first shortlists, in bytes per activity of the catalog, when more than the least."""

RECENT_BYTES: Final = 50_000
"""The room for whole shortlists kept for check-ins asked again soon, in bytes.

Small on purpose: most check-ins are new, and a large cache of plans never asked again only
gives the garbage collector more to walk (at 5,000 kept, new check-ins took 40% longer)."""


Reads = tuple[tuple[int, Rule, Callable[[Context], Any]], ...]
"""Shared rules, each with its position and what reads its values from a context."""


@attrs.frozen(cache_hash=True)
class RuleSet:
    """A recommender's rules sorted by what they read, each with its position in the list.

    Attributes:
        first: Shared rules that read `FIRST_FIELDS` at most (energy, posture, outdoors,
            time of day, turn).
        second: The other shared rules (they read the minutes, likes, avoids or grade), each
            with the names of the fields it reads.
        personal: Personal rules with their reach.
        per_pick: Plan rules and undeclared rules.
        ceiling: The most points the per-pick rules together can add.
        shared: `first`, then `second`, each with its position.
        reads: For `first` and for `second`: each rule with its position and what reads its
            values from a context.
        pick_key: What every per-pick rule judges an activity by, when all declare the same
            (`picks_by`); else `None`.
        checkin_free: Whether no personal rule's reach reads the check-in (`CHECKIN_FREE`).
    """

    first: tuple[tuple[int, Rule], ...]
    second: tuple[tuple[int, Rule, tuple[str, ...]], ...]
    personal: tuple[tuple[int, Rule, Callable[[Context], Reach]], ...]
    per_pick: tuple[tuple[int, Rule], ...]
    ceiling: float
    shared: tuple[tuple[int, Rule], ...] = attrs.field(init=False, eq=False, hash=False, repr=False)
    reads: tuple[Reads, Reads] = attrs.field(init=False, eq=False, hash=False, repr=False)
    pick_key: Callable[[Activity], Hashable] | None = attrs.field(
        init=False, eq=False, hash=False, repr=False
    )
    checkin_free: bool = attrs.field(init=False, eq=False, hash=False, repr=False)

    def __attrs_post_init__(self) -> None:
        shared = (*self.first, *((p, r) for p, r, _ in self.second))
        reads = tuple((p, r, _reader_of(r)) for p, r in shared)
        object.__setattr__(self, "shared", shared)
        object.__setattr__(self, "reads", (reads[: len(self.first)], reads[len(self.first) :]))
        keys = {getattr(rule, "pick_key", None) for _, rule in self.per_pick}
        key = keys.pop() if len(keys) == 1 else None
        object.__setattr__(self, "pick_key", key if callable(key) else None)
        free = all(reach in CHECKIN_FREE for _, _, reach in self.personal)
        object.__setattr__(self, "checkin_free", free)

    def reaching(self, context: Context) -> Reached:
        """The personal rules whose reach names something, with the ids and categories it names.

        The others keep all, adding nothing. The built-in reaches are read together, in one
        call (`reached_together`).
        """
        if self.checkin_free:
            return reached_together(context, self.personal)
        return [
            (p, r, got.ids, got.categories)
            for p, r, reach in self.personal
            if (got := reach(context)) is not NOWHERE and (got.ids or got.categories)
        ]

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


def _reader_of(rule: Rule) -> Callable[[Context], Any]:
    fields: frozenset[str] = getattr(rule, "shared_fields", frozenset())
    return reader(tuple(sorted(fields))) if fields else _nothing


def _nothing(context: Context) -> tuple[()]:
    return ()


@functools.cache
def reader(fields: tuple[str, ...]) -> Callable[[Context], Any]:
    """Return what reads some of `SHARED_FIELDS` from a context: the values a shared rule reads.

    `grade` and `turn` come from the context, the others from its check-in. With one field
    the reader gives its value, with more a tuple.
    """
    return operator.attrgetter(*(f if f in ("grade", "turn") else f"checkin.{f}" for f in fields))


SECOND_KEY: Final = operator.attrgetter("checkin", "grade", "turn")
"""What holds all the values shared rules may read (`SHARED_FIELDS`): the check-in, whose
hash it keeps, the grade and the turn."""

FIRST_KEY: Final = reader(tuple(sorted(FIRST_FIELDS)))
"""The values the first shared rules read."""


class CatalogIndex:
    """The columns of one catalog, its steps sized for each energy, and the plans made with them.

    Made by `index_of`, once per catalog; safe to share between threads.

    Attributes:
        categories: Each activity's category, by id: what `Context.build` sums a history's
            moods by.
        lift_keys: Each activity's keys in `Context.lifts`, by id: its own and its category's.
    """

    def __init__(self, catalog: Catalog) -> None:
        self._lock = threading.Lock()
        self._columns = Columns(tuple(catalog), max(COLUMN_BYTES, COLUMN_BYTES_EACH * len(catalog)))
        self._firsts = Bounded(max(SHORTLIST_BYTES, SHORTLIST_BYTES_EACH * len(catalog)))
        self._shortlists = Bounded(RECENT_BYTES)
        self._sized: dict[tuple[str, Energy], tuple[Step, ...]] = {}
        self._fits: dict[tuple[str, Energy], tuple[tuple[Step, ...], list[int], int]] = {}
        self._suggestions: dict[tuple[Any, ...], Suggestion] = {}
        self._together: dict[tuple[int, ...], tuple[Suggestion, ...]] = {}
        self.categories = {a.id: a.category for a in catalog}
        self.lift_keys = {a.id: (f"activity:{a.id}", f"category:{a.category}") for a in catalog}

    def plan(
        self,
        rules: RuleSet,
        context: Context,
        limit: int,
        help_line: str,
        recent: bool = True,
        reaching: Reached | None = None,
    ) -> Plan:
        """The plan for a context made from checked arguments (`recent`: see `shortlist`).

        `reaching`: the personal rules that reach something, when known already.
        """
        checkin = context.checkin
        # After a partly done or skipped one, steps are sized one level smaller.
        energy = checkin.energy if context.grade >= 0 else Energy(max(0, checkin.energy - 1))
        shortlist = self.shortlist(rules, context, recent=recent)
        if reaching is None:
            reaching = rules.reaching(context)
        ranked = shortlist.personalised(reaching, context) if reaching else shortlist
        minutes = checkin.minutes
        suggestions = tuple(
            self.suggestion(
                pick.activity, energy, minutes, self.reasons(pick, context, ranked), pick.score
            )
            for pick in ranked.picks(context, limit, rules.per_pick, rules.ceiling, rules.pick_key)
        )
        return Plan(checkin, self.together(suggestions), help_line)

    def shortlist(self, rules: RuleSet, context: Context, *, recent: bool = True) -> Shortlist:
        """Return the activities that pass the shared rules for this context, best first.

        The most recent are kept for check-ins asked again, within `RECENT_BYTES`; a batch,
        which answers equal check-ins once, passes `recent=False`.
        """
        key = (rules, SECOND_KEY(context)) if recent else None
        with self._lock:
            found: Shortlist | None = self._shortlists.find(key) if recent else None
            if found is not None:
                return found
            first = self._first(rules, context)
            shortlist = self._made(rules.shared, rules.reads[1], context, first)
            if recent:
                self._shortlists.keep(key, shortlist)
        return shortlist

    def _first(self, rules: RuleSet, context: Context) -> Shortlist:
        """The shortlist of the first shared rules alone, kept for every check-in like this.

        Energy, posture, outdoors and time of day take few values together (120 with the
        built-in vocabulary; today's category in the rotation is the same for a day's
        check-ins), so each of these is made once and the second rules (minutes, likes,
        avoids...) only split what it kept.
        """
        key = ("first", rules, FIRST_KEY(context))
        found: Shortlist | None = self._firsts.find(key)
        if found is None:
            found = self._made(rules.first, rules.reads[0], context, None)
            self._firsts.keep(key, found)
        return found

    def _made(
        self,
        shared: tuple[tuple[int, Rule], ...],
        reads: Reads,
        context: Context,
        before: Shortlist | None,
    ) -> Shortlist:
        """A shortlist of the columns of `reads` (the last of `shared`), splitting `before`."""
        column = self._columns.column
        keyed = tuple([(p, r, column((p, r, read(context)), r, context)) for p, r, read in reads])
        return Shortlist(self._columns, shared, context, keyed, before)

    def reasons(self, pick: Pick, context: Context, ranked: Shortlist) -> tuple[Reason, ...]:
        """The reasons of a pick, in rule order: the shared rules', the personal ones', its own.

        `ranked` is the shortlist the pick came from: a check-in's, or the one its personal
        rules split further (`Shortlist.personalised`). A rule's reason for one value and one
        activity is worked out once and kept (`shared_reasons`), only where its column says
        it gave one; a shortlist keeps the shared reasons of the activities picked from it.
        """
        place, activity = pick.place, pick.activity
        more = pick.reasons
        shortlist = ranked
        if ranked.personal is not None and ranked.before is not None:
            more += ranked.personal.reasons(place, activity, context)
            shortlist = ranked.before
        found = shortlist.said.get(place)
        if found is None:
            first: Positioned = ()
            base = shortlist.before
            if base is not None:  # the first rules' reasons, kept by the first shortlist
                kept = base.said.get(place)
                if kept is None:
                    said = shared_reasons(place, activity, base.telling, context)
                    kept = base.said.setdefault(place, said)
                first = kept
            found = (*first, *shared_reasons(place, activity, shortlist.telling, context))
            found = shortlist.said[place] = tuple(sorted(found, key=_POSITION))
        if not more:  # kept in rule order already
            return tuple(map(_REASON, found))
        return tuple(map(_REASON, sorted((*found, *more), key=_POSITION)))

    def sized(self, activity: Activity, energy: Energy) -> tuple[Step, ...]:
        """Return an activity's steps sized for an energy level (`size_steps`), cached."""
        key = (activity.id, energy)
        found = self._sized.get(key)
        if found is None:
            found = self._sized.setdefault(key, tuple(size_steps(activity.steps, energy)))
        return found

    def _fitted(
        self, activity: Activity, energy: Energy
    ) -> tuple[tuple[Step, ...], list[int], int]:
        """An activity's sized steps, the running sums of their seconds, and how many show."""
        sized = self.sized(activity, energy)
        return sized, list(itertools.accumulate(step.seconds for step in sized)), energy.steps_shown

    def suggestion(
        self,
        activity: Activity,
        energy: Energy,
        minutes: int,
        reasons: tuple[Reason, ...],
        score: float,
    ) -> Suggestion:
        """Return the suggestion of an activity with the steps that fit, its reasons, its score.

        Suggestions are frozen, so plans that suggest the same thing share one value: new
        check-ins repeat suggestions far more than they repeat whole plans, and fewer new
        objects per plan leave the garbage collector less to walk.
        """
        fits = self._fits.get((activity.id, energy))
        if fits is None:
            fits = self._fits.setdefault((activity.id, energy), self._fitted(activity, energy))
        sized, ends, shown = fits
        # `fitting`, by bisection on the sums of the steps' seconds: the first step always.
        count = max(1, min(shown, bisect.bisect_right(ends, minutes * 60)))
        # The reasons by identity, as `together` keeps tuples: the suggestion kept keeps them
        # alive, and equal reasons are mostly the same objects (`reason_for`).
        key = (activity.id, energy, count, score, *map(id, reasons))
        found = self._suggestions.get(key)
        if found is None:
            if len(self._suggestions) >= SUGGESTIONS_KEPT:
                self._suggestions.clear()
            made = Suggestion(activity, sized[:count], reasons, score)
            found = self._suggestions.setdefault(key, made)
        return found

    def together(self, suggestions: tuple[Suggestion, ...]) -> tuple[Suggestion, ...]:
        """The same tuple for plans that suggest the same suggestions, in the same order.

        Plans of new check-ins often do (two in three of 10,000 on the default catalog): each
        tuple a batch keeps is one more object the garbage collector walks again and again.
        Kept by the suggestions' identities, which the kept tuple keeps alive.
        """
        key = tuple(map(id, suggestions))
        found = self._together.get(key)
        if found is None:
            if len(self._together) >= SUGGESTIONS_KEPT:
                self._together.clear()
            found = self._together.setdefault(key, suggestions)
        return found


_POSITION = operator.itemgetter(0)  # a reason's position: the rule's place in the list
_REASON = operator.itemgetter(1)  # and the reason


def index_of(catalog: Catalog) -> CatalogIndex:
    """Return the catalog's index, making it on first use."""
    found = catalog._index
    if not isinstance(found, CatalogIndex):
        found = catalog._index = CatalogIndex(catalog)
    return found
