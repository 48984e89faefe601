"""Measure the task reader on its labelled sets: the tuned part and the held-out slice.

    python scripts/evaluate_tasks.py            # both tables
    python scripts/evaluate_tasks.py --misses   # and the tuned part's misses, to work on
    python scripts/evaluate_tasks.py --by-kind  # the share reaching its kind, per kind
    python scripts/evaluate_tasks.py --out-of-sample  # each training part, left out (slow)

Each line of a set is `kind<TAB>object_class<TAB>task`. A task *reaches* its reading when
the reader finds the expected action kind; it reaches a *wrong* one when it finds another
kind (not `other`); it is *generic* when it finds no kind, or `other` where a kind was
expected. The class is counted apart. The slices (tests/data/heldout/tasks.tsv,
written blind before the reader was built; tasks_2.tsv on, written blind after) are never
tuned on and their lines are never printed; the kind and class models learned slices 1 to 13,
15 (judged blind in the thirteenth session, tuned on in the fourteenth), 16 (written and
judged blind in the fourteenth, tuned on in the fifteenth), 17 (written and judged blind
in the fifteenth, tuned on from the fifteenth), 18 (written blind in the fifteenth and
judged blind at its end, tuned on from the sixteenth) and 19 (written and judged blind in
the sixteenth, tuned on from the seventeenth), 20 (written and judged blind in the
seventeenth, tuned on from the eighteenth), 21 (written and judged blind in the eighteenth,
tuned on from the nineteenth) and the parts written apart (`tests/data/tasks/train_*.tsv`);
tasks_14.tsv (read while the thirteenth session's round was built), tasks_22.tsv
(written and judged blind in the nineteenth), tasks_23.tsv and tasks_24.tsv (each written
before a session's rule changes by the helper that made them) are held out from them.
"""

from __future__ import annotations

import argparse
import json
import pathlib
from collections import Counter
from typing import Any
from unittest import mock

from labelled import DATA, rows, slices

import smallsteps as ss
from smallsteps._taskmodel import parse_kind_model

TUNED = DATA / "tasks" / "tuned.tsv"
PARTS = tuple(sorted((DATA / "tasks").glob("train_*.tsv")))
"""The training parts written apart from the project (learned by the models, never tuned on
by hand): read to see what the models learned, not as a measure."""
SLICES = slices("tasks")
"""The held-out slices, in the order they were written (1: before the reader was built)."""


def judge(kind: str, reading: ss.TaskReading) -> str:
    """`right`, `wrong` or `generic` for one task."""
    if reading.kind == kind:
        return "right"
    if reading.kind in ("", "other"):
        return "generic"
    return "wrong"


def evaluate(path: pathlib.Path) -> dict[str, Any]:
    """The shares for one set, and its misses."""
    lines = rows(path)
    grades: Counter[str] = Counter()
    by_kind: Counter[tuple[str, str]] = Counter()
    classes = 0
    misses = []
    for kind, cls, text in lines:
        reading = ss.read_task(text)
        grade = judge(kind, reading)
        grades[grade] += 1
        by_kind[kind, grade] += 1
        classes += reading.object_class == cls
        if grade != "right":
            misses.append((kind, reading.kind, reading.verb, text))
    n = len(lines)
    return {
        "n": n,
        "right": grades["right"] / n,
        "wrong": grades["wrong"] / n,
        "generic": grades["generic"] / n,
        "class": classes / n,
        "misses": misses,
        "by_kind": by_kind,
    }


def report(title: str, result: dict[str, Any]) -> str:
    n = result["n"]
    return (
        f"| {title} | {n} | {result['right']:.1%} | {result['wrong']:.1%} | "
        f"{result['generic']:.1%} | {result['class']:.1%} |"
    )


def by_kind_table(tuned: dict[str, Any], heldout: list[dict[str, Any]]) -> str:
    """Per kind, the share reaching its kind.

    On the tuned part, the slice written before the reader, and all the slices together.
    """
    pooled: Counter[tuple[str, str]] = Counter()
    for result in heldout:
        pooled.update(result["by_kind"])
    head = "| kind | tuned | held-out 1 (before the reader) | all held-out slices |"
    lines = ["", head, "|---|---|---|---|"]
    counts: Counter[tuple[str, str]] = tuned["by_kind"]
    first: Counter[tuple[str, str]] = heldout[0]["by_kind"]
    for kind in sorted({k for k, _ in counts} | {k for k, _ in pooled}):
        cells = []
        for table in (counts, first, pooled):
            n = sum(v for (k, _), v in table.items() if k == kind)
            right = table[kind, "right"]
            cells.append(f"{right}/{n} ({right / n:.0%})" if n else "-")
        lines.append(f"| {kind} | {' | '.join(cells)} |")
    return "\n".join(lines)


def out_of_sample() -> list[tuple[str, dict[str, Any]]]:
    """Each part the kind model learns, read by a kind model retrained without it.

    The honest measure of what the model learned from the labelled parts: a part it did not
    learn (leave-one-part-out over `train_task_model.TRAIN`; the class model is the shipped
    one). About ten seconds a part.
    """
    import train_task_model as trainer

    from smallsteps import _taskread

    every = {path: trainer.examples([path]) for path in trainer.TRAIN}
    titles = trainer.template_examples()
    out = []
    for path in trainer.TRAIN:
        data = [e for other, found in every.items() if other != path for e in found]
        labels = sorted({k for _, k in [*data, *titles]})
        bias, weights = trainer.learn([*data, *titles], labels)
        model = parse_kind_model(json.loads(trainer.model_data(labels, bias, weights)))
        with mock.patch.object(_taskread, "default_kind_model", lambda model=model: model):
            out.append((path.name, evaluate(path)))
    return out


def pooled(results: list[dict[str, Any]]) -> dict[str, Any]:
    """The shares of several sets read as one."""
    n = sum(r["n"] for r in results)
    shares = {k: sum(r[k] * r["n"] for r in results) / n for k in ("right", "wrong", "generic")}
    return {"n": n, **shares, "class": sum(r["class"] * r["n"] for r in results) / n}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="print the tuned part's misses")
    parser.add_argument("--by-kind", action="store_true", help="per kind: tuned beside held-out")
    parser.add_argument(
        "--out-of-sample", action="store_true", help="each training part, its kind model without it"
    )
    args = parser.parse_args()
    tuned = evaluate(TUNED)
    print("| set | tasks | expected kind | wrong kind | generic | expected class |")
    print("|---|---|---|---|---|---|")
    print(report("tuned", tuned))
    for path in PARTS:
        print(report(f"training ({path.name})", evaluate(path)))
    held = [evaluate(path) for path in SLICES]
    for number, result in enumerate(held, start=1):
        print(report(f"held-out {number} ({SLICES[number - 1].name})", result))
    if args.by_kind:
        print(by_kind_table(tuned, held))
    if args.out_of_sample:
        print("\nOut of sample (each part read by a kind model retrained without it):")
        parts = out_of_sample()
        for name, result in parts:
            print(report(name, result))
        print(report("all parts", pooled([r for _, r in parts])))
        older = [r for name, r in parts if name != "train_zc.tsv"]
        print(report("all parts but train_zc", pooled(older)))
    if args.misses:
        print("\nTuned misses (expected, found, verb, task):")
        for miss in tuned["misses"]:
            print("  " + " | ".join(miss))


if __name__ == "__main__":
    main()
