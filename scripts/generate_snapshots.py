"""Regenerate the golden plan snapshots in tests/snapshots/plans.json.

Run it after a deliberate change to the rules or the default catalog, then review the diff:
    python scripts/generate_snapshots.py
"""

from __future__ import annotations

import itertools
import json
import pathlib
from typing import Any

import smallsteps as ss

PATH = pathlib.Path(__file__).resolve().parent.parent / "tests" / "snapshots" / "plans.json"
MINUTES = 10


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


def main() -> None:
    PATH.parent.mkdir(parents=True, exist_ok=True)
    PATH.write_text(json.dumps(snapshot(), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {PATH}")


if __name__ == "__main__":
    main()
