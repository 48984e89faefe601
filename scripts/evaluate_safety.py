"""Measure the safety net on its labelled sets, per family: tuned, training and held-out.

    python scripts/evaluate_safety.py               # every table
    python scripts/evaluate_safety.py --misses      # and the tuned set's misses, to work on
    python scripts/evaluate_safety.py --rules-only  # the rules alone, without the word model

The sets: the tuned set (the rules were tuned on it, the word model learned from it); the
training parts (`tests/data/safety/train_*.tsv`: the rules were never tuned on them, the word
model and its judge learned from them; `train_slice1` to `train_slice23` were held-out
slices until a newer one was written: 1 to 5 until the fifth session, 6 to 10 until the
ninth, 11 until the tenth, 12 and 13 until the twelfth, 14 and 15 until the fourteenth, 16 until the
fifteenth, 17 until the sixteenth, 18 until the seventeenth, 19 until the eighteenth, 20 until
the nineteenth, 21 until the twentieth, 22 until the twenty-first, 23 until the twenty-second);
the held-out slices (`tests/data/heldout/safety_24.tsv` on, written blind, never tuned on
and never learned from: this script never prints their lines); and the same for long
forum posts (posts 1 to 8 are
`tests/data/posts/train_slice*.tsv` now; `tests/data/heldout/posts_9.tsv` on are held out).

For `crisis` lines a line is caught when a notice for the writer shows (crisis or gentle);
`crisis-level` is the share at the crisis level. For `none` lines a false alarm is any notice
at all. For `other` lines (a supporter writing about someone else) a line is right when the
supporter notice shows; `any notice` counts the lines that got a notice of any kind.
"""

from __future__ import annotations

import argparse
import pathlib
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from labelled import (
    DATA,
    EVERYDAY_HELD_OUT,
    everyday,
    everyday_training,
    rows,
    slice_number,
    slices,
)

import smallsteps as ss

TUNED = DATA / "safety" / "tuned.tsv"
TRAINING = tuple(sorted((DATA / "safety").glob("train_*.tsv")))
"""Lines the word model learned from and the rules were never tuned on."""
SLICES = slices("safety")
"""The held-out slices, in the order they were written."""
POSTS_TUNED = DATA / "posts" / "tuned.tsv"
"""Long forum posts the rules may be tuned on."""
POSTS_TRAINING = tuple(sorted((DATA / "posts").glob("train_*.tsv")))
"""Long forum posts the post judge learned from."""
POSTS = slices("posts")
"""Held-out slices of long forum posts (120 to 450 words), written blind, never tuned on."""
LANGUAGES = tuple(sorted((DATA / "heldout").glob("??_safety*.tsv")))
"""Held-out messages in other languages (`es_safety.tsv`: Spanish), written blind."""
RULES_ONLY = ss.WordModel("en", (0.0, 0.0, 0.0), {}, {})
"""A word model with no judge: the rules' signals stand as they are."""


def judge(expected: str, check: ss.SafetyCheck) -> tuple[bool, bool]:
    """(right, strong): whether the answer is right, and the stricter reading of it."""
    notice = check.notice
    if expected == "crisis":
        writer = notice is not None and notice.kind in ("crisis", "gentle")
        return writer, notice is not None and notice.kind == "crisis"
    if expected == "other":
        return notice is not None and notice.kind == "supporter", notice is not None
    return notice is None, check.level is not ss.Level.CRISIS


def evaluate(
    *paths: pathlib.Path,
    model: ss.WordModel | None = None,
    extra: Sequence[tuple[str, str, str]] = (),
    locale: str | None = None,
) -> dict[str, Any]:
    """Per (expected, family): lines, right, strong; and the misses."""
    table: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])
    misses = []
    denied = 0  # look-alikes whose only notice is the gentle check a denial keeps by design
    for family, expected, text in [*(row for path in paths for row in rows(path)), *extra]:
        check = ss.check_safety(text, model=model, locale=locale)
        right, strong = judge(expected, check)
        cell = table[(expected, family)]
        cell[0] += 1
        cell[1] += right
        cell[2] += strong
        if not right:
            misses.append((family, expected, text))
            denied += expected == "none" and _denial_only(check)
    return {"table": dict(table), "misses": misses, "denied": denied}


def _denial_only(check: ss.SafetyCheck) -> bool:
    """Whether every signal that shows a notice is denied ("i'm not going to hurt myself")."""
    shown = [s for s in check.signals if s.level is not ss.Level.NONE]
    return bool(shown) and all(s.negated for s in shown)


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
        denials = table.get(("none", "safe-negation"))
        if expected == "none" and n and denials:
            n, wrong = n - denials[0], (n - right) - (denials[0] - denials[1])
            lines.append(f"| none | all but safe denials | {n} | {wrong}/{n} ({wrong / n:.1%}) | |")
        if expected == "none" and n and result.get("denied"):
            n, right, _ = totals(table, expected)
            wrong = n - right - result["denied"]
            shown = f"{wrong}/{n} ({wrong / n:.1%})"
            lines.append(f"| none | all but a denial's gentle check | {n} | {shown} | |")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="print the tuned set's misses")
    parser.add_argument("--tuned-only", action="store_true", help="leave the held-out slices out")
    parser.add_argument("--rules-only", action="store_true", help="without the word model")
    args = parser.parse_args()
    model = RULES_ONLY if args.rules_only else None
    tuned = evaluate(TUNED, model=model)
    training = evaluate(*TRAINING, model=model, extra=everyday_training())
    sections = [("Tuned set", tuned), ("Training parts, with everyday text", training)]
    posts = (POSTS_TUNED, *POSTS_TRAINING)
    sections.append(("Long posts, tuned and training parts", evaluate(*posts, model=model)))
    if not args.tuned_only:
        for path in SLICES:
            title = f"Held-out slice {slice_number(path)} ({path.name}; never tuned on)"
            sections.append((title, evaluate(path, model=model)))
        for path in POSTS:
            title = f"Long posts, held-out slice {slice_number(path)} ({path.name}; never tuned on)"
            sections.append((title, evaluate(path, model=model)))
        for path in sorted((DATA / "languages").glob("??_dev*.tsv")):
            lang = path.name[:2]
            title = f"{lang} development set ({path.name}; the {lang} rules are tuned on it)"
            sections.append((title, evaluate(path, model=model, locale=lang)))
        for path in LANGUAGES:
            lang = path.name[:2]
            for locale in (lang, None):
                told = f"locale {lang!r}" if locale else "no locale"
                title = f"Held-out {lang} messages ({path.name}; never tuned on), {told}"
                sections.append((title, evaluate(path, model=model, locale=locale)))
        title = "Everyday text held out (the task and thought slices; none is a crisis)"
        sections.append((title, evaluate(model=model, extra=everyday(EVERYDAY_HELD_OUT))))
    print("\n\n".join("\n".join(report(title, result)) for title, result in sections))
    if args.misses:
        print("\nTuned set misses:")
        for family, expected, text in tuned["misses"]:
            found = ss.check_safety(text).signals
            rules = ",".join(f"{s.rule}/{s.about.value}/{s.level.value}" for s in found)
            print(f"  {expected:6} {family:16} {text[:150]}  [{rules}]")


if __name__ == "__main__":
    main()
