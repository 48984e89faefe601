"""The recommender: a visible loop over an ordered list of rules.

Here are `Recommender`, `recommend` and `fit_steps`, and the checks of every argument. The
work of a plan once its arguments are checked (shortlists, picks, reasons, suggestions) is
the catalog index's (`CatalogIndex.plan` in `_index`); a plan in a locale is said again there
by `_say.said_in`.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable
from typing import TYPE_CHECKING

import attrs

from ._sizing import fitting, size_steps

if TYPE_CHECKING:
    from ._routineday import RoutineDay
from ._catalog import Catalog
from ._context import answering, built
from ._errors import ValidationError, did_you_mean, must_be, value_shown
from ._index import RuleSet, index_of
from ._loader import default_catalog
from ._model import Activity, CheckIn, Entry, Plan, Step, _given
from ._personal import Reached
from ._rules import DEFAULT_RULES, Context, Rule, rule_name
from ._say import said_in
from ._values import Values

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
    must_be("activity", activity, Activity, "an Activity")
    must_be("checkin", checkin, CheckIn, "a CheckIn")
    sized = size_steps(activity.steps, checkin.energy)
    return sized[: fitting(sized, checkin.energy, checkin.minutes)]


def _catalog(value: Catalog | None) -> Catalog:
    return _given("catalog", value, Catalog, default_catalog)


def _rules(value: Iterable[Rule] | None) -> tuple[Rule, ...]:
    if value is None:
        return DEFAULT_RULES
    if isinstance(value, str | bytes) or not isinstance(value, Iterable):
        raise ValidationError("rules", f"expected a list of rules, got {type(value).__name__}")
    rules = tuple(value)
    for n, rule in enumerate(rules):
        if not callable(rule):
            raise ValidationError("rules", f"expected callables, got {type(rule).__name__}")
        if rule in rules[:n]:  # it would score twice
            raise ValidationError("rules", f"the rule {rule_name(rule)!r} is in the list twice")
    return rules


@attrs.frozen(repr=False)
class Recommender:
    """Picks a few activities for a check-in by running rules over a catalog.

    Each activity goes through the rules in order. A rule that rejects it ends its turn; the
    others add points and reasons. The best score is picked, ties going to the smaller id, and
    the rules run again over what is left for the next pick, so a rule can see what the plan
    already holds. Nothing is random: the same input gives the same plan.

    That is the promise; the work is less. Rules that declare what they read (`shared_rule`,
    `personal_rule`, `plan_rule`) let a per-catalog index reuse their verdicts between
    check-ins, with the same plans as the plain loop. A recommender is immutable, safe to share
    between threads, and pickles for worker processes.

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
    _ruleset: RuleSet = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_ruleset", RuleSet.of(self.rules))

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

    def replacing(self, name: str, rule: Rule) -> Recommender:
        """Return a new recommender with the named rule replaced by another, in its place.

        Raises:
            ValidationError: If no rule has that name, or the new rule is in the list already.

        Example:
            >>> from smallsteps import Recommender, prefer_tags
            >>> mine = Recommender().replacing("spread_categories", prefer_tags("music"))
            >>> mine.rule_names[-1]
            'prefer_tags'
        """
        rules = list(self.rules)
        rules[self._index(name)] = rule
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
        must_be("rule", name, str, "a rule's name")
        names = self.rule_names
        if name not in names:
            raise ValidationError(
                "rule", f"no rule named {value_shown(name)}{did_you_mean(name, names)}"
            )
        return names.index(name)

    def recommend(
        self,
        checkin: CheckIn,
        history: Iterable[Entry] = (),
        limit: int = 3,
        now: dt.datetime | None = None,
        routine_day: RoutineDay | None = None,
        *,
        country: str | None = None,
        locale: str | None = None,
        values: Values | None = None,
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
            country: An ISO 3166-1 code: the plan's `help` line names that country's first
                crisis line beside findahelpline.com.
            locale: A language tag ("en-GB"): its region, when `country` is not given.
            values: What the person said matters to them: the rule `serves_your_values`
                prefers activities that serve it, and says so in their words.

        Returns:
            The plan, best first, each suggestion with the steps that fit now and its reasons.

        Raises:
            ValidationError: If an argument is not of the documented type or range.
        """
        _check(checkin, limit, now)
        must_be("values", values, Values | None, "Values or None")
        entries = _history(history, now)
        index = index_of(self.catalog)
        basics = _basics(routine_day)
        context = built(checkin, entries, now, basics, index.categories, values, index.lift_keys)
        plan = index.plan(self._ruleset, context, limit, _help(country, locale))
        return said_in(plan, locale)

    def recommend_many(
        self,
        checkins: Iterable[CheckIn],
        histories: Iterable[Iterable[Entry]] | None = None,
        *,
        limit: int = 3,
        now: dt.datetime | None = None,
        country: str | None = None,
        locale: str | None = None,
    ) -> list[Plan]:
        """Recommend for many check-ins at once, for batch jobs: one plan each, in order.

        The work the check-ins share is done once: the catalog's index serves them all, and
        check-ins without history that are equal get the same (immutable) plan.

        Args:
            checkins: The check-ins.
            histories: One history for each check-in, in the same order; `None` for none.
            limit: How many suggestions at most in each plan, 1 to 20.
            now: The current time, the same for every check-in.
            country: As for `recommend`, the same for every check-in.
            locale: As for `recommend`, the same for every check-in.

        Returns:
            The plans, in the order of the check-ins; each is what `recommend` gives.

        Raises:
            ValidationError: If an argument is not of the documented type or range, or the
                histories are not one for each check-in.

        Example:
            >>> from smallsteps import CheckIn, Recommender
            >>> low = CheckIn(energy=0, minutes=2, posture="lying", time_of_day="night")
            >>> some = CheckIn(energy=3, minutes=20, posture="standing", time_of_day="morning")
            >>> plans = Recommender().recommend_many([low, some, low])
            >>> len(plans), {len(p.suggestions) for p in plans}
            (3, {3})
            >>> plans[0] == Recommender().recommend(low)
            True
        """
        if isinstance(checkins, str | bytes) or not isinstance(checkins, Iterable):
            raise ValidationError("checkins", f"expected check-ins, got {type(checkins).__name__}")
        batch = tuple(checkins)
        if histories is None:
            pasts: tuple[Iterable[Entry], ...] = ((),) * len(batch)
        elif isinstance(histories, str | bytes) or not isinstance(histories, Iterable):
            raise ValidationError(
                "histories", f"expected one history per check-in, got {type(histories).__name__}"
            )
        else:
            pasts = tuple(histories)
            if len(pasts) != len(batch):
                raise ValidationError(
                    "histories",
                    f"expected {len(batch)} histories, one per check-in, got {len(pasts)}",
                )
        help_line = _help(country, locale)
        index = index_of(self.catalog)
        rules = self._ruleset
        categories = index.categories
        plans: list[Plan] = []
        alike: dict[CheckIn, Plan] = {}  # plans without history, by check-in
        blank: Context | None = None  # the context without history, for any check-in
        reached: Reached | None = None  # its personal reaches, when none reads the check-in
        for position, (checkin, past) in enumerate(zip(batch, pasts, strict=True)):
            if not isinstance(checkin, CheckIn):
                raise ValidationError(
                    f"checkins[{position}]", f"expected a CheckIn, got {type(checkin).__name__}"
                )
            if blank is None:  # the limit and the time, checked once
                _check(checkin, limit, now)
                blank = Context.build(checkin, now=now)
                if rules.checkin_free:
                    reached = rules.reaching(blank)
            if past == () or past == []:
                plan = alike.get(checkin)
                if plan is None:
                    context = answering(blank, checkin)
                    plan = index.plan(rules, context, limit, help_line, False, reached)
                    plan = alike[checkin] = said_in(plan, locale)
            else:  # what `recommend` does, less what the batch checked once
                entries = _history(past, now)
                context = built(
                    checkin, entries, now, frozenset(), categories, None, index.lift_keys
                )
                plan = said_in(index.plan(rules, context, limit, help_line), locale)
            plans.append(plan)
        return plans

    def __repr__(self) -> str:
        return f"<Recommender {self.catalog!r} {len(self.rules)} rules>"


def _help(country: str | None, locale: str | None) -> str:
    """The standing help line of a plan, for a country or a locale's region, checked.

    In the locale's language where a translation ships.
    """
    from ._resources import country_of

    return _help_for(country_of(country, locale), locale)


@functools.lru_cache(maxsize=256)
def _help_for(country: str | None, locale: str | None) -> str:
    """The help line for a checked country code and tag, from the lines read on first use."""
    from ._resources import help_pointer

    return help_pointer(country=country, locale=locale)


def _check(checkin: object, limit: object, now: object) -> None:
    if not isinstance(checkin, CheckIn):
        raise ValidationError("checkin", f"expected a CheckIn, got {type(checkin).__name__}")
    if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= 20:
        raise ValidationError(
            "limit", f"expected a whole number from 1 to 20, got {value_shown(limit)}"
        )
    if now is not None and not isinstance(now, dt.datetime):
        raise ValidationError("now", f"expected a datetime, got {type(now).__name__}")


def _basics(routine_day: RoutineDay | None) -> frozenset[str]:
    """The activity ids of the bare-minimum items not done yet that day."""
    if routine_day is None:
        return frozenset()
    from ._routineday import RoutineDay

    if not isinstance(routine_day, RoutineDay):
        raise ValidationError(
            "routine_day", f"expected a RoutineDay, got {type(routine_day).__name__}"
        )
    return frozenset(i.activity for i in routine_day.unfinished_bare_minimum if i.activity)


def _history(history: Iterable[Entry], now: dt.datetime | None) -> tuple[Entry, ...]:
    if isinstance(history, str | bytes) or not isinstance(history, Iterable):
        raise ValidationError("history", f"expected entries, got {type(history).__name__}")
    entries = tuple(history)
    if not entries:
        return entries
    if set(map(type, entries)) != _ENTRY_TYPE:  # quick for the usual list
        for i, entry in enumerate(entries):
            if not isinstance(entry, Entry):
                raise ValidationError(
                    f"history[{i}]", f"expected an Entry, got {type(entry).__name__}"
                )
    return entries  # times with and without a time zone are told apart by `built`


_ENTRY_TYPE = {Entry}


def recommend(
    checkin: CheckIn,
    history: Iterable[Entry] = (),
    limit: int = 3,
    now: dt.datetime | None = None,
    routine_day: RoutineDay | None = None,
    *,
    country: str | None = None,
    locale: str | None = None,
    values: Values | None = None,
) -> Plan:
    """Recommend activities from the default catalog with the default rules.

    The same as `Recommender().recommend(checkin, history, limit, now, routine_day, ...)`.

    Args:
        checkin: How the person is right now.
        history: What they did before, in any order.
        limit: How many suggestions at most, 1 to 20.
        now: The current time, used to tell what was done recently.
        routine_day: Today's routine record, to prefer unfinished bare-minimum items.
        country: An ISO 3166-1 code, for the plan's help line.
        locale: A language tag: the activities' words in its language where a translation
            ships (`default_catalog(locale=...)`), and its region is the country when
            `country` is not given.
        values: What the person said matters to them (`Values`).

    Returns:
        The plan.
    """
    catalog = default_catalog(locale=locale) if locale is not None else None
    return Recommender(catalog).recommend(
        checkin, history, limit, now, routine_day, country=country, locale=locale, values=values
    )
