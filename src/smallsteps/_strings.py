"""The engine's own words by id (`data/strings.toml`), and `str(plan)` in a locale.

The low floor of the `strings` document: reading it, a locale's overlay of it, durations with
a language's plural forms, and a plan's text. `_say` builds on it (the reasons rules say);
this module imports nothing of the library but the locales, so `Plan` can use it.
"""

from __future__ import annotations

import functools
import textwrap
import tomllib
from collections.abc import Mapping
from importlib import resources
from typing import Any, Final

from ._locale import PSEUDO, Text, parse_locale, translated

__all__ = ["duration", "language_of", "plan_text", "strings", "words_in"]

COMMA_DECIMALS: Final = frozenset({"es", "pt", "fr", "de", "it", "nl"})
"""Languages that write a decimal with a comma ("+1,5")."""


@functools.cache
def strings() -> dict[str, Text]:
    """The English sentences by id ("reason.first_step"): the `strings` document."""
    path = resources.files("smallsteps") / "data" / "strings.toml"
    data = tomllib.loads(path.read_text("utf-8"))
    return {
        f"{part}.{key}": str(text) for part, table in data.items() for key, text in table.items()
    }


@functools.lru_cache(maxsize=64)
def words_in(tag: str) -> Mapping[str, Text]:
    """The `strings` document in a locale: each id's first fitting translation, else English."""
    return translated("strings", strings(), tag)


def language_of(locale: str) -> str:
    """The language whose plural forms and decimal mark a locale uses (`xa`: the pseudo one)."""
    parsed = parse_locale(locale)
    return "xa" if parsed.tag == PSEUDO else parsed.language


def one(language: str, n: float) -> bool:
    """The CLDR plural category "one" for the languages that ship (Portuguese counts 0 too)."""
    return n in (0, 1) if language == "pt" else n == 1


def duration(seconds: float, words: Mapping[str, Text], language: str) -> str:
    """A duration as a person says it ("about 2 minutes"), in the words given."""
    if seconds < 59.5:
        n, unit = round(seconds), "seconds"
    else:
        n, unit = max(1, round(seconds / 60)), "minutes"
    form = "one" if one(language, n) else "other"
    return str(words[f"duration.{unit}_{form}"]).format(n=n)


def plan_text(plan: Any, locale: str) -> str:
    """`str(plan)` in `locale`: its frame and the steps' durations there.

    The activities' words and the reasons are the plan's own (said in the locale already).
    """
    language = language_of(locale)
    words = words_in(parse_locale(locale).tag)
    c = plan.checkin
    form = "one" if one(language, c.minutes) else "other"
    head = str(words["plan.head"]).format(
        energy=int(c.energy),
        label=str(words[f"energy.label_{int(c.energy)}"]).lower(),
        minutes=str(words[f"plan.minutes_{form}"]).format(n=c.minutes),
        posture=words[f"posture.{c.posture.value}"],
        time=words[f"time.{c.time_of_day.value}"],
    )
    why = str(words["plan.why"])
    body = []
    for n, s in enumerate(plan.suggestions, start=1):
        lines = [s.activity.title]
        for step in s.steps:
            said = duration(step.seconds, words, language)
            lines.append("  - " + str(words["plan.step"]).format(text=step.text, duration=said))
        if s.more_steps:
            lines.append("  " + str(words["plan.more"]).format(n=s.more_steps))
        if s.reasons:
            first = f"  {why} "
            reasons = " ".join(r.text for r in s.reasons)
            lines.append(
                textwrap.fill(reasons, 88, initial_indent=first, subsequent_indent=" " * len(first))
            )
        body.append(f"{n}. " + "\n".join(lines).replace("\n", "\n   "))
    body = body or [str(words["plan.nothing"])]
    return "\n\n".join([head, *body, *([plan.help] if plan.help else [])])
