"""Serialization at the edge: one cattrs converter for every public type.

Enums become their values, datetimes ISO 8601 text, tuples lists, and a `Catalog` the same
structure as a catalog file. cattrs is imported on first use, so `import smallsteps` stays fast.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import json
import re
import typing
from collections import abc
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Final, TypeVar

import attrs

from ._catalog import BUILTIN_CATEGORIES, Catalog
from ._errors import ValidationError
from ._model import Reason, _show
from ._vocab import Completion, Energy, LifeArea, Posture, Sense, Tier, TimeOfDay

if TYPE_CHECKING:
    import cattrs

__all__ = ["from_dict", "from_json", "make_converter", "to_dict", "to_json"]

T = TypeVar("T")
_BUILTIN = frozenset(c.id for c in BUILTIN_CATEGORIES)


def make_converter() -> cattrs.Converter:
    """Return a new cattrs converter set up for smallsteps' types.

    Use it to register hooks for your own types next to smallsteps' ones; `to_dict` and the
    other functions here share one converter made by this function.

    Returns:
        A converter: enums by value, datetimes as ISO 8601, a `Catalog` as
        `{"category": [...], "activity": [...]}` (declared categories only).
    """
    from collections.abc import Mapping, Sequence, Set

    import attrs
    import cattrs
    from cattrs.gen import make_dict_structure_fn

    from ._loader import parse_catalog

    converter = cattrs.Converter(
        unstruct_collection_overrides={tuple: list, Sequence: list, Set: sorted}
    )
    for vocabulary in (Completion, Energy, LifeArea, Posture, Sense, Tier, TimeOfDay):
        # cattrs passes str and int enums through as they are; plain values are JSON-safe.
        converter.register_unstructure_hook(vocabulary, _value)
    converter.register_unstructure_hook(dt.datetime, lambda value: value.isoformat())
    converter.register_unstructure_hook(dt.date, lambda value: value.isoformat())
    # a reason the engine said by id is a `str` that remembers the id: plain text out
    converter.register_unstructure_hook(Reason, lambda r: {"rule": r.rule, "text": str(r.text)})
    for when in (dt.datetime, dt.date):
        converter.register_structure_hook(when, _structure_iso)

    def unstructure_catalog(catalog: Catalog) -> dict[str, Any]:
        declared = [c for c in catalog.categories.values() if c.id not in _BUILTIN]
        return {
            "category": converter.unstructure(declared),
            "activity": [_drop_defaults(converter.unstructure(a)) for a in catalog],
        }

    converter.register_unstructure_hook(Catalog, unstructure_catalog)
    converter.register_structure_hook(Catalog, lambda data, _: parse_catalog(data))
    for kind in _KINDS:
        converter.register_structure_hook(kind, _structure_plain)

    def fields_of(cls: type) -> Callable[[Any, type], Any]:
        structure: Callable[[Any, type], Any] = make_dict_structure_fn(cls, converter)
        shapes = _shapes(cls)

        def structure_fields(data: Any, _: type) -> Any:
            if not isinstance(data, Mapping):
                raise _DataError(
                    f"expected an object with the fields of {cls.__name__}, got {_show(data)}"
                )
            for name, shape in shapes:
                if name in data:
                    _check_shape(name, shape, data[name])
            return structure(data, cls)

        return structure_fields

    converter.register_structure_hook_factory(attrs.has, fields_of)
    return converter


class _DataError(ValueError):
    """What a structure hook found wrong, in words for `from_dict`'s message."""


_LISTS = ("tuple[", "list[", "frozenset[", "set[", "Sequence[")


def _shapes(cls: type) -> list[tuple[str, str]]:
    """The fields of an attrs class that hold text or a list, by their declared type.

    cattrs would make text of anything (`None` as "None") and split text given for a list
    into letters ("movement" as m, o, v...): these are checked first.
    """
    import attrs

    out = []
    for field in attrs.fields(cls):
        if not field.init:
            continue
        declared = field.type
        if not isinstance(declared, str):  # resolved already (cattrs resolves the types)
            origin = typing.get_origin(declared)
            lists = origin in (tuple, list, frozenset, set) or origin is abc.Sequence
            declared = "str" if declared is str else ("list[" if lists else "")
        if declared == "str":
            out.append((field.name, "text"))
        elif declared.startswith(_LISTS) and "|" not in declared:
            out.append((field.name, "list"))
    return out


def _check_shape(name: str, shape: str, value: object) -> None:
    if shape == "text" and not isinstance(value, str):
        raise ValidationError(name, f"expected text, got {_show(value)}")
    if shape == "list" and not isinstance(value, list | tuple):
        raise ValidationError(name, f"expected a list, got {_show(value)}")


_KINDS: dict[type, str] = {int: "a whole number", float: "a number", bool: "true or false"}


def _structure_plain(value: object, cls: type[Any]) -> Any:
    """Read a whole number, a number or true/false; other values are named in the error."""
    if cls not in _KINDS:  # an enum such as `Energy`: its own lookup, and its own message
        if isinstance(value, bool):  # true is not energy 1
            raise _DataError(f"expected one of the values of {cls.__name__}, got {_show(value)}")
        return cls(value)
    fits = (
        isinstance(value, bool)
        if cls is bool
        else isinstance(value, int | float | str)
        and not isinstance(value, bool)
        and not (cls is int and isinstance(value, float) and not value.is_integer())
    )
    if fits:
        try:
            number = cls(value)
        except (ValueError, OverflowError):
            pass
        else:
            if cls is bool or abs(number) <= _LARGEST:
                return number
    raise _DataError(f"expected {_KINDS[cls]}, got {_show(value)}")


_LARGEST: Final = 10**15
"""The largest number plain data may hold (no count, minute or score comes near it): a number
of thousands of digits would be read, and then fail to print."""


def _value(
    member: Completion | Energy | LifeArea | Posture | Sense | Tier | TimeOfDay,
) -> int | str:
    return member.value


def _structure_iso(value: object, cls: type[dt.date]) -> dt.date:
    """Read ISO 8601 text as a `date` or a `datetime` (whichever `cls` is)."""
    if isinstance(value, cls):
        return value
    if not isinstance(value, str):
        raise _DataError(f"expected ISO 8601 text, got {_show(value)}")
    try:
        return cls.fromisoformat(value)
    except ValueError:
        raise _DataError(f"expected ISO 8601 text, got {_show(value)}") from None


def _drop_defaults(data: dict[str, Any]) -> dict[str, Any]:
    """Leave out the optional activity fields that hold their defaults, as a file would."""
    defaults: dict[str, Any] = {
        "life_area": None,
        "postures": ["lying", "sitting", "standing"],
        "times": ["morning", "afternoon", "evening", "night"],
        "outdoors": False,
        "needs_person": False,
        "senses": [],
        "tags": [],
        "source": "",
        "note": "",
    }
    data = {k: v for k, v in data.items() if defaults.get(k, ...) != v}
    data["steps"] = [_drop_step_defaults(step) for step in data["steps"]]
    return data


def _drop_step_defaults(step: dict[str, Any]) -> dict[str, Any]:
    """Leave out a step's `posture`, `win` and `parts` when they hold their defaults."""
    kept = {k: v for k, v in step.items() if v not in (None, False, [])}
    if kept.get("parts"):
        kept["parts"] = [_drop_step_defaults(part) for part in kept["parts"]]
    return kept


@functools.cache
def _converter() -> cattrs.Converter:
    return make_converter()


def to_dict(obj: object) -> Any:
    """Turn any smallsteps value into plain, JSON-safe data (dicts, lists, str, int, float).

    Args:
        obj: A smallsteps value such as a `Plan`, `CheckIn` or `Catalog`.

    Returns:
        Plain data that `from_dict` turns back into an equal value.

    Example:
        >>> from smallsteps import Step, to_dict
        >>> to_dict(Step("Take one sip of water", 10))
        {'text': 'Take one sip of water', 'seconds': 10, 'posture': None, 'win': False, 'parts': []}
    """
    try:
        return _converter().unstructure(obj)
    except RecursionError:
        raise ValidationError("obj", "nested too deeply to turn into data") from None
    except (TypeError, ValueError, AttributeError) as error:  # a value built with wrong types
        kind = type(obj).__name__
        raise ValidationError(
            "obj", f"a {kind} holding a value of the wrong type ({error})"
        ) from None


def from_dict(data: Any, cls: type[T]) -> T:
    """Build a smallsteps value of type `cls` from plain data made by `to_dict` or by hand.

    Args:
        data: Plain data.
        cls: The type to build, such as `CheckIn` or `Plan`.

    Returns:
        The value.

    Raises:
        ValidationError: If the data does not fit `cls`. Its `field` is the path of the first
            problem in the data (`"minutes"`, `"suggestions[0].score"`), or the name of `cls`
            when the data as a whole is wrong; the message gives every problem, each with its
            path and the value found.

    Example:
        >>> from smallsteps import CheckIn, ValidationError, from_dict
        >>> try:
        ...     from_dict({"energy": 1, "minutes": "ten", "posture": "lying"}, CheckIn)
        ... except ValidationError as error:
        ...     print(error.field)
        ...     print(error)
        minutes
        minutes: expected a whole number, got 'ten'; time_of_day: required field missing
    """
    from cattrs import transform_error
    from cattrs.errors import BaseValidationError

    known = isinstance(cls, type) and (attrs.has(cls) or issubclass(cls, enum.Enum | Catalog))
    if not known:  # a dict, a Journal: no data builds one
        raise ValidationError("cls", f"expected a smallsteps type, got {_show(cls)}")
    try:
        return _converter().structure(data, cls)
    except BaseValidationError as error:
        found = [
            _located(line) for line in transform_error(error, path="$", format_exception=_describe)
        ]
    except ValidationError:  # a rule of `cls` itself, which names its own field
        raise
    except _DataError as error:  # about the data as a whole
        raise ValidationError(cls.__name__, str(error)) from None
    except RecursionError:
        raise ValidationError(cls.__name__, "the data is nested too deeply") from None
    except (TypeError, KeyError, AttributeError) as error:
        raise ValidationError(cls.__name__, f"cannot build from {_show(data)}") from error
    field = found[0][0] or cls.__name__
    lines = [f"{path}: {text}" if path else text for path, text in found[:MAX_PROBLEMS]]
    if len(found) > MAX_PROBLEMS:
        lines.append(f"and {len(found) - MAX_PROBLEMS:,} more problems")
    raise ValidationError(field, "; ".join(lines).removeprefix(f"{field}: ")) from None


MAX_PROBLEMS: Final = 10
"""How many problems a `from_dict` error lists before it says how many more there are."""


def _located(line: str) -> tuple[str, str]:
    """Split a line of `transform_error` into the path in the data and the problem there.

    A `ValidationError` inside names its field first: the path's own last name (a value's
    converter), or a field of the value at the path (the value's own rules).
    """
    text, _, where = line.rpartition(" @ ")
    path = where.removeprefix("$").removeprefix(".")
    named = re.match(r"([\w.\[\]]+): ", text)
    if named is None:
        return path, text
    field, text = named[1], text[named.end() :]
    if path.rpartition(".")[2].partition("[")[0] == field:
        return path, text
    return f"{path}.{field}" if path else field, text


def _describe(error: BaseException, _: type | None) -> str:
    if isinstance(error, ValidationError | _DataError):
        return str(error)
    if isinstance(error, KeyError):
        return "required field missing"
    return f"not a value that fits ({str(error)[:80] or type(error).__name__})"


def to_json(obj: object) -> str:
    """Turn any smallsteps value into JSON text (UTF-8 safe, fields in a fixed order).

    Args:
        obj: A smallsteps value.

    Returns:
        JSON text.
    """
    data = to_dict(obj)
    try:
        return json.dumps(data, ensure_ascii=False)
    except (TypeError, ValueError) as error:  # a value JSON has no form for (a complex number)
        raise ValidationError("obj", f"not a smallsteps value JSON can hold ({error})") from None


def from_json(text: str | bytes, cls: type[T]) -> T:
    """Build a smallsteps value of type `cls` from JSON text made by `to_json`.

    Args:
        text: JSON text.
        cls: The type to build.

    Returns:
        The value.

    Raises:
        ValidationError: If the text is not JSON or does not fit `cls`.
    """
    try:
        data = json.loads(text)
    except RecursionError:
        raise ValidationError("json", "nested too deeply") from None
    except (json.JSONDecodeError, UnicodeDecodeError, TypeError) as error:
        where = (
            f" (line {error.lineno}, column {error.colno})"
            if isinstance(error, json.JSONDecodeError)
            else ""
        )
        raise ValidationError("json", f"not valid JSON{where}") from None
    except ValueError:  # a number of more digits than Python reads (4,300)
        raise ValidationError("json", "a number in it is too long") from None
    return from_dict(data, cls)
