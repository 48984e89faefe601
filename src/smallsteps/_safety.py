"""The safety net: crisis language in a person's words, and the notice to show instead.

`check_safety` is a floor, tuned to find crisis language rather than to miss it. It does not
assess risk, and finding nothing never means "no risk": a standing pointer to help (`HELP`)
stays reachable on every path. It reads no clock, opens no socket and logs nothing. The
reading itself (families, frames, who a signal is about) lives in `smallsteps.text`; this
module turns what it finds into a result and a notice.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import attrs

from ._errors import CatalogError, ValidationError, must_be
from ._files import file_path
from ._locale import parse_locale
from ._model import Activity
from ._resources import (
    Resource,
    ResourceBook,
    SafetyPlan,
    _load,
    _package_data,
    country_of,
    default_resources,
    notice_words,
    safety_plan,
)
from .text._languages import other_languages, read_in, written_in_another
from .text._modelfile import parse_model
from .text._safety import About, Level, SafetyRules, Signal, WarningSigns, parse_rules
from .text._scorer import WordModel
from .text._weigh import verdict_of, weigh

__all__ = [
    "About",
    "Detector",
    "Level",
    "SafetyCheck",
    "SafetyNotice",
    "SafetyRules",
    "Signal",
    "WarningSigns",
    "WordModel",
    "check_safety",
    "default_safety_model",
    "default_safety_rules",
    "load_safety_model",
    "load_safety_rules",
]

Detector = Callable[[str], Iterable[Signal]]
"""A host app's own detector: takes the text, returns the signals it found (maybe none).

A trained classifier fits here. Its signals join the rules' signals; the rules always run.
"""


@attrs.frozen
class SafetyNotice:
    """What to show instead of ordinary output when a text holds crisis language.

    Attributes:
        kind: `"crisis"` (about the writer), `"gentle"` (a concern: a negated or weak
            signal) or `"supporter"` (the writer is worried about someone else).
        message: A short, warm message.
        resources: Crisis lines for the person's country, then the international fallback.
        emergency: The reminder to call the local emergency number when in danger.
        options: Ways to get support that need no phone call; for a supporter, how to be with
            the other person now.
        grounding: One grounding activity from the catalog, if it has one.
        safety_plan: The blank safety-plan template.
        lines: Each crisis line as the notice shows it, in the notice's language
            ("Lifeline: call 13 11 14"); `str(resource)` when empty.
    """

    message: str
    resources: tuple[Resource, ...]
    emergency: str
    options: tuple[str, ...]
    grounding: Activity | None
    safety_plan: SafetyPlan
    kind: str = "crisis"
    lines: tuple[str, ...] = ()

    def __str__(self) -> str:
        """The notice as plain text, for a terminal, a chat or a log the person keeps."""
        shown = self.lines or tuple(str(r) for r in self.resources)
        lines = [self.message, "", *shown, "", self.emergency]
        return "\n".join([*lines, *(f"- {option}" for option in self.options)])


@attrs.frozen
class SafetyCheck:
    """The result of `check_safety`.

    Attributes:
        level: `Level.CRISIS`, `Level.CONCERN` or `Level.NONE`.
        about: Who the words are about (`About.WRITER`, `About.OTHER`, `About.TOPIC`);
            `None` when nothing was found.
        signals: What was found, for the host app's audit and escalation. Never show them to
            the person as a label; smallsteps never logs them.
        notice: The notice to show instead of ordinary output: for the writer at a concern
            or a crisis, and for a supporter. `None` for a topic or when nothing was found.
        failed: Names of host detectors that raised; the rules' answer stands without them.
    """

    level: Level = Level.NONE
    about: About | None = None
    signals: tuple[Signal, ...] = ()
    notice: SafetyNotice | None = None
    failed: tuple[str, ...] = ()

    @property
    def crisis(self) -> bool:
        """Whether a notice is shown: the writer (or someone they write about) may be at risk."""
        return self.notice is not None

    def __repr__(self) -> str:
        about = self.about.value if self.about else "nobody"
        return f"<SafetyCheck {self.level.value} about {about}, {len(self.signals)} signals>"


@functools.cache
def default_safety_rules() -> SafetyRules:
    """Return the rules that ship with smallsteps (`smallsteps/data/safety/en.toml`), cached."""
    return _build(_package_data("safety/en.toml"), "smallsteps/data/safety/en.toml")


def load_safety_rules(path: os.PathLike[str] | str) -> SafetyRules:
    """Load extra rules from a TOML or JSON file with the structure of `safety/en.toml`.

    Pass them to `check_safety(rules=...)`: they are added to the defaults, which always
    stay on. Phrases join the families of the same name; frames replace the same ids.

    Raises:
        CatalogError: If the file cannot be read or a family or frame is malformed.
    """
    return _build(_load(path), file_path(path))


def _build(data: Any, source: str) -> SafetyRules:
    rules, problems = parse_rules(data)
    if problems:
        raise CatalogError(source, problems)
    return rules


@functools.cache
def default_safety_model() -> WordModel:
    """Return the word model that ships with smallsteps (`data/safety/en.model.json`), cached.

    The safety net's second reader: weights learned from the project's labelled messages by
    `scripts/train_safety_model.py` (see the Safety page of the docs).
    """
    import json
    from importlib import resources

    name = "smallsteps/data/safety/en.model.json"
    text = (resources.files("smallsteps") / "data" / "safety" / "en.model.json").read_text("utf-8")
    return _build_model(json.loads(text), name)


def load_safety_model(path: os.PathLike[str] | str) -> WordModel:
    """Load a word model from a JSON file with the structure of `safety/en.model.json`.

    Pass it to `check_safety(model=...)` to read with weights a host app trained on its own
    labelled messages (with `scripts/train_safety_model.py`); the rules always run beside it.

    Raises:
        CatalogError: If the file cannot be read or its contents are malformed.
    """
    return _build_model(_load(path), file_path(path))


def _build_model(data: Any, source: str) -> WordModel:
    if not isinstance(data, dict):
        raise CatalogError(source, ["expected a table"])
    model, problems = parse_model(data)
    if model is None:
        raise CatalogError(source, problems)
    return model


@functools.lru_cache(maxsize=16)
def _with_floor(rules: SafetyRules | None) -> SafetyRules:
    """The default rules, with a host's extra rules added: the floor cannot be left out."""
    floor = default_safety_rules()
    return floor if rules is None or rules is floor else floor | rules


def _grounding(ids: Iterable[str]) -> Activity | None:
    from ._loader import default_catalog

    catalog = default_catalog()
    return next((catalog[i] for i in ids if i in catalog), None)


def _run(detectors: Sequence[Detector], text: str) -> tuple[list[Signal], list[str]]:
    signals: list[Signal] = []
    failed: list[str] = []
    for detector in detectors:
        name = getattr(detector, "__name__", type(detector).__name__)
        try:
            found = list(detector(text))
        except Exception:
            failed.append(name)
            continue
        signals.extend(s for s in found if isinstance(s, Signal))
    return signals, failed


def check_safety(
    text: str,
    country: str | None = None,
    *,
    rules: SafetyRules | None = None,
    resources: ResourceBook | None = None,
    detectors: Sequence[Detector] = (),
    model: WordModel | None = None,
    locale: str | None = None,
) -> SafetyCheck:
    """Check a person's text for crisis language, before anything else is done with it.

    Every function in smallsteps that takes a person's own words runs this first. Show the
    notice instead of ordinary output when there is one. A negated statement ("I'm not going
    to hurt myself") is a concern and still gets a gentle notice; a negation never silences a
    crisis signal in another clause. Words about someone else at risk get a notice for a
    supporter; talk about the topic (an essay, a film) gets none.

    Args:
        text: The person's words, any length, any alphabet.
        country: An ISO 3166-1 code (`"GB"`) to put that country's lines first.
        locale: A language tag (`"es-MX"`, `"en_GB"`): its region is the country when
            `country` is not given, and the notice is in its language where a translation
            ships (`available_locales()`); English otherwise.
        rules: Extra rules, added to the defaults (which always run).
        resources: The crisis lines; `default_resources()` when `None`.
        detectors: The host app's own detectors, run after the rules; a notice shows when
            any of them or the rules finds a signal.
        model: The word model that reads beside the rules; `default_safety_model()` when
            `None`. It reads texts of up to `model.max_words` words. A text written in
            another language the library reads (Spanish, Portuguese) is that language's net
            to judge: the English judge's word alone, with no English rule heard, stands
            aside there.

    Returns:
        The result; `notice` is set when something should be shown.

    Raises:
        ValidationError: If `text` is not text or `country` is not a two-letter code.

    Example:
        >>> check_safety("this traffic is killing me").notice is None
        True
        >>> check = check_safety("i dont think i can keep myself safe tonight")
        >>> check.level.value, check.about.value, check.notice.kind
        ('crisis', 'writer', 'crisis')
    """
    if not isinstance(text, str):
        raise ValidationError("text", f"expected text, got {type(text).__name__}")
    if not isinstance(rules, SafetyRules | None):
        raise ValidationError("rules", f"expected SafetyRules, got {type(rules).__name__}")
    if not isinstance(model, WordModel | None):
        raise ValidationError("model", f"expected WordModel, got {type(model).__name__}")
    must_be("resources", resources, ResourceBook | None, "a ResourceBook or None")
    if isinstance(detectors, str) or not all(callable(d) for d in _listed(detectors)):
        raise ValidationError("detectors", "expected a list of callables, each text to signals")
    book = resources or default_resources()
    country = country_of(country, locale)
    book.for_country(country)  # checks the code before anything else
    floor = _with_floor(rules)
    reading = floor.read(text)
    found = weigh(list(floor.signals(reading)), reading, model or default_safety_model(), floor)
    language = parse_locale(locale).language if locale else None
    if _judged_alone(found) and written_in_another(text, language):
        found = [s for s in found if s.rule != "word-model"]  # its own net reads it
    for other in other_languages(text, language):  # beside the English, never instead
        found.extend(read_in(other, text))
    extra, failed = _run(detectors, text)
    signals = (*found, *extra)
    level, about = verdict_of(signals)
    notice = None
    if level is not Level.NONE and about is not None:
        notice = _notice(book, country, level, about, locale)
    return SafetyCheck(level, about, signals, notice, tuple(failed))


def _judged_alone(signals: Sequence[Signal]) -> bool:
    """Whether the English word model's judge spoke where the English rules heard no one."""
    return any(s.rule == "word-model" for s in signals) and not any(
        s.rule != "word-model" and s.level is not Level.NONE and s.about is not About.TOPIC
        for s in signals
    )


def _listed(values: object) -> list[object]:
    """The items of a list given as an argument; a non-list is one item that is not callable."""
    try:
        return list(values)  # type: ignore[call-overload,no-any-return]
    except TypeError:
        return [None]


def _notice(
    book: ResourceBook, country: str | None, level: Level, about: About, locale: str | None
) -> SafetyNotice:
    words = {**book.notice, **notice_words(book, locale)}
    lines = book.for_country(country)
    # Texting is offered only when a line shown takes texts; else the words that say so.
    texts = any(line.takes_messages for line in lines) or not words.get("options_no_text")
    mine = "options" if texts else "options_no_text"
    if about is About.OTHER:
        kind, message, options = "supporter", "supporter_message", "supporter_options"
    elif level is Level.CONCERN:
        kind, message, options = "gentle", "negated_message", mine
    else:
        kind, message, options = "crisis", "message", mine
    return SafetyNotice(
        message=str(words.get(message) or words.get("message") or ""),
        resources=lines,
        emergency=book.emergency_for(country, locale),
        options=tuple(words.get(options) or words.get("options", ())),
        grounding=_grounding(words.get("grounding", ())) if kind != "supporter" else None,
        safety_plan=safety_plan(book, locale=locale) if locale else book.plan,
        kind=kind,
        lines=tuple(f"{line.name}: {line.ways_in(words)}" for line in lines),
    )
