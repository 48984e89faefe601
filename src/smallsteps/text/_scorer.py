"""The safety net's second reader: a small linear model over the text layer's words.

Rules hear what they were written for, and people write in more ways than any list holds.
The word model weighs every word and every pair of neighbouring words a person wrote, as
learned from the project's labelled messages (`scripts/train_safety_model.py`), and says how
likely a message is to come from a writer at risk, from someone worried about another person,
or neither. Its weights are data (`smallsteps/data/safety/en.model.json`); scoring is a sum
over the words, so it is deterministic and linear in the length of the text.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, Final

import attrs

from .._errors import must_be
from ._normalise import Reading

__all__ = [
    "CLASSES",
    "Index",
    "Scores",
    "Weights",
    "WordModel",
    "features",
    "index",
    "softmax",
    "walk",
]

CLASSES: Final = ("none", "writer", "other")
"""What the model tells apart: no risk, the writer at risk, someone else at risk."""

PEAK_WORDS: Final = 8
"""How many words the strongest stretch of a message spans (`peaks`): about a clause."""

Weights = tuple[float, ...]
"""One weight per class."""
Index = tuple[dict[str, Weights], dict[str, dict[str, Weights]], dict[str, Weights]]
"""Weights of single words, of word pairs by first word then second, and of bases (`~`)."""


def features(words: Sequence[str], bases: Sequence[str] = ()) -> list[str]:
    """The features of a text: its words, pairs of neighbouring words, and bases.

    A base that differs from its word is marked `~`, so "cutting" and "cuts" share "~cut".

    Example:
        >>> features(("i", "was", "cutting"), ("i", "be", "cut"))
        ['i', 'was', 'cutting', 'i was', 'was cutting', '~be', '~cut']
    """
    pairs = [f"{a} {b}" for a, b in itertools.pairwise(words)]
    stems = [f"~{b}" for w, b in zip(words, bases, strict=False) if b != w]
    return [*words, *pairs, *stems]


@attrs.frozen
class Scores:
    """How the word model reads one text: a probability for each class, summing to 1.

    Attributes:
        none: That no one is at risk.
        writer: That the writer may be at risk.
        other: That the writer is worried about someone else at risk.
        known: How many of the text's features the model has weights for.
        peak_writer: The log-odds of writer over none of the strongest stretch of
            `PEAK_WORDS` words (`peaks`).
        peak_other: The same for other over none.
    """

    none: float
    writer: float
    other: float
    known: int = 0
    peak_writer: float = 0.0
    peak_other: float = 0.0

    @property
    def risk(self) -> float:
        """The chance that someone, the writer or another, is at risk."""
        return self.writer + self.other


@attrs.frozen(repr=False)
class WordModel:
    """A linear model over words and word pairs, with the settings the safety net reads it by.

    Build it with `ss.default_safety_model()` or `ss.load_safety_model(path)`.

    Attributes:
        lang: The language it reads.
        bias: One weight per class (`CLASSES`).
        weights: Per feature, one weight per class.
        judge: The second stage: per cue (a rule that spoke, who it spoke about, at what
            level; `m:writer` and `m:other`, the word model's log-odds), one weight per class.
        posts: The judge of long texts (forum posts, journal pages): per cue (the rules'
            cues over the whole text, `w:` the short judge's readings of its parts, `p:` the
            text's words), one weight per class.
        threshold: The short judge's chance of "none" below which a notice shows.
        post_threshold: The same for the post judge.
        max_words: Longest text, in words, read as a message; longer ones are read as posts.
        part_words: How many words of a post the short judge reads at a time.
        post_words: Longest post, in words, the model reads; longer texts are left to the
            rules, which read any length in linear time.
        trained: What the weights were learned from, as the training script wrote it.
        hold_threshold: The short judge's chance of "none" at or above which the rules'
            signals are held back (when it is lower, but not below `threshold`, the rules'
            signals stand as they are, and the word model adds none of its own). `None`:
            the same as `threshold`.
        spoken: A second word model, learned only from messages the rules spoke on (where
            their phrases and everyday talk meet): per feature, one weight per class. The
            judge reads it (`s:writer`, `s:other`, `s:peak`) when a rule spoke.
        spoken_bias: Its bias, one weight per class.
        gates: The judge's cues that say what stance the words are in (a trip, a topic,
            care, recovery, a game): with one of them, the judge weighs the word model's
            reading apart (`h:travel*m:writer`), so a trip can lower what words of leaving
            would otherwise say.
        firm_threshold: The short judge's chance of "none" at or above which a firm signal
            (a frame marked `firm`: the writer's own plain wish, "i want to die", not
            denied) is held back; below it, such a signal stands. `None`: the same as
            `hold_threshold`. A long post's judge holds every signal at `post_threshold`.
    """

    lang: str
    bias: Weights
    weights: Mapping[str, Weights]
    judge: Mapping[str, Weights]
    posts: Mapping[str, Weights] = attrs.Factory(dict)
    threshold: float = 0.5
    post_threshold: float = 0.5
    max_words: int = 100
    part_words: int = 60
    post_words: int = 5000
    trained: Mapping[str, Any] = attrs.Factory(dict)
    hold_threshold: float | None = None
    spoken: Mapping[str, Weights] = attrs.Factory(dict)
    spoken_bias: Weights = (0.0, 0.0, 0.0)
    gates: tuple[str, ...] = ()
    firm_threshold: float | None = None
    _index: Index = attrs.field(init=False, eq=False)
    _spoken: Index = attrs.field(init=False, eq=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_index", index(self.weights))
        object.__setattr__(self, "_spoken", index(self.spoken))

    def __repr__(self) -> str:
        return f"<WordModel {self.lang}, {len(self.weights)} features>"

    def reads(self, reading: Reading) -> bool:
        """Whether a text is read as a message (see `max_words`)."""
        return 0 < len(reading.words) <= self.max_words

    def reads_post(self, reading: Reading) -> bool:
        """Whether a text is read as a post (see `post_words`)."""
        return bool(self.posts) and self.max_words < len(reading.words) <= self.post_words

    def judge_message(self, reading: Reading, cues: Iterable[str]) -> Scores:
        """The short judge's reading of a message, given the rules' cues for it."""
        return self.judged(self.judge_features(self.scores(reading), cues, reading))

    def post_features(
        self, reading: Reading, cues: Iterable[str], cues_of: Callable[[Reading], Iterable[str]]
    ) -> dict[str, float]:
        """The post judge's inputs, from three readings of a long text.

        The rules' cues over the whole text (`cues`), the short judge's readings of each part
        (each part's cues from `cues_of`), and the text's own words.
        """
        judged = [self.judge_message(p, cues_of(p)) for p in reading.parts(self.part_words)]
        odds = [_log_odds(1 - j.none, j.none) for j in judged]
        risky = sum(o > 0 for o in odds)
        x = dict.fromkeys(cues, 1.0)
        x["w:max"] = max(odds) / 4
        x["w:mean"] = sum(odds) / len(odds) / 4
        x["w:frac"] = risky / len(odds)
        x["w:n"] = min(5, risky) / 5
        x["w:other"] = max(_log_odds(j.other, j.writer) for j in judged) / 4
        for feature in features(reading.words, reading.bases):
            x[f"p:{feature}"] = 0.3
        return x

    def judge_post(
        self, reading: Reading, cues: Iterable[str], cues_of: Callable[[Reading], Iterable[str]]
    ) -> Scores:
        """The post judge's reading of a long text (see `post_features`)."""
        return self.judged(self.post_features(reading, cues, cues_of), self.posts)

    def scores(self, reading: Reading) -> Scores:
        """Score a reading: the three probabilities (the audit words: `strongest`).

        With them, the log-odds of its strongest stretch of `PEAK_WORDS` words (`peaks`).
        """
        must_be("reading", reading, Reading, "a Reading (smallsteps.text.read)")
        return _scored(reading, self.bias, self._index)

    def strongest(self, reading: Reading, n: int = 3) -> tuple[str, ...]:
        """The features of a reading that pushed most towards risk, strongest first."""
        pushes = {}
        for feature in features(reading.words, reading.bases):
            w = self.weights.get(feature)
            if w is not None and max(w[1], w[2]) > w[0]:
                pushes[feature] = max(w[1], w[2]) - w[0]
        return tuple(f for f, _ in sorted(pushes.items(), key=lambda kv: (-kv[1], kv[0]))[:n])

    def judge_features(
        self, scores: Scores, cues: Iterable[str], reading: Reading | None = None
    ) -> dict[str, float]:
        """The judge's inputs: the rules' cues and the word model's log-odds (scaled).

        `m:few` and `m:scant` say how little the model knew of the text (few words with
        weights, where one word's weight can tip the sum). Each of the `gates` found
        carries the word model's reading apart; when a rule spoke (a `rule:` cue) and the
        `reading` is given, the `spoken` model's reading joins them.
        """
        x = dict.fromkeys(cues, 1.0)
        x["m:writer"] = _clip(_log_odds(scores.writer, scores.none))
        x["m:other"] = _clip(_log_odds(scores.other, scores.none))
        x["m:peak"] = _clip(scores.peak_writer)
        x["m:peak_other"] = _clip(scores.peak_other)
        if scores.known <= 6:
            x["m:few"] = 1.0
        if scores.known <= 3:
            x["m:scant"] = 1.0
        for gate in self.gates:
            if gate in x:
                x[f"{gate}*m:writer"] = x["m:writer"]
                x[f"{gate}*m:peak"] = x["m:peak"]
        if reading is not None and self.spoken and any(c.startswith("rule:") for c in x):
            second = _scored(reading, self.spoken_bias, self._spoken)
            x["s:writer"] = _clip(_log_odds(second.writer, second.none))
            x["s:other"] = _clip(_log_odds(second.other, second.none))
            x["s:peak"] = _clip(second.peak_writer)
        return x

    def judged(self, x: Mapping[str, float], table: Mapping[str, Weights] | None = None) -> Scores:
        """A judge's reading of its inputs: the short judge's unless `table` is given."""
        weights = self.judge if table is None else table
        t0, t1, t2 = weights.get("", (0.0, 0.0, 0.0))
        for name, value in x.items():
            w = weights.get(name)
            if w is not None:
                t0 += w[0] * value
                t1 += w[1] * value
                t2 += w[2] * value
        return _softmax(t0, t1, t2)


def index(weights: Mapping[str, Weights]) -> Index:
    """Split a model's weights for `walk`: pairs are looked up word by word."""
    singles: dict[str, Weights] = {}
    pairs: dict[str, dict[str, Weights]] = {}
    stems: dict[str, Weights] = {}
    for feature, w in weights.items():
        first, space, second = feature.partition(" ")
        if space and second and " " not in second:
            pairs.setdefault(first, {})[second] = w
        elif feature.startswith("~"):
            stems[feature[1:]] = w
        else:
            singles[feature] = w
    return singles, pairs, stems


def walk(reading: Reading, bias: Weights, weights: Index) -> tuple[list[float], int]:
    """The sums per class over `features(reading.words, reading.bases)`, and how many count.

    Walked word by word, so that no string is built for a pair; `known` is how many of the
    features have weights.
    """
    singles, pairs, stems = weights
    row: dict[str, Weights] | None = None
    found: list[Weights] = []
    for word, base in zip(reading.words, reading.bases, strict=False):
        w = singles.get(word)
        if w is not None:
            found.append(w)
        if row is not None:
            w = row.get(word)
            if w is not None:
                found.append(w)
        if base != word:
            w = stems.get(base)
            if w is not None:
                found.append(w)
        row = pairs.get(word)
    known = len(found)
    sums = [sum(column) for column in zip(bias, *found, strict=True)] if found else list(bias)
    return sums, known


def _scored(reading: Reading, bias: Weights, weights: Index) -> Scores:
    """A reading's scores under one set of weights, with its strongest stretch (`peaks`)."""
    sums, known, gain_w, gain_o = _walk3(reading, bias, weights)
    best_w, best_o = peaks(gain_w, gain_o, PEAK_WORDS)
    b0, b1, b2 = bias
    return _softmax(*sums, known, b1 - b0 + best_w, b2 - b0 + best_o)


def _walk3(
    reading: Reading, bias: Weights, weights: Index
) -> tuple[tuple[float, float, float], int, list[float], list[float]]:
    """`walk` for three classes, keeping each word's gain of writer and of other over none.

    A word's gain is the sum over the features that end on it (the word, the pair it closes,
    its base), for `peaks`.
    """
    singles, pairs, stems = weights
    t0, t1, t2 = bias
    known = 0
    gain_w: list[float] = []
    gain_o: list[float] = []
    row: dict[str, Weights] | None = None
    for word, base in zip(reading.words, reading.bases, strict=False):
        a0 = a1 = a2 = 0.0
        pair = row.get(word) if row is not None else None
        stem = stems.get(base) if base != word else None
        for w in (singles.get(word), pair, stem):  # the word, the pair it closes, its base
            if w is not None:
                a0 += w[0]
                a1 += w[1]
                a2 += w[2]
                known += 1
        t0 += a0
        t1 += a1
        t2 += a2
        gain_w.append(a1 - a0)
        gain_o.append(a2 - a0)
        row = pairs.get(word)
    return (t0, t1, t2), known, gain_w, gain_o


def peaks(gain_w: Sequence[float], gain_o: Sequence[float], size: int) -> tuple[float, float]:
    """The strongest stretch of `size` words: its sums of the words' gains (see `_walk3`).

    The sums of a linear model over a whole message can drown a few words of crisis among
    many everyday ones (a to-do list, a day at work); the strongest stretch cannot. A message
    of `size` words or fewer is one stretch; no words, no gain. Linear time, a running sum.
    """
    n = len(gain_w)
    if n <= size:
        return sum(gain_w), sum(gain_o)
    run_w, run_o = sum(gain_w[:size]), sum(gain_o[:size])
    best_w, best_o = run_w, run_o
    for i in range(size, n):
        run_w += gain_w[i] - gain_w[i - size]
        run_o += gain_o[i] - gain_o[i - size]
        if run_w > best_w:
            best_w = run_w
        if run_o > best_o:
            best_o = run_o
    return best_w, best_o


def softmax(sums: Sequence[float]) -> list[float]:
    """Probabilities from sums, one per class."""
    top = max(sums)
    exps = [math.exp(t - top) for t in sums]
    whole = sum(exps)
    return [e / whole for e in exps]


def _softmax(
    t0: float, t1: float, t2: float, known: int = 0, peak_w: float = 0.0, peak_o: float = 0.0
) -> Scores:
    top = max(t0, t1, t2)
    e0, e1, e2 = math.exp(t0 - top), math.exp(t1 - top), math.exp(t2 - top)
    whole = e0 + e1 + e2
    return Scores(e0 / whole, e1 / whole, e2 / whole, known, peak_w, peak_o)


def _log_odds(p: float, q: float) -> float:
    """log(p / q), both kept above a tiny floor."""
    return math.log(max(p, 1e-9) / max(q, 1e-9))


def _clip(log_odds: float) -> float:
    """Log-odds scaled into -3..3, so that one reader's certainty cannot swamp the judge."""
    return max(-3.0, min(3.0, log_odds / 4))
