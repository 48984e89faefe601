"""Measure how well `reframe` finds thinking patterns on the labelled set.

Reads tests/data/thoughts*.txt, the tuned set (`--heldout`: the held-out slice,
tests/data/heldout/thoughts.txt, written blind and never tuned on; figures only). Lines are
`ids | thought`, `none` for neutral statements. It prints
precision and recall per pattern, the share of distorted thoughts whose main pattern is among
those reported, and the share of neutral statements with none reported:
    python scripts/evaluate_reframe.py
"""

from __future__ import annotations

import argparse
import pathlib
from typing import Any

import smallsteps as ss
from smallsteps import _reframe
from smallsteps.text._patterns import PatternModel

DATA = pathlib.Path(__file__).resolve().parent.parent / "tests" / "data"


TUNED = tuple(sorted(DATA.glob("thoughts*.txt")))
HELDOUT = (DATA / "heldout" / "thoughts.txt",)
HELDOUT_2 = (DATA / "heldout" / "thoughts_2.txt",)
HELDOUT_3 = (DATA / "heldout" / "thoughts_3.txt",)
HELDOUT_4 = (DATA / "heldout" / "thoughts_4.txt",)
HELDOUTS = (HELDOUT, HELDOUT_2, HELDOUT_3, HELDOUT_4)
RULES_ONLY = PatternModel("en", ("none", "x"), (0.0, 0.0), {}, 1.0, 1.0)
"""A pattern model that never speaks: the rules' patterns stand as they are."""


def labelled(paths: tuple[pathlib.Path, ...] = TUNED) -> list[tuple[tuple[str, ...], str]]:
    """The labelled thoughts: (ids, thought); ids is empty for a neutral statement."""
    rows = []
    lines = [ln for path in paths for ln in path.read_text("utf-8").splitlines()]
    for line in lines:
        if line.strip() and not line.startswith("#"):
            ids, thought = (part.strip() for part in line.split("|", 1))
            rows.append(
                (() if ids == "none" else tuple(i.strip() for i in ids.split(",")), thought)
            )
    return rows


def evaluate(paths: tuple[pathlib.Path, ...] = TUNED) -> dict[str, Any]:
    """Run `reframe` over a labelled set and count what it found."""
    rows = labelled(paths)
    per: dict[str, dict[str, int]] = {d.id: {"tp": 0, "fp": 0, "fn": 0} for d in ss.distortions()}
    main_found = distorted = neutral = neutral_clear = 0
    misses = []
    for ids, thought in rows:
        found = {d.id for d in ss.reframe(thought).distortions}
        if ids:
            distorted += 1
            main_found += ids[0] in found
            if ids[0] not in found:
                misses.append((ids[0], thought, sorted(found)))
        else:
            neutral += 1
            neutral_clear += not found
            if found:
                misses.append(("none", thought, sorted(found)))
        for d in per:
            if d in found and d in ids:
                per[d]["tp"] += 1
            elif d in found:
                per[d]["fp"] += 1
            elif d in ids:
                per[d]["fn"] += 1
    return {
        "thoughts": distorted,
        "neutral": neutral,
        "main_found": main_found / distorted if distorted else 0.0,
        "neutral_clear": neutral_clear / neutral if neutral else 0.0,
        "per_pattern": per,
        "misses": misses,
    }


def summary() -> None:
    """Main pattern found and neutral left alone on every set, both readers and rules alone."""
    sets = [("tuned and training", TUNED)]
    sets += [(f"held-out {n}", paths) for n, paths in enumerate(HELDOUTS, start=1)]
    print("| set | thoughts | main pattern found | neutral left alone | rules alone |")
    print("|---|---|---|---|---|")
    shipped = _reframe._pattern_model
    for name, paths in sets:
        if not all(p.exists() for p in paths):
            continue
        both = evaluate(paths)
        _reframe._pattern_model = lambda: RULES_ONLY
        try:
            alone = evaluate(paths)
        finally:
            _reframe._pattern_model = shipped
        rules = f"{alone['main_found']:.1%}, {alone['neutral_clear']:.1%}"
        print(
            f"| {name} | {both['thoughts']} + {both['neutral']} | {both['main_found']:.1%} | "
            f"{both['neutral_clear']:.1%} | {rules} |"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--heldout", action="store_true", help="the held-out slice: figures only, no lines"
    )
    parser.add_argument(
        "--heldout-3", action="store_true", help="the third held-out slice: figures only"
    )
    parser.add_argument(
        "--heldout-2", action="store_true", help="the second held-out slice: figures only"
    )
    parser.add_argument(
        "--summary", action="store_true", help="every set, with and without the pattern model"
    )
    args = parser.parse_args()
    if args.summary:
        summary()
        return
    unseen = args.heldout or args.heldout_2 or args.heldout_3
    chosen = HELDOUT_3 if args.heldout_3 else HELDOUT_2 if args.heldout_2 else None
    result = evaluate(chosen or (HELDOUT if args.heldout else TUNED))
    print(f"{'pattern':22} {'precision':>9} {'recall':>7} {'n':>4}")
    for pattern, c in result["per_pattern"].items():
        found, real = c["tp"] + c["fp"], c["tp"] + c["fn"]
        precision = c["tp"] / found if found else 0.0
        recall = c["tp"] / real if real else 0.0
        print(f"{pattern:22} {precision:9.0%} {recall:7.0%} {real:4}")
    print(
        f"\nMain pattern among those reported: {result['main_found']:.0%} of {result['thoughts']}"
    )
    clear, neutral = result["neutral_clear"], result["neutral"]
    print(f"Neutral statements with none reported: {clear:.0%} of {neutral}")
    if not unseen:  # the held-out slices are never looked at line by line
        for label, thought, found in result["misses"]:
            print(f"  missed {label}: {thought!r} -> {found}")


if __name__ == "__main__":
    main()
