"""The task reader's word models: which action a task means, and what kind of thing its object is.

The rules of `_taskread` read a task first (its verb, kind, object and class). Two models
then weigh the task's words and word pairs together with that rule reading: one says which
of the action kinds the task means (`data/tasks/kind.model.json`), the other which class
its object belongs to (`data/tasks/class.model.json`: an appliance, a pet, a vehicle...),
reading the object's own words too. Both are multinomial logistic regressions learned by
`scripts/train_task_model.py` from the tuned tasks and the earlier blind slices. On slices
written by new writers, whom the rules never saw, they reach the expected reading far more
often than the rules alone (the numbers are in docs/explanation/breaking-tasks-down.md).
"""

from __future__ import annotations

import functools
import itertools
import json
import math
from collections.abc import Mapping, Sequence
from typing import Any

import attrs

__all__ = ["KindModel", "class_features", "default_class_model", "default_kind_model", "features"]


def features(
    words: Sequence[str], verb: str, kind: str, object_class: str, thing: str
) -> list[str]:
    """The features of a task: its words, word pairs and the rules' reading of it, each once."""
    found = [f"w:{w}" for w in words]
    found += [f"b:{a} {b}" for a, b in itertools.pairwise(words)]
    found += [
        f"k:{kind or '-'}",
        f"c:{object_class or '-'}",
        f"v:{verb or '-'}",
        f"vk:{bool(verb)}:{kind or '-'}",
    ]
    if thing:
        found.append(f"t:{thing.lower()}")
    return list(dict.fromkeys(found))  # presence, not counts: a long text weighs no more


def class_features(
    words: Sequence[str], verb: str, kind: str, object_class: str, thing: str, obj: str
) -> list[str]:
    """The class model's features: the task's (`features`), and its object's own words."""
    found = features(words, verb, kind, object_class, thing)
    found += [f"o:{w}" for w in obj.lower().split()]
    return list(dict.fromkeys(found))


@attrs.frozen(repr=False)
class KindModel:
    """Weights for each action kind: a bias, and for each feature the kinds it speaks for.

    Attributes:
        kinds: The action kinds, in the order of the weights.
        bias: One weight a kind.
        weights: For each feature, (kind index, weight) pairs; features not listed weigh 0.
    """

    kinds: tuple[str, ...]
    bias: tuple[float, ...]
    weights: Mapping[str, tuple[tuple[int, float], ...]]

    def __repr__(self) -> str:
        return f"<KindModel {len(self.kinds)} kinds, {len(self.weights)} features>"

    def knows(self, words: Sequence[str]) -> bool:
        """Whether the model learned any of these words (a task's words of substance)."""
        return any(f"w:{w}" in self.weights for w in words)

    def _sums(self, found: Sequence[str]) -> list[float]:
        sums = list(self.bias)
        for feature in found:
            for at, weight in self.weights.get(feature, ()):
                sums[at] += weight
        return sums

    def weigh(self, found: Sequence[str]) -> tuple[str, float]:
        """The likeliest kind for these features, and its probability."""
        sums = self._sums(found)
        top = max(range(len(sums)), key=lambda i: (sums[i], -i))
        peak = sums[top]
        total = math.fsum(math.exp(s - peak) for s in sums)
        return self.kinds[top], 1.0 / total

    def ranked(self, found: Sequence[str]) -> list[tuple[str, float]]:
        """Every kind with its probability for these features, likeliest first."""
        sums = self._sums(found)
        peak = max(sums)
        total = math.fsum(math.exp(s - peak) for s in sums)
        order = sorted(range(len(sums)), key=lambda i: (-sums[i], i))
        return [(self.kinds[i], math.exp(sums[i] - peak) / total) for i in order]

    def chance(self, found: Sequence[str], kind: str) -> float:
        """The probability of one kind for these features (0 for a kind it does not know)."""
        if kind not in self.kinds:
            return 0.0
        sums = self._sums(found)
        peak = max(sums)
        total = math.fsum(math.exp(s - peak) for s in sums)
        return math.exp(sums[self.kinds.index(kind)] - peak) / total


def parse_kind_model(data: Mapping[str, Any]) -> KindModel:
    """A model from the data of `kind.model.json` (kinds, bias, weights)."""
    kinds = tuple(str(k) for k in data["kinds"])
    bias = tuple(float(b) for b in data["bias"])
    weights = {
        str(f): tuple((int(i), float(w)) for i, w in pairs) for f, pairs in data["weights"].items()
    }
    if len(bias) != len(kinds) or any(
        not 0 <= i < len(kinds) for p in weights.values() for i, _ in p
    ):
        raise ValueError("kind model: weights do not match its kinds")
    return KindModel(kinds, bias, weights)


def _shipped(name: str) -> KindModel:
    from importlib import resources

    text = (resources.files("smallsteps") / "data" / "tasks" / name).read_text("utf-8")
    return parse_kind_model(json.loads(text))


@functools.cache
def default_kind_model() -> KindModel:
    """The kind model that ships with smallsteps (`data/tasks/kind.model.json`)."""
    return _shipped("kind.model.json")


@functools.cache
def default_class_model() -> KindModel:
    """The class model that ships with smallsteps (`data/tasks/class.model.json`).

    The same shape as the kind model: its `kinds` are the object classes.
    """
    return _shipped("class.model.json")
