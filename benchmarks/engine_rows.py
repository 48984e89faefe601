"""The default filters in rule-engine, when it is installed: rows beside the reference's.

Named apart from the `rule_engine` package it imports, so that it never imports itself.
"""

from __future__ import annotations

import importlib
import time
from typing import Any

import reference
from rows import Row, Settings, progress, summary

import catalogs
import smallsteps as ss


def rule_engine_rows(settings: Settings) -> list[Row]:
    """The default filters as rule-engine rules, against the reference's comprehension."""
    try:
        engine: Any = importlib.import_module("rule_engine")
    except ImportError:
        note = "not installed: pip install rule-engine to add these rows"
        return [Row("rule-engine filters", None, "", note=note)]
    progress("rule-engine")
    rows = []
    for size in (0, *settings.rule_engine_sizes):  # 0: the default catalog
        catalog = ss.default_catalog() if size == 0 else catalogs.generate(size)
        label = "default catalog" if size == 0 else f"{size:,} activities"
        prepared = reference.prepare(catalog)
        things = [
            {
                "id": r[0],
                "category": r[1],
                "energy": r[2],
                "first": r[3],
                "postures": sorted(r[4]),
                "outdoors": r[5],
                "times": sorted(r[6]),
                "energizing": r[7],
            }
            for r in prepared.rows
        ]
        checkins = catalogs.varied_checkins()
        rules = [engine.Rule(_rule_text(c)) for c in checkins]
        theirs: list[float] = []
        ours: list[float] = []
        agree = True
        began = time.perf_counter()
        for i in range(settings.calls_for(len(catalog)) // 10):
            checkin, rule = checkins[i % len(checkins)], rules[i % len(rules)]
            start = time.perf_counter()
            matched = [t["id"] for t in rule.filter(things)]
            middle = time.perf_counter()
            kept = [r[0] for r in reference.passing(prepared.rows, checkin)]
            theirs.append(middle - start)
            ours.append(time.perf_counter() - middle)
            agree = agree and matched == kept
            if time.perf_counter() - began > settings.calls_budget and i >= len(checkins):
                break
        note = "same ids as the reference" if agree else "ids DIFFER from the reference"
        rows += [
            summary(f"rule-engine filters, {label}", theirs, "us", 1e6, note),
            summary(f"reference filters (comprehension), {label}", ours, "us", 1e6),
        ]
    return rows


def _rule_text(checkin: ss.CheckIn) -> str:
    """A check-in's filters in the rule-engine language."""

    def flag(value: bool) -> str:
        return "true" if value else "false"

    parts = [
        f"energy <= {int(checkin.energy)}",
        f"first <= {checkin.minutes * 60}",
        f"'{checkin.posture.value}' in postures",
        f"({flag(checkin.outdoors)} or not outdoors)",
        f"'{checkin.time_of_day.value}' in times",
        f"not ({flag(checkin.time_of_day is ss.TimeOfDay.NIGHT)} and energizing)",
    ]
    for avoided in checkin.avoids:
        parts += [f"id != '{avoided}'", f"category != '{avoided}'"]
    return " and ".join(parts)
