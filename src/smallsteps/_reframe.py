"""Reframing: notice a harsh thought, name the thinking pattern, and ask a few kind questions.

`reframe` checks the thought for crisis language, finds thinking patterns (cognitive
distortions) by the patterns in `data/distortions.toml`, chooses two or three questions by a
fixed rule, and adds openings for a balanced thought, a person-first reframe for a self-label,
and one tiny step from the catalog that tests the thought. It reads words, not minds: what it
finds is an invitation to look again, never a verdict.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Final

import attrs

from ._distortions import Question, _Book, _book, words_in
from ._errors import ValidationError
from ._locale import Text
from ._model import Activity
from ._resources import help_pointer
from ._safety import SafetyNotice, check_safety
from ._talk import self_talk
from ._thinkers import default_pattern_model, default_thinking_rules
from .text import Reading, lexicon, read
from .text._patterns import PatternModel
from .text._thinking import Evidence

__all__ = ["Detected", "Reframe", "Span", "reframe"]

MAX_QUESTIONS: Final = 3
"""The most questions a reframe asks."""

GENERAL_QUESTIONS: Final = ("friend", "another-view", "kinder-view")
"""The gentle questions asked when no thinking pattern is found."""

FILL_QUESTIONS: Final = ("kinder-view", "friend", "another-view", "is-it-true")
"""Seed questions that fill a reframe up to three, in this order."""


@attrs.frozen
class Span:
    """Where a pattern was found in the thought: `thought[start:end] == text`.

    Attributes:
        start: The first character.
        end: One past the last character.
        text: The words found.
    """

    start: int
    end: int
    text: str


@attrs.frozen
class Detected:
    """A thinking pattern found in a thought, with the words that showed it.

    Attributes:
        id: The distortion's id.
        name: Its short name.
        description: One plain sentence about it.
        spans: Where it was found, in order.
    """

    id: str
    name: str
    description: str
    spans: tuple[Span, ...]


@attrs.frozen(repr=False)
class Reframe:
    """What `reframe` returns: patterns found, questions, openings and one small step.

    Attributes:
        thought: The thought as the person wrote it, always kept.
        distortions: The thinking patterns found, in the order they appear in the thought.
        questions: Two or three questions to look at it again.
        starters: Openings for a balanced thought, accurate rather than cheerful.
        identity: A person-first reframe when the thought labels the self, else `""`.
        experiment: A sentence suggesting a tiny step that tests the thought.
        activity: The catalog activity for that step, when the catalog has it.
        notice: The safety notice. Set instead of the rest when the thought holds crisis
            language; a gentler signal (kind `"gentle"`) sits beside the reframe: show both.
        help: The standing, low-key line saying where help is.
        locale: The language tag the reframe was asked for in (`reframe(..., locale=...)`):
            its texts and `str(reframe)` speak it; `None` for English. The thought and the
            spans found in it stay in the person's words.
    """

    thought: str
    distortions: tuple[Detected, ...] = ()
    questions: tuple[Question, ...] = ()
    starters: tuple[str, ...] = ()
    identity: str = ""
    experiment: str = ""
    activity: Activity | None = None
    notice: SafetyNotice | None = None
    help: str = ""
    locale: str | None = attrs.field(default=None, kw_only=True)

    @property
    def crisis(self) -> bool:
        """Whether the thought held crisis language; then `notice` is set and nothing else.

        A gentle check (`notice.kind == "gentle"`) keeps the reframe: `crisis` is `False`.
        """
        return self.notice is not None and self.notice.kind != "gentle"

    def __repr__(self) -> str:
        ids = ", ".join(d.id for d in self.distortions) or "none"
        return f"<Reframe {'crisis' if self.crisis else ids}>"

    def __str__(self) -> str:
        if self.notice is not None and self.crisis:
            return self.notice.message
        said = {k: str(v) for k, v in words_in(self.locale).items() if k.startswith("words.")}
        lines = [said["words.thought"].format(thought=self.thought)]
        for d in self.distortions:
            words = ", ".join(said["words.span"].format(words=s.text) for s in d.spans)
            line = said["words.pattern"].format(
                name=d.name.lower(), words=words, description=d.description
            )
            lines.append(line)
        if self.identity:
            lines.append(said["words.identity"].format(identity=self.identity))
        lines += [said["words.questions"], *(f"  - {q.text}" for q in self.questions)]
        if self.starters:
            lines.append(said["words.starter"].format(starter=self.starters[0]))
        if self.experiment:
            lines.append(self.experiment)
        if self.notice is not None:  # a gentle check beside the reframe
            lines += ["", str(self.notice)]
        return "\n".join(lines)


def _negated(text: str, start: int) -> bool:
    """Whether one of the three words before `start` is a negation, read by the text layer."""
    before = read(text[max(0, start - 40) : start]).words[-3:]
    return not lexicon().classes["negation"].isdisjoint(before)


def _find(text: str, patterns: Iterable[re.Pattern[str]]) -> list[Span]:
    spans: list[Span] = []
    for pattern in patterns:
        for match in pattern.finditer(text):
            if match.end() > match.start() and not _negated(text, match.start()):
                spans.append(Span(match.start(), match.end(), match.group(0)))
    kept: list[Span] = []
    for span in sorted(set(spans), key=lambda s: (s.start, -s.end)):
        if not kept or span.start >= kept[-1].end:  # overlapping matches show once
            kept.append(span)
    return kept


def _lower(text: str) -> str:
    """Lower case, character for character, so spans still point into the original."""
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text).replace("\u2019", "'")


def reframe(thought: str, *, country: str | None = None, locale: str | None = None) -> Reframe:
    """Look at a harsh thought again: the thinking patterns in it, and a few kind questions.

    The thought goes through `check_safety` first; crisis language gives a reframe with the
    safety `notice` and nothing else, and a gentle check (a negated or weaker signal) sits in
    `notice` beside the reframe. The patterns found come in the order they
    appear in the thought. Questions are chosen by a fixed rule: the first question of each
    pattern found, then their second ones, then seed questions to make three; with nothing
    found, the three gentle general ones (`GENERAL_QUESTIONS`).

    Args:
        thought: The thought in the person's words, any length, any alphabet.
        country: An ISO 3166-1 code, to put that country's crisis lines first in a notice.
        locale: A language tag (`"es-MX"`, `"en-GB"`): every sentence of the reframe (the
            patterns' names and descriptions, the questions, the openings, the person-first
            reframe, the experiment and its activity, the notice and `str(reframe)`) in that
            language where a translation ships, English otherwise, with no error for a
            language that has none. Its region is the country when `country` is not given.
            The thought and the words found in it stay as the person wrote them.

    Returns:
        The reframe, with the thought kept as it was written.

    Raises:
        ValidationError: If `thought` is not text or is empty, or `locale` is not a
            language tag.

    Example:
        >>> r = reframe("I'll never feel better")
        >>> r.distortions[0].name, r.distortions[0].spans[0].text
        ('Fortune telling', "I'll never feel better")
        >>> r.questions[0].text
        'What is the most likely outcome, not the worst one?'
    """
    if not isinstance(thought, str):
        raise ValidationError("thought", f"expected text, got {type(thought).__name__}")
    if not thought.strip():
        raise ValidationError("thought", "expected a few words, got empty text")
    check = check_safety(thought, country, locale=locale)
    gentle = check.notice is not None and check.notice.kind == "gentle"
    if check.notice is not None and not gentle:
        local = help_pointer(country=country, locale=locale)
        return Reframe(thought, notice=check.notice, help=local, locale=locale)
    book, said = _book(), words_in(locale)
    text = _lower(thought[:5000])
    reading = default_thinking_rules().read(thought[:5000], spans=True)
    spans: dict[str, list[Span]] = {}
    for ident, start, end in _pattern_model().weigh(_found(reading, text), reading):
        spans.setdefault(ident, []).append(Span(start, end, thought[start:end]))
    by_id = {d.id: d for d in book.distortions}
    detected = [
        Detected(
            i,
            str(said[f"distortion.{i}.name"]),
            str(said[f"distortion.{i}.description"]),
            tuple(s),
        )
        for i, s in spans.items()
        if i in by_id
    ]
    detected.sort(key=lambda d: (d.spans[0].start, [x.id for x in book.distortions].index(d.id)))
    words = self_talk(locale=locale)
    return Reframe(
        thought,
        tuple(detected),
        tuple(Question(q.id, str(said[f"question.{q.id}"])) for q in _questions(detected, book)),
        words.starters[:3],
        _identity(text, book, words.identity),
        *_experiment(text, book, said, locale),
        notice=check.notice,
        help=help_pointer(country=country, locale=locale),
        locale=locale,
    )


def _pattern_model() -> PatternModel:
    """The pattern model `reframe` reads with (a seam the evaluation script replaces)."""
    return default_pattern_model()


def _found(reading: Reading, text: str) -> list[Evidence]:
    """What the rules find in a thought: the phrase rules, then regular expressions.

    Each distortion's own regular expressions come where the data gives any (`text` is the
    thought lowered).
    """
    found = default_thinking_rules().found_in(reading)
    for d in _book().distortions:
        found.extend((d.id, f.start, f.end) for f in _find(text, _book().compiled.get(d.id, ())))
    return found


def _questions(detected: list[Detected], book: _Book) -> tuple[Question, ...]:
    by_id = {d.id: d for d in book.distortions}
    lists = [by_id[d.id].questions for d in detected]
    chosen: list[str] = []
    for rank in range(max((len(q) for q in lists), default=0)):
        for q in lists:
            if rank < len(q) and q[rank] not in chosen:
                chosen.append(q[rank])
    chosen = chosen[:MAX_QUESTIONS]
    for extra in FILL_QUESTIONS if detected else GENERAL_QUESTIONS:
        if len(chosen) < MAX_QUESTIONS and extra not in chosen:
            chosen.append(extra)
    return tuple(book.questions[q] for q in chosen)


def _identity(text: str, book: _Book, texts: Mapping[str, str]) -> str:
    for identity in book.identities:
        if _find(text, book.compiled[identity.id]):
            return texts.get(identity.id, "")
    return ""


def _experiment(
    text: str, book: _Book, said: Mapping[str, Text], locale: str | None
) -> tuple[str, Activity | None]:
    from ._errors import UnknownActivityError
    from ._loader import default_catalog

    for experiment in book.experiments:
        if not experiment.thought_patterns or _find(text, book.compiled[experiment.id]):
            try:
                activity = default_catalog(locale=locale)[experiment.activity]
            except UnknownActivityError:
                activity = None
            return str(said[f"experiment.{experiment.id}"]), activity
    return "", None
