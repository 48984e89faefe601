"""The benchmark report: the rows as a table, and each issue's targets checked against them."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import Any

from rows import Row


def number(value: float | None) -> str:
    if value is None or math.isnan(value):
        return "-"
    if abs(value) >= 1000:
        return f"{value:,.0f}"
    if abs(value) >= 100:
        return f"{value:.1f}"
    if abs(value) >= 1:
        return f"{value:.2f}"
    return f"{value:.3f}"


def table(rows: Sequence[Row]) -> str:
    """The rows as aligned columns."""
    lines = [("benchmark", "median", "unit", "spread", "n", "note")]
    for r in rows:
        spread = f"{r.spread} {number(r.low)}-{number(r.high)}" if r.spread else ""
        lines.append((r.name, number(r.median), r.unit, spread, str(r.n or ""), r.note))
    widths = [max(len(line[i]) for line in lines) for i in range(5)]
    out = []
    for line in lines:
        cells = [
            line[0].ljust(widths[0]),
            line[1].rjust(widths[1]),
            line[2].ljust(widths[2]),
            line[3].ljust(widths[3]),
            line[4].rjust(widths[4]),
            line[5],
        ]
        out.append("  ".join(cells).rstrip())
    out.insert(1, "-" * len(out[0]))
    return "\n".join(out)


def find(rows: Sequence[Row], name: str) -> float | None:
    return next((r.median for r in rows if r.name == name), None)


def targets(rows: Sequence[Row]) -> list[dict[str, Any]]:
    """Each target of issue 9 with the measured value and whether it is met.

    A target whose row was not measured (the 100,000-activity rows under `--quick` or other
    `--sizes`) is `n/a`.
    """
    kept = find(rows, "memory: catalog kept (tracemalloc), 100,000 activities")
    index = find(rows, "memory: index after 20 recommends (tracemalloc), 100,000 activities")
    memory = None if kept is None or index is None else kept + index
    checks: list[Check] = [
        at_most("recommend, default catalog: at most 2x the reference",
                find(rows, "ratio recommend / reference, default catalog"), "x", 2),
        at_most("recommend, 100,000 activities: at most 0.5x the reference",
                find(rows, "ratio recommend / reference, 100,000 activities"), "x", 0.5),
        at_most("import smallsteps: at most 30 ms over import attrs",
                find(rows, "import smallsteps minus import attrs"), "ms", 30),
        at_most("  stricter: with first use of CheckIn, Catalog, Recommender: 30 ms over attrs",
                find(rows, "  ... minus import attrs"), "ms", 30),
        under("default_catalog() cached call: under 1 us",
              find(rows, "default_catalog() cached call"), "ns", 1000),
        under("default_catalog() first load: under 50 ms",
              find(rows, "default_catalog() first load, fresh process"), "ms", 50),
        at_most("memory, 100,000-activity catalog (RSS growth): at most 2 KB each",
                find(rows, "memory: RSS growth while building, 100,000 activities"),
                "B/activity", 2048),
        at_most("  stricter: catalog + index after 20 recommends (tracemalloc): 2 KB each",
                memory, "B/activity", 2048),
        at_least("recommend_many, default catalog, no histories: 20,000 plans/s or more",
                 find(rows, "recommend_many, default catalog, no histories"), "plans/s",
                 20_000),
        at_least("recommend_many, default catalog, with histories: 20,000 plans/s or more",
                 find(rows, "recommend_many, default catalog, with histories"), "plans/s",
                 20_000),
    ]  # fmt: skip
    return checked(checks)


Check = tuple[str, float | None, str, Callable[[float], bool]]
"""A target: its words, the measured value (`None`: not measured), the unit, and the test."""


def at_most(name: str, value: float | None, unit: str, bound: float) -> Check:
    return name, value, unit, lambda v: v <= bound


def under(name: str, value: float | None, unit: str, bound: float) -> Check:
    return name, value, unit, lambda v: v < bound


def at_least(name: str, value: float | None, unit: str, bound: float) -> Check:
    return name, value, unit, lambda v: v >= bound


def checked(checks: Sequence[Check]) -> list[dict[str, Any]]:
    """Each target with its measured value and PASS, FAIL or n/a (not measured)."""
    return [
        {
            "target": name,
            "measured": value,
            "unit": unit,
            "result": "n/a" if value is None else "PASS" if met(value) else "FAIL",
        }
        for name, value, unit, met in checks
    ]


def fresh_targets(rows: Sequence[Row]) -> list[dict[str, Any]]:
    """The targets of issue 17, each on the rows of new check-ins."""

    def worst(name: str) -> float | None:
        return next((r.worst / 1e3 for r in rows if r.name == name and r.worst), None)

    prefix = "30-entry history / no history, "
    histories = [r.name[len(prefix) :] for r in rows if r.name.startswith(prefix)]
    histories = histories or ["default catalog"]  # not measured: n/a

    def ratio(label: str) -> float | None:
        return find(rows, f"ratio, {label}, new check-ins, no history")

    together = find(rows, "memory: catalog + index, 100,000 activities")
    checks: list[Check] = [
        at_most("recommend / reference, default catalog: at most 1x",
                ratio("default catalog"), "x", 1),
        at_most("recommend / reference, 10,000 activities: at most 0.3x",
                ratio("10,000 activities"), "x", 0.3),
        at_most("recommend / reference, 100,000 activities: at most 0.15x",
                ratio("100,000 activities"), "x", 0.15),
        *(
            at_most(f"30-entry history / no history, {label}: at most 1.3x",
                    find(rows, f"30-entry history / no history, {label}"), "x", 1.3)
            for label in histories
        ),
        under("worst call, 100,000 activities, no history: under 100 ms",
              worst("recommend, 100,000 activities, new check-ins, no history"), "ms", 100),
        at_most("memory, catalog + index, 100,000 activities: at most 2 KB each", together,
                "B/activity", 2048),
        at_most("load_catalog, JSON: at most 3x json.loads",
                find(rows, "ratio load_catalog / json.loads (JSON)"), "x", 3),
        at_most("load_catalog, TOML: at most 1.3x tomllib.loads",
                find(rows, "ratio load_catalog / tomllib.loads (TOML)"), "x", 1.3),
        at_least("recommend_many, distinct check-ins: 20,000 plans/s or more",
                 find(rows, "recommend_many, default catalog, distinct check-ins"), "plans/s",
                 20_000),
        at_most("check_safety, 100 KB, new text each call: at most 20 ms",
                find(rows, "check_safety, 100 KB, new text each call"), "ms", 20),
        at_least("Dask example, distinct check-ins: 2 workers at least 1.8x one",
                 next((r.median for r in rows if r.name.endswith("2 workers / 1")), None), "x",
                 1.8),
    ]  # fmt: skip
    return checked(checks)
