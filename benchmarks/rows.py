"""What the benchmark scripts share: a run's `Settings`, a `Row`, `summary` and `progress`.

`run.py`, `fresh.py` and `engine_rows.py` make rows; they share these.
"""

from __future__ import annotations

import dataclasses
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from typing import Any

DEFAULT_SIZES = (1_000, 10_000, 100_000)


@dataclasses.dataclass
class Row:
    """One line of the table.

    Attributes:
        name: What was measured.
        median: The median, in `unit`; `None` when the row was skipped.
        unit: The unit of `median`, `low` and `high`.
        low: The low end of the spread.
        high: The high end of the spread.
        spread: How the spread is taken: `p10-p90` (10 samples or more), `min-max`, or `""`.
        n: How many samples.
        note: Anything else worth knowing.
    """

    name: str
    median: float | None
    unit: str
    low: float | None = None
    high: float | None = None
    spread: str = ""
    n: int = 0
    note: str = ""
    p99: float | None = None
    worst: float | None = None


def summary(
    name: str, samples: Sequence[float], unit: str, scale: float = 1.0, note: str = ""
) -> Row:
    """A row from raw samples: the median and a spread, each multiplied by `scale`."""
    values = sorted(s * scale for s in samples)
    if len(values) >= 10:
        deciles = statistics.quantiles(values, n=10)
        low, high, kind = deciles[0], deciles[-1], "p10-p90"
    else:
        low, high, kind = values[0], values[-1], "min-max"
    return Row(name, statistics.median(values), unit, low, high, kind, len(values), note)


def per_call(call: Callable[[int], object], calls: int) -> list[float]:
    """The seconds of each of `calls` calls `call(0)`, `call(1)`...: a new input each."""
    times = []
    for i in range(calls):
        start = time.perf_counter()
        call(i)
        times.append(time.perf_counter() - start)
    return times


def progress(text: str) -> None:
    print(f"... {text}", file=sys.stderr, flush=True)


@dataclasses.dataclass
class Settings:
    """How much to measure: the full run, or `--quick`."""

    sizes: tuple[int, ...]
    calls_default: int
    calls_budget: float
    fresh_runs: int
    load_size: int
    load_repeats: int
    text_calls: int
    batch_size: int
    batch_repeats: int
    memory_sizes: tuple[int, ...]
    rule_engine_sizes: tuple[int, ...]

    @classmethod
    def of(cls, quick: bool, sizes: tuple[int, ...] | None) -> Settings:
        """The settings of a full or a `--quick` run, with the generated sizes if given."""
        preset = QUICK if quick else FULL
        return cls(
            sizes=sizes or preset["sizes"], **{k: v for k, v in preset.items() if k != "sizes"}
        )

    def calls_for(self, size: int) -> int:
        """How many timed calls a catalog of `size` activities gets (fewer when large)."""
        return max(40, min(self.calls_default, 2_000_000 // max(size, 1)))


QUICK: dict[str, Any] = {
    "sizes": (300,), "calls_default": 100, "calls_budget": 2.0, "fresh_runs": 2,
    "load_size": 200, "load_repeats": 1, "text_calls": 20, "batch_size": 300,
    "batch_repeats": 1, "memory_sizes": (500,), "rule_engine_sizes": (),
}  # fmt: skip
"""`--quick`: tiny sizes and few repeats, to check that the script works."""

FULL: dict[str, Any] = {
    "sizes": DEFAULT_SIZES, "calls_default": 2_000, "calls_budget": 30.0, "fresh_runs": 15,
    "load_size": 10_000, "load_repeats": 3, "text_calls": 400, "batch_size": 10_000,
    "batch_repeats": 5, "memory_sizes": (10_000, 100_000), "rule_engine_sizes": (10_000,),
}  # fmt: skip
"""The full run: the issue's sizes, thousands of timed calls."""
