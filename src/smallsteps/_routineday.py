"""What was done of a routine, counted kindly: `RoutineDay` and `RoutineWeek`.

They count without a streak: a day with less done is information, and a slip suggests the
reset routine, not starting over.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import attrs

from ._errors import ValidationError, did_you_mean, must_be, value_shown
from ._model import _date, _listed, _optional_energy, _show
from ._routines import Routine, RoutineItem
from ._routinewords import number, words_in
from ._vocab import Energy, Tier

__all__ = ["RoutineDay", "RoutineWeek"]


# -- counting what was done ----------------------------------------------------------------


def _ids(field: str, values: Iterable[str]) -> frozenset[str]:
    if isinstance(values, str | bytes) or not isinstance(values, Iterable):
        raise ValidationError(field, f"expected a set of item ids, got {_show(values)}")
    listed = list(values)
    for value in listed:
        must_be(field, value, str, "item ids")
    return frozenset(listed)


def _done(values: Iterable[str]) -> frozenset[str]:
    return _ids("done", values)


def _partly(values: Iterable[str]) -> frozenset[str]:
    return _ids("partly", values)


def _routine(value: object) -> None:
    if not isinstance(value, Routine):
        raise ValidationError("routine", f"expected a Routine, got {type(value).__name__}")


@attrs.frozen(repr=False)
class RoutineDay:
    """What was done of a routine on one day. There is no streak to break.

    Attributes:
        routine: The routine.
        date: The day.
        done: Ids of the items done.
        partly: Ids of the items partly done; they count for half.
        energy: The day's energy, when known. On a day at 0 or 1 only the bare minimum is
            expected, and doing it makes a complete day.
    """

    routine: Routine = attrs.field(validator=lambda _, __, value: _routine(value))
    date: dt.date = attrs.field(validator=_date)
    done: frozenset[str] = attrs.field(factory=frozenset, converter=_done)
    partly: frozenset[str] = attrs.field(factory=frozenset, converter=_partly)
    energy: Energy | None = attrs.field(default=None, converter=_optional_energy)

    def __attrs_post_init__(self) -> None:
        known = [item.id for item in self.routine.items]
        for field, ids in (("done", self.done), ("partly", self.partly)):
            for ident in sorted(ids - set(known)):
                hint = did_you_mean(ident, known)
                raise ValidationError(
                    field, f"{value_shown(ident)} is not an item of this routine{hint}"
                )

    def __repr__(self) -> str:
        energy = f" energy={int(self.energy)}" if self.energy is not None else ""
        return (
            f"<RoutineDay {self.routine.id!r} {self.date.isoformat()}{energy} "
            f"{self.count:g} of {len(self.expected)} done>"
        )

    @property
    def expected(self) -> tuple[RoutineItem, ...]:
        """The items that make a complete day at this day's energy (all, when not known)."""
        tiers = Tier.for_energy(self.energy) if self.energy is not None else tuple(Tier)
        return tuple(item for item in self.routine.items if item.tier in tiers)

    @property
    def count(self) -> float:
        """How many expected items were done, a partly done one counting for half."""
        ids = {item.id for item in self.expected}
        return len(self.done & ids) + 0.5 * len((self.partly - self.done) & ids)

    @property
    def unfinished_bare_minimum(self) -> tuple[RoutineItem, ...]:
        """The bare-minimum items not done yet today, in routine order."""
        return tuple(item for item in self.routine.bare_minimum if item.id not in self.done)

    @property
    def complete(self) -> bool:
        """Whether every expected item was done: on a low-energy day, the bare minimum."""
        return {item.id for item in self.expected} <= self.done

    def summary(self, *, locale: str | None = None) -> str:
        """Say what was done today in kind words and a count, such as "2 of 3 today".

        Args:
            locale: A language tag for the words (the `routines` document); `None`: the
                routine's own (`Routine.locale`), English for most.

        Raises:
            ValidationError: If `locale` is not a language tag.

        Example:
            >>> r = Routine.build("mine", ["drink water", "open the curtains", "brush teeth"])
            >>> RoutineDay(r, dt.date(2026, 11, 22), done={"drink-water"}).summary()
            '1 of 3 today. Each one counts.'
        """
        locale = locale if locale is not None else self.routine.locale
        words = words_in(locale)
        text = words["day"].format(done=number(self.count, locale), total=len(self.expected))
        low = self.energy is not None and self.energy <= Energy.VERY_LOW
        if self.complete and low:
            return f"{text} {words['bare_minimum_complete']}"
        if self.complete:
            return f"{text} {words['all_done']}"
        if self.count == 0:
            return f"{text} {words['nothing_yet']}"
        return f"{text} {words['some_done']}"


def _days(values: Iterable[RoutineDay]) -> tuple[RoutineDay, ...]:
    return _listed("days", values, RoutineDay)


@attrs.frozen
class RoutineWeek:
    """The seven days that end on `today`, counted kindly: no streak, no reset to zero.

    Attributes:
        days: The days recorded, in any order; days not recorded count as nothing done.
        today: The last day of the week.
    """

    days: tuple[RoutineDay, ...] = attrs.field(converter=_days)
    today: dt.date = attrs.field(validator=_date)

    def _day(self, date: dt.date) -> RoutineDay | None:
        found = [day for day in self.days if day.date == date]
        return found[-1] if found else None

    @property
    def dates(self) -> tuple[dt.date, ...]:
        """The seven dates, oldest first."""
        return tuple(self.today - dt.timedelta(days=n) for n in range(6, -1, -1))

    @property
    def count(self) -> float:
        """Items done over the week, partly done ones counting for half."""
        return sum(day.count for date in self.dates if (day := self._day(date)) is not None)

    @property
    def total(self) -> int:
        """Items expected over the week; a day not recorded expects the latest routine's."""
        latest = max(self.days, key=lambda d: d.date, default=None)
        per_day = len(latest.expected) if latest is not None else 0
        return sum(
            len(day.expected) if (day := self._day(date)) is not None else per_day
            for date in self.dates
        )

    @property
    def lapse(self) -> bool:
        """Whether yesterday and today so far are quiet after earlier days that were not.

        Then the summary points to the reset routine rather than the full one: a slip is
        not back to square one.
        """
        yesterday = self.today - dt.timedelta(days=1)
        before = [day for day in self.days if day.date < yesterday and day.count > 0]
        quiet = [self._day(date) for date in (yesterday, self.today)]
        return bool(before) and all(day is None or day.count == 0 for day in quiet)

    def summary(self, *, locale: str | None = None) -> str:
        """Say the week's count, and after a lapse, point to the reset routine.

        Args:
            locale: A language tag for the words (the `routines` document); `None`: the
                locale of the latest day's routine (`Routine.locale`), English for most.

        Raises:
            ValidationError: If `locale` is not a language tag.

        Example:
            >>> r = Routine.build("mine", ["drink water", "open the curtains", "brush teeth"])
            >>> monday = RoutineDay(r, dt.date(2026, 11, 16), done={"drink-water", "brush-teeth"})
            >>> week = RoutineWeek([monday], today=dt.date(2026, 11, 18))
            >>> week.summary().split(". ")[0], week.lapse
            ('2 of 21 this week', True)
        """
        if locale is None and self.days:
            locale = max(self.days, key=lambda d: d.date).routine.locale
        words = words_in(locale)
        text = words["week"].format(done=number(self.count, locale), total=self.total)
        return f"{text} {words['lapse']}" if self.lapse else text
