"""The Dask example over distinct check-ins, with one worker and with two.

`examples/batch_dask.py --cluster --workers N --people P` runs in a process of its own,
one worker then two, `pairs` times (the order swapping each pair, so that both see the
machine alike). Its people are numbered, and no two of the first 403,200 share a check-in,
so the figures time plans, not de-duplication. The time is the example's own: from the
first partition to the counts back, the cluster's start left out. Beside each run, the
machine's other work: the share of both cores busy during the run less what the run's own
processes used (from `/proc/stat` and the children's CPU time), where Linux tells it.
"""

from __future__ import annotations

import importlib.util
import os
import pathlib
import re
import resource
import statistics
import subprocess
import sys
import time
from typing import Any

from rows import Row, progress

HERE = pathlib.Path(__file__).resolve().parent
EXAMPLE = HERE.parent / "examples" / "batch_dask.py"
_PREPARED = re.compile(r"Prepared ([\d,]+) plans in ([\d.]+) s")


def _busy() -> tuple[float, float] | None:
    """Busy and total seconds of every core since boot, from `/proc/stat`; `None` elsewhere."""
    try:
        fields = pathlib.Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]
    except OSError:
        return None
    ticks = [int(f) for f in fields]
    idle = ticks[3] + (ticks[4] if len(ticks) > 4 else 0)  # idle and waiting on I/O
    hertz = os.sysconf("SC_CLK_TCK")
    return (sum(ticks) - idle) / hertz, sum(ticks) / hertz


def one_run(workers: int, people: int) -> dict[str, Any]:
    """One run of the example: plans, seconds, the load before and others' share of the cores."""
    load = os.getloadavg()[0]
    mine = resource.getrusage(resource.RUSAGE_CHILDREN)
    before = _busy()
    command = [sys.executable, str(EXAMPLE), "--cluster", "--workers", str(workers)]
    done = subprocess.run(
        [*command, "--people", str(people)], capture_output=True, text=True, check=True
    )
    after = _busy()
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    found = _PREPARED.search(done.stdout)
    if found is None:
        raise SystemExit(f"the Dask example printed no figure:\n{done.stdout}\n{done.stderr}")
    others = None
    if before is not None and after is not None:
        own = (used.ru_utime - mine.ru_utime) + (used.ru_stime - mine.ru_stime)
        busy, total = after[0] - before[0], after[1] - before[1]
        others = max(0.0, (busy - own) / total) if total > 0 else None
    return {
        "plans": int(found.group(1).replace(",", "")),
        "seconds": float(found.group(2)),
        "load": load,
        "others": others,
    }


def dask_rows(people: int, pairs: int) -> list[Row]:
    """One worker and two, `pairs` times, interleaved; the rows of each and of their ratio."""
    if importlib.util.find_spec("dask") is None or importlib.util.find_spec("distributed") is None:
        note = "dask[distributed] is not installed"
        return [Row(f"Dask example, {people:,} people, 2 workers / 1", None, "x", note=note)]
    runs: dict[int, list[dict[str, Any]]] = {1: [], 2: []}
    for pair in range(pairs):
        for workers in (1, 2) if pair % 2 == 0 else (2, 1):
            progress(f"Dask example, {workers} worker(s), pair {pair + 1} of {pairs}")
            time.sleep(1)  # the last run's processes gone
            runs[workers].append(one_run(workers, people))
    rows: list[Row] = []
    for workers, made in runs.items():
        seconds = [r["seconds"] for r in made]
        loads = ", ".join(f"{r['load']:.2f}" for r in made)
        others = ", ".join(
            "-" if r["others"] is None else f"{100 * r['others']:.0f}%" for r in made
        )
        note = (
            f"{made[0]['plans']:,} plans each run; 1-minute load before each: {loads}; "
            f"the machine's other work during each: {others} of the cores"
        )
        rows.append(
            Row(
                f"Dask example, {people:,} people, {workers} worker{'s' if workers > 1 else ''}",
                statistics.median(seconds),
                "s",
                min(seconds),
                max(seconds),
                "min-max",
                len(seconds),
                note,
            )
        )
    pairs_made = [
        one["seconds"] / two["seconds"] for one, two in zip(runs[1], runs[2], strict=True)
    ]
    rows.append(
        Row(
            f"Dask example, {people:,} people, 2 workers / 1",
            statistics.median(runs[1][n]["seconds"] for n in range(pairs))
            / statistics.median(runs[2][n]["seconds"] for n in range(pairs)),
            "x",
            min(pairs_made),
            max(pairs_made),
            "min-max",
            len(pairs_made),
            "one worker's time over two workers' (median over median; the spread is per pair); "
            "target at least 1.8x",
        )
    )
    return rows
