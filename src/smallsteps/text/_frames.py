"""Phrases and frames over a `Reading`: the matching engine the safety net runs on.

A *family* is a list of phrases ("end my life", "{writer} be a burden"). A *frame* names
families that must appear together, in order within a clause ("intent" then "death") or in
any order within a window of words, and says what it means when they do. Both are data; this
module only matches them. Matching starts only at words that can begin a phrase (an index
built once), so a long text costs a dictionary look-up a word.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Final

import attrs

from ._lexicon import Lexicon
from ._normalise import Reading

__all__ = ["Frame", "Hit", "Match", "PhraseBook", "compile_phrases", "match_frames"]

_MAX_EXPANSIONS: Final = 512
"""The most phrases one written phrase may expand into through optional words."""

# A phrase word compiles to a set of keys; a word of the text matches when its own keys meet
# them. Keys: "b:" + base, "w:" + exact word, "c:" + class name; "*" matches any word.
Spec = frozenset[str]


@attrs.frozen
class Hit:
    """One phrase of a family found in a reading: words `start` to `end` (one past)."""

    family: str
    start: int
    end: int


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
        negation: `"softens"` (a negation just before makes it a concern), `"required"`
            (it matches only after a negation) or `"ignored"`.
        unless: Families that cancel the frame when found within `window` words.
        needs_subject: The frame counts only when a word says who it is about ("i hope",
            "she prays"), never by default.
        topic: How topic words nearby ("an essay on", "a film about") count: `""` not at
            all, `"weak"` unless a word says who it is about, `"strong"` always (a bare
            mention of the word "suicide" near "essay" is about the topic).
        not_followed_by: Words that cancel the frame when they follow its last part
            ("live in" a city, "die of" laughter).
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


@attrs.frozen
class Match:
    """A frame found in a reading: the words it spans and whether a negation came before."""

    frame: Frame
    start: int
    end: int
    negated: bool


class PhraseBook:
    """Families of phrases compiled against a lexicon, indexed by the keys that start them."""

    def __init__(self, lex: Lexicon, families: Mapping[str, Sequence[str]]) -> None:
        self.lexicon = lex
        self._starts: dict[str, list[tuple[str, tuple[Spec, ...]]]] = {}
        self._any_start: list[tuple[str, tuple[Spec, ...]]] = []
        words: set[str] = set()
        for family, phrases in families.items():
            for phrase in phrases:
                for specs in compile_phrases(phrase, lex, words):
                    entry = (family, specs)
                    if "*" in specs[0]:
                        self._any_start.append(entry)
                    for key in specs[0]:
                        self._starts.setdefault(key, []).append(entry)
        lex.add_keys(words)
        self._keys_cache: dict[tuple[str, str], frozenset[str]] = {}

    def _keys(self, word: str, base: str) -> frozenset[str]:
        cached = self._keys_cache.get((word, base))
        if cached is None:
            classes = self.lexicon.classes_of(word)
            cached = frozenset({f"b:{base}", f"w:{word}", *(f"c:{c}" for c in classes)})
            if len(self._keys_cache) < 200_000:
                self._keys_cache[(word, base)] = cached
        return cached

    def find(self, reading: Reading) -> list[Hit]:
        """Return every phrase found, longest first at each word, in text order."""
        keys = [self._keys(w, b) for w, b in zip(reading.words, reading.bases, strict=True)]
        hits: list[Hit] = []
        seen: set[tuple[str, int, int]] = set()
        for i, own in enumerate(keys):
            candidates = list(self._any_start)
            for key in own:
                candidates.extend(self._starts.get(key, ()))
            for family, specs in candidates:
                end = i + len(specs)
                if end > len(keys) or (family, i, end) in seen:
                    continue
                if all("*" in s or not s.isdisjoint(keys[i + k]) for k, s in enumerate(specs)):
                    seen.add((family, i, end))
                    hits.append(Hit(family, i, end))
        hits.sort(key=lambda h: (h.start, -h.end, h.family))
        return hits


def compile_phrases(phrase: str, lex: Lexicon, words: set[str]) -> list[tuple[Spec, ...]]:
    """Compile one written phrase into the key sets of each word, alternatives expanded.

    A phrase word is a base ("cut" also matches "cutting"), `=word` for that exact word,
    `{class}` for a word of a lexicon class, `*` for any one word, and single-word
    alternatives joined by `|` ("cut|burn|hurt"). `(a b|c)` groups alternatives of several
    words. A final `?` makes a word or a group optional. Words typed in a phrase are read as
    the text is ("dont" becomes "do not").
    """
    out = []
    for sequence in itertools.islice(_expand(phrase), _MAX_EXPANSIONS):
        specs: list[Spec] = []
        for token in sequence:
            if "|" not in token and not token.startswith(("=", "{")) and token != "*":
                specs.extend(_spec(w, lex, words) for w in lex.resolve(token))
            else:
                specs.append(
                    frozenset(k for alt in token.split("|") for k in _spec(alt, lex, words))
                )
        if specs:
            out.append(tuple(specs))
    return out


def _expand(phrase: str) -> Iterable[tuple[str, ...]]:
    """Every word sequence a written phrase stands for: groups and optional words expanded."""
    options: list[list[tuple[str, ...]]] = []
    rest = phrase.strip()
    while rest:
        if rest.startswith("("):
            close = rest.find(")")
            if close < 0:
                raise ValueError(f"unclosed group in phrase of {len(phrase)} characters")
            choices = [tuple(alt.split()) for alt in rest[1:close].split("|")]
            rest = rest[close + 1 :]
            if rest.startswith("?"):
                choices.append(())
                rest = rest[1:]
        else:
            token, _, rest = rest.partition(" ")
            optional = token.endswith("?") and len(token) > 1
            choices = [(token[:-1],), ()] if optional else [(token,)]
        options.append(choices)
        rest = rest.strip()
    for combo in itertools.product(*options):
        yield tuple(word for part in combo for word in part)


def _spec(alt: str, lex: Lexicon, words: set[str]) -> Spec:
    if alt == "*":
        return frozenset({"*"})
    if alt.startswith("{") and alt.endswith("}"):
        return frozenset({f"c:{alt[1:-1]}"})
    if alt.startswith("="):
        return frozenset({f"w:{alt[1:]}"})
    words.add(alt)
    return frozenset({f"b:{lex.base(alt)}", f"w:{alt}"})


def match_frames(
    reading: Reading, hits: Iterable[Hit], frames: Sequence[Frame], negations: frozenset[str]
) -> list[Match]:
    """Return every place each frame is found; where two overlap, the un-negated one."""
    by_family: dict[str, list[Hit]] = {}
    for hit in hits:
        by_family.setdefault(hit.family, []).append(hit)
    found: list[Match] = []
    for frame in frames:
        if not all(part in by_family for part in frame.parts):
            continue
        kept: list[Match] = []
        for match in _matches(reading, frame, by_family):
            if _cancelled(reading, frame, match, by_family):
                continue
            negated = _negated(reading, match.start, negations)
            if frame.negation == "required" and not negated:
                continue
            match = attrs.evolve(match, negated=negated and frame.negation == "softens")
            overlap = [k for k in kept if k.start < match.end and match.start < k.end]
            if not overlap:
                kept.append(match)
            elif overlap[0].negated and not match.negated:
                kept[kept.index(overlap[0])] = match
        found.extend(kept)
    return found


def _matches(reading: Reading, frame: Frame, by_family: dict[str, list[Hit]]) -> Iterable[Match]:
    last = by_family[frame.parts[-1]]
    for tail in last:
        chain = [tail]
        for part in reversed(frame.parts[:-1]):
            head = chain[0]
            if frame.gap is None:
                near = [
                    h
                    for h in by_family[part]
                    if abs(h.start - head.start) <= frame.window
                    and all(h.end <= c.start or h.start >= c.end for c in chain)
                ]
            else:
                clause = reading.clause_of(head.start)
                near = [
                    h
                    for h in by_family[part]
                    if h.end <= head.start
                    and head.start - h.end <= frame.gap
                    and h.start >= clause[0]
                ]
            if not near:
                break
            chain.insert(0, max(near, key=lambda h: (-abs(head.start - h.end), h.start)))
        else:
            start = min(h.start for h in chain)
            end = max(h.end for h in chain)
            if end < len(reading.words) and reading.words[end] in frame.not_followed_by:
                continue
            yield Match(frame, start, end, False)


def _cancelled(
    reading: Reading, frame: Frame, match: Match, by_family: dict[str, list[Hit]]
) -> bool:
    for family in frame.unless:
        for hit in by_family.get(family, ()):
            if hit.start <= match.end + frame.window and hit.end >= match.start - frame.window:
                return True
    return False


def _negated(reading: Reading, start: int, negations: frozenset[str]) -> bool:
    first, _ = reading.clause_of(start)
    return any(w in negations for w in reading.words[max(first, start - 3) : start])


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
    )
