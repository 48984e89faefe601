"""Kinder self-talk as data: affirmations, openings, person-first reframes, prompts.

`self_talk()` returns the words in `data/selftalk.toml`: affirmations phrased as possible,
openings for a balanced thought, person-first reframes, icy-path prompts and glimmer prompts.
That file is the `selftalk` document a locale translates by id (`affirmation.<id>`,
`glimmer.<id>.notice`, `words.proof_empty`...): `self_talk(locale=...)` gives it in a
language.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any, Final

import attrs

from ._errors import CatalogError, value_shown
from ._locale import Text, parse_locale, translated
from ._model import Step, _slug, _text

__all__ = ["Glimmer", "SelfTalk", "self_talk", "selftalk_words"]

ICY_PATH_KINDS: Final = ("fear", "slip", "look-ahead")
"""The kinds of icy-path prompt: naming the fear, after a slip, looking a little ahead."""


@attrs.frozen
class Glimmer:
    """A glimmer prompt in three steps: notice it, name it, stay with it.

    Attributes:
        id: The prompt's id.
        notice: The first step: notice something.
        name: The second: name it.
        stay: The third: stay with it for three breaths.
    """

    id: str = attrs.field(validator=_slug)
    notice: str = attrs.field(validator=_text)
    name: str = attrs.field(validator=_text)
    stay: str = attrs.field(validator=_text)

    @property
    def steps(self) -> tuple[Step, Step, Step]:
        """The three steps as micro-steps, about half a minute in all."""
        return (Step(self.notice, 10), Step(self.name, 5), Step(self.stay, 15, win=True))


@attrs.frozen
class _Text:
    id: str = attrs.field(validator=_slug)
    text: str = attrs.field(validator=_text)


@attrs.frozen
class _IcyPath:
    id: str = attrs.field(validator=_slug)
    kind: str = attrs.field(validator=_slug)
    text: str = attrs.field(validator=_text)


@attrs.frozen
class SelfTalk:
    """The kinder self-talk that ships with smallsteps (`data/selftalk.toml`).

    Attributes:
        affirmations: Sentences phrased as possible, not forced ("This feeling is real, and it
            can pass.").
        starters: Openings for a balanced thought, with `...` for the gaps.
        identity: Person-first reframes by id: `depressed`, `self-label`, `burden`, `broken`,
            `not-enough`.
        icy_path: Prompts by kind: `fear`, `slip`, `look-ahead`.
        glimmers: Glimmer prompts in three steps.
        words: Other short texts, such as the proof list's summary.
    """

    affirmations: tuple[str, ...]
    starters: tuple[str, ...]
    identity: Mapping[str, str]
    icy_path: Mapping[str, tuple[str, ...]]
    glimmers: tuple[Glimmer, ...]
    words: Mapping[str, str]


_TOP_LEVEL: Final = ("affirmation", "starter", "identity", "icy_path", "glimmer", "words")
_WORDS: Final = ("proof_empty", "proof_count_one", "proof_count_other")


@attrs.frozen
class _Shape:
    """The ids of selftalk.toml in order, by table: how its words make a `SelfTalk`."""

    affirmations: tuple[str, ...]
    starters: tuple[str, ...]
    identity: tuple[str, ...]
    icy_path: Mapping[str, tuple[str, ...]]
    glimmers: tuple[str, ...]


def _parse(data: Mapping[str, Any], source: str) -> tuple[_Shape, dict[str, Text]]:
    """The file's shape and its words by id (the `selftalk` document), or a `CatalogError`."""
    from ._loader import _build_tables, _check_words, _top_level

    problems = _top_level(data, _TOP_LEVEL, source)
    affirmations = _build_tables(_Text, data, "affirmation", problems)
    starters = _build_tables(_Text, data, "starter", problems)
    identity = _build_tables(_Text, data, "identity", problems)
    icy = _build_tables(_IcyPath, data, "icy_path", problems)
    problems.extend(
        f"icy_path: kind: {value_shown(i.kind)} is not one of {', '.join(ICY_PATH_KINDS)}"
        for i in icy
        if i.kind not in ICY_PATH_KINDS
    )
    glimmers = _build_tables(Glimmer, data, "glimmer", problems)
    words = _check_words(data, _WORDS, problems)
    problems.extend(f"words: {key}: missing" for key in _WORDS if key not in words)
    if problems:
        raise CatalogError(source, problems)
    english: dict[str, Text] = {f"words.{k}": str(words[k]) for k in _WORDS}
    for table, items in (("affirmation", affirmations), ("starter", starters)):
        english.update({f"{table}.{t.id}": t.text for t in items})
    english.update({f"identity.{t.id}": t.text for t in identity})
    english.update({f"icy_path.{i.id}": i.text for i in icy})
    for g in glimmers:
        english.update({f"glimmer.{g.id}.{k}": getattr(g, k) for k in ("notice", "name", "stay")})
    shape = _Shape(
        tuple(t.id for t in affirmations),
        tuple(t.id for t in starters),
        tuple(t.id for t in identity),
        {kind: tuple(i.id for i in icy if i.kind == kind) for kind in ICY_PATH_KINDS},
        tuple(g.id for g in glimmers),
    )
    return shape, english


def _said(shape: _Shape, words: Mapping[str, Text]) -> SelfTalk:
    """The self-talk in `words` (the `selftalk` document in English or in a locale)."""

    def said(key: str) -> str:
        return str(words[key])

    return SelfTalk(
        tuple(said(f"affirmation.{i}") for i in shape.affirmations),
        tuple(said(f"starter.{i}") for i in shape.starters),
        {i: said(f"identity.{i}") for i in shape.identity},
        {k: tuple(said(f"icy_path.{i}") for i in ids) for k, ids in shape.icy_path.items()},
        tuple(
            Glimmer(i, *(said(f"glimmer.{i}.{k}") for k in ("notice", "name", "stay")))
            for i in shape.glimmers
        ),
        {k: said(f"words.{k}") for k in _WORDS},
    )


@functools.cache
def _document() -> tuple[_Shape, dict[str, Text]]:
    from ._resources import _package_data

    return _parse(_package_data("selftalk.toml"), "smallsteps/data/selftalk.toml")


def selftalk_words() -> dict[str, Text]:
    """The `selftalk` document: every sentence of selftalk.toml by id, in English.

    Example:
        >>> selftalk_words()["affirmation.ask-for-help"]
        'I am allowed to ask for help.'
    """
    return dict(_document()[1])


@functools.cache
def _english() -> SelfTalk:
    return _said(*_document())


@functools.lru_cache(maxsize=16)
def _in_locale(tag: str) -> SelfTalk:
    shape, english = _document()
    return _said(shape, translated("selftalk", english, tag))


def self_talk(*, locale: str | None = None) -> SelfTalk:
    """Return the kinder self-talk that ships with smallsteps (loaded once).

    Args:
        locale: A language tag ("es-MX"): every sentence in that language where a
            translation ships, English otherwise (an unknown language is English, with no
            error); `en-XA` is the pseudo-locale.

    Raises:
        ValidationError: If `locale` is not a language tag.

    Example:
        >>> talk = self_talk()
        >>> len(talk.glimmers[0].steps)
        3
    """
    if locale is None:
        return _english()
    return _in_locale(parse_locale(locale).tag)
