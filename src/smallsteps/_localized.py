"""The catalog in a locale: each activity's title, note and steps through the overlays.

English stays the source of truth. The `catalog` document's ids are `<activity id>.title`,
`<activity id>.note` and `<activity id>.steps` (the step texts, in order); a locale's overlay
(`data/locales/<tag>/catalog.toml`) holds the ones it translates, each with the hash of its
English. An activity keeps its id, sizes, postures and everything else; only words change.
A step's words are `Localized`: they remember their English and the locale, so a step cut
smaller for low energy is boxed as in English and says its box in the same language.
"""

from __future__ import annotations

import attrs

from ._catalog import Catalog
from ._locale import Localized, Text, parse_locale, translated
from ._model import Activity

__all__ = ["catalog_words", "localized_catalog"]


def catalog_words(catalog: Catalog) -> dict[str, Text]:
    """The catalog's translatable words by id: what a translator of the `catalog` document sees.

    Example:
        >>> import smallsteps as ss
        >>> catalog_words(ss.default_catalog())["drink-a-glass-of-water.title"]
        'Drink a glass of water'
    """
    words: dict[str, Text] = {}
    for category in catalog.categories.values():
        words[f"category.{category.id}.title"] = category.title
        if category.description:
            words[f"category.{category.id}.description"] = category.description
    for activity in catalog:
        words[f"{activity.id}.title"] = activity.title
        if activity.note:
            words[f"{activity.id}.note"] = activity.note
        words[f"{activity.id}.steps"] = tuple(step.text for step in activity.steps)
    return words


def _padded(texts: Text, n: int) -> list[str | None]:
    listed: list[str | None] = [texts] if isinstance(texts, str) else list(texts)
    return (listed + [None] * n)[:n]


def _in_words(activity: Activity, words: dict[str, Text], tag: str) -> Activity:
    steps = words.get(f"{activity.id}.steps", ())
    return attrs.evolve(
        activity,
        title=str(words.get(f"{activity.id}.title", activity.title)),
        note=str(words.get(f"{activity.id}.note", activity.note)),
        steps=tuple(
            attrs.evolve(
                step, text=Localized(text if isinstance(text, str) else step.text, step.text, tag)
            )
            for step, text in zip(activity.steps, _padded(steps, len(activity.steps)), strict=True)
        ),
    )


def localized_catalog(catalog: Catalog, locale: str) -> Catalog:
    """The catalog with each activity's words in `locale` where a translation fits.

    Args:
        catalog: The catalog (its English is what the overlays were written from).
        locale: A language tag; `en-XA` (the pseudo-locale) rewrites every word.

    Returns:
        A catalog with the same activities, ids and categories, in other words.

    Raises:
        ValidationError: If `locale` is not a language tag.
    """
    words = translated("catalog", catalog_words(catalog), locale)
    tag = parse_locale(locale).tag
    activities = [_in_words(a, words, tag) for a in catalog]
    categories = [
        attrs.evolve(
            c,
            title=str(words.get(f"category.{c.id}.title", c.title)),
            description=str(words.get(f"category.{c.id}.description", c.description)),
        )
        for c in catalog.categories.values()
    ]
    return Catalog(activities, categories, source=f"a catalog in {locale}")
