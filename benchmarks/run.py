"""Measure smallsteps: prints a table of medians. Never run as a test (a smoke test runs --quick).

python benchmarks/run.py            # full run
python benchmarks/run.py --quick    # a few repeats, to check the script works
"""

from __future__ import annotations

import argparse
import itertools
import statistics
import subprocess
import sys
import time
from collections.abc import Callable

import smallsteps as ss

FIRST_LOAD = (
    "import time, smallsteps as s; t = time.perf_counter(); s.default_catalog(); "
    "print(time.perf_counter() - t)"
)


def _measure(call: Callable[[], object], repeats: int) -> list[float]:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return times


def _fresh_process(code: str, repeats: int) -> list[float]:
    """Wall time of `python -c code` in new processes."""
    return _measure(lambda: subprocess.run([sys.executable, "-c", code], check=True), repeats)


def _row(name: str, times: list[float], unit: float = 1e-3, label: str = "ms") -> str:
    median = statistics.median(times) / unit
    spread = (max(times) - min(times)) / unit
    return f"{name:<46} {median:>10.3f} {label}   (n={len(times)}, spread {spread:.3f})"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="a few repeats only")
    args = parser.parse_args(argv)
    repeats = 3 if args.quick else 200

    rows = []
    rows.append(
        _row(
            "import smallsteps (fresh process)",
            _fresh_process("import smallsteps", 3 if args.quick else 15),
        )
    )
    rows.append(
        _row(
            "import attrs (fresh process)", _fresh_process("import attrs", 3 if args.quick else 15)
        )
    )
    first = [
        float(
            subprocess.run(
                [sys.executable, "-c", FIRST_LOAD], capture_output=True, text=True, check=True
            ).stdout
        )
        for _ in range(3 if args.quick else 10)
    ]
    rows.append(_row("default_catalog() first load (fresh process)", first))
    catalog = ss.default_catalog()
    rows.append(
        _row("default_catalog() cached", _measure(ss.default_catalog, repeats * 50), 1e-6, "us")
    )

    recommender = ss.Recommender(catalog)
    checkins = [
        ss.CheckIn(e, m, p, t)
        for e, p, t, m in itertools.product(ss.Energy, ss.Posture, ss.TimeOfDay, [5, 15])
    ]
    cycle = itertools.cycle(checkins)
    rows.append(
        _row(
            f"recommend, default catalog ({len(catalog)} activities)",
            _measure(lambda: recommender.recommend(next(cycle)), repeats * 5),
        )
    )
    lying = ss.CheckIn(1, 5, "lying", "morning")
    rows.append(
        _row(
            "recommend, energy 1, 5 min, lying, morning",
            _measure(lambda: recommender.recommend(lying), repeats),
        )
    )
    plan = recommender.recommend(lying)
    rows.append(_row("to_json(plan)", _measure(lambda: ss.to_json(plan), repeats)))
    print(f"smallsteps {ss.__version__}, Python {sys.version.split()[0]}")
    print("\n".join(rows))


if __name__ == "__main__":
    main()
