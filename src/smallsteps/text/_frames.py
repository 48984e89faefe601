"""Frames over the phrases found in a `Reading`: the matching engine of every rulebook.

A *family* is a list of phrases ("end my life", "{writer} be a burden"), found by
`_phrases.PhraseBook`. A *frame* names families that must appear together, in order within a
clause ("intent" then "death") or in any order within a window of words, and says what it
means when they do. Both are data; this module only matches frames, with families' hits
looked up by bisection, so time stays linear in the number of hits.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import attrs

from ._normalise import Reading
from ._phrases import Hit

__all__ = ["Frame", "Match", "frame_from", "match_frames"]


@attrs.frozen
class Frame:
    """Families that together mean something, and what they mean.

    Attributes:
        id: The frame's id, for audit.
        family: The signal family it reports (`"explicit"`, `"plan-method"`).
        parts: The families that must be found.
        level: `"crisis"` or `"concern"`.
        gap: In order, within one clause: the most words between one part and the next.
            `None`: any order, all within `window` words, across clauses.
        window: The span, in words, for unordered frames and for `unless`.
        negation: `"softens"` (a negation just before makes it a concern), `"inside"` (so
            does one between its parts: "i am not a loser"), `"required"` (it matches only
            after a negation) or `"ignored"`.
        unless: Families that cancel the frame when found within `window` words.
        needs_subject: The frame counts only when a word says who it is about ("i hope",
            "she prays"), never by default.
        topic: How topic words nearby ("an essay on", "a film about") count: `""` not at
            all, `"weak"` unless a word says who it is about, `"strong"` always (a bare
            mention of the word "suicide" near "essay" is about the topic).
        not_followed_by: Words that cancel the frame when they follow its last part
            ("live in" a city, "die of" laughter).
        clause: For unordered frames, all parts in one clause (not only within `window`).
        speaker: The one at risk is whoever says or does it (a goodbye, settling one's
            affairs): the writer, unless someone else is its subject or owner ("she said
            goodbye", "his last message"), not the nearest person named ("tell mum i...").
        about: Who the frame is about whoever is named: `"other"` for a supporter's worry
            ("should i be worried, he gave away his xbox"); `""` to read it from the words.
        makes: A compound family this frame makes instead of a signal: its matches become
            hits of that family, which later frames use as parts ("settling" = a giving
            verb, then a belonging: "gave my cat to"; "goodbye" = settling with finality).
        firm: A plain wish of the writer's own ("i want to die"): the word model's judge
            holds it back only when it is very sure (`WordModel.firm_threshold`).
    """

    id: str
    family: str
    parts: tuple[str, ...]
    level: str = "crisis"
    gap: int | None = 4
    window: int = 24
    negation: str = "softens"
    unless: tuple[str, ...] = ()
    needs_subject: bool = False
    topic: str = ""
    not_followed_by: frozenset[str] = frozenset()
    clause: bool = False
    speaker: bool = False
    makes: str = ""
    about: str = ""
    firm: bool = False
    needs: frozenset[str] = attrs.field(init=False, eq=False, repr=False)

    @needs.default
    def _needs(self) -> frozenset[str]:
        return frozenset(self.parts)


@attrs.frozen
class Match:
    """A frame found in a reading: the words it spans and whether a negation came before."""

    frame: Frame
    start: int
    end: int
    negated: bool
    gaps: tuple[int, ...] = ()
    """The word positions between the frame's parts (where `negation = "inside"` looks)."""


def match_frames(
    reading: Reading,
    hits: Iterable[Hit],
    frames: Sequence[Frame],
    negations: frozenset[str],
    overrides: Mapping[str, str] | None = None,
    bridge: frozenset[str] | None = None,
    spares: Mapping[str, Sequence[str]] | None = None,
    leading: frozenset[str] = frozenset(),
) -> list[Match]:
    """Return every place each frame is found; where two overlap, the un-negated one.

    Frames are matched in order. A frame that `makes` a compound family returns nothing: its
    matches join the hits as that family, for the frames after it. `overrides` maps a
    cancelling family to one that, in the match's own clause, keeps it from cancelling
    across clauses (see `_cancelled`). `bridge` is the words that may stand between a
    negation and what it negates ("not *going to* hurt myself"); with `None`, any negation
    in the three words before counts. `spares` maps a cancelling family to those that, in the
    match's own clause, keep it from cancelling at all; one in `leading` only when it leads
    the match (see `_cancelled`).
    """
    overrides = overrides or {}
    spares = spares or {}
    grouped: dict[str, list[Hit]] = {}
    for hit in hits:
        grouped.setdefault(hit.family, []).append(hit)
    by_family = {family: _Hits(group) for family, group in grouped.items()}
    found: list[Match] = []
    present = by_family.keys()
    for frame in frames:
        if not present >= frame.needs:
            continue
        kept: list[Match] = []
        cover: dict[int, list[int]] = {}  # word position: the kept matches over it
        for match in _matches(reading, frame, by_family):
            if _cancelled(reading, frame, match, by_family, overrides, spares, leading):
                continue
            negated = _negated(reading, match.start, negations, bridge)
            if frame.negation == "required" and not negated:
                continue
            if frame.negation == "inside":
                negated = negated or any(reading.words[i] in negations for i in match.gaps)
            softened = negated and frame.negation in ("softens", "inside")
            match = attrs.evolve(match, negated=softened)
            _keep(kept, cover, match)
        if frame.makes:
            made = [Hit(m.start, m.end, frame.makes) for m in kept if not m.negated]
            if made:
                by_family.setdefault(frame.makes, _Hits()).merge(made)
        else:
            found.extend(kept)
    return found


def _keep(kept: list[Match], cover: dict[int, list[int]], match: Match) -> None:
    """Keep a match unless it overlaps one kept before.

    An un-negated match replaces the first negated one it overlaps. `cover` finds the
    overlaps in the match's own words, so a long text with many matches costs no more per
    match than a short one.
    """
    span = range(match.start, max(match.end, match.start + 1))
    overlap = min((j for at in span for j in cover.get(at, ())), default=None)
    if overlap is None:
        kept.append(match)
        for at in span:
            cover.setdefault(at, []).append(len(kept) - 1)
    elif kept[overlap].negated and not match.negated:
        old = kept[overlap]
        for at in range(old.start, max(old.end, old.start + 1)):
            cover[at].remove(overlap)
        kept[overlap] = match
        for at in span:
            cover.setdefault(at, []).append(overlap)


def _matches(reading: Reading, frame: Frame, by_family: dict[str, _Hits]) -> Iterable[Match]:
    for tail in by_family[frame.parts[-1]].hits:
        chain = [tail]
        for part in reversed(frame.parts[:-1]):
            head = chain[0]
            found = by_family[part]
            if frame.gap is None:
                low, high = head.start - frame.window, head.start + frame.window
                if frame.clause:
                    first, last = reading.clause_of(head.start)
                    low, high = max(low, first), min(high, last - 1)
                near = [
                    h
                    for h in found.between(low, high)
                    if all(h.end <= c.start or h.start >= c.end for c in chain)
                ]
            else:
                clause = reading.clause_of(head.start)
                lowest = max(clause[0], head.start - frame.gap - 8)
                near = [
                    h
                    for h in found.between(lowest, head.start)
                    if h.start < head.start and head.start - h.end <= frame.gap
                ]
            if not near:
                break
            chain.insert(0, max(near, key=lambda h: (-abs(head.start - h.end), h.start)))
        else:
            start = min(h.start for h in chain)
            end = max(h.end for h in chain)
            if end < len(reading.words) and reading.words[end] in frame.not_followed_by:
                continue
            ordered = sorted(chain)
            gaps = tuple(i for a, b in itertools.pairwise(ordered) for i in range(a.end, b.start))
            yield Match(frame, start, end, False, gaps)


class _Hits:
    """One family's hits, sorted by start, with a range look-up by bisection."""

    def __init__(self, hits: list[Hit] | None = None) -> None:
        self.hits: list[Hit] = hits or []
        self.starts: list[int] = [h.start for h in self.hits]

    def add(self, hit: Hit) -> None:
        self.hits.append(hit)
        self.starts.append(hit.start)

    def merge(self, hits: Iterable[Hit]) -> None:
        """Add hits in any order; all stay sorted by start."""
        self.hits = sorted([*self.hits, *hits])
        self.starts = [h.start for h in self.hits]

    def between(self, low: int, high: int) -> list[Hit]:
        """The hits starting from `low` to `high`, both included."""
        return self.hits[
            bisect.bisect_left(self.starts, low) : bisect.bisect_right(self.starts, high)
        ]


def _cancelled(
    reading: Reading,
    frame: Frame,
    match: Match,
    by_family: dict[str, _Hits],
    overrides: Mapping[str, str],
    spares: Mapping[str, Sequence[str]],
    leading: frozenset[str] = frozenset(),
) -> bool:
    """Whether a family of the frame's `unless` is near the match.

    A family in `spares` never cancels a match whose own piece (its clause, cut at commas:
    `Reading.pieces`) has a hit of a family it maps to ("tried" spares an attempt from
    `grief`'s "last month"; a wish of now spares "i want to die just as much as back then"
    from `recovered`'s "back then"). A family in `leading` spares, or cancels, only when its
    hit leads the match: it begins at or before the match's first word and reaches into it
    ("i want to" before "want to die"; a worried "how do i help" is no question of means:
    "how do i help my mum, she wants to die").

    A family in `overrides` cancels from another clause only when the match's own clause has
    no hit of the family it maps to: "i passed my test! and i still want to end things" is a
    crisis, "passed" notwithstanding; "it passed" next to "i wanted to die" is not.
    """
    reach = frame.window + 12  # a cancelling phrase is at most a dozen words long
    first, last = reading.clause_of(match.start)
    piece = _piece(reading, match.start, last)
    for family in frame.unless:
        found = by_family.get(family)
        if found is None:
            continue
        if family in leading:
            if _leads(by_family, family, match):
                return True
            continue
        if any(
            _leads(by_family, spared, match)
            if spared in leading
            else _has(by_family, spared, *piece)
            for spared in spares.get(family, ())
        ):
            continue
        for hit in found.between(match.start - reach, match.end + frame.window):
            if hit.start > match.end + frame.window or hit.end < match.start - frame.window:
                continue
            held = overrides.get(family)
            if held and not first <= hit.start < last and _has(by_family, held, first, last):
                continue
            return True
    return False


def _piece(reading: Reading, at: int, last: int) -> tuple[int, int]:
    """The piece (first, one past the last word) of word `at`, in a clause ending at `last`."""
    i = bisect.bisect_right(reading.pieces, at)
    end = reading.pieces[i] if i < len(reading.pieces) else last
    return reading.piece_of(at), min(end, last)


def _leads(by_family: dict[str, _Hits], family: str, match: Match) -> bool:
    """Whether a hit of the family begins at or before the match and reaches into it."""
    found = by_family.get(family)
    return found is not None and any(
        hit.start <= match.start < hit.end for hit in found.between(match.start - 12, match.start)
    )


def _has(by_family: dict[str, _Hits], family: str, first: int, last: int) -> bool:
    found = by_family.get(family)
    return found is not None and bool(found.between(first, last - 1))


def _negated(
    reading: Reading, start: int, negations: frozenset[str], bridge: frozenset[str] | None
) -> bool:
    """Whether a negation governs the words from `start`, within the clause.

    With `bridge`, only its words may stand between, at most four ("not *really going to*
    do it"); with `None`, any negation in the three words before counts.
    """
    first, _ = reading.clause_of(start)
    if bridge is None:
        return any(w in negations for w in reading.words[max(first, start - 3) : start])
    before = reading.words[max(first, start - 5) : start]
    for word in reversed(before):
        if word in negations:
            return True
        if word not in bridge:
            return False
    return False


def frame_from(table: Mapping[str, Any]) -> Frame:
    """Build a frame from one `[[frame]]` table of a data file (checked by the caller)."""
    return Frame(
        id=str(table["id"]),
        family=str(table["family"]),
        parts=tuple(table["parts"]),
        level=str(table.get("level", "crisis")),
        gap=None if table.get("order", True) is False else int(table.get("gap", 4)),
        window=int(table.get("window", 24)),
        negation=str(table.get("negation", "softens")),
        unless=tuple(table.get("unless", ())),
        needs_subject=bool(table.get("needs_subject", False)),
        topic=str(table.get("topic", "")),
        not_followed_by=frozenset(table.get("not_followed_by", ())),
        clause=bool(table.get("clause", False)),
        speaker=bool(table.get("speaker", False)),
        makes=str(table.get("makes", "")),
        about=str(table.get("about", "")),
        firm=bool(table.get("firm", False)),
    )
