"""The same plan comes out in separate processes with different hash seeds."""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = """
import itertools, smallsteps as ss
for e, p, t in itertools.product(ss.Energy, ss.Posture, ss.TimeOfDay):
    checkin = ss.CheckIn(e, 10, p, t, outdoors=True, likes=["glimmer"], avoids=["home"])
    print(ss.to_json(ss.recommend(checkin)))
print(ss.to_json(ss.default_catalog()))
"""


def _run(seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, check=True
    )
    return result.stdout


def test_plans_do_not_depend_on_the_hash_seed() -> None:
    """Two processes with hash seeds 0 and 4242 print the same plans and catalog."""
    first, second = _run("0"), _run("4242")
    assert first.count("\n") == 61
    assert first == second
