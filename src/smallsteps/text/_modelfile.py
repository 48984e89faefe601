"""The word models' files: their weights and settings read and checked.

`parse_model` builds the safety net's `WordModel` from a file's contents; `model_parts`,
`table_of` and the rest read what every model file has (the pattern model's too), and note
each problem found rather than raising, so a loader can name them all at once.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

from ._scorer import CLASSES, Weights, WordModel

__all__ = ["model_parts", "number_in", "parse_model", "table_of", "weights_of"]

_FORMAT: Final = 1


def number_in(value: Any, low: float, high: float) -> bool:
    """Whether a value from a data file is a number (not a bool) from `low` to `high`."""
    return isinstance(value, int | float) and not isinstance(value, bool) and low <= value <= high


def weights_of(value: Any, width: int) -> Weights | None:
    """`width` weights, one per class, or `None` when the value is not that."""
    if (
        isinstance(value, list)
        and len(value) == width
        and all(number_in(v, -1e3, 1e3) for v in value)
    ):
        return tuple(float(v) for v in value)
    return None


def table_of(
    data: Mapping[str, Any], key: str, width: int, problems: list[str]
) -> dict[str, Weights]:
    """A table of name -> `width` weights; a problem for each malformed entry (the first 20)."""
    raw = data.get(key, {})
    if not isinstance(raw, Mapping):
        problems.append(f"{key}: expected a table of name -> {width} weights")
        return {}
    out = {}
    for name, value in raw.items():
        found = weights_of(value, width)
        if found is None:
            if len(problems) < 20:
                problems.append(f"{key}: {name!r:.40}: expected {width} numbers")
            continue
        out[str(name)] = found
    return out


def model_parts(
    data: Mapping[str, Any],
    width: int,
    settings: Mapping[str, tuple[float, float]],
    problems: list[str],
) -> tuple[str, Weights | None, dict[str, Weights]]:
    """What every model file has: its language, bias and feature weights, and its settings.

    Each problem is noted in `problems`: a missing language, a bias that is not `width`
    numbers, a malformed feature, a setting (`settings`: name -> lowest and highest) out of
    its range.
    """
    lang = data.get("lang")
    if not isinstance(lang, str) or not lang:
        problems.append("lang: expected a language code")
    bias = weights_of(data.get("bias"), width)
    if bias is None:
        problems.append(f"bias: expected {width} numbers")
    weights = table_of(data, "features", width, problems)
    for key, (low, high) in settings.items():
        if key in data and not number_in(data[key], low, high):
            problems.append(f"{key}: expected a number from {low:g} to {high:g}")
    return str(lang), bias, weights


_SETTINGS: Final = {
    "threshold": (0.0, 1.0),
    "post_threshold": (0.0, 1.0),
    "hold_threshold": (0.0, 1.0),
    "firm_threshold": (0.0, 1.0),
    "max_words": (1, 100_000),
    "part_words": (1, 100_000),
    "post_words": (1, 10_000_000),
}
"""A word model's settings, each with its lowest and highest value."""


def parse_model(data: Mapping[str, Any]) -> tuple[WordModel | None, list[str]]:
    """Build a word model from a data file's contents; return it with the problems found."""
    problems: list[str] = []
    if data.get("format") != _FORMAT:
        return None, [f"format: expected {_FORMAT}"]
    if tuple(data.get("classes", ())) != CLASSES:
        problems.append(f"classes: expected {list(CLASSES)}")
    lang, bias, weights = model_parts(data, 3, _SETTINGS, problems)
    judge = table_of(data, "judge", 3, problems)
    posts = table_of(data, "posts", 3, problems)
    spoken = table_of(data, "spoken", 3, problems)
    spoken_bias = weights_of(data.get("spoken_bias", [0.0, 0.0, 0.0]), 3)
    if spoken_bias is None:
        problems.append("spoken_bias: expected 3 numbers")
    gates = data.get("gates", [])
    if not isinstance(gates, list) or not all(isinstance(g, str) for g in gates):
        problems.append("gates: expected a list of cue names")
        gates = []
    if problems or bias is None or spoken_bias is None:
        return None, problems
    trained = data.get("trained", {})
    return (
        WordModel(
            lang,
            bias,
            weights,
            judge,
            posts,
            float(data.get("threshold", 0.5)),
            float(data.get("post_threshold", 0.5)),
            int(data.get("max_words", 100)),
            int(data.get("part_words", 60)),
            int(data.get("post_words", 5000)),
            dict(trained) if isinstance(trained, Mapping) else {},
            float(data["hold_threshold"]) if "hold_threshold" in data else None,
            spoken,
            spoken_bias,
            tuple(gates),
            float(data["firm_threshold"]) if "firm_threshold" in data else None,
        ),
        [],
    )
