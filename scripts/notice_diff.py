"""Weigh a change to the safety net over every tuned and training line, before and after.

    python scripts/notice_diff.py dump before.json            # every line's notice, now
    python scripts/notice_diff.py dump before.json --rules    # the rules alone
    (change the rules or the reader)
    python scripts/notice_diff.py dump after.json
    python scripts/notice_diff.py diff before.json after.json

`dump` writes, for every line of the tuned set, the training parts, the training posts and
the everyday text the safety model may learn from, the notice `check_safety` shows (or "-").
`diff` prints each line whose notice moved, marked FIXED (now right), BROKE (now wrong) or
moved (from one wrong notice to another, or between crisis and gentle), and the counts.
The held-out slices are never read: weigh a change here first, then read the held-out
figures once with `scripts/evaluate_safety.py`.
"""

from __future__ import annotations

import argparse
import json
import pathlib

from labelled import DATA, everyday_training, rows

import smallsteps as ss

RIGHT = {"crisis": ("crisis", "gentle"), "other": ("supporter",), "none": ("-",)}
"""The notices that are right for each label."""


def dump(path: pathlib.Path, rules_only: bool) -> int:
    """Write every training line's notice to `path`; return how many lines."""
    model = ss.WordModel("en", (0.0, 0.0, 0.0), {}, {}) if rules_only else None
    sources = [
        DATA / "safety" / "tuned.tsv",
        *sorted((DATA / "safety").glob("train_*.tsv")),
        DATA / "posts" / "tuned.tsv",
        *sorted((DATA / "posts").glob("train_*.tsv")),
    ]
    labelled = [(p.name, row) for p in sources for row in rows(p)]
    labelled += [("everyday", row) for row in everyday_training()]
    out = []
    for name, (family, expected, text) in labelled:
        notice = ss.check_safety(text, model=model).notice
        out.append([name, family, expected, text, notice.kind if notice else "-"])
    path.write_text(json.dumps(out), "utf-8")
    return len(out)


def diff(before: pathlib.Path, after: pathlib.Path) -> tuple[int, int]:
    """Print each line whose notice moved; return (fixed, broke)."""
    fixed = broke = 0
    old = json.loads(before.read_text("utf-8"))
    new = json.loads(after.read_text("utf-8"))
    if [row[3] for row in old] != [row[3] for row in new]:
        raise ValueError("the two dumps hold different lines: dump both from the same data")
    for (name, _, expected, text, was), (*_, now) in zip(old, new, strict=True):
        if was == now:
            continue
        right_before, right_now = was in RIGHT[expected], now in RIGHT[expected]
        tag = "moved"
        if right_now and not right_before:
            tag, fixed = "FIXED", fixed + 1
        elif right_before and not right_now:
            tag, broke = "BROKE", broke + 1
        print(f"{tag} {expected:6s} {was}->{now} [{name}] {text[:150]}")
    print(f"fixed {fixed} broke {broke}")
    return fixed, broke


def main(argv: list[str] | None = None) -> int:
    """Run the command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump", help="write every training line's notice")
    d.add_argument("out", type=pathlib.Path)
    d.add_argument("--rules", action="store_true", help="the rules alone")
    c = sub.add_parser("diff", help="compare two dumps")
    c.add_argument("before", type=pathlib.Path)
    c.add_argument("after", type=pathlib.Path)
    args = parser.parse_args(argv)
    if args.command == "dump":
        print(f"{dump(args.out, args.rules)} lines")
    else:
        diff(args.before, args.after)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
