"""The whole safety net on each of the newest writing rounds, with a model that never saw it.

    python scripts/rounds_safety.py             # the newest three rounds (about 6 minutes)
    python scripts/rounds_safety.py --rounds 1  # the newest one only

The trainer's cross-check (`train_safety_model.py`) judges each training message with a
judge that did not learn it, but pooled over every round and by random folds, so the old,
easy rounds and the message's own round-mates flatter it: it read 95.8% recall at 5.0% false
alarms while the blind slices read 93.5% at 13%. This script gives the figure that matched
the blind ones (fourteenth session: `/work/held/exp/mlp16`, 95.3% at 12.5% on rounds 13 to
15): for each of the newest rounds (`tests/data/safety/train_slice<N>.tsv`, each a blind
slice once), the word models and the judge learn everything but that round, exactly as the
trainer learns them (the judge from out-of-fold readings of the rest), and `check_safety`
reads the round's lines with that model, counted as `evaluate_safety.py` counts them (a
safe denial's gentle notice is a false alarm here too). The post judge is the shipped one.

Use it to weigh a change to the rules or the trainer before reading a held-out slice: run it
before and after; a round is about 380 lines, so a difference of one or two lines is noise.
"""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Sequence

import train_safety_model as trainer
from evaluate_safety import judge
from labelled import DATA, everyday_training, rows

import smallsteps as ss
from smallsteps._safety import _build_model


def newest_rounds(count: int) -> list[str]:
    """The stems of the newest `count` training rounds (`train_slice17`, ...), newest first."""
    numbered = []
    for path in trainer.FRESH:
        found = re.fullmatch(r"train_slice(\d+)", path.stem)
        if found:
            numbered.append((int(found.group(1)), path.stem))
    return [stem for _, stem in sorted(numbered, reverse=True)[:count]]


def without_round(stem: str) -> ss.WordModel:
    """The whole model learned as the trainer learns it, from everything but one round."""
    max_words = int(trainer.SETTINGS["max_words"])
    tuned = trainer.lines([r for p in trainer.TUNED for r in rows(p)], max_words)
    kept = [r for p in trainer.FRESH if p.stem != stem for r in rows(p)]
    fresh = trainer.lines([*kept, *everyday_training()], max_words)
    judged = trainer.out_of_fold(tuned, fresh, trainer.SETTINGS)
    spoken = trainer.learn_words([line for line in [*tuned, *fresh] if trainer.spoke(line[1])])
    shipped = json.loads(trainer.OUT.read_text(encoding="utf-8"))
    data = trainer.model_data(
        trainer.learn_words([*tuned, *fresh]),
        trainer.learn_stage(judged, "judge"),
        {k: list(v) for k, v in shipped["posts"].items()},
        spoken,
        {},
    )
    return _build_model(json.loads(json.dumps(data)), f"without {stem}")


def score(stem: str, model: ss.WordModel) -> dict[str, tuple[int, int]]:
    """(right, lines) per expected answer on one round, read with `model`."""
    out: dict[str, list[int]] = {}
    for _, expected, text in rows(DATA / "safety" / f"{stem}.tsv"):
        right, _ = judge(expected, ss.check_safety(text, model=model))
        tally = out.setdefault(expected, [0, 0])
        tally[0] += right
        tally[1] += 1
    return {k: (v[0], v[1]) for k, v in out.items()}


def _row(name: str, found: dict[str, tuple[int, int]]) -> str:
    def share(key: str, invert: bool = False) -> str:
        right, n = found.get(key, (0, 0))
        hits = n - right if invert else right
        return f"{hits / n:.1%} ({hits} of {n})" if n else "-"

    return f"| {name} | {share('crisis')} | {share('other')} | {share('none', invert=True)} |"


def main(argv: Sequence[str] | None = None) -> int:
    """Print recall, supporter notices and false alarms per round, then pooled."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3, help="how many of the newest rounds")
    args = parser.parse_args(argv)
    print("| round, learned without it | crisis recall | supporter notice | false alarms |")
    print("|---|---|---|---|")
    pooled: dict[str, tuple[int, int]] = {}
    for stem in newest_rounds(args.rounds):
        found = score(stem, without_round(stem))
        print(_row(stem, found), flush=True)
        for key, (right, n) in found.items():
            was = pooled.get(key, (0, 0))
            pooled[key] = (was[0] + right, was[1] + n)
    print(_row("**pooled**", pooled))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
