"""Kinder self-talk: the thought record, the proof list, and prompts as data.

`ThoughtRecord` is the seven-column record of cognitive therapy, immutable, with the original
thought always kept. `ProofList` keeps the hard days already got through. `self_talk()` returns
the words in `data/selftalk.toml`: affirmations phrased as possible, openings for a balanced
thought, person-first reframes, icy-path prompts and glimmer prompts.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable, Mapping
from typing import Any, Final

import attrs

from ._errors import CatalogError, ValidationError, showable, text_got, value_shown
from ._model import Step, _date, _listed, _optional_text, _show, _slug, _text, plain
from ._safety import SafetyCheck, check_safety

__all__ = [
    "Glimmer",
    "ProofEntry",
    "ProofList",
    "SelfTalk",
    "ThoughtRecord",
    "self_talk",
]

ICY_PATH_KINDS: Final = ("fear", "slip", "look-ahead")
"""The kinds of icy-path prompt: naming the fear, after a slip, looking a little ahead."""


# -- the thought record --------------------------------------------------------------------


def _ratings(field: str, values: Mapping[str, int]) -> dict[str, int]:
    if not isinstance(values, Mapping):
        raise ValidationError(field, f"expected names with ratings 0 to 100, got {_show(values)}")
    ratings = {}
    for n, (name, rating) in enumerate(values.items()):
        if not isinstance(name, str) or not name.strip():
            raise ValidationError(f"{field}[{n}]", f"expected a mood name, got {text_got(name)}")
        if isinstance(rating, bool) or not isinstance(rating, int) or not 0 <= rating <= 100:
            raise ValidationError(
                f"{field}[{n}]", f"expected a rating 0 to 100, got {_show(rating)}"
            )
        ratings[name] = rating
    return ratings


def _moods(values: Mapping[str, int]) -> dict[str, int]:
    return _ratings("moods", values)


def _rerated(values: Mapping[str, int]) -> dict[str, int]:
    return _ratings("rerated", values)


def _texts(field: str, values: Iterable[str]) -> tuple[str, ...]:
    if isinstance(values, str) or not isinstance(values, Iterable):
        raise ValidationError(field, f"expected a list of texts, got {_show(values)}")
    texts = tuple(values)
    for n, text in enumerate(texts):
        if not isinstance(text, str) or not text.strip():
            raise ValidationError(f"{field}[{n}]", f"expected some words, got {text_got(text)}")
    return texts


def _evidence_for(values: Iterable[str]) -> tuple[str, ...]:
    return _texts("evidence_for", values)


def _evidence_against(values: Iterable[str]) -> tuple[str, ...]:
    return _texts("evidence_against", values)


def _belief(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    showable(attribute.name, value)
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 100:
        raise ValidationError(attribute.name, f"expected a rating 0 to 100, got {_show(value)}")


@attrs.frozen
class ThoughtRecord:
    """The seven-column thought record, one column at a time.

    Immutable: each `with_...` method returns a new record, and `thought` (the automatic
    thought as first written) never changes, so it stays visible next to the balanced one.
    Text fields are the person's own words; `safety` checks them all.

    Attributes:
        situation: Where, when, what happened.
        moods: Each mood with how strong it was, 0 to 100.
        thought: The automatic thought, as it came.
        evidence_for: Facts that support the thought.
        evidence_against: Facts that do not.
        balanced_thought: A more balanced thought, written afterwards.
        belief: How much the balanced thought is believed, 0 to 100.
        rerated: The moods rated again after the balanced thought.

    Example:
        >>> rec = ThoughtRecord("Sent a message, no reply", {"sad": 80}, "Nobody likes me")
        >>> rec = rec.with_balanced_thought("She is often busy on Mondays", belief=60)
        >>> rec.rerate({"sad": 55}).mood_shift
        {'sad': -25}
    """

    situation: str = attrs.field(converter=plain, validator=_optional_text)
    moods: dict[str, int] = attrs.field(converter=_moods)
    thought: str = attrs.field(converter=plain, validator=_text)
    evidence_for: tuple[str, ...] = attrs.field(default=(), converter=_evidence_for)
    evidence_against: tuple[str, ...] = attrs.field(default=(), converter=_evidence_against)
    balanced_thought: str = attrs.field(default="", converter=plain, validator=_optional_text)
    belief: int | None = attrs.field(default=None, validator=_belief)
    rerated: dict[str, int] = attrs.field(factory=dict, converter=_rerated)

    def with_situation(self, situation: str) -> ThoughtRecord:
        """Return the record with the situation written."""
        return attrs.evolve(self, situation=situation)

    def with_moods(self, moods: Mapping[str, int]) -> ThoughtRecord:
        """Return the record with the moods rated, 0 to 100."""
        return attrs.evolve(self, moods=moods)

    def with_evidence(
        self, supporting: Iterable[str] = (), against: Iterable[str] = ()
    ) -> ThoughtRecord:
        """Return the record with more evidence for and against the thought added."""
        return attrs.evolve(
            self,
            evidence_for=(*self.evidence_for, *_evidence_for(supporting)),
            evidence_against=(*self.evidence_against, *_evidence_against(against)),
        )

    def with_balanced_thought(self, text: str, belief: int | None = None) -> ThoughtRecord:
        """Return the record with a balanced thought and how much it is believed (0 to 100)."""
        if not isinstance(text, str) or not text.strip():
            raise ValidationError("balanced_thought", f"expected some words, got {text_got(text)}")
        return attrs.evolve(self, balanced_thought=text, belief=belief)

    def rerate(self, moods: Mapping[str, int]) -> ThoughtRecord:
        """Return the record with the moods rated again, 0 to 100."""
        return attrs.evolve(self, rerated=moods)

    @property
    def mood_shift(self) -> dict[str, int]:
        """For each mood rated twice, after minus before (negative: it eased)."""
        return {
            name: self.rerated[name] - before
            for name, before in self.moods.items()
            if name in self.rerated
        }

    def safety(self, country: str | None = None) -> SafetyCheck:
        """Check every text in the record for crisis language, as `check_safety` does."""
        parts = [self.situation, self.thought, *self.evidence_for, *self.evidence_against]
        return check_safety("\n".join([*parts, self.balanced_thought]), country)


# -- the proof list ------------------------------------------------------------------------


@attrs.frozen
class ProofEntry:
    """One hard thing already got through.

    Attributes:
        text: What it was, in the person's words.
        date: When.
    """

    text: str = attrs.field(converter=plain, validator=_text)
    date: dt.date = attrs.field(validator=_date)


def _entries(values: Iterable[ProofEntry]) -> tuple[ProofEntry, ...]:
    return tuple(sorted(_listed("entries", values, ProofEntry), key=lambda e: e.date))


@attrs.frozen
class ProofList:
    """Proof of hard days already got through, oldest first.

    Example:
        >>> proof = ProofList().adding("Went to the appointment", dt.date(2026, 11, 20))
        >>> proof.summary()
        '1 hard thing already got through. It is on the list for good.'
    """

    entries: tuple[ProofEntry, ...] = attrs.field(default=(), converter=_entries)

    def adding(self, text: str, date: dt.date) -> ProofList:
        """Return the list with one more entry."""
        return ProofList((*self.entries, ProofEntry(text, date)))

    def summary(self) -> str:
        """Count the entries in kind words."""
        count = len(self.entries)
        if not count:
            return str(self_talk().words["proof_empty"])
        things = "thing" if count == 1 else "things"
        return str(self_talk().words["proof_count"]).format(count=count, things=things)


# -- the words -----------------------------------------------------------------------------


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
    text: str = attrs.field(validator=_text)


@attrs.frozen
class _Identity:
    id: str = attrs.field(validator=_slug)
    text: str = attrs.field(validator=_text)


@attrs.frozen
class _IcyPath:
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


def _parse(data: Mapping[str, Any], source: str) -> SelfTalk:
    from ._loader import _build_tables, _check_words, _top_level

    problems = _top_level(data, _TOP_LEVEL, source)
    affirmations = [t.text for t in _build_tables(_Text, data, "affirmation", problems)]
    starters = [t.text for t in _build_tables(_Text, data, "starter", problems)]
    identity = {i.id: i.text for i in _build_tables(_Identity, data, "identity", problems)}
    icy = _build_tables(_IcyPath, data, "icy_path", problems)
    problems.extend(
        f"icy_path: kind: {value_shown(i.kind)} is not one of {', '.join(ICY_PATH_KINDS)}"
        for i in icy
        if i.kind not in ICY_PATH_KINDS
    )
    glimmers = _build_tables(Glimmer, data, "glimmer", problems)
    words = _check_words(data, ("proof_empty", "proof_count"), problems)
    if problems:
        raise CatalogError(source, problems)
    return SelfTalk(
        tuple(affirmations),
        tuple(starters),
        identity,
        {kind: tuple(i.text for i in icy if i.kind == kind) for kind in ICY_PATH_KINDS},
        tuple(glimmers),
        {str(k): str(v) for k, v in words.items()},
    )


@functools.cache
def self_talk() -> SelfTalk:
    """Return the kinder self-talk that ships with smallsteps (loaded once).

    Example:
        >>> talk = self_talk()
        >>> len(talk.glimmers[0].steps)
        3
    """
    from ._resources import _package_data

    return _parse(_package_data("selftalk.toml"), "smallsteps/data/selftalk.toml")
