"""Measure the task reader on its labelled sets: the tuned part and the held-out slice.

    python scripts/evaluate_tasks.py            # both tables
    python scripts/evaluate_tasks.py --misses   # and the tuned part's misses, to work on
    python scripts/evaluate_tasks.py --by-kind  # the share reaching its kind, per kind

Each line of a set is `kind<TAB>object_class<TAB>task`. A task *reaches* its reading when
the reader finds the expected action kind; it reaches a *wrong* one when it finds another
kind (not `other`); it is *generic* when it finds no kind, or `other` where a kind was
expected. The class is counted apart. The held-out slices (tests/data/heldout/tasks.tsv,
written blind before the reader was built; tasks_2.tsv to tasks_6.tsv, written blind after)
are never tuned on: their lines are never printed.
"""

from __future__ import annotations

import argparse
import pathlib
from collections import Counter
from typing import Any

import smallsteps as ss

DATA = pathlib.Path(__file__).resolve().parent.parent / "tests" / "data"
TUNED = DATA / "tasks" / "tuned.tsv"
HELDOUT = DATA / "heldout" / "tasks.tsv"
HELDOUT_2 = DATA / "heldout" / "tasks_2.tsv"
HELDOUT_3 = DATA / "heldout" / "tasks_3.tsv"
HELDOUT_4 = DATA / "heldout" / "tasks_4.tsv"
HELDOUT_5 = DATA / "heldout" / "tasks_5.tsv"
HELDOUT_6 = DATA / "heldout" / "tasks_6.tsv"


def rows(path: pathlib.Path) -> list[tuple[str, str, str]]:
    """The labelled lines of a set: (kind, object class, task)."""
    out = []
    for line in path.read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            kind, cls, text = line.split("\t", 2)
            out.append((kind, cls, text))
    return out


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

    On the tuned part, the slice written before the reader, and the four slices together.
    """
    pooled: Counter[tuple[str, str]] = Counter()
    for result in heldout:
        pooled.update(result["by_kind"])
    head = "| kind | tuned | held-out 1 (before the reader) | all four held-out slices |"
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="print the tuned part's misses")
    parser.add_argument("--by-kind", action="store_true", help="per kind: tuned beside held-out")
    args = parser.parse_args()
    tuned = evaluate(TUNED)
    print("| set | tasks | expected kind | wrong kind | generic | expected class |")
    print("|---|---|---|---|---|---|")
    print(report("tuned", tuned))
    print(report("held-out (never tuned on)", evaluate(HELDOUT)))
    print(report("second held-out (written after the reader)", evaluate(HELDOUT_2)))
    print(report("third held-out", evaluate(HELDOUT_3)))
    print(report("fourth held-out", evaluate(HELDOUT_4)))
    print(report("fifth held-out", evaluate(HELDOUT_5)))
    print(report("sixth held-out (written last)", evaluate(HELDOUT_6)))
    if args.by_kind:
        print(
            by_kind_table(
                tuned,
                [
                    evaluate(p)
                    for p in (HELDOUT, HELDOUT_2, HELDOUT_3, HELDOUT_4, HELDOUT_5, HELDOUT_6)
                ],
            )
        )
    if args.misses:
        print("\nTuned misses (expected, found, verb, task):")
        for miss in tuned["misses"]:
            print("  " + " | ".join(miss))


if __name__ == "__main__":
    main()
