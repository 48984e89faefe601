"""The exceptions smallsteps raises: every one is a `ValueError`."""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable
from types import UnionType
from typing import Any, Final

__all__ = [
    "CatalogError",
    "Looked",
    "UnknownActivityError",
    "ValidationError",
    "did_you_mean",
    "kind_of",
    "listed",
    "must_be",
    "number_in",
    "showable",
    "text_got",
    "value_shown",
    "word_shown",
]


class ValidationError(ValueError):
    """A value does not fit the model.

    The message names the field and the value, so it can be shown to a developer as it is.
    It never contains a person's free text (a thought or a note): only field names, ids,
    numbers and short vocabulary words.

    Attributes:
        field: The name of the field that was rejected (`"energy"`, `"steps[2].seconds"`).
    """

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field

    def __reduce__(self) -> tuple[Any, ...]:
        # Rebuilt as it was, not by calling __init__ again with the message alone: the error
        # crosses to and from worker processes (Dask, multiprocessing) whole.
        return _rebuilt, (type(self), self.args, dict(self.__dict__))


def _rebuilt(cls: type[ValidationError], args: tuple[Any, ...], state: dict[str, Any]) -> Any:
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


class CatalogError(ValidationError):
    """A catalog file or catalog data has one or more problems.

    The message lists **every** problem found, one a line, each naming the file, the activity
    (by id, or by position when the id is missing) and the field.

    Attributes:
        source: The file name, or a label such as `"<data>"` for in-memory data.
        problems: One readable line a problem, in the order they were found.
    """

    def __init__(self, source: str, problems: Iterable[str]) -> None:
        self.source = source
        self.problems = tuple(problems)
        count = len(self.problems)
        header = f"{count} problem{'s' if count != 1 else ''} in {source}"
        ValueError.__init__(self, "\n  ".join([header + ":", *self.problems]))
        self.field = "catalog"


class UnknownActivityError(ValidationError, KeyError):
    """No activity with that id is in the catalog.

    It is both a `ValidationError` (a `ValueError`) and a `KeyError`, so `catalog[id]` behaves
    like a mapping and like the rest of smallsteps.

    Attributes:
        activity_id: The id that was asked for.
    """

    def __init__(self, activity_id: str, known: Iterable[str] = ()) -> None:
        hint = did_you_mean(activity_id, known) if isinstance(activity_id, str) else ""
        ValidationError.__init__(
            self, "id", f"no activity {value_shown(activity_id)} in the catalog{hint}"
        )
        self.activity_id = activity_id

    def __str__(self) -> str:
        return str(self.args[0])


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """Return `" (did you mean 'x'?)"` for the closest choice, or `""` when none is close.

    Args:
        word: The unknown word.
        choices: The known words.

    Returns:
        A short hint to append to an error message.
    """
    import difflib  # only when a word is wrong

    close = difflib.get_close_matches(word, sorted(choices), n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


_SHOWN: Final = (str, int, float, bool, type(None))


def showable(field: str, value: object) -> None:
    """Refuse a value of a subclass whose own `repr` fails (`ValidationError(field)`).

    Such a value (a `str` or `int` subclass that raises when printed) would be stored and
    then break the printing of whatever holds it; the exact types pass at once.
    """
    if type(value) in _SHOWN or not isinstance(value, _SHOWN):
        return  # plain values, and the library's own (checked when they were made)
    try:
        repr(value)
    except Exception:  # its own code failed: name it by its kind, and refuse it
        raise ValidationError(
            field, f"a value of type {type(value).__name__} that cannot be shown"
        ) from None


def must_be(
    field: str, value: object, kind: type | UnionType | tuple[type, ...], what: str
) -> None:
    """Raise `ValidationError(field)` unless `value` is an instance of `kind`.

    A bool is never taken where a number is meant; `what` says what was expected.
    """
    is_bool = isinstance(value, bool) and kind is not bool
    if is_bool or not isinstance(value, kind):
        raise ValidationError(field, f"expected {what}, got {value_shown(value)}")
    showable(field, value)


def kind_of(
    kind: type | UnionType | tuple[type, ...], what: str
) -> Callable[[Any, Any, Any], None]:
    """An attrs validator: the field's value must be a `kind` (see `must_be`)."""

    def check(_: object, attribute: Any, value: object) -> None:
        must_be(attribute.name, value, kind, what)

    return check


def texts_of(what: str) -> Callable[[Any, Any, Any], None]:
    """An attrs validator: the field's value must be a tuple of texts (see `must_be`)."""

    def check(_: object, attribute: Any, values: object) -> None:
        must_be(attribute.name, values, tuple, what)
        for value in values:  # type: ignore[attr-defined]
            must_be(attribute.name, value, str, what)

    return check


def listed(field: str, values: object, what: str) -> list[Any]:
    """The items of a list given as an argument, or `ValidationError(field)`.

    Text is not a list of its letters, nor bytes of their numbers; `what` says what the list
    should hold ("entries").
    """
    if isinstance(values, str | bytes) or not isinstance(values, Iterable):
        raise ValidationError(field, f"expected a list of {what}, got {value_shown(values)}")
    return list(values)


def number_in(field: str, value: object, low: float, high: float) -> float:
    """`value` as a float from `low` to `high`, or `ValidationError(field)`.

    A bool, text, NaN, infinity or a number too large for a float is not one.
    """
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValidationError(
            field, f"expected a number from {low:g} to {high:g}, got {value_shown(value)}"
        )
    try:
        number = float(value)
    except OverflowError:
        number = float("inf")
    if not low <= number <= high:  # NaN compares false
        raise ValidationError(
            field, f"expected a number from {low:g} to {high:g}, got {value_shown(value)}"
        )
    return number


def word_shown(value: object) -> str:
    """Name a rejected value where one word is expected (a posture, a level), privately.

    One short word is shown ('sittng'); anything with a space or over 24 characters is only
    counted, since it is likely a person's sentence typed in the wrong place.
    """
    sentence = isinstance(value, str) and any(c.isspace() for c in value.strip())
    return value_shown(value, longest=-1 if sentence else 24, width=30)


def value_shown(value: object, *, longest: int = 40, width: int = 60) -> str:
    """Name a rejected value in an error message, briefly and privately.

    Text over `longest` characters, or with a space inside (a sentence), is only counted,
    so a message never repeats what a person wrote; other values are shown by their repr,
    cut at `width` characters, or by their kind when their repr fails (a number of more
    than 4,300 digits, a list nested too deep to show).
    """
    if isinstance(value, str) and (len(value) > longest or any(c.isspace() for c in value)):
        return f"a text of {len(value)} characters"
    if isinstance(value, list | tuple | dict | set | frozenset) and value:
        return f"a {type(value).__name__} of {len(value):,} items"  # texts inside stay unsaid
    try:
        text = repr(value)
    except Exception:  # a value whose repr fails: its kind is enough to name it
        if isinstance(value, int):
            return f"a whole number of about {int(value.bit_length() * 0.30103) + 1:,} digits"
        return f"a value of type {type(value).__name__}"
    return text if len(text) <= width else text[: width - 3] + "..."


def text_got(value: object) -> str:
    """What was given where words were expected: "empty text", or the kind of value."""
    return "empty text" if isinstance(value, str) else f"a {type(value).__name__}, not text"


for _public in (ValidationError, CatalogError, UnknownActivityError):
    _public.__module__ = "smallsteps"  # tracebacks say smallsteps.ValidationError


class Looked(enum.EnumType):
    """Enum lookups that never show the value they reject but through `_missing_`.

    The standard lookup builds its own message with the value's repr even when `_missing_`
    raises, and that repr can fail (a number of more than 4,300 digits, a list nested too
    deep); `_missing_` names the value privately and briefly instead. An enum with this
    metaclass defines a `_missing_` that raises `ValidationError`.
    """

    def __call__(cls, value: object, *args: object, **kwargs: object) -> object:  # type: ignore[override]
        if args or kwargs:  # the functional API: Enum("Name", "A B")
            return super().__call__(value, *args, **kwargs)  # type: ignore[call-overload]
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):  # unknown, or not hashable: no lookup error chained
            pass
        return cls._missing_(value)  # type: ignore[attr-defined]
