"""Break the tasks people really type into micro-steps, at two energy levels.

Run it with:  python examples/break_down.py
"""

from __future__ import annotations

import smallsteps as ss

TASKS = (
    "ring the vet re rex's jab, before thurs",
    "sort the car insurance renewal - price went up again",
    "hoover the stairs n landing",
    "send jo back the 15 quid i owe her",
    "return the blender to argos, box is in the hall",
    "fix the wobbly shelf in kitchen",
    "email the school about tom's trip form by friday",
    "bleach the shower grout",
    "cancel the magazine subscription",
    "clear out the garage before mum visits",
)
"""Ten everyday tasks, typed the way people type them."""


def main() -> None:
    for task in TASKS:
        reading = ss.read_task(task)
        print(f"# {task}")
        print(f"  read as: {reading.kind or 'no verb'} / {reading.object_class or 'no class'}")
        for energy in (ss.Energy(0), ss.Energy(2)):
            print(ss.break_down(task, energy=energy))
        print()

    # "Smaller please": open a step of the last breakdown into its parts.
    bd = ss.break_down("reply to my landlord", energy=ss.Energy(2))
    at = next(i for i, step in enumerate(bd.steps) if step.parts)
    print(bd.split(at))
    print(f"Why these steps: {bd.why}")


if __name__ == "__main__":
    main()
