"""The engine's own words by id (`data/strings.toml` and its kin), and `str(plan)` in a locale.

The low floor of the engine's documents: reading one (`strings`, `energy`, `insights`,
`week`: a TOML file of tables of sentences, each id `<table>.<key>`), a locale's overlay of
it, durations with a language's plural forms, a step's time box, and a plan's text. `_say`
builds on it (the reasons rules say); this module imports nothing of the library but the
locales, so `Plan` and `Energy` can use it.
"""

from __future__ import annotations

import functools
import textwrap
import tomllib
from collections.abc import Mapping
from importlib import resources
from typing import Any, Final

from ._locale import PSEUDO, Text, english_of, parse_locale, translated

__all__ = [
    "decimal",
    "document",
    "document_in",
    "duration",
    "language_of",
    "plan_text",
    "step_line",
    "strings",
    "time_boxed",
    "words_in",
]

COMMA_DECIMALS: Final = frozenset({"es", "pt", "fr", "de", "it", "nl"})
"""Languages that write a decimal with a comma ("+1,5")."""


@functools.cache
def document(name: str) -> dict[str, Text]:
    """An English document of the engine's sentences by id (`data/<name>.toml`).

    Each table's sentences have the id `<table>.<key>` ("reason.first_step").
    """
    path = resources.files("smallsteps") / "data" / f"{name}.toml"
    data = tomllib.loads(path.read_text("utf-8"))
    return {
        f"{part}.{key}": str(text) for part, table in data.items() for key, text in table.items()
    }


@functools.lru_cache(maxsize=128)
def document_in(name: str, locale: str | None) -> Mapping[str, Text]:
    """A document in a locale (each id's first fitting translation, else English); `None`: English.

    Raises:
        ValidationError: If `locale` is not a language tag.
    """
    english = document(name)
    return english if locale is None else translated(name, english, locale)


def strings() -> dict[str, Text]:
    """The English sentences by id ("reason.first_step"): the `strings` document."""
    return document("strings")


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


def duration(
    seconds: float, words: Mapping[str, Text], language: str, table: str = "duration"
) -> str:
    """A duration as a person says it ("about 2 minutes"), in the words given.

    `table` names the words' table: `duration` ("about 2 minutes"), or `box` in the `energy`
    document ("2 minutes", a time box's).
    """
    if seconds < 59.5:
        n, unit = round(seconds), "seconds"
    else:
        n, unit = max(1, round(seconds / 60)), "minutes"
    form = "one" if one(language, n) else "other"
    return str(words[f"{table}.{unit}_{form}"]).format(n=n)


def decimal(value: float, locale: str | None, sign: bool = False) -> str:
    """A number with one decimal in a locale's way ("1.5", "+1,5" in Spanish)."""
    text = f"{value:+.1f}" if sign else f"{value:.1f}"
    comma = locale is not None and language_of(locale) in COMMA_DECIMALS
    return text.replace(".", ",") if comma else text


def time_boxed(text: str, seconds: int, locale: str | None, *, comma: bool = False) -> str:
    """A step kept to a time box, said in a locale: "Wipe the sink for 2 minutes".

    Args:
        text: The step's words.
        seconds: The box.
        locale: The language of the phrase around the words; `None`: English.
        comma: Join with a comma ("Tidy one shelf, for 2 minutes"), for words with one.
    """
    words = document_in("energy", locale)
    language = "en" if locale is None else language_of(locale)
    time = duration(seconds, words, language, "box")
    return str(words["box.after_comma" if comma else "box.for"]).format(text=text, time=time)


def step_line(step: Any, locale: str) -> str:
    """A step and about how long it takes, in a locale, unless its words say so already."""
    if says_its_time(step):
        return str(step.text)
    tag = parse_locale(locale).tag
    said = duration(step.seconds, words_in(tag), language_of(tag))
    return str(words_in(tag)["plan.step"]).format(text=step.text, duration=said)


def says_its_time(step: Any) -> bool:
    """Whether a step's words end in its time box already ("Wipe the sink for 2 minutes")."""
    time = duration(step.seconds, document("energy"), "en", "box")
    return english_of(step.text).endswith(f"for {time}")


def suggestion_text(suggestion: Any, locale: str) -> str:
    """`str(suggestion)` in `locale`: the title, the steps, what waits, and why."""
    words = words_in(parse_locale(locale).tag)
    lines = [suggestion.activity.title]
    lines += ["  - " + step_line(step, locale) for step in suggestion.steps]
    if suggestion.more_steps:
        lines.append("  " + str(words["plan.more"]).format(n=suggestion.more_steps))
    if suggestion.reasons:
        first = f"  {words['plan.why']} "
        reasons = " ".join(r.text for r in suggestion.reasons)
        lines.append(
            textwrap.fill(reasons, 88, initial_indent=first, subsequent_indent=" " * len(first))
        )
    return "\n".join(lines)


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
    body = [
        f"{n}. " + suggestion_text(s, locale).replace("\n", "\n   ")
        for n, s in enumerate(plan.suggestions, start=1)
    ]
    body = body or [str(words["plan.nothing"])]
    return "\n\n".join([head, *body, *([plan.help] if plan.help else [])])
