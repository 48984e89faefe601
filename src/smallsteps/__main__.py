"""Run the command line: `python -m smallsteps`."""

from ._cli import main

if __name__ == "__main__":  # importing this module (as the docs test does) runs nothing
    raise SystemExit(main())
