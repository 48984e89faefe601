"""Kinder self-talk the person writes: the thought record and the proof list.

`ThoughtRecord` is the seven-column record of cognitive therapy, immutable, with the original
thought always kept. `ProofList` keeps the hard days already got through. The words
smallsteps says around them are in `_talk` (`self_talk()`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

import attrs

from ._errors import ValidationError, showable, text_got
from ._model import _date, _listed, _optional_text, _show, _text, plain
from ._safety import SafetyCheck, check_safety
from ._strings import language_of, one
from ._talk import self_talk

__all__ = [
    "ProofEntry",
    "ProofList",
    "ThoughtRecord",
]

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

    def safety(self, country: str | None = None, *, locale: str | None = None) -> SafetyCheck:
        """Check every text in the record for crisis language, as `check_safety` does.

        Args:
            country: An ISO 3166-1 code, to put that country's crisis lines first.
            locale: A language tag: the notice in that language, as `check_safety` gives it.
        """
        parts = [self.situation, self.thought, *self.evidence_for, *self.evidence_against]
        return check_safety("\n".join([*parts, self.balanced_thought]), country, locale=locale)


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

    def summary(self, *, locale: str | None = None) -> str:
        """Count the entries in kind words.

        Args:
            locale: A language tag: the words (and the plural form) of that language where a
                translation ships, English otherwise.

        Raises:
            ValidationError: If `locale` is not a language tag.
        """
        words = self_talk(locale=locale).words
        count = len(self.entries)
        if not count:
            return words["proof_empty"]
        many = not one(language_of(locale) if locale is not None else "en", count)
        return words["proof_count_other" if many else "proof_count_one"].format(count=count)
