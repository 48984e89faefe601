"""Train the task reader's kind model; write `data/tasks/kind.model.json`.

    python scripts/train_task_model.py            # train, print the left-out figures, write
    python scripts/train_task_model.py --check    # train and compare with the shipped file

A multinomial logistic regression over a task's words, word pairs and the rules' reading of
it (`smallsteps._taskmodel.features`), learned by plain stochastic gradient descent in a fixed
order, so the same tasks give the same file byte for byte. It learns from the tuned tasks and
the blind slices in `TRAIN`; the newer slices (`HELD_OUT`) are never read here.
"""

from __future__ import annotations

import argparse
import json
import math
import pathlib
import random
import sys
from collections.abc import Sequence

from labelled import DATA, rows
from written import write_or_check

from smallsteps._taskmodel import features
from smallsteps._taskread import read_by_rules

OUT = pathlib.Path(__file__).resolve().parent.parent / "src/smallsteps/data/tasks/kind.model.json"
TRAIN = (
    DATA / "tasks" / "tuned.tsv",
    DATA / "heldout" / "tasks.tsv",
    *(DATA / "heldout" / f"tasks_{n}.tsv" for n in range(2, 12)),
)
"""The tuned tasks and the slices 1 to 11, each held out until a newer one was written."""
HELD_OUT = (DATA / "heldout" / "tasks_12.tsv", DATA / "heldout" / "tasks_13.tsv")
"""Slices never learned from: the honest measure of the model."""
EPOCHS, RATE, L2, KEEP = 25, 0.2, 1e-3, 0.05

Example = tuple[list[str], str]


def examples(paths: Sequence[pathlib.Path]) -> list[Example]:
    out = []
    for path in paths:
        for kind, _, text in rows(path):
            r = read_by_rules(text)
            out.append((features(r.words, r.verb, r.kind, r.object_class, r.thing), kind))
    return out


def learn(
    data: Sequence[Example], kinds: Sequence[str]
) -> tuple[list[float], dict[str, list[float]]]:
    index = {k: i for i, k in enumerate(kinds)}
    bias = [0.0] * len(kinds)
    weights: dict[str, list[float]] = {}
    order = list(range(len(data)))
    for epoch in range(EPOCHS):
        random.Random(epoch).shuffle(order)
        rate = RATE / (1 + epoch * 0.2)
        for j in order:
            found, kind = data[j]
            sums = bias[:]
            for f in found:
                w = weights.get(f)
                if w is not None:
                    for c in range(len(kinds)):
                        sums[c] += w[c]
            peak = max(sums)
            exps = [math.exp(s - peak) for s in sums]
            total = math.fsum(exps)
            grad = [e / total for e in exps]
            grad[index[kind]] -= 1.0
            for c in range(len(kinds)):
                bias[c] -= rate * grad[c]
            for f in found:
                w = weights.setdefault(f, [0.0] * len(kinds))
                for c in range(len(kinds)):
                    w[c] -= rate * (grad[c] + L2 * w[c])
    return bias, weights


def model_data(kinds: Sequence[str], bias: Sequence[float], weights: dict[str, list[float]]) -> str:
    kept = {
        f: [[c, round(x, 3)] for c, x in enumerate(w) if abs(x) >= KEEP]
        for f, w in sorted(weights.items())
    }
    data = {
        "format": 1,
        "trained": [str(p.relative_to(DATA.parent.parent)) for p in TRAIN],
        "kinds": list(kinds),
        "bias": [round(b, 3) for b in bias],
        "weights": {f: pairs for f, pairs in kept.items() if pairs},
    }
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    args = parser.parse_args(argv)
    data = examples(TRAIN)
    kinds = sorted({k for _, k in data})
    bias, weights = learn(data, kinds)
    text = model_data(kinds, bias, weights)
    summary = f"{len(kinds)} kinds, {text.count('],[') + 1} weights, {len(data)} tasks"
    return write_or_check(OUT, text, args.check, summary)


if __name__ == "__main__":
    sys.exit(main())
