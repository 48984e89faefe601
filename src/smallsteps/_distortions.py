"""The words of reframing as data: thinking patterns, questions, tiny experiments, self-labels.

`data/distortions.toml` holds every sentence `reframe` shows (the `distortions` document a
locale translates, by id), and `data/thinking/triggers.toml` the words each experiment and
self-label answers. `words_in(locale)` is the document in a locale: ids such as
`question.friend`, `distortion.labeling.name`, `experiment.reach-out` and `words.thought`
(the frame of `str(reframe)`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from typing import Any, Final

import attrs

from ._errors import CatalogError, ValidationError, value_shown
from ._locale import Text, translated
from ._model import _slug, _text

__all__ = ["Distortion", "Question", "distortion_words", "distortions", "words_in"]

WORDS: Final = ("thought", "pattern", "span", "identity", "questions", "starter")
"""The `[words]` of distortions.toml: the frame of `str(reframe)`."""


def _strings(values: Iterable[str]) -> tuple[str, ...]:
    if isinstance(values, str) or not isinstance(values, Iterable):
        raise ValidationError(
            "thought_patterns", f"expected a list of texts, got {type(values).__name__}"
        )
    return tuple(values)


@attrs.frozen
class Question:
    """A question that helps look at a thought again.

    Attributes:
        id: The question's id (`"friend"`, `"evidence"`).
        text: The question.
    """

    id: str = attrs.field(validator=_slug)
    text: str = attrs.field(validator=_text)


@attrs.frozen(repr=False)
class Distortion:
    """A thinking pattern (a cognitive distortion), as data.

    Attributes:
        id: The id (`"fortune-telling"`).
        name: A short name (`"Fortune telling"`).
        description: One plain sentence about it.
        example_thought: A harsh thought of this kind, quoted so it can be questioned.
        questions: Ids of the questions that fit it, best first.
        thought_patterns: Extra regular expressions for this pattern; empty in the shipped
            data, where patterns are found by `data/thinking/en.toml` through the text layer.
    """

    id: str = attrs.field(validator=_slug)
    name: str = attrs.field(validator=_text)
    description: str = attrs.field(validator=_text)
    example_thought: str = attrs.field(validator=_text)
    questions: tuple[str, ...] = attrs.field(converter=_strings)
    thought_patterns: tuple[str, ...] = attrs.field(default=(), converter=_strings)

    def __repr__(self) -> str:
        return f"<Distortion {self.id!r}>"


@attrs.frozen
class _Experiment:
    id: str = attrs.field(validator=_slug)
    activity: str = attrs.field(validator=_slug)
    text: str = attrs.field(validator=_text)
    thought_patterns: tuple[str, ...] = attrs.field(converter=_strings)


@attrs.frozen
class _Identity:
    id: str = attrs.field(validator=_slug)
    thought_patterns: tuple[str, ...] = attrs.field(converter=_strings)


@attrs.frozen
class _Book:
    """The parsed data file, with its patterns compiled once."""

    distortions: tuple[Distortion, ...]
    questions: Mapping[str, Question]
    experiments: tuple[_Experiment, ...]
    identities: tuple[_Identity, ...]
    compiled: Mapping[str, tuple[re.Pattern[str], ...]]
    words: Mapping[str, str] = attrs.field(factory=dict)


def _compile(patterns: Iterable[str], macros: Mapping[str, str]) -> tuple[re.Pattern[str], ...]:
    compiled = []
    for pattern in patterns:
        for name, value in macros.items():
            pattern = pattern.replace(f"<{name}>", value)
        compiled.append(re.compile(pattern, re.IGNORECASE))
    return tuple(compiled)


def _parse(data: Mapping[str, Any], source: str) -> _Book:
    from ._loader import _build_tables, _check_words, _top_level

    problems = _top_level(
        data, ("macros", "question", "distortion", "experiment", "identity", "words"), source
    )
    questions = _build_tables(Question, data, "question", problems)
    found = _build_tables(Distortion, data, "distortion", problems)
    experiments = _build_tables(_Experiment, data, "experiment", problems)
    identities = _build_tables(_Identity, data, "identity", problems)
    words = _check_words(data, WORDS, problems)
    problems.extend(f"words: {key}: missing" for key in WORDS if key not in words)
    macros = {str(k): str(v) for k, v in dict(data.get("macros", {})).items()}
    known = {q.id for q in questions}
    compiled: dict[str, tuple[re.Pattern[str], ...]] = {}
    for item in (*found, *experiments, *identities):
        try:
            compiled[item.id] = _compile(item.thought_patterns, macros)
        except re.error as error:
            problems.append(f"{item.id}: thought_patterns: not a regular expression ({error})")
    for d in found:
        problems.extend(
            f"distortion {value_shown(d.id)}: questions: no question {value_shown(q)}"
            for q in d.questions
            if q not in known
        )
    if problems:
        raise CatalogError(source, problems)
    return _Book(
        tuple(found),
        {q.id: q for q in questions},
        tuple(experiments),
        tuple(identities),
        compiled,
        {str(k): str(v) for k, v in words.items()},
    )


@functools.cache
def _book() -> _Book:
    from ._resources import _package_data

    shown = _package_data("distortions.toml")
    return _parse(_with_triggers(shown, _package_data("thinking/triggers.toml")), "distortions")


def _with_triggers(shown: Mapping[str, Any], triggers: Mapping[str, Any]) -> dict[str, Any]:
    """The shown texts with the reader's words for each experiment and self-label, by id.

    The regular expressions live with the reader's other knowledge (data/thinking/), so the
    file of shown texts holds no harsh words but the quoted `example_thought`s.
    """
    merged = {**shown, "macros": triggers.get("macros", {})}
    for table in ("experiment", "identity"):
        words = triggers.get(table, {})
        merged[table] = [
            {**item, "thought_patterns": words.get(item.get("id"), {}).get("thought_patterns", [])}
            if isinstance(item, Mapping)
            else item
            for item in shown.get(table, [])
        ]
    return merged


@functools.cache
def distortion_words() -> dict[str, Text]:
    """The `distortions` document: every sentence of distortions.toml by id, in English.

    Example:
        >>> distortion_words()["distortion.labeling.name"]
        'Labeling'
    """
    book = _book()
    words: dict[str, Text] = {f"question.{q.id}": q.text for q in book.questions.values()}
    for d in book.distortions:
        words[f"distortion.{d.id}.name"] = d.name
        words[f"distortion.{d.id}.description"] = d.description
        words[f"distortion.{d.id}.example_thought"] = d.example_thought
    words.update({f"experiment.{e.id}": e.text for e in book.experiments})
    words.update({f"words.{k}": v for k, v in book.words.items()})
    return words


def words_in(locale: str | None) -> Mapping[str, Text]:
    """The `distortions` document in `locale` (English for `None` or an unknown language).

    Raises:
        ValidationError: If `locale` is not a language tag.
    """
    english = distortion_words()
    return english if locale is None else translated("distortions", english, locale)


def distortions(*, locale: str | None = None) -> tuple[Distortion, ...]:
    """Return the thinking patterns smallsteps knows, in their fixed order.

    Args:
        locale: A language tag: the names, descriptions and example thoughts in that
            language where a translation ships (English otherwise). Ids never change.

    Raises:
        ValidationError: If `locale` is not a language tag.

    Example:
        >>> len(distortions()), distortions()[0].name
        (11, 'All-or-nothing thinking')
    """
    found = _book().distortions
    if locale is None:
        return found
    words = words_in(locale)
    return tuple(
        attrs.evolve(
            d,
            name=str(words[f"distortion.{d.id}.name"]),
            description=str(words[f"distortion.{d.id}.description"]),
            example_thought=str(words[f"distortion.{d.id}.example_thought"]),
        )
        for d in found
    )
