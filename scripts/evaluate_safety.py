"""Measure the safety net on its labelled sets, per family: the tuned set and the held-out slice.

    python scripts/evaluate_safety.py            # both tables
    python scripts/evaluate_safety.py --misses   # and the tuned set's misses, to work on

The held-out slices (tests/data/heldout/safety.tsv, written before the rules were changed,
and safety_2.tsv on, each written blind at the start of a round) are never tuned on: this
script never prints their lines.

For `crisis` lines a line is caught when a notice for the writer shows (crisis or gentle);
`crisis-level` is the share at the crisis level. For `none` lines a false alarm is any notice
at all. For `other` lines (a supporter writing about someone else) a line is right when the
supporter notice shows; `any notice` counts the lines that got a notice of any kind.
"""

from __future__ import annotations

import argparse
import pathlib
from collections import defaultdict
from typing import Any

from labelled import DATA, rows, slices

import smallsteps as ss

TUNED = DATA / "safety" / "tuned.tsv"
SLICES = slices("safety")
"""The held-out slices, in the order they were written (1: before the rules changed)."""
POSTS_TUNED = DATA / "posts" / "tuned.tsv"
"""Long forum posts the rules may be tuned on."""
POSTS = slices("posts")
"""Held-out slices of long forum posts (120 to 400 words), written blind, never tuned on."""


def judge(expected: str, check: ss.SafetyCheck) -> tuple[bool, bool]:
    """(right, strong): whether the answer is right, and the stricter reading of it."""
    notice = check.notice
    if expected == "crisis":
        writer = notice is not None and notice.kind in ("crisis", "gentle")
        return writer, notice is not None and notice.kind == "crisis"
    if expected == "other":
        return notice is not None and notice.kind == "supporter", notice is not None
    return notice is None, check.level is not ss.Level.CRISIS


def evaluate(path: pathlib.Path) -> dict[str, Any]:
    """Per (expected, family): lines, right, strong; and the misses."""
    table: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])
    misses = []
    for family, expected, text in rows(path):
        right, strong = judge(expected, ss.check_safety(text))
        cell = table[(expected, family)]
        cell[0] += 1
        cell[1] += right
        cell[2] += strong
        if not right:
            misses.append((family, expected, text))
    return {"table": dict(table), "misses": misses}


def totals(table: dict[tuple[str, str], list[int]], expected: str) -> tuple[int, int, int]:
    """Lines, right and strong over every family of one expected label."""
    cells = [v for (e, _), v in table.items() if e == expected]
    return sum(c[0] for c in cells), sum(c[1] for c in cells), sum(c[2] for c in cells)


def report(name: str, result: dict[str, Any]) -> list[str]:
    """The table as Markdown lines."""
    table = result["table"]
    lines = [
        f"### {name}",
        "",
        "| expected | family | lines | result | stricter |",
        "|---|---|---|---|---|",
    ]
    heads = {
        "crisis": ("recall", "crisis-level"),
        "none": ("false alarms", "crisis-level alarms"),
        "other": ("supporter notice", "any notice"),
    }
    for expected in ("crisis", "other", "none"):
        for (e, family), (n, right, strong) in sorted(table.items()):
            if e != expected:
                continue
            if expected == "none":
                shown = f"{heads[e][0]} {n - right}/{n} ({(n - right) / n:.0%})"
                strict = f"{n - strong}/{n}"
            else:
                shown = f"{heads[e][0]} {right}/{n} ({right / n:.0%})"
                strict = f"{strong}/{n}"
            lines.append(f"| {e} | {family} | {n} | {shown} | {strict} |")
        n, right, strong = totals(table, expected)
        if n:
            wrong = n - right if expected == "none" else right
            lines.append(f"| {expected} | **all** | {n} | **{wrong}/{n} ({wrong / n:.1%})** | |")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="print the tuned set's misses")
    parser.add_argument("--tuned-only", action="store_true", help="leave the held-out slice out")
    args = parser.parse_args()
    tuned = evaluate(TUNED)
    print("\n".join(report("Tuned set", tuned)))
    if not args.tuned_only:
        for number, path in enumerate(SLICES, start=1):
            print()
            title = f"Held-out slice {number} ({path.name}; never tuned on)"
            print("\n".join(report(title, evaluate(path))))
        print()
        print("\n".join(report("Long posts, tuned part", evaluate(POSTS_TUNED))))
        for number, path in enumerate(POSTS, start=1):
            print()
            title = f"Long posts, held-out slice {number} ({path.name}; never tuned on)"
            print("\n".join(report(title, evaluate(path))))
    if args.misses:
        print("\nTuned set misses:")
        for family, expected, text in tuned["misses"]:
            found = ss.check_safety(text).signals
            rules = ",".join(f"{s.rule}/{s.about.value}/{s.level.value}" for s in found)
            print(f"  {expected:6} {family:16} {text[:150]}  [{rules}]")


if __name__ == "__main__":
    main()
