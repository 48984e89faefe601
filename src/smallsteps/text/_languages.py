"""The safety net in other languages: rules that read beside the English, never instead.

English is read always, by its rules and its word model. A language that ships its own rules
(`data/safety/<lang>.toml`, with its lexicon in `data/text/<lang>.toml`) reads a text too
when the person's locale is that language, or when the text looks written in it: the
language's common little words ("que", "mi", "estoy"; its `[language] markers`) are at
least one word in six, two of them at least (one, in a text of four words or fewer). Its
signals are added to the English ones (a union: recall first): its rules', and its word
model's (`data/safety/<lang>.model.json`, when one ships) when the model reads risk on its
own (the chance of "none" under the model's threshold, with at least three of the text's
features known to it: a crisis under half of the threshold, a gentle check above). Its
words are the model's strongest, for the host's audit. When the model is sure there is no
risk (`hold_threshold`), the rules' signals are held back, as in the English net.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Iterable
from importlib import resources
from typing import Final

import attrs

from ._modelfile import parse_model
from ._safety import About, Level, SafetyRules, Signal, parse_rules
from ._scorer import WordModel

__all__ = ["other_languages", "read_in", "rules_of", "written_in_another"]

_WORD: Final = re.compile(r"[^\W\d_]+")
_SAMPLE: Final = 4000
_KNOWN: Final = 3
"""The fewest features a language's word model must know in a text to speak on its own: a
short text of words it has not seen ("10k steps today") reads as its prior, not as risk."""


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


@functools.cache
def model_of(lang: str) -> WordModel | None:
    """The shipped word model of a language other than English, if one ships."""
    import json

    path = resources.files("smallsteps") / "data" / "safety" / f"{lang}.model.json"
    if not path.is_file():
        return None
    model, problems = parse_model(json.loads(path.read_text("utf-8")))
    if model is None:  # a shipped file is checked by the tests
        raise ValueError(f"safety/{lang}.model.json: {problems[0]}")
    return model


def read_in(rules: SafetyRules, text: str) -> list[Signal]:
    """A language's signals in a text: its rules', and its word model's when it reads risk."""
    reading = rules.read(text)
    found = list(rules.signals(reading))
    model = model_of(rules.lang)
    if model is None or not model.reads(reading):
        return found
    scores = model.scores(reading)
    hold = model.hold_threshold
    if hold is not None and scores.none >= hold and scores.known >= _KNOWN:
        # the model is sure there is no risk: the rules' signals are held back, for the
        # host's audit at level none (a denied one stays: the gentle check still shows)
        found = [s if s.negated else attrs.evolve(s, level=Level.NONE) for s in found]
    if scores.none >= model.threshold or scores.known < _KNOWN:
        return found
    level = Level.CRISIS if scores.none < model.threshold / 2 else Level.CONCERN
    about = About.WRITER if scores.writer >= scores.other else About.OTHER
    words = " | ".join(model.strongest(reading))
    return [*found, Signal("word-model", level, about, words, f"word-model-{rules.lang}")]


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


def written_in_another(text: str, language: str | None = None) -> bool:
    """Whether a text looks written in another language the library reads (not English).

    Then that language's net is the one to judge it: the English word model's judge, which
    learned a few words of theirs from messages that mix languages, does not speak for it
    alone (see `smallsteps.check_safety`). In the person's own `language` (their locale's)
    two of its little words are enough: "mi primo dijo q tiene pastillas" is Spanish, though
    slang and short forms leave few little words.
    """
    langs = shipped()
    if not langs:
        return False
    words = _WORD.findall(text[:_SAMPLE].casefold())
    return any(_looks_like(words, _loaded(lang)[1], own=lang == language) for lang in langs)


def _looks_like(words: list[str], markers: frozenset[str], *, own: bool = False) -> bool:
    """Whether a text's words look written in a language: its little words are common.

    At least two different markers and one word in six a marker (`own`: the person's own
    language, two different markers alone); or, in four words or fewer, one marker. A name
    or a borrowed word or two in English ("de", "la") is not enough.
    """
    found = [w for w in words if w in markers]
    if len(words) <= 4:
        return bool(found)
    return len(set(found)) >= 2 and (own or len(found) * 6 >= len(words))
