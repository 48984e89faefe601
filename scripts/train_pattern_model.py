"""Train the thinking-pattern model; choose its settings out of fold; write its data file.

    python scripts/train_pattern_model.py            # train, print the cross-checked grid, write
    python scripts/train_pattern_model.py --check    # train and compare with the shipped file

A softmax regression over the text layer's words, pairs and bases (the safety model's
`features` and `learn`), one class per pattern and `none`, learned from the labelled thoughts
in `tests/data/thoughts*.txt` (the main pattern of each line). Its two settings, `threshold`
(a pattern's chance to be added where the rules found none) and `clear` (the chance of none
that keeps a thought free of patterns), are chosen on the training thoughts the rules were
never tuned on (`FRESH`), each scored by a model that did not learn it: the most main
patterns found while leaving at least as many neutral thoughts alone as the rules alone do
(a balanced thought is never more often told it is distorted). The held-out slices
(`tests/data/heldout/thoughts*.txt`) are never read here.
"""

from __future__ import annotations

import argparse
import json
import pathlib
import sys

from evaluate_reframe import DATA, labelled
from train_safety_model import digest, learn
from written import write_or_check

import smallsteps as ss
from smallsteps._reframe import _found, _lower
from smallsteps._thinkers import default_thinking_rules
from smallsteps.text._patterns import PatternModel
from smallsteps.text._scorer import features

OUT = pathlib.Path(__file__).resolve().parent.parent / "src/smallsteps/data/thinking/en.model.json"
FRESH = tuple(sorted(DATA.glob("thoughts_train_*.txt")))
"""Training thoughts the rules were never tuned on: they choose the settings."""
TUNED = tuple(p for p in sorted(DATA.glob("thoughts*.txt")) if p not in FRESH)
"""Thoughts the rules were tuned on."""
PLAIN = (DATA / "tasks" / "tuned.tsv", DATA / "safety" / "train_f.tsv")
"""Plain everyday text people also type where a thought is asked for (tasks, check-ins,
plans, small talk): learned from as neutral, so "i need to clean the bathroom" is a to-do."""
PLAIN_FAMILIES = frozenset({"checkin-reply", "chat-smalltalk", "task", "plans", "positive"})
"""The families of `train_f.tsv` taken as plain text (its harsh thoughts are not)."""
SETTINGS = {"epochs": 30, "rate": 0.3, "l2": 0.01, "keep": 0.2, "folds": 5}
THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 1.0)
CLEARS = (0.6, 0.7, 0.8, 0.9, 0.95, 1.0)

Line = tuple[dict[str, float], int, tuple[str, ...], str]
"""A thought: its features, its class index, its labelled ids, its text."""


def classes() -> tuple[str, ...]:
    """`none` and the pattern ids, in the order the content file lists them."""
    return ("none", *(d.id for d in ss.distortions()))


def lines(paths: tuple[pathlib.Path, ...], names: tuple[str, ...]) -> list[Line]:
    """The labelled thoughts as the model reads them."""
    rules = default_thinking_rules()
    out: list[Line] = []
    for ids, text in labelled(paths):
        reading = rules.read(text)
        label = names.index(ids[0]) if ids else 0
        out.append((dict.fromkeys(features(reading.words, reading.bases), 1.0), label, ids, text))
    return out


def plain(names: tuple[str, ...]) -> list[Line]:
    """The plain everyday lines, as neutral thoughts."""
    rules = default_thinking_rules()
    out: list[Line] = []
    for path in PLAIN:
        for line in path.read_text("utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            family, _, text = line.split("\t", 2)
            if path.name == "train_f.tsv" and family not in PLAIN_FAMILIES:
                continue
            reading = rules.read(text)
            out.append((dict.fromkeys(features(reading.words, reading.bases), 1.0), 0, (), text))
    return out


def as_model(weights: dict[str, list[float]], names: tuple[str, ...]) -> PatternModel:
    """A `PatternModel` from learned weights (for scoring while training)."""
    bias = tuple(weights.get("", [0.0] * len(names)))
    rows = {f: tuple(w) for f, w in weights.items() if f}
    return PatternModel("en", names, bias, rows, 1.0, 1.0)


def train(data: list[Line], width: int) -> dict[str, list[float]]:
    """Learn the weights from labelled thoughts."""
    examples = [(x, label) for x, label, _, _ in data]
    return learn(examples, int(SETTINGS["epochs"]), SETTINGS["rate"], SETTINGS["l2"], width)


def grid(
    tuned: list[Line], fresh: list[Line], names: tuple[str, ...]
) -> dict[tuple[float, float], tuple[float, float]]:
    """(main pattern found, neutral left alone) per (threshold, clear), out of fold."""
    folds = int(SETTINGS["folds"])
    fold_of = [int.from_bytes(digest(text), "big") % folds for *_, text in fresh]
    rules = default_thinking_rules()
    judged: list[tuple[tuple[str, ...], dict[str, float], set[str]]] = []
    for k in range(folds):
        learnt = [line for line, f in zip(fresh, fold_of, strict=True) if f != k]
        model = as_model(train([*tuned, *learnt], len(names)), names)
        for (_, _, ids, text), f in zip(fresh, fold_of, strict=True):
            if f == k:
                reading = rules.read(text[:5000], spans=True)
                found = {e[0] for e in _found(reading, _lower(text[:5000]))}
                judged.append((ids, model.probabilities(reading), found))
    out = {}
    for threshold in THRESHOLDS:
        for clear in CLEARS:
            main = neutral = distorted = calm = 0
            for ids, chances, found in judged:
                reported = set() if chances["none"] > clear else set(found)
                if chances["none"] <= clear:
                    reported |= {c for c, p in chances.items() if c != "none" and p > threshold}
                if ids:
                    distorted += 1
                    main += ids[0] in reported
                else:
                    neutral += 1
                    calm += not reported
            out[(threshold, clear)] = (main / max(1, distorted), calm / max(1, neutral))
    return out


def main(argv: list[str] | None = None) -> int:
    """Choose the settings out of fold, train on every training thought, write the file."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    args = parser.parse_args(argv)
    names = classes()
    tuned, fresh = [*lines(TUNED, names), *plain(names)], lines(FRESH, names)
    figures = grid(tuned, fresh, names)
    alone = figures[(1.0, 1.0)]  # the rules alone: nothing added, nothing cleared
    allowed = [k for k, v in figures.items() if v[1] >= alone[1]]
    best = max(allowed, key=lambda k: (figures[k][0], figures[k][1], -k[0], -k[1]))
    print(f"cross-checked on {len(fresh)} training thoughts the rules were never tuned on:")
    for (threshold, clear), (main_found, calm) in sorted(figures.items()):
        mark = " <- shipped" if (threshold, clear) == best else ""
        print(
            f"  add above {threshold:.0%}, clear above {clear:.0%}: main pattern "
            f"{main_found:.1%}, neutral left alone {calm:.1%}{mark}"
        )
    weights = train([*tuned, *fresh], len(names))
    bias = weights.pop("")
    data = {
        "format": 1,
        "lang": "en",
        "classes": list(names),
        "threshold": best[0],
        "clear": best[1],
        "trained": {
            "tuned": [str(p.relative_to(DATA.parent.parent)) for p in TUNED],
            "fresh": [str(p.relative_to(DATA.parent.parent)) for p in FRESH],
            "plain": [str(p.relative_to(DATA.parent.parent)) for p in PLAIN],
            "lines": len(tuned) + len(fresh),
            "settings": SETTINGS,
        },
        "bias": [round(v, 3) for v in bias],
        "features": {
            f: [round(v, 3) for v in w]
            for f, w in sorted(weights.items())
            if max(abs(v) for v in w) >= SETTINGS["keep"]
        },
    }
    text = json.dumps(data, separators=(",", ":")) + "\n"
    summary = f"{len(data['features'])} features, {len(tuned) + len(fresh)} thoughts"  # type: ignore[arg-type]
    return write_or_check(OUT, text, args.check, summary)


if __name__ == "__main__":
    sys.exit(main())
