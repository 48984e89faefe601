"""The personal safety plan (Stanley-Brown) as values: its sections, blank or filled in.

The blank plan ships in `resources.toml` beside the crisis lines; `safety_plan()` in
`_resources` hands it out, and a journal keeps the person's own filled-in copy.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

import attrs

from ._errors import ValidationError, kind_of, listed, texts_of, value_shown

__all__ = ["SafetyPlan", "SafetyPlanSection"]


_TEXT: Final = kind_of(str, "text")


@attrs.frozen
class SafetyPlanSection:
    """One of the six sections of a Stanley-Brown safety plan.

    Attributes:
        title: The section's name.
        prompt: A question to help fill it in.
        entries: What the person wrote; empty in the blank template.
    """

    title: str = attrs.field(validator=_TEXT)
    prompt: str = attrs.field(validator=_TEXT)
    entries: tuple[str, ...] = attrs.field(default=(), validator=texts_of("a tuple of texts"))


@attrs.frozen
class SafetyPlan:
    """A personal safety plan, to be filled in by the person, ideally with someone they trust.

    smallsteps only ever hands it out blank; it never fills it in.

    Attributes:
        sections: The six sections, in order.
    """

    sections: tuple[SafetyPlanSection, ...]

    def fill(self, index: int, entries: Iterable[str]) -> SafetyPlan:
        """Return a copy with one section's entries replaced (for a front end's editor).

        Args:
            index: The section, 0 to 5.
            entries: What the person wrote.

        Returns:
            A new plan; this one is unchanged.

        Raises:
            ValidationError: If `index` is not a section or an entry is not text.
        """
        if isinstance(index, bool) or not isinstance(index, int):
            raise ValidationError("index", f"expected a section number, got {type(index).__name__}")
        if not 0 <= index < len(self.sections):
            raise ValidationError(
                "index", f"expected 0 to {len(self.sections) - 1}, got {value_shown(index)}"
            )
        items = tuple(listed("entries", entries, "texts"))
        if not all(isinstance(e, str) for e in items):
            raise ValidationError("entries", "expected text for every entry")
        sections = list(self.sections)
        sections[index] = attrs.evolve(sections[index], entries=items)
        return SafetyPlan(tuple(sections))
