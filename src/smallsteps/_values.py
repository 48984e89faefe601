"""Values: what matters to a person in each life area, in their own words.

Behavioral activation plans what a person values, not only what fits the moment. The BATD-R
values inventory asks, for each of five life areas (relationships, education and career,
recreation, mind-body-spirit, daily responsibilities), what matters, and which activities
would serve it. `Values` holds those answers as plain data; `Recommender.recommend(...,
values=...)` prefers activities in an area the person values, with a reason in their words.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Final

import attrs

from ._errors import ValidationError, value_shown
from ._model import _at_most, _slugs, _text
from ._vocab import LifeArea

__all__ = ["MAX_VALUE_TEXT", "Value", "Values"]

MAX_VALUE_TEXT: Final = 500
"""The longest a value's words may be, in characters."""


def _area(value: LifeArea | str) -> LifeArea:
    if type(value) is LifeArea:
        return value
    try:
        return LifeArea(value)
    except ValidationError as error:
        raise ValidationError("area", str(error).split(": ", 1)[1]) from None


def _ids(values: Iterable[str]) -> tuple[str, ...]:
    if isinstance(values, str) or not isinstance(values, Iterable):
        raise ValidationError("activities", f"expected a list of ids, got {value_shown(values)}")
    return tuple(dict.fromkeys(values))


@attrs.frozen
class Value:
    """One thing that matters to a person, in one life area.

    Attributes:
        area: The life area.
        words: The person's own words for what matters ("being there for my brother").
            Shown back to them in reasons, never in an error.
        activities: Ids of catalog activities that serve it, if they chose any.

    Example:
        >>> Value("relationships", "being there for my brother").area
        <LifeArea.RELATIONSHIPS: 'relationships'>
    """

    area: LifeArea = attrs.field(converter=_area)
    words: str = attrs.field(validator=[_text, _at_most(MAX_VALUE_TEXT)])
    activities: tuple[str, ...] = attrs.field(default=(), converter=_ids, validator=_slugs)

    @property
    def said(self) -> str:
        """The words as they read inside a sentence: trimmed, with no final full stop."""
        return " ".join(self.words.split()).rstrip(".!;:, ")


def _values(values: Iterable[Value]) -> tuple[Value, ...]:
    if isinstance(values, str) or not isinstance(values, Iterable):
        raise ValidationError("items", f"expected a list of values, got {value_shown(values)}")
    return tuple(values)


@attrs.frozen
class Values:
    """A person's values across the life areas: plain data that round-trips the converter.

    Attributes:
        items: The values, in the order the person gave them.

    Example:
        >>> values = Values.build({"relationships": "being there for my brother",
        ...                        "recreation": ["music", "being outside"]})
        >>> ", ".join(v.said for v in values.in_area("recreation"))
        'music, being outside'
        >>> ", ".join(sorted(str(a) for a in values.areas))
        'recreation, relationships'
    """

    items: tuple[Value, ...] = attrs.field(default=(), converter=_values)

    def __attrs_post_init__(self) -> None:
        for i, item in enumerate(self.items):
            if type(item) is not Value:
                raise ValidationError(f"items[{i}]", f"expected a Value, got {value_shown(item)}")

    @classmethod
    def build(cls, answers: Mapping[LifeArea | str, str | Iterable[str]]) -> Values:
        """Make values from a mapping of life area to words, or to several lines of words.

        Args:
            answers: Life area (a `LifeArea` or its id) to what matters there.

        Returns:
            The values, areas in the order given.

        Raises:
            ValidationError: If an area is unknown or the words are empty.
        """
        if not isinstance(answers, Mapping):
            raise ValidationError("answers", f"expected a mapping, got {value_shown(answers)}")
        items: list[Value] = []
        for area, said in answers.items():
            if not isinstance(said, str | Iterable):
                raise ValidationError(
                    "answers", f"expected words or a list of words, got {value_shown(said)}"
                )
            lines = [said] if isinstance(said, str) else list(said)
            items.extend(Value(area, words) for words in lines)
        return cls(tuple(items))

    @property
    def areas(self) -> frozenset[LifeArea]:
        """The life areas with at least one value."""
        return frozenset(v.area for v in self.items)

    def in_area(self, area: LifeArea | str) -> tuple[Value, ...]:
        """The values in one life area, in the order given."""
        wanted = _area(area)
        return tuple(v for v in self.items if v.area is wanted)

    def serving(self, activity_id: str) -> Value | None:
        """The first value the person said this activity serves, if any."""
        return next((v for v in self.items if activity_id in v.activities), None)

    def __bool__(self) -> bool:
        """Whether the person has said anything yet."""
        return bool(self.items)

    def __iter__(self) -> Iterator[Value]:
        """The values, in order."""
        return iter(self.items)
