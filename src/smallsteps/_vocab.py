"""The fixed vocabulary: energy levels, postures, times of day, life areas and senses."""

from __future__ import annotations

import datetime as dt
import enum

from ._errors import Looked, ValidationError, word_shown

__all__ = ["Completion", "Energy", "LifeArea", "Posture", "Sense", "Tier", "TimeOfDay"]


class _Vocabulary(enum.StrEnum, metaclass=Looked):
    """A string-valued vocabulary whose unknown values raise `ValidationError`."""

    @classmethod
    def _missing_(cls, value: object) -> _Vocabulary:
        if isinstance(value, str):  # as a form sends it: "Sitting", " morning "
            folded = value.strip().casefold()
            for member in cls:
                if member.value == folded:
                    return member
        allowed = ", ".join(m.value for m in cls)
        raise ValidationError(_FIELDS[cls.__name__], f"{word_shown(value)} is not one of {allowed}")


_FIELDS = {
    "Posture": "posture",
    "TimeOfDay": "time_of_day",
    "LifeArea": "life_area",
    "Sense": "senses",
    "Tier": "tier",
    "Completion": "done",
}


class Energy(enum.IntEnum, metaclass=Looked):
    """How much energy a person has right now, from 0 (running on empty) to 4 (good energy).

    Lower energy means smaller steps and fewer of them shown at once. Each level carries a
    short `label` and a one-line `description` for front ends (in English; `label_in` and
    `description_in` say them in a locale), the largest step it suits (`step_seconds`) and
    how many steps a suggestion shows at once (`steps_shown`).

    Example:
        >>> Energy(1).label
        'Very low'
        >>> Energy(1).label_in("en-XA")
        '⟦Vérý löw ~~⟧'
        >>> Energy(0).step_seconds
        30
    """

    EMPTY = 0
    VERY_LOW = 1
    LOW = 2
    SOME = 3
    GOOD = 4

    @classmethod
    def _missing_(cls, value: object) -> Energy:
        text = value.strip() if isinstance(value, str) else ""
        if text.isascii() and text.isdigit() and len(text) < 3 and int(text) <= 4:  # "2", as sent
            return cls(int(text))
        raise ValidationError(
            "energy", f"{word_shown(value)} is not a level; use a whole number 0 to 4"
        )

    @property
    def label(self) -> str:
        """A short name for the level, for a picker in a front end (English)."""
        return self.label_in(None)

    @property
    def description(self) -> str:
        """One line that helps a person pick the level (English)."""
        return self.description_in(None)

    def label_in(self, locale: str | None) -> str:
        """The level's short name in a locale ("Muy baja" for `es`), from the `strings` document.

        Args:
            locale: A language tag; an unknown one, or `None`, gives the English `label`.

        Raises:
            ValidationError: If `locale` is not a language tag.
        """
        return self._said("strings", "label", locale)

    def description_in(self, locale: str | None) -> str:
        """The level's one-line description in a locale, from the `energy` document.

        Args:
            locale: A language tag; an unknown one, or `None`, gives the English `description`.

        Raises:
            ValidationError: If `locale` is not a language tag.
        """
        return self._said("energy", "description", locale)

    def _said(self, document: str, field: str, locale: str | None) -> str:
        from ._strings import document_in

        return str(document_in(document, locale)[f"energy.{field}_{self.value}"])

    @property
    def step_seconds(self) -> int:
        """The largest single step, in seconds, that suits this level."""
        return _STEP_SECONDS[self]

    @property
    def steps_shown(self) -> int:
        """How many steps a suggestion shows at once at this level."""
        return _STEPS_SHOWN[self]


_STEP_SECONDS = {
    Energy.EMPTY: 30,
    Energy.VERY_LOW: 120,
    Energy.LOW: 300,
    Energy.SOME: 600,
    Energy.GOOD: 900,
}
_STEPS_SHOWN = {
    Energy.EMPTY: 2,
    Energy.VERY_LOW: 3,
    Energy.LOW: 4,
    Energy.SOME: 5,
    Energy.GOOD: 6,
}


class Posture(_Vocabulary):
    """Where the body is right now: the posture an activity can start from."""

    LYING = "lying"
    SITTING = "sitting"
    STANDING = "standing"


class TimeOfDay(_Vocabulary):
    """A part of the day.

    Example:
        >>> import datetime
        >>> TimeOfDay.from_time(datetime.time(21, 30))
        <TimeOfDay.EVENING: 'evening'>
    """

    MORNING = "morning"
    AFTERNOON = "afternoon"
    EVENING = "evening"
    NIGHT = "night"

    @classmethod
    def from_time(cls, when: dt.time | dt.datetime) -> TimeOfDay:
        """Return the part of the day a clock time falls in.

        Morning is 05:00 to 11:59, afternoon 12:00 to 16:59, evening 17:00 to 21:59 and night
        22:00 to 04:59. smallsteps never reads the clock: pass the time in.

        Args:
            when: A `datetime.time`, or a `datetime.datetime` whose time is used.

        Returns:
            The matching part of the day.

        Raises:
            ValidationError: If `when` is not a time or a datetime.
        """
        if isinstance(when, dt.datetime):
            when = when.time()
        if not isinstance(when, dt.time):
            raise ValidationError("when", f"expected a datetime.time, got {type(when).__name__}")
        hour = when.hour
        if 5 <= hour < 12:
            return cls.MORNING
        if 12 <= hour < 17:
            return cls.AFTERNOON
        if 17 <= hour < 22:
            return cls.EVENING
        return cls.NIGHT


class LifeArea(_Vocabulary):
    """The five life areas of behavioral activation's values inventory (BATD-R)."""

    RELATIONSHIPS = "relationships"
    EDUCATION_CAREER = "education-career"
    RECREATION = "recreation"
    MIND_BODY_SPIRIT = "mind-body-spirit"
    DAILY_RESPONSIBILITIES = "daily-responsibilities"


class Sense(_Vocabulary):
    """A sense a glimmer or noticing activity uses."""

    SIGHT = "sight"
    HEARING = "hearing"
    TOUCH = "touch"
    SMELL = "smell"
    TASTE = "taste"


class Tier(_Vocabulary):
    """How much of a routine an item belongs to: the bare minimum, gentle extras, or the full one.

    `Routine.for_energy` keeps the tiers an energy level allows (`Tier.for_energy`):

    | Energy | Tiers kept |
    |---|---|
    | 0, 1 | bare-minimum |
    | 2 | bare-minimum, gentle |
    | 3, 4 | bare-minimum, gentle, full |

    Example:
        >>> " + ".join(Tier.for_energy(Energy(2)))
        'bare-minimum + gentle'
    """

    BARE_MINIMUM = "bare-minimum"
    GENTLE = "gentle"
    FULL = "full"

    @property
    def min_energy(self) -> Energy:
        """The lowest energy level whose routine includes this tier."""
        return _TIER_ENERGY[self]

    @classmethod
    def for_energy(cls, energy: Energy | int) -> tuple[Tier, ...]:
        """Return the tiers a routine keeps at this energy level, bare minimum first."""
        return tuple(tier for tier in cls if tier.min_energy <= energy)


_TIER_ENERGY = {Tier.BARE_MINIMUM: Energy.EMPTY, Tier.GENTLE: Energy.LOW, Tier.FULL: Energy.SOME}


class Completion(_Vocabulary):
    """How much of something was done. Partly done counts; not done is information."""

    DONE = "done"
    PARTLY = "partly"
    NOT_DONE = "not-done"
