"""The safety net in other languages: rules that read beside the English, never instead.

English is read always, by its rules and its word model. A language that ships its own rules
(`data/safety/<lang>.toml`, with its lexicon in `data/text/<lang>.toml`) reads a text too
when the person's locale is that language, or when the text looks written in it: the
language's common little words ("que", "mi", "estoy"; its `[language] markers`) are at
least one word in six, two of them at least (one, in a text of four words or fewer). Its
signals are added to the English ones (a union: recall first); they are the rules' alone,
as no word model of that language ships yet.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Iterable
from importlib import resources
from typing import Final

from ._safety import SafetyRules, parse_rules

__all__ = ["other_languages", "rules_of"]

_WORD: Final = re.compile(r"[^\W\d_]+")
_SAMPLE: Final = 4000


@functools.cache
def shipped() -> tuple[str, ...]:
    """The languages besides English whose safety rules ship, in name order."""
    folder = resources.files("smallsteps") / "data" / "safety"
    names = (p.name for p in folder.iterdir() if p.name.endswith(".toml"))
    return tuple(sorted(n[:-5] for n in names if n != "en.toml"))


@functools.cache
def _loaded(lang: str) -> tuple[SafetyRules, frozenset[str]]:
    path = resources.files("smallsteps") / "data" / "safety" / f"{lang}.toml"
    data = tomllib.loads(path.read_text("utf-8"))
    markers = frozenset(data.pop("language", {}).get("markers", ()))
    rules, problems = parse_rules(data, lang)
    if problems:  # a shipped file is checked by the tests; this never happens in a release
        raise ValueError(f"safety/{lang}.toml: {problems[0]}")
    return rules, markers


def rules_of(lang: str) -> SafetyRules:
    """The shipped safety rules of a language other than English."""
    return _loaded(lang)[0]


def other_languages(text: str, language: str | None) -> Iterable[SafetyRules]:
    """The other languages' rules that should read `text`, for a person writing `language`."""
    langs = shipped()
    if not langs:
        return
    words: list[str] | None = None
    for lang in langs:
        if lang == language:
            yield rules_of(lang)
            continue
        if words is None:  # the language shows in the first few thousand characters
            words = _WORD.findall(text[:_SAMPLE].casefold())
        if _looks_like(words, _loaded(lang)[1]):
            yield rules_of(lang)


def _looks_like(words: list[str], markers: frozenset[str]) -> bool:
    """Whether a text's words look written in a language: its little words are common.

    At least two different markers and one word in six a marker; or, in four words or
    fewer, one marker. A name or a borrowed word or two in English ("de", "la") is not
    enough.
    """
    found = [w for w in words if w in markers]
    if len(words) <= 4:
        return bool(found)
    return len(set(found)) >= 2 and len(found) * 6 >= len(words)
