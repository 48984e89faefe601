"""A rulebook: phrase families and frames of one language, read from data, matched on text.

The safety net and the thinking-pattern finder are both rulebooks; each adds its own reading
of the matches (who a signal is about, which pattern a thought shows).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any, ClassVar, Final, TypeVar

from ._frames import Frame, Match, frame_from, match_frames
from ._lexicon import Lexicon, lexicon
from ._normalise import Reading, read
from ._phrases import Hit, PhraseBook

__all__ = ["Rulebook", "parse_rulebook"]

R = TypeVar("R", bound="Rulebook")


class Rulebook:
    """Phrase families and frames of one language, compiled once.

    Combine two with `|`: phrases of the same family are joined, frames of the same id
    replaced, context and blocking families joined.

    Attributes:
        lang: The language the rules read.
        families: Phrases by family name, as written.
        frames: The frames, in order.
        context: Families looked for only near a phrase of another family (an anchor):
            they add meaning to an anchor and mean nothing alone.
        blocking: Families whose phrases remove every other phrase they overlap (idioms).
        overrides: Cancelling families mapped to a family that, in a match's own clause,
            keeps them from cancelling it across clauses (`recovered` held off by `present`:
            "i passed my test! and i still want to end things").
        spares: Cancelling families mapped to the families (one name or a list) that,
            anywhere in a match's own clause, keep them from cancelling it at all (`grief`
            spared by `attempt`: "my sister tried to kill herself last month" is no grief; a
            death is).
        leading: Families that spare a match (in `spares`) or cancel it (in a frame's
            `unless`) only when they lead it: begin at or before its first word and reach
            into it (`wish_now`: "i want to die just as much as back then", not "a talk
            about suicide years ago ... i want to understand"; `worry`: "how do i help" is
            no question of means).
        quiet: Families found everywhere that open no context around them (everyday words
            that are signs only together): see `PhraseBook.near`.
    """

    unblocked: ClassVar[frozenset[str]] = frozenset()
    """Families an idiom never removes: words of time, which say when, not what."""

    unblocking: ClassVar[frozenset[str]] = frozenset()
    """Families whose phrases keep an idiom they overlap from removing anything: the words
    that make an idiom's words literal ("dying for two hours", "rather die than go on")."""

    precise_negation: ClassVar[bool] = False
    """Whether a negation softens a frame only with the lexicon's `negation_bridge` words
    between them ("not *going to* hurt myself"), rather than anywhere in the three words
    before."""

    def __init__(
        self,
        lang: str,
        families: Mapping[str, Sequence[str]],
        frames: Sequence[Frame],
        context: Iterable[str] = (),
        blocking: Iterable[str] = ("idiom",),
        overrides: Mapping[str, str] | None = None,
        quiet: Iterable[str] = (),
        spares: Mapping[str, str | Sequence[str]] | None = None,
        leading: Iterable[str] = (),
    ) -> None:
        self.lang = lang
        self.families = {name: tuple(phrases) for name, phrases in families.items()}
        self.frames = tuple(frames)
        self.context = frozenset(context)
        self.blocking = frozenset(blocking)
        self.overrides = dict(overrides or {})
        self.spares = {k: _names(v) for k, v in (spares or {}).items()}
        self.leading = frozenset(leading)
        self._lexicon: Lexicon = lexicon(lang)
        self.quiet = frozenset(quiet)
        self._book = PhraseBook(self._lexicon, self.families, self.context, quiet=self.quiet)
        self._negations = self._lexicon.classes.get("negation", frozenset())
        self._bridge = (
            self._lexicon.classes.get("negation_bridge", frozenset())
            if self.precise_negation
            else None
        )
        self._cancellers = frozenset(u for frame in self.frames for u in frame.unless)
        self._firm = frozenset(frame.id for frame in self.frames if frame.firm)

    def firm_frames(self) -> frozenset[str]:
        """The ids of the frames marked `firm` (see `Frame.firm`)."""
        return self._firm

    def __repr__(self) -> str:
        name = type(self).__name__
        return f"<{name} {self.lang!r} {len(self.families)} families, {len(self.frames)} frames>"

    def __or__(self: R, other: R) -> R:
        if not isinstance(other, type(self)):
            return NotImplemented
        families = dict(self.families)
        for name, phrases in other.families.items():
            families[name] = (*families.get(name, ()), *phrases)
        frames = {f.id: f for f in self.frames} | {f.id: f for f in other.frames}
        return type(self)(
            self.lang,
            families,
            tuple(frames.values()),
            self.context | other.context,
            self.blocking | other.blocking,
            self.overrides | other.overrides,
            self.quiet | other.quiet,
            self.spares | other.spares,
            self.leading | other.leading,
        )

    def read(self, text: str, *, spans: bool = False) -> Reading:
        """Return the text as these rules read it (see `smallsteps.text.read`)."""
        return read(text, self.lang, spans=spans)

    def hits(self, reading: Reading) -> list[Hit]:
        """Every phrase found, less those inside a blocking phrase (an idiom).

        An idiom that overlaps a phrase of an `unblocking` family removes nothing.
        """
        hits = self._book.find(reading)
        literal = {i for h in hits if h.family in self.unblocking for i in range(h.start, h.end)}
        blocked = {
            i
            for h in hits
            if h.family in self.blocking and literal.isdisjoint(range(h.start, h.end))
            for i in range(h.start, h.end)
        }
        if not blocked:
            return hits
        keep = self.blocking | self._cancellers | self.unblocked  # cancelling words count
        return [h for h in hits if h.family in keep or blocked.isdisjoint(range(h.start, h.end))]

    def matches(self, reading: Reading, hits: Sequence[Hit] | None = None) -> list[Match]:
        """Every frame found in a reading, in text order."""
        found = self.hits(reading) if hits is None else hits
        matched = match_frames(
            reading,
            found,
            self.frames,
            self._negations,
            self.overrides,
            self._bridge,
            self.spares,
            self.leading,
        )
        return sorted(matched, key=lambda m: (m.start, m.frame.id))


MAX_PHRASE_WORDS: Final = 40
"""The most words a phrase of a data file may have: a phrase is a few words a person types."""


def parse_rulebook(data: Mapping[str, Any], cls: type[R], lang: str = "en") -> tuple[R, list[str]]:
    """Build a rulebook from a data file's tables; return it with the problems found."""
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
        long = [p for p in phrases if len(p.split()) > MAX_PHRASE_WORDS]
        if long:
            most = max(len(p.split()) for p in long)
            problems.append(
                f"family {name}: phrases: at most {MAX_PHRASE_WORDS} words a phrase, got {most:,}"
            )
            continue
        families[str(name)] = phrases
    frames = []
    raw_frames = data.get("frame", [])
    known: dict[str, object] = dict(families)
    for n, table in enumerate(raw_frames if isinstance(raw_frames, list) else [], start=1):
        problems.extend(_check_frame(table, n, known))
        if isinstance(table, Mapping) and isinstance(table.get("makes"), str):
            known[table["makes"]] = table  # later frames may use it as a part
        if isinstance(table, Mapping) and not problems:
            frames.append(frame_from(table))
    context = data.get("context", [])
    if not isinstance(context, list) or not all(isinstance(c, str) for c in context):
        problems.append("context: expected a list of family names")
        context = []
    blocking = data.get("blocking", ["idiom"])
    if not isinstance(blocking, list) or not all(isinstance(b, str) for b in blocking):
        problems.append("blocking: expected a list of family names")
        blocking = ["idiom"]
    overrides = _family_table(data, "overrides", families, problems)
    spares = _family_table(data, "spares", families, problems, many=True)
    leading = data.get("leading", [])
    if not isinstance(leading, list) or not all(
        isinstance(f, str) and f in families for f in leading
    ):
        problems.append("leading: expected a list of family names")
        leading = []
    quiet = data.get("quiet", [])
    if not isinstance(quiet, list) or not all(isinstance(q, str) and q in families for q in quiet):
        problems.append("quiet: expected a list of family names")
        quiet = []
    try:
        rules = cls(lang, families, frames, context, blocking, overrides, quiet, spares, leading)
        return rules, problems
    except ValueError as error:  # an unclosed group in a phrase
        problems.append(str(error))
        return cls(lang, {}, (), (), ()), problems


_FRAME_FIELDS: Final = frozenset(
    [
        "id",
        "family",
        "parts",
        "clause",
        "makes",
        "speaker",
        "about",
        "level",
        "gap",
        "order",
        "window",
        "negation",
        "unless",
        "needs_subject",
        "topic",
        "not_followed_by",
        "firm",
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
    if table.get("about", "") not in ("", "writer", "other"):
        problems.append(f"{where}: about: expected writer or other")
    if table.get("level", "crisis") not in ("crisis", "concern"):
        problems.append(f"{where}: level: expected crisis or concern")
    if table.get("negation", "softens") not in ("softens", "inside", "required", "ignored"):
        problems.append(f"{where}: negation: expected softens, inside, required or ignored")
    for key in ("gap", "window"):
        value = table.get(key, 1)
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 200:
            problems.append(f"{where}: {key}: expected a whole number from 0 to 200")
    for key in ("unless", "not_followed_by"):
        value = table.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            problems.append(f"{where}: {key}: expected a list of texts")
    return problems


def _family_table(
    data: Mapping[str, Any],
    key: str,
    families: Mapping[str, Any],
    problems: list[str],
    *,
    many: bool = False,
) -> dict[str, Any]:
    """A table of family names to family names (`overrides`, `spares`), or `{}` and a problem.

    With `many`, a value may be a list of family names too.
    """
    table = data.get(key, {})
    if not isinstance(table, Mapping) or not all(
        all(isinstance(n, str) and n in families for n in _names(v))
        if many and isinstance(v, list)
        else isinstance(v, str) and v in families
        for v in table.values()
    ):
        what = "family names or lists of them" if many else "family names"
        problems.append(f"{key}: expected a table of {what}")
        return {}
    return dict(table)


def _names(value: str | Sequence[str]) -> tuple[str, ...]:
    """One family name or several, as a tuple."""
    return (value,) if isinstance(value, str) else tuple(value)
