"""Break a task that feels too big into micro-steps, at two energy levels.

Run it with:  python examples/break_down.py
"""

from __future__ import annotations

import smallsteps as ss


def main() -> None:
    task = "clean the bathroom"
    for energy in (ss.Energy(0), ss.Energy(3)):
        print(ss.break_down(task, energy=energy))
        print()

    # A task no template knows: the verb picks the pattern, the person's words fill it in.
    bd = ss.break_down("reply to my landlord", energy=ss.Energy(1))
    print(bd)
    print(f"Why these steps: {bd.why}")
    print()

    # "Smaller please": open the second step into its parts.
    print(bd.split(1))


if __name__ == "__main__":
    main()
