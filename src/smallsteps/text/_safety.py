"""The safety net's reader: families and frames from data, who a signal is about, its level.

`SafetyRules.find` reads a text with the shared text layer, finds the phrases of each family,
drops those inside an everyday idiom, matches the frames, and tells for each match who it is
about (the writer, someone else, or a topic) and how strong it is (crisis or concern).
"""

from __future__ import annotations

import bisect
import enum
import itertools
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Final

import attrs

from ._frames import Frame, Hit, Match, PhraseBook, frame_from, match_frames
from ._lexicon import Lexicon, lexicon
from ._normalise import Reading, read

__all__ = ["About", "Level", "SafetyRules", "Signal", "parse_rules"]

_LOOK_BACK: Final = 8
"""How many words before a signal are read to tell who it is about."""


class Level(enum.Enum):
    """How strong what was found is: `none`, `concern` (gentle resources) or `crisis`."""

    NONE = "none"
    CONCERN = "concern"
    CRISIS = "crisis"

    @property
    def rank(self) -> int:
        """0, 1 or 2, for comparing levels."""
        return ("none", "concern", "crisis").index(self.value)


class About(enum.Enum):
    """Who the words are about: the `writer`, someone `other`, or a `topic` in general."""

    WRITER = "writer"
    OTHER = "other"
    TOPIC = "topic"


@attrs.frozen
class Signal:
    """One sign of crisis language, for the host app's audit and escalation.

    It is never shown to the person as a label, and smallsteps never logs it.

    Attributes:
        family: The kind of signal (`"explicit"`, `"plan-method"`, `"self-harm"`, `"coded"`).
        level: `Level.CRISIS` or `Level.CONCERN` (a negation came before it, or it is weak).
        about: Who it is about.
        words: The words found, as the text layer read them.
        rule: The frame or detector that found it.
    """

    family: str
    level: Level
    about: About
    words: str = ""
    rule: str = ""


class SafetyRules:
    """The crisis-language rules of one language: phrase families and frames, as data.

    Build them with `ss.default_safety_rules()` or `ss.load_safety_rules(path)`; combine
    with `|` (phrases of the same family are joined, frames of the same id replaced).

    Attributes:
        lang: The language the rules read.
        families: Phrases by family name, as written.
        frames: The frames, in order.
        context: Families looked for only near a phrase of another family (an anchor):
            they add meaning to an anchor and mean nothing alone.
    """

    def __init__(
        self,
        lang: str,
        families: Mapping[str, Sequence[str]],
        frames: Sequence[Frame],
        context: Iterable[str] = (),
    ) -> None:
        self.lang = lang
        self.families = {name: tuple(phrases) for name, phrases in families.items()}
        self.frames = tuple(frames)
        self.context = frozenset(context)
        self._lexicon: Lexicon = lexicon(lang)
        self._book = PhraseBook(self._lexicon, self.families, self.context)
        self._negations = self._lexicon.classes.get("negation", frozenset())

    def __repr__(self) -> str:
        return (
            f"<SafetyRules {self.lang!r} {len(self.families)} families, {len(self.frames)} frames>"
        )

    def __or__(self, other: SafetyRules) -> SafetyRules:
        if not isinstance(other, SafetyRules):
            return NotImplemented
        families = dict(self.families)
        for name, phrases in other.families.items():
            families[name] = (*families.get(name, ()), *phrases)
        frames = {f.id: f for f in self.frames} | {f.id: f for f in other.frames}
        return SafetyRules(
            self.lang, families, tuple(frames.values()), self.context | other.context
        )

    def read(self, text: str) -> Reading:
        """Return the text as these rules read it (see `smallsteps.text.read`)."""
        return read(text, self.lang)

    def find(self, text: str) -> tuple[Signal, ...]:
        """Return the signals in a text, in the order they appear, one a frame."""
        reading = read(text, self.lang)
        hits = _without_idioms(self._book.find(reading))
        matches = match_frames(reading, hits, self.frames, self._negations)
        topics = [h for h in hits if h.family == "topic"]
        signals = []
        for match in sorted(matches, key=lambda m: (m.start, m.frame.id)):
            about, explicit = _about(reading, match, self._lexicon)
            if match.frame.needs_subject and not explicit:
                continue
            topic = match.frame.topic
            loose = topic == "strong" or not explicit or about is About.OTHER
            if topic and loose and _near(topics, match, 12):
                about = About.TOPIC
            level = (
                Level.CONCERN if match.negated or match.frame.level == "concern" else Level.CRISIS
            )
            words = " ".join(reading.words[match.start : match.end])
            signals.append(Signal(match.frame.family, level, about, words, match.frame.id))
        return tuple(signals)


_BLOCKING: Final = frozenset({"idiom", "sport", "grief"})
"""Families whose hits remove every other hit they overlap ("dying for a coffee")."""


def _without_idioms(hits: list[Hit]) -> list[Hit]:
    blocked = {i for h in hits if h.family in _BLOCKING for i in range(h.start, h.end)}
    if not blocked:
        return hits
    return [h for h in hits if h.family in _BLOCKING or blocked.isdisjoint(range(h.start, h.end))]


def _near(hits: Sequence[Hit], match: Match, window: int) -> bool:
    """Whether a hit (sorted by start) lies within `window` words of the match."""
    at = bisect.bisect_left([h.start for h in hits], match.start - window - 12)
    return any(
        h.start <= match.end + window and h.end >= match.start - window
        for h in itertools.takewhile(lambda h: h.start <= match.end + window, hits[at:])
    )


def _about(reading: Reading, match: Match, lex: Lexicon) -> tuple[About, bool]:
    """Who a match is about, and whether a word said so (rather than the default)."""
    classes = lex.classes_of
    inside = reading.words[match.start : match.end]
    if any("writer_reflexive" in classes(w) for w in inside):
        return About.WRITER, True
    if any("other_reflexive" in classes(w) for w in inside):
        return About.OTHER, True
    first, _ = reading.clause_of(match.start)
    before = reading.words[max(first, match.start - _LOOK_BACK) : match.start]
    if not any(_person(classes(w)) for w in before):
        before = inside  # "kind of hoping i die": the subject may come inside the match
    reported = False
    for i in range(len(before) - 1, -1, -1):
        word = before[i]
        kinds = classes(word)
        if "speech" in kinds:
            reported = True
        if "writer" in kinds:
            following = before[i + 1] if i + 1 < len(before) else ""
            if word == "my" and "person" in classes(following):
                return About.OTHER, True
            if reported and word in ("me", "my"):
                continue  # "she told me", "he texted my": the speaker is someone else
            return About.WRITER, True
        if "other_pronoun" in kinds or "person" in kinds:
            return About.OTHER, True
    return About.WRITER, False


def _person(kinds: tuple[str, ...]) -> bool:
    return any(k in ("writer", "other_pronoun", "person") for k in kinds)


def parse_rules(data: Mapping[str, Any], lang: str = "en") -> tuple[SafetyRules, list[str]]:
    """Build rules from a data file's tables; return them with the problems found."""
    problems: list[str] = []
    families: dict[str, list[str]] = {}
    raw_families = data.get("family", {})
    if not isinstance(raw_families, Mapping):
        problems.append("family: expected tables of phrases")
        raw_families = {}
    for name, table in raw_families.items():
        phrases = table.get("phrases") if isinstance(table, Mapping) else None
        if not isinstance(phrases, list) or not all(
            isinstance(p, str) and p.strip() for p in phrases
        ):
            problems.append(f"family {name}: phrases: expected a list of texts")
            continue
        families[str(name)] = phrases
    frames = []
    raw_frames = data.get("frame", [])
    for n, table in enumerate(raw_frames if isinstance(raw_frames, list) else [], start=1):
        problems.extend(_check_frame(table, n, families))
        if isinstance(table, Mapping) and not problems:
            frames.append(frame_from(table))
    context = data.get("context", [])
    if not isinstance(context, list) or not all(isinstance(c, str) for c in context):
        problems.append("context: expected a list of family names")
        context = []
    return SafetyRules(lang, families, frames, context), problems


_FRAME_FIELDS: Final = frozenset(
    [
        "id",
        "family",
        "parts",
        "level",
        "gap",
        "order",
        "window",
        "negation",
        "unless",
        "needs_subject",
        "topic",
        "not_followed_by",
    ]
)


def _check_frame(table: object, n: int, families: Mapping[str, object]) -> list[str]:
    if not isinstance(table, Mapping):
        return [f"frame #{n}: expected a table"]
    where = f"frame {table.get('id', f'#{n}')!s:.40}"
    problems = [f"{where}: unknown field {k!s:.40}" for k in table if k not in _FRAME_FIELDS]
    for key in ("id", "family"):
        if not isinstance(table.get(key), str):
            problems.append(f"{where}: {key}: expected text")
    parts = table.get("parts")
    if not isinstance(parts, list) or not parts or not all(isinstance(p, str) for p in parts):
        problems.append(f"{where}: parts: expected a list of family names")
    else:
        problems.extend(f"{where}: parts: no family {p!r:.40}" for p in parts if p not in families)
    unless = table.get("unless", [])
    if isinstance(unless, list):
        problems.extend(
            f"{where}: unless: no family {u!r:.40}" for u in unless if u not in families
        )
    if table.get("topic", "") not in ("", "weak", "strong"):
        problems.append(f"{where}: topic: expected weak or strong")
    if table.get("level", "crisis") not in ("crisis", "concern"):
        problems.append(f"{where}: level: expected crisis or concern")
    if table.get("negation", "softens") not in ("softens", "required", "ignored"):
        problems.append(f"{where}: negation: expected softens, required or ignored")
    for key in ("gap", "window"):
        value = table.get(key, 1)
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 200:
            problems.append(f"{where}: {key}: expected a whole number from 0 to 200")
    for key in ("unless", "not_followed_by"):
        value = table.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            problems.append(f"{where}: {key}: expected a list of texts")
    return problems
