"""What a front end shows from a book of crisis lines: the blank safety plan and the pointer.

`safety_plan()` hands out the blank plan, in a locale's words where a translation ships, and
`help_pointer()` the standing "help is here" line. This is also the old home of every
crisis-line name, served from here as before: the lines and their book are in
`_resourcebook`, the notice's words in `_notice`, the plan's values in `_safetyplan`.
"""

from __future__ import annotations

from ._errors import ValidationError
from ._files import load_file, package_data
from ._notice import notice_words, way
from ._resourcebook import (
    Resource,
    ResourceBook,
    country_of,
    default_resources,
    load_resources,
)
from ._safetyplan import SafetyPlan, SafetyPlanSection

__all__ = [
    "Resource",
    "ResourceBook",
    "SafetyPlan",
    "SafetyPlanSection",
    "country_of",
    "default_resources",
    "help_pointer",
    "load_resources",
    "notice_words",
    "safety_plan",
]

# The generic readers of data files, at the names the other loaders import them by from here.
_load = load_file
_package_data = package_data


def safety_plan(resources: ResourceBook | None = None, *, locale: str | None = None) -> SafetyPlan:
    """Return the blank six-section safety plan (Stanley-Brown), to fill in with someone.

    Args:
        resources: The book whose plan to give; `default_resources()` when `None`.
        locale: A language tag: the titles and questions in its language where a
            translation ships (`available_locales()`), else in English.

    Example:
        >>> plan = safety_plan()
        >>> plan.sections[0].title, len(plan.sections)
        ('Warning signs', 6)
        >>> safety_plan(locale="es-MX").sections[0].title
        'Señales de alerta'

    Raises:
        ValidationError: If `resources` is not a ResourceBook or `locale` not a tag.
    """
    if resources is not None and not isinstance(resources, ResourceBook):
        raise ValidationError(
            "resources", f"expected a ResourceBook, got {type(resources).__name__}"
        )
    book = resources or default_resources()
    if locale is None:
        return book.plan
    words = notice_words(book, locale)
    return SafetyPlan(
        tuple(
            SafetyPlanSection(str(words[f"plan_{n}_title"]), str(words[f"plan_{n}_prompt"]))
            for n in range(1, len(book.plan.sections) + 1)
        )
    )


def help_pointer(
    resources: ResourceBook | None = None,
    country: str | None = None,
    *,
    locale: str | None = None,
) -> str:
    """Return the standing, low-key "help is here" line a front end may show on any screen.

    With a country (or a locale's region) whose lines the book knows, the line names the
    first of them: a number close to hand on every screen, beside the international fallback.
    With a locale, the words are in its language where a translation ships.

    Example:
        >>> help_pointer()
        'If things feel like too much, help is here any time: findahelpline.com'
        >>> help_pointer(country="AU").split(": ", 1)[1]
        'Lifeline, call 13 11 14, or findahelpline.com'
    """
    if resources is not None and not isinstance(resources, ResourceBook):
        raise ValidationError(
            "resources", f"expected a ResourceBook, got {type(resources).__name__}"
        )
    book = resources or default_resources()
    code = country_of(country, locale)
    words = notice_words(book, locale)
    general = str(words.get("help", ""))
    local = str(words.get("help_local", ""))
    lines = [r for r in book.for_country(code) if r.country] if code else []
    if not lines or "{line}" not in local:
        return general
    first = lines[0]
    reach = way(words, "way_call", phone=first.phone) if first.phone else first.ways_in(words)
    if first.hours and first.hours != "24/7":
        reach = f"{reach} ({first.hours})"
    return local.format(line=f"{first.name}, {reach}")
