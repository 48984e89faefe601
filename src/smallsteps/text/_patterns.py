"""The thinking-pattern finder's second reader: a linear model over the text layer's words.

The rules (`ThinkingRules`) find a pattern where their phrases and frames say; the pattern
model weighs every word, pair of words and word base of a thought, as learned from the
project's labelled thoughts (`scripts/train_pattern_model.py`), and gives the chance of each
pattern and of none. `PatternModel.weigh` joins the two: a pattern the model is sure of is
added with the clause that weighed most towards it as its evidence, and a thought the model
is sure is balanced keeps no pattern. Weights are data (`data/thinking/en.model.json`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Final

import attrs

from ._modelfile import model_parts
from ._normalise import Reading
from ._scorer import (
    Index,
    Weights,
    features,
    index,
    softmax,
    walk,
)

__all__ = ["PatternModel", "parse_pattern_model"]

Evidence = tuple[str, int, int]
"""A pattern found: (pattern id, first character, one past the last) of the clause."""

_FORMAT: Final = 1


@attrs.frozen(repr=False)
class PatternModel:
    """A linear model over words that tells thinking patterns apart, with its settings.

    Attributes:
        lang: The language it reads.
        classes: `"none"`, then the pattern ids.
        bias: One weight per class.
        weights: Per feature (`smallsteps.text._scorer.features`), one weight per class.
        threshold: A pattern's chance above which it is reported where the rules found none.
        clear: The chance of none above which a thought keeps no pattern (a balanced one).
        trained: What the weights were learned from, as the training script wrote it.
    """

    lang: str
    classes: tuple[str, ...]
    bias: Weights
    weights: Mapping[str, Weights]
    threshold: float = 0.5
    clear: float = 0.9
    trained: Mapping[str, Any] = attrs.Factory(dict)
    _index: Index = attrs.field(init=False, eq=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_index", index(self.weights))

    def __repr__(self) -> str:
        return f"<PatternModel {self.lang}, {len(self.classes) - 1} patterns>"

    def probabilities(self, reading: Reading) -> dict[str, float]:
        """The chance of each class for a reading, by class name."""
        sums, _ = walk(reading, self.bias, self._index)
        return dict(zip(self.classes, softmax(sums), strict=True))

    def strongest_clause(self, reading: Reading, pattern: str) -> tuple[int, int]:
        """The clause (first word, one past the last) whose words weigh most towards a pattern."""
        at = self.classes.index(pattern)

        def push(clause: tuple[int, int]) -> float:
            first, last = clause
            found = features(reading.words[first:last], reading.bases[first:last])
            return sum(w[at] - w[0] for w in (self.weights.get(f) for f in found) if w is not None)

        return max(reading.clauses, key=lambda c: (push(c), -c[0]))

    def weigh(self, evidence: Sequence[Evidence], reading: Reading) -> list[Evidence]:
        """Join the model's reading to the patterns the rules found (`evidence`).

        Returns no pattern when the chance of none is above `clear`; else the rules'
        patterns, and each pattern above `threshold` that they did not find, quoted with the
        whole clause that weighed most towards it.
        """
        if not reading.words or not reading.spans:
            return list(evidence)
        chances = self.probabilities(reading)
        if chances["none"] > self.clear:
            return []
        found = list(evidence)
        have = {e[0] for e in found}
        ranked = sorted(
            ((p, c) for c, p in chances.items() if c != "none"), key=lambda x: (-x[0], x[1])
        )
        for chance, pattern in ranked:
            if chance <= self.threshold or pattern in have:
                continue
            first, last = self.strongest_clause(reading, pattern)
            found.append((pattern, reading.spans[first][0], reading.spans[last - 1][1]))
        return found


def parse_pattern_model(data: Mapping[str, Any]) -> tuple[PatternModel | None, list[str]]:
    """Build a pattern model from a data file's contents; return it with the problems found."""
    if data.get("format") != _FORMAT:
        return None, [f"format: expected {_FORMAT}"]
    problems: list[str] = []
    classes = data.get("classes")
    if not (
        isinstance(classes, list)
        and len(classes) >= 2
        and classes[0] == "none"
        and all(isinstance(c, str) and c for c in classes)
    ):
        return None, ['classes: expected "none" and then the pattern ids']
    settings = {"threshold": (0.0, 1.0), "clear": (0.0, 1.0)}
    lang, bias, weights = model_parts(data, len(classes), settings, problems)
    if problems or bias is None:
        return None, problems
    trained = data.get("trained", {})
    return (
        PatternModel(
            lang,
            tuple(classes),
            bias,
            weights,
            float(data.get("threshold", 0.5)),
            float(data.get("clear", 0.9)),
            dict(trained) if isinstance(trained, Mapping) else {},
        ),
        [],
    )
