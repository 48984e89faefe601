"""The domain values: steps, activities, check-ins, history entries, reasons, suggestions, plans.

Every value is frozen and validated on construction; invalid data raises `ValidationError`
naming the field and the value.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import textwrap
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

import attrs

from ._errors import ValidationError, showable, value_shown
from ._vocab import Completion, Energy, LifeArea, Posture, Sense, TimeOfDay

__all__ = [
    "Activity",
    "Category",
    "CheckIn",
    "Entry",
    "Plan",
    "Reason",
    "Step",
    "Suggestion",
    "format_duration",
]

_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*\Z")
MAX_MINUTES = 24 * 60


def _show(value: object) -> str:
    """Name a rejected value in an error message, briefly.

    Text over 40 characters is only counted, so a message never repeats what a person
    wrote; other values are shown by their repr, cut at 60 characters.
    """
    return value_shown(value)


# -- validators: each names its field ------------------------------------------------------

MAX_TEXT = 100_000
"""The longest note or task an `Entry` holds, in characters (about 15,000 words)."""
MAX_STEP_SECONDS = 24 * 60 * 60
"""The longest a step may take, in seconds: a day (a step is small; most take a minute)."""
_LONGEST = 10.0**12
"""The longest duration `format_duration` says, in seconds (over 30,000 years)."""


def _at_most(limit: int) -> Callable[[object, attrs.Attribute[Any], object], None]:
    def check(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if isinstance(value, str) and len(value) > limit:
            raise ValidationError(
                attribute.name, f"expected at most {limit:,} characters, got {len(value):,}"
            )

    return check


def _text(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    showable(attribute.name, value)
    if not isinstance(value, str) or not value.strip():
        raise ValidationError(attribute.name, f"expected non-empty text, got {_show(value)}")


def _optional_text(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    showable(attribute.name, value)
    if not isinstance(value, str):
        raise ValidationError(attribute.name, f"expected text, got {_show(value)}")


def _slug(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    showable(attribute.name, value)
    if not isinstance(value, str) or not _SLUG.match(value):
        raise ValidationError(
            attribute.name,
            f"{_show(value)} is not an id: use lowercase letters, digits and single hyphens",
        )


def _slugs(_: object, attribute: attrs.Attribute[Any], value: tuple[object, ...]) -> None:
    for item in value:
        if not isinstance(item, str) or not _SLUG.match(item):
            raise ValidationError(
                attribute.name,
                f"{_show(item)} is not an id: use lowercase letters, digits and single hyphens",
            )


def _flag(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, bool):
        raise ValidationError(attribute.name, f"expected true or false, got {_show(value)}")


def _at_most_seconds(_: object, attribute: attrs.Attribute[Any], value: int) -> None:
    if value > MAX_STEP_SECONDS:
        raise ValidationError(
            attribute.name, f"expected at most {MAX_STEP_SECONDS:,} seconds, got {_show(value)}"
        )


def plain(value: Any) -> Any:
    """Text as a plain `str`; anything else as it is.

    A subclass of `str` (a markup or a NumPy string) becomes a plain one, so that printing a
    value never runs another class's code.
    """
    return value[:] if isinstance(value, str) and type(value) is not str else value


def _positive(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    showable(attribute.name, value)
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise ValidationError(
            attribute.name, f"expected a whole number above 0, got {_show(value)}"
        )


def _not_empty(_: object, attribute: attrs.Attribute[Any], value: tuple[object, ...]) -> None:
    if not value:
        raise ValidationError(attribute.name, "expected at least one item, got none")


# -- converters: plain data in, vocabulary out ---------------------------------------------


def _items(field: str, values: object) -> list[Any]:
    if type(values) is list or type(values) is tuple:  # the common case, without the ABC
        return list(values)
    if isinstance(values, str | bytes) or not isinstance(values, Iterable):
        raise ValidationError(field, f"expected a list, got {_show(values)}")
    return list(values)


def _energy(value: Energy | int | str) -> Energy:
    if isinstance(value, str):  # "2", as a form sends it (see `Energy._missing_`)
        return Energy._missing_(value)
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValidationError("energy", f"{_show(value)} is not a level; use a whole number 0 to 4")
    return Energy(value)


def _posture(value: Posture | str) -> Posture:
    return Posture(value)


def _optional_posture(value: Posture | str | None) -> Posture | None:
    return None if value is None else Posture(value)


def _time_of_day(value: TimeOfDay | str | dt.time | dt.datetime) -> TimeOfDay:
    if isinstance(value, dt.time | dt.datetime):
        return TimeOfDay.from_time(value)
    return TimeOfDay(value)


def _optional_life_area(value: LifeArea | str | None) -> LifeArea | None:
    return None if value is None else LifeArea(value)


E = TypeVar("E", Posture, TimeOfDay, Sense)


def _members(cls: type[E], field: str, values: object) -> tuple[E, ...]:
    """Convert a list to vocabulary members, in the vocabulary's order, without repeats.

    Catalogs repeat the same few lists, so a list of texts is converted once and kept.
    """
    if isinstance(values, list | tuple) and all(type(v) is str for v in values):
        return _members_of(cls, field, tuple(values))
    return _convert_members(cls, field, values)


@functools.lru_cache(maxsize=4096)
def _members_of(cls: type[E], field: str, values: tuple[str, ...]) -> tuple[E, ...]:
    return _convert_members(cls, field, values)


def _convert_members(cls: type[E], field: str, values: object) -> tuple[E, ...]:
    chosen = set()
    for value in _items(field, values):
        try:
            chosen.add(cls(value))
        except ValidationError as error:
            raise ValidationError(field, str(error).split(": ", 1)[1]) from None
    return tuple(m for m in cls if m in chosen)


def _postures(values: Iterable[Posture | str]) -> tuple[Posture, ...]:
    return _members(Posture, "postures", values)


def _times(values: Iterable[TimeOfDay | str]) -> tuple[TimeOfDay, ...]:
    return _members(TimeOfDay, "times", values)


def _senses(values: Iterable[Sense | str]) -> tuple[Sense, ...]:
    return _members(Sense, "senses", values)


def _words(field: str, values: object) -> tuple[str, ...]:
    """A list of text, each once, in order: a `ValidationError` names the first misfit."""
    return tuple(sorted(set(_listed(field, values, str))))


def _tags(values: Iterable[str]) -> tuple[str, ...]:
    return _words("tags", values)


def _likes(values: Iterable[str]) -> tuple[str, ...]:
    return _words("likes", values)


def _avoids(values: Iterable[str]) -> tuple[str, ...]:
    return _words("avoids", values)


L = TypeVar("L")


def _listed(field: str, values: object, cls: type[L]) -> tuple[L, ...]:
    """A list of `cls` values as a tuple, or a `ValidationError` naming the first misfit."""
    listed = tuple(_items(field, values))
    if all(type(item) is cls for item in listed):
        return listed
    for i, item in enumerate(listed):
        if not isinstance(item, cls):
            raise ValidationError(f"{field}[{i}]", f"expected a {cls.__name__}, got {_show(item)}")
    return listed


def _given(field: str, value: L | None, cls: type[L], default: Callable[[], L]) -> L:
    """An optional argument: the default when `None`, else checked to be a `cls`."""
    if value is None:
        return default()
    if not isinstance(value, cls):
        raise ValidationError(field, f"expected a {cls.__name__}, got {type(value).__name__}")
    return value


def _step_list(field: str, values: Iterable[Step]) -> tuple[Step, ...]:
    return _listed(field, values, Step)


def _parts_fit(step: Step, _: attrs.Attribute[Any], parts: tuple[Step, ...]) -> None:
    for i, part in enumerate(parts):
        if part.seconds > step.seconds:
            raise ValidationError(
                f"parts[{i}].seconds",
                f"a part takes {part.seconds} seconds, longer than its step ({step.seconds})",
            )


def _steps(values: Iterable[Step]) -> tuple[Step, ...]:
    return _step_list("steps", values)


def _parts(values: Iterable[Step]) -> tuple[Step, ...]:
    return _step_list("parts", values)


def format_duration(seconds: float) -> str:
    """Say a duration the way a person would: `"about 10 seconds"`, `"about 2 minutes"`.

    Args:
        seconds: A number of seconds, 0 or more.

    Returns:
        A short phrase.

    Example:
        >>> format_duration(90)
        'about 2 minutes'
    """
    if (
        isinstance(seconds, bool)
        or not isinstance(seconds, int | float)
        or not 0 <= seconds <= _LONGEST  # NaN and infinity too; an int too big for a float
    ):
        raise ValidationError("seconds", f"expected seconds, 0 or more, got {_show(seconds)}")
    if seconds < 59.5:
        whole = round(seconds)
        return f"about {whole} second{'s' if whole != 1 else ''}"
    minutes = max(1, round(seconds / 60))
    return f"about {minutes} minute{'s' if minutes != 1 else ''}"


# -- values --------------------------------------------------------------------------------


@attrs.frozen
class Step:
    """One small action: a single verb, about 15 words at most, with how long it takes.

    Attributes:
        text: What to do, starting with a verb ("Put one dish in the sink").
        seconds: About how long it takes, a whole number above 0.
        posture: The posture the step is done in, when it differs from where it starts.
        win: Whether stopping after this step is a complete win.
        parts: Smaller steps that do the same thing, for harder days (like a nested to-do).
            Sizing swaps a step for its parts when the step is too big for the energy level.
    """

    text: str = attrs.field(validator=_text)
    seconds: int = attrs.field(validator=[_positive, _at_most_seconds])
    posture: Posture | None = attrs.field(default=None, converter=_optional_posture)
    win: bool = attrs.field(default=False, validator=_flag, kw_only=True)
    parts: tuple[Step, ...] = attrs.field(
        default=(), converter=_parts, validator=_parts_fit, kw_only=True
    )

    def __str__(self) -> str:
        tag = getattr(self.text, "tag", None)  # words in a locale say their time there too
        if tag is not None:
            from ._strings import step_line

            return step_line(self, tag)
        duration = format_duration(self.seconds)
        if self.text.endswith(f"for {duration.removeprefix('about ')}"):
            return self.text  # "Wipe the sink for 2 minutes" says how long already
        return f"{self.text} ({duration})"


@attrs.frozen
class Category:
    """A kind of activity, such as `movement` or `glimmer`.

    Attributes:
        id: The category id (lowercase words joined by hyphens).
        title: A short name for front ends.
        description: One line about what belongs in it.
    """

    id: str = attrs.field(converter=plain, validator=_slug)
    title: str = attrs.field(converter=plain, validator=_text)
    description: str = attrs.field(default="", converter=plain, validator=_optional_text)


@attrs.frozen(repr=False)
class Activity:
    """Something small a person could do, broken into micro-steps.

    Attributes:
        id: A unique id, lowercase words joined by hyphens (`"wiggle-toes"`).
        title: A short, inviting title.
        category: The category id (see `Catalog.categories`).
        energy: The lowest energy level the activity fits.
        steps: The micro-steps in order, at least one.
        life_area: The behavioral-activation life area it belongs to.
        postures: The postures it can start from (all three by default).
        times: The times of day it suits (all four by default).
        outdoors: Whether it needs going outside.
        needs_person: Whether another person takes part live (a call, a visit).
        senses: The senses it uses, for noticing activities.
        tags: Free-form tags; the default rules read `wind-down` and `energizing`.
        source: The practice it comes from (`"micro-movement"`, `"glimmers"`).
        note: One optional kind sentence for front ends.
    """

    id: str = attrs.field(validator=_slug)
    title: str = attrs.field(validator=_text)
    category: str = attrs.field(validator=_slug)
    energy: Energy = attrs.field(converter=_energy)
    steps: tuple[Step, ...] = attrs.field(converter=_steps, validator=_not_empty)
    life_area: LifeArea | None = attrs.field(default=None, converter=_optional_life_area)
    postures: tuple[Posture, ...] = attrs.field(
        default=tuple(Posture), converter=_postures, validator=_not_empty
    )
    times: tuple[TimeOfDay, ...] = attrs.field(
        default=tuple(TimeOfDay), converter=_times, validator=_not_empty
    )
    outdoors: bool = attrs.field(default=False, validator=_flag)
    needs_person: bool = attrs.field(default=False, validator=_flag)
    senses: tuple[Sense, ...] = attrs.field(default=(), converter=_senses)
    tags: tuple[str, ...] = attrs.field(default=(), converter=_tags, validator=_slugs)
    source: str = attrs.field(default="", validator=_optional_text)
    note: str = attrs.field(default="", validator=_optional_text)

    @functools.cached_property
    def total_seconds(self) -> int:
        """The time all the steps take together, in seconds (worked out once)."""
        return sum(step.seconds for step in self.steps)

    def __repr__(self) -> str:
        return f"<Activity {self.id!r} {self.category} energy={int(self.energy)}>"


def _minutes(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    showable(attribute.name, value)
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_MINUTES:
        raise ValidationError(
            attribute.name, f"expected whole minutes from 1 to {MAX_MINUTES}, got {_show(value)}"
        )


@attrs.frozen(cache_hash=True, repr=False)
class CheckIn:
    """How a person is right now: the input to `Recommender.recommend`.

    Plain values are accepted and converted: `energy=1`, `posture="lying"`,
    `time_of_day="morning"` or a `datetime.time`.

    Attributes:
        energy: The energy level right now.
        minutes: The minutes available, 1 to 1440.
        posture: Where the body is (lying, sitting, standing).
        time_of_day: The part of the day.
        outdoors: Whether going outside is possible today.
        likes: Activity ids, categories, tags or life areas to prefer.
        avoids: Activity ids, categories, tags or life areas to leave out.
    """

    energy: Energy = attrs.field(converter=_energy)
    minutes: int = attrs.field(validator=_minutes)
    posture: Posture = attrs.field(converter=_posture)
    time_of_day: TimeOfDay = attrs.field(converter=_time_of_day)
    outdoors: bool = attrs.field(default=False, validator=_flag)
    likes: tuple[str, ...] = attrs.field(default=(), converter=_likes, validator=_slugs)
    avoids: tuple[str, ...] = attrs.field(default=(), converter=_avoids, validator=_slugs)

    def __repr__(self) -> str:
        outdoors = " outdoors" if self.outdoors else ""
        likes = f" likes={','.join(self.likes)}" if self.likes else ""
        avoids = f" avoids={','.join(self.avoids)}" if self.avoids else ""
        return (
            f"<CheckIn energy={int(self.energy)} minutes={self.minutes} {self.posture} "
            f"{self.time_of_day}{outdoors}{likes}{avoids}>"
        )


def _date(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
        raise ValidationError(attribute.name, f"expected a date, got {_show(value)}")


def _datetime(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, dt.datetime):
        raise ValidationError(attribute.name, f"expected a datetime, got {_show(value)}")


def _optional_datetime(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and not isinstance(value, dt.datetime):
        raise ValidationError(attribute.name, f"expected a datetime or None, got {_show(value)}")


def _scale(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    showable(attribute.name, value)
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 10:
        raise ValidationError(
            attribute.name, f"expected a whole number 0 to 10, got {_show(value)}"
        )


def _optional_slug(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    showable(attribute.name, value)
    if value != "":
        _slug(_, attribute, value)


def _completion(value: Completion | str) -> Completion:
    return Completion(value)


def _optional_energy(value: Energy | int | None) -> Energy | None:
    return None if value is None else _energy(value)


@attrs.frozen(repr=False)
class Entry:
    """One thing a person did (or planned), for the journal and the recommender's `history`.

    Only `activity_id` and `at` are needed; the rest is what the activation loop records.
    Ratings are whole numbers from 0 to 10. The `note` is the person's own words: run
    `Entry.safety` (the journal's `add` does) before storing it.

    Attributes:
        activity_id: The catalog activity that was done, or `""` for a routine item or a task.
        at: When it was done.
        done: `done`, `partly` or `not-done`.
        planned: Whether it was planned beforehand.
        mood_before: Mood just before, 0 to 10.
        mood_after: Mood just after, 0 to 10.
        enjoyment_predicted: How much it was expected to be enjoyed, 0 to 10.
        enjoyment: How much it was enjoyed, 0 to 10.
        mastery: The sense of achievement, 0 to 10.
        energy: The energy level at the time.
        routine_item: The routine item's id, when it was one.
        task: The task's words, when it was a broken-down task.
        note: An optional note.
        planned_at: The time it was planned for, when it was planned (see `plan_week`).
    """

    activity_id: str = attrs.field(validator=_optional_slug)
    at: dt.datetime = attrs.field(validator=_datetime)
    done: Completion = attrs.field(default=Completion.DONE, converter=_completion)
    planned: bool = attrs.field(default=False, validator=_flag)
    mood_before: int | None = attrs.field(default=None, validator=_scale)
    mood_after: int | None = attrs.field(default=None, validator=_scale)
    enjoyment_predicted: int | None = attrs.field(default=None, validator=_scale)
    enjoyment: int | None = attrs.field(default=None, validator=_scale)
    mastery: int | None = attrs.field(default=None, validator=_scale)
    energy: Energy | None = attrs.field(default=None, converter=_optional_energy)
    routine_item: str = attrs.field(default="", validator=_optional_slug)
    task: str = attrs.field(default="", validator=[_optional_text, _at_most(MAX_TEXT)])
    note: str = attrs.field(default="", validator=[_optional_text, _at_most(MAX_TEXT)])
    planned_at: dt.datetime | None = attrs.field(default=None, validator=_optional_datetime)

    def __attrs_post_init__(self) -> None:
        if not (self.activity_id or self.routine_item or self.task.strip()):
            raise ValidationError("activity_id", "give an activity id, a routine item or a task")

    def __repr__(self) -> str:
        # What and when, never the person's words: a note or task is only counted.
        what = self.activity_id or self.routine_item or f"a task of {len(self.task)} characters"
        note = f", a note of {len(self.note)} characters" if self.note else ""
        return f"<Entry {what} at {self.at.isoformat()} {self.done}{note}>"

    @property
    def id(self) -> str:
        """A stable id made from when and what: the same entry always gets the same id."""
        import hashlib

        key = "\x1f".join([self.at.isoformat(), self.activity_id, self.routine_item, self.task])
        # a lone surrogate (text from a broken source) is kept as it is, not refused
        return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:16]

    @property
    def mood_shift(self) -> int | None:
        """Mood after minus mood before, when both were rated."""
        if self.mood_before is None or self.mood_after is None:
            return None
        return self.mood_after - self.mood_before


@attrs.frozen(cache_hash=True)
class Reason:
    """Why a suggestion was chosen: the rule's name and a sentence for the person.

    Attributes:
        rule: The name of the rule that gave the reason.
        text: One short sentence.
    """

    rule: str
    text: str


@attrs.frozen(repr=False)
class Suggestion:
    """One recommended activity with the steps to show now and the reasons it was chosen.

    Attributes:
        activity: The activity.
        steps: The first steps that fit today's energy and minutes (always at least one).
        reasons: The reasons, in rule order.
        score: The total of the scoring rules; higher came first.
    """

    activity: Activity
    steps: tuple[Step, ...]
    reasons: tuple[Reason, ...]
    score: float

    @property
    def more_steps(self) -> int:
        """How many of the activity's steps are not shown yet."""
        return len(self.activity.steps) - len(self.steps)

    def __repr__(self) -> str:
        return f"<Suggestion {self.activity.id!r} score={self.score:g}>"

    def __str__(self) -> str:
        tags = [getattr(step.text, "tag", None) for step in self.steps]  # steps in a locale
        tag = next((t for t in tags if t is not None), None)  # say the whole in it
        if tag is not None:
            from ._strings import suggestion_text

            return suggestion_text(self, tag)
        lines = [self.activity.title]
        lines += [f"  - {step}" for step in self.steps]
        if self.more_steps:
            lines.append(f"  ({self.more_steps} more when you are ready; stopping here counts)")
        if self.reasons:  # whole words to a line, as a terminal would break them mid-word
            why = " ".join(r.text for r in self.reasons)
            lines.append(
                textwrap.fill(why, 88, initial_indent="  Why: ", subsequent_indent=" " * 7)
            )
        return "\n".join(lines)


@attrs.frozen(repr=False)
class Plan:
    """What `Recommender.recommend` returns: the check-in and the suggestions, best first.

    Attributes:
        checkin: The check-in the plan answers.
        suggestions: The suggestions, best first; empty only when the check-in's `avoids`
            or a custom rule list left nothing.
        help: A low-key line saying where help is, which a front end may show on any screen.
        locale: The language tag the plan was asked for in (`recommend(..., locale=...)`):
            `str(plan)` speaks it; `None` for English.
    """

    checkin: CheckIn
    suggestions: tuple[Suggestion, ...]
    help: str = ""
    locale: str | None = attrs.field(default=None, kw_only=True)

    def __repr__(self) -> str:
        c = self.checkin
        return (
            f"<Plan {len(self.suggestions)} suggestions for energy={int(c.energy)} "
            f"minutes={c.minutes} {c.posture} {c.time_of_day}>"
        )

    def __str__(self) -> str:
        if self.locale is not None:
            from ._strings import plan_text

            return plan_text(self, self.locale)
        c = self.checkin
        head = (
            f"Energy {int(c.energy)} ({c.energy.label.lower()}), {c.minutes} minute"
            f"{'s' if c.minutes != 1 else ''}, {c.posture}, {c.time_of_day}:"
        )
        body = [
            f"{i}. " + str(s).replace("\n", "\n   ")
            for i, s in enumerate(self.suggestions, start=1)
        ] or ["Nothing fits these settings. Resting counts too."]
        return "\n\n".join([head, *body, *([self.help] if self.help else [])])
