"""The safety notice's words: what `[notice]` holds, checked in a file, read in a locale.

The crisis lines and the book that holds them are in `_resourcebook`; this module only knows
the words a notice is made of, so the book, its loader and the help pointer all read them
from here.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Final

from ._locale import Text, as_texts, translated

if TYPE_CHECKING:
    from ._resourcebook import ResourceBook

__all__ = ["NOTICE_LISTS", "NOTICE_TEXTS", "check_notice", "notice_words", "way"]

NOTICE_TEXTS: Final = (
    "message",
    "negated_message",
    "supporter_message",
    "help",
    "help_local",
    "way_call",
    "way_whatsapp",
    "way_chat",
)
"""The notice's sentences in `[notice]`: `message` is needed, the others fall back to it."""

NOTICE_LISTS: Final = ("options", "options_no_text", "supporter_options", "grounding")
"""The notice's lists of sentences (or of activity ids, for `grounding`) in `[notice]`."""


def way(words: Mapping[str, object], key: str, **value: str) -> str:
    """One way to reach a line, in the notice's words ("call {phone}")."""
    template = words.get(key)
    return template.format(**value) if isinstance(template, str) else " ".join(value.values())


def notice_words(book: ResourceBook, locale: str | None = None) -> dict[str, Text]:
    """The notice's words in a locale: the `notice` document, falling back to the book's.

    Ids: the sentences and lists of `[notice]` (but `grounding`), `emergency` and
    `emergency_number`, and `plan_<n>_title` / `plan_<n>_prompt` for the safety plan. A
    translation stands only where it was written from the book's own English (its `source`
    hash), so a host's own words are never replaced by a translation of others.

    Example:
        >>> from smallsteps import default_resources
        >>> notice_words(default_resources(), "es-MX")["way_call"]
        'llama al {phone}'

    Raises:
        ValidationError: If `locale` is not a language tag.
    """
    english = as_texts(book.notice, [k for k in (*NOTICE_TEXTS, *NOTICE_LISTS) if k != "grounding"])
    english["emergency"] = book.emergency
    if book.emergency_with_number:
        english["emergency_number"] = book.emergency_with_number
    for n, section in enumerate(book.plan.sections, start=1):
        english[f"plan_{n}_title"] = section.title
        english[f"plan_{n}_prompt"] = section.prompt
    return translated("notice", english, locale)


def check_notice(table: object, base: Mapping[str, Any], problems: list[str]) -> dict[str, Any]:
    """The `[notice]` table checked: sentences are text, lists are lists of text."""
    if not isinstance(table, Mapping):
        problems.append(f"notice: expected a table, got {type(table).__name__}")
        return dict(base)
    words = dict(base)
    for key, value in table.items():
        if key in NOTICE_TEXTS and not (isinstance(value, str) and value.strip()):
            problems.append(f"notice.{key}: expected a sentence")
        elif key in NOTICE_LISTS and not (
            isinstance(value, list) and all(isinstance(v, str) for v in value)
        ):
            problems.append(f"notice.{key}: expected a list of text")
        else:
            words[key] = value
    if not isinstance(words.get("message"), str):
        problems.append("notice.message: missing (the words every crisis notice shows)")
    return words
