"""Regenerate the golden snapshots: tests/snapshots/plans.json and breakdowns.json.

Run it after a deliberate change to the rules, the default catalog or the task templates,
then review the diff:
    python scripts/generate_snapshots.py
"""

from __future__ import annotations

import itertools
import json
import pathlib
from typing import Any

import smallsteps as ss

TESTS = pathlib.Path(__file__).resolve().parent.parent / "tests"
PATH = TESTS / "snapshots" / "plans.json"
BREAKDOWNS = TESTS / "snapshots" / "breakdowns.json"
MINUTES = 10
ENERGIES = (ss.Energy(0), ss.Energy(2), ss.Energy(4))


def snapshot() -> dict[str, Any]:
    """Summarise the plan for every energy x posture x time of day (10 minutes, indoors)."""
    plans: dict[str, Any] = {}
    for energy, posture, time in itertools.product(ss.Energy, ss.Posture, ss.TimeOfDay):
        plan = ss.recommend(ss.CheckIn(energy, MINUTES, posture, time))
        plans[f"energy-{int(energy)} {posture} {time}"] = [
            {
                "id": s.activity.id,
                "score": s.score,
                "steps": [str(step) for step in s.steps],
                "reasons": [r.text for r in s.reasons],
            }
            for s in plan.suggestions
        ]
    return plans


def unseen_tasks() -> list[str]:
    """The everyday tasks with no template, from tests/data/unseen_tasks.txt."""
    lines = (TESTS / "data" / "unseen_tasks.txt").read_text("utf-8").splitlines()
    return [line.split("|")[0].strip() for line in lines if line.strip() and line[0] != "#"]


def breakdowns() -> dict[str, Any]:
    """Every template's title and every unseen task, broken down at energies 0, 2 and 4."""
    tasks = [t.title for t in ss.default_tasks().templates] + unseen_tasks()
    result: dict[str, Any] = {}
    for task, energy in itertools.product(tasks, ENERGIES):
        bd = ss.break_down(task, energy=energy)
        result[f"{task} @ {int(energy)}"] = {
            "source": bd.source,
            "steps": [f"{step}{' [win]' if step.win else ''}" for step in bd.steps],
            "later": len(bd.later),
        }
    return result


def _write(path: pathlib.Path, data: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {path}")


def main() -> None:
    _write(PATH, snapshot())
    _write(BREAKDOWNS, breakdowns())


if __name__ == "__main__":
    main()
