"""The recommender: a visible loop over an ordered list of rules."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING

import attrs

from ._breakdown import size_steps

if TYPE_CHECKING:
    from ._routines import RoutineDay
from ._catalog import Catalog
from ._errors import ValidationError, did_you_mean
from ._loader import default_catalog
from ._model import Activity, CheckIn, Entry, Plan, Reason, Step, Suggestion, _given
from ._resources import help_pointer
from ._rules import DEFAULT_RULES, Context, Rule, rule_name

__all__ = ["Recommender", "fit_steps", "recommend"]


def fit_steps(activity: Activity, checkin: CheckIn) -> tuple[Step, ...]:
    """Return the first steps of an activity that fit today's energy and minutes.

    The steps are sized with `size_steps`, the same way `break_down` sizes a task's steps:
    none longer than the energy level's `step_seconds`. Then they are taken in order while
    they fit the minutes left, up to the level's `steps_shown`. The first step is always
    included, so every suggestion has somewhere to start.

    Args:
        activity: The activity to size.
        checkin: The check-in with the energy and minutes.

    Returns:
        At least one step.
    """
    energy = checkin.energy
    budget = checkin.minutes * 60
    sized = size_steps(activity.steps, energy)
    shown = [sized[0]]
    used = sized[0].seconds
    for step in sized[1:]:
        if len(shown) >= energy.steps_shown or used + step.seconds > budget:
            break
        shown.append(step)
        used += step.seconds
    return tuple(shown)


def _catalog(value: Catalog | None) -> Catalog:
    return _given("catalog", value, Catalog, default_catalog)


def _rules(value: Iterable[Rule] | None) -> tuple[Rule, ...]:
    if value is None:
        return DEFAULT_RULES
    rules = tuple(value)
    for rule in rules:
        if not callable(rule):
            raise ValidationError("rules", f"expected callables, got {type(rule).__name__}")
    return rules


@attrs.frozen(repr=False)
class Recommender:
    """Picks a few activities for a check-in by running rules over a catalog.

    Each activity goes through the rules in order. A rule that rejects it ends its turn; the
    others add points and reasons. The best score is picked, ties going to the smaller id, and
    the rules run again over what is left for the next pick, so a rule can see what the plan
    already holds. Nothing is random: the same input gives the same plan.

    Attributes:
        catalog: The activities to choose from; pass `None` (the default) for the default
            catalog.
        rules: The rules, in order; pass `None` (the default) for `DEFAULT_RULES`.

    Example:
        >>> from smallsteps import CheckIn, Recommender
        >>> checkin = CheckIn(energy=1, minutes=5, posture="lying", time_of_day="morning")
        >>> plan = Recommender().recommend(checkin, limit=2)
        >>> len(plan.suggestions)
        2
    """

    catalog: Catalog = attrs.field(default=None, converter=_catalog)
    rules: tuple[Rule, ...] = attrs.field(default=None, converter=_rules)

    @property
    def rule_names(self) -> tuple[str, ...]:
        """The names of the rules, in the order they run."""
        return tuple(rule_name(r) for r in self.rules)

    def adding(self, rule: Rule, *, before: str | None = None) -> Recommender:
        """Return a new recommender with one more rule, at the end or before a named rule.

        Args:
            rule: The rule to add.
            before: The name of the rule to insert it before; the end when `None`.

        Returns:
            A new recommender; this one is unchanged.
        """
        rules = list(self.rules)
        index = len(rules) if before is None else self._index(before)
        rules.insert(index, rule)
        return Recommender(self.catalog, rules)

    def without(self, *names: str) -> Recommender:
        """Return a new recommender without the named rules.

        Raises:
            ValidationError: If a name is not one of the rules.
        """
        for name in names:
            self._index(name)
        return Recommender(self.catalog, [r for r in self.rules if rule_name(r) not in names])

    def _index(self, name: str) -> int:
        names = self.rule_names
        if name not in names:
            raise ValidationError("rule", f"no rule named {name!r}{did_you_mean(name, names)}")
        return names.index(name)

    def recommend(
        self,
        checkin: CheckIn,
        history: Iterable[Entry] = (),
        limit: int = 3,
        now: dt.datetime | None = None,
        routine_day: RoutineDay | None = None,
    ) -> Plan:
        """Recommend up to `limit` activities for a check-in.

        Args:
            checkin: How the person is right now.
            history: What they did before, in any order.
            limit: How many suggestions at most, 1 to 20.
            now: The current time, used to tell what was done recently. smallsteps never
                reads the clock.
            routine_day: Today's routine record. On low-energy check-ins the rule
                `bare_minimum_first` prefers the catalog activities of its bare-minimum
                items not done yet.

        Returns:
            The plan, best first, each suggestion with the steps that fit now and its reasons.

        Raises:
            ValidationError: If an argument is not of the documented type or range.
        """
        _check(checkin, limit, now)
        entries = _history(history, now)
        categories = {
            e.activity_id: self.catalog[e.activity_id].category
            for e in entries
            if e.activity_id in self.catalog
        }
        context = Context.build(checkin, entries, now, _basics(routine_day), categories)
        # After a partly done or skipped one, steps are sized one level smaller.
        sizing = checkin if context.grade >= 0 else _smaller(checkin)
        candidates: list[Activity] = list(self.catalog)
        picked: list[Suggestion] = []
        while candidates and len(picked) < limit:
            best: tuple[float, str, Activity, tuple[Reason, ...]] | None = None
            kept: list[Activity] = []
            for activity in candidates:
                judged = self._judge(activity, context)
                if judged is None:
                    continue
                kept.append(activity)
                score, reasons = judged
                if best is None or (-score, activity.id) < (-best[0], best[1]):
                    best = (score, activity.id, activity, reasons)
            if best is None:
                break
            score, _, activity, reasons = best
            picked.append(Suggestion(activity, fit_steps(activity, sizing), reasons, score))
            candidates = [a for a in kept if a is not activity]
            context = attrs.evolve(context, chosen=(*context.chosen, activity))
        return Plan(checkin, tuple(picked), help_pointer())

    def _judge(
        self, activity: Activity, context: Context
    ) -> tuple[float, tuple[Reason, ...]] | None:
        score = 0.0
        reasons: list[Reason] = []
        for rule in self.rules:
            verdict = rule(activity, context)
            if not verdict.keep:
                return None
            score += verdict.points
            if verdict.reason:
                reasons.append(Reason(rule_name(rule), verdict.reason))
        return score, tuple(reasons)

    def __repr__(self) -> str:
        return f"<Recommender {self.catalog!r} {len(self.rules)} rules>"


def _check(checkin: object, limit: object, now: object) -> None:
    if not isinstance(checkin, CheckIn):
        raise ValidationError("checkin", f"expected a CheckIn, got {type(checkin).__name__}")
    if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= 20:
        raise ValidationError("limit", f"expected a whole number from 1 to 20, got {limit!r}")
    if now is not None and not isinstance(now, dt.datetime):
        raise ValidationError("now", f"expected a datetime, got {type(now).__name__}")


def _smaller(checkin: CheckIn) -> CheckIn:
    return attrs.evolve(checkin, energy=max(0, checkin.energy - 1))


def _basics(routine_day: RoutineDay | None) -> frozenset[str]:
    """The activity ids of the bare-minimum items not done yet that day."""
    from ._routines import RoutineDay

    if routine_day is None:
        return frozenset()
    if not isinstance(routine_day, RoutineDay):
        raise ValidationError(
            "routine_day", f"expected a RoutineDay, got {type(routine_day).__name__}"
        )
    return frozenset(i.activity for i in routine_day.unfinished_bare_minimum if i.activity)


def _history(history: Iterable[Entry], now: dt.datetime | None) -> tuple[Entry, ...]:
    if isinstance(history, str | bytes) or not isinstance(history, Iterable):
        raise ValidationError("history", f"expected entries, got {type(history).__name__}")
    entries = tuple(history)
    for i, entry in enumerate(entries):
        if not isinstance(entry, Entry):
            raise ValidationError(f"history[{i}]", f"expected an Entry, got {type(entry).__name__}")
    stamps = [e.at for e in entries] + ([now] if isinstance(now, dt.datetime) else [])
    if len({t.tzinfo is None for t in stamps}) > 1:
        raise ValidationError("history", "mixes times with and without a time zone")
    return entries


def recommend(
    checkin: CheckIn,
    history: Iterable[Entry] = (),
    limit: int = 3,
    now: dt.datetime | None = None,
    routine_day: RoutineDay | None = None,
) -> Plan:
    """Recommend activities from the default catalog with the default rules.

    The same as `Recommender().recommend(checkin, history, limit, now, routine_day)`.

    Args:
        checkin: How the person is right now.
        history: What they did before, in any order.
        limit: How many suggestions at most, 1 to 20.
        now: The current time, used to tell what was done recently.
        routine_day: Today's routine record, to prefer unfinished bare-minimum items.

    Returns:
        The plan.
    """
    return Recommender().recommend(checkin, history, limit, now, routine_day)
