"""Print what the default catalog holds, and which source practices it covers.

Counts per category x energy, per life area, per posture and per sense, then every practice
the four source articles name (`scripts/practices.toml`) with what covers it, so a gap shows
at a glance:

    python scripts/content_report.py            # the whole report
    python scripts/content_report.py --gaps     # only practices with nothing behind them

A practice's `covered_by` refs name what covers it: `activity:<id>`, `routine:<routine>/<item>`,
`task:<id>`, `distortion:<id>`, `question:<id or words>`, `selftalk:<table>:<words>`,
`words:<data file>:<words>` (a sentence the engine says), or one of
the library's own tools (`safety-plan`, `thought-record`, `mood-log`, `proof-list`). The tests
resolve every ref, so a renamed activity breaks the table, not the report's honesty.
"""

from __future__ import annotations

import argparse
import collections
import json
import pathlib
import tomllib
from collections.abc import Callable, Iterable
from typing import Any

import smallsteps as ss
from smallsteps import _compile, _loader

HERE = pathlib.Path(__file__).resolve().parent
PRACTICES = HERE / "practices.toml"
DATA = HERE.parent / "src" / "smallsteps" / "data"
TOOLS = frozenset({"safety-plan", "thought-record", "mood-log", "proof-list"})


def catalog() -> ss.Catalog:
    """The default catalog as its TOML files say now (not the compiled copy)."""
    data = json.loads(_compile.compile_default_catalog())
    return _loader.parse_catalog(data, source="smallsteps/data/catalog")


def practices() -> list[dict[str, Any]]:
    """The practices table: one dict per practice the source articles name."""
    table: list[dict[str, Any]] = tomllib.loads(PRACTICES.read_text("utf-8"))["practice"]
    return table


def _toml(name: str) -> dict[str, Any]:
    data: dict[str, Any] = tomllib.loads((DATA / name).read_text("utf-8"))
    return data


def _texts(tables: Iterable[dict[str, Any]]) -> list[str]:
    return [str(t.get("text", "")) for t in tables]


def resolver(activities: ss.Catalog) -> Callable[[str], bool]:
    """A function that says whether a `covered_by` ref points at something that exists."""
    ids = {a.id for a in activities}
    routines = _toml("routines.toml")["routine"]
    items = {f"{r['id']}/{i['id']}" for r in routines for i in r.get("items", [])}
    tasks = {t["id"] for name in ("tasks.toml",) for t in _toml(name).get("task", [])}
    for path in sorted((DATA / "tasks").glob("templates-*.toml")):
        tasks |= {t["id"] for t in tomllib.loads(path.read_text("utf-8")).get("task", [])}
    book = _toml("distortions.toml")
    distortions = {d["id"] for d in book.get("distortion", [])}
    questions = book.get("question", [])
    selftalk = _toml("selftalk.toml")

    def exists(ref: str) -> bool:
        kind, _, rest = ref.partition(":")
        if not rest:
            return ref in TOOLS
        if kind == "activity":
            return rest in ids
        if kind == "routine":
            return rest in items
        if kind == "task":
            return rest in tasks
        if kind == "distortion":
            return rest in distortions
        if kind == "question":
            return any(rest == q.get("id") or rest in q.get("text", "") for q in questions)
        if kind == "words":
            name, _, words = rest.partition(":")
            path = DATA / name
            return bool(words) and path.is_file() and words in path.read_text("utf-8")
        if kind == "selftalk":
            table, _, words = rest.partition(":")
            return bool(words) and any(words in t for t in _texts(selftalk.get(table, [])))
        return False

    return exists


def _table(rows: dict[str, collections.Counter[int]], columns: range) -> list[str]:
    width = max(len(name) for name in rows)
    head = " ".join(f"{c:>4}" for c in columns)
    lines = [f"{'':<{width}} {head}  all"]
    for name, counts in sorted(rows.items()):
        cells = " ".join(f"{counts[c]:>4}" for c in columns)
        lines.append(f"{name:<{width}} {cells}  {sum(counts.values()):>3}")
    totals = collections.Counter[int]()
    for counts in rows.values():
        totals.update(counts)
    cells = " ".join(f"{totals[c]:>4}" for c in columns)
    lines.append(f"{'all':<{width}} {cells}  {sum(totals.values()):>3}")
    return lines


def _counted(title: str, counter: collections.Counter[str]) -> list[str]:
    parts = ", ".join(f"{name} {n}" for name, n in sorted(counter.items()))
    return [f"{title}: {parts}"]


def report(*, gaps_only: bool = False) -> str:
    """The report as text."""
    activities = catalog()
    lines: list[str] = []
    if not gaps_only:
        rows: dict[str, collections.Counter[int]] = collections.defaultdict(collections.Counter)
        for a in activities:
            rows[a.category][int(a.energy)] += 1
        better = sum(1 for a in activities if a.energy >= 3)
        lines += [f"{len(activities)} activities; {better} at energies 3 and 4", ""]
        lines += ["category x energy", *_table(rows, range(5)), ""]
        areas = collections.Counter(str(a.life_area) for a in activities)
        postures = collections.Counter(str(p) for a in activities for p in a.postures)
        senses = collections.Counter(str(s) for a in activities for s in a.senses)
        lines += _counted("life area", areas) + _counted("posture", postures)
        lines += _counted("sense", senses)
        lines.append("")
    exists = resolver(activities)
    table = practices()
    empty = [p for p in table if not p["covered_by"]]
    loose = [p for p in table if p["covered_by"] and p.get("loose")]
    broken = [(p["id"], r) for p in table for r in p["covered_by"] if not exists(r)]
    lines.append(
        f"{len(table)} practices from the source articles: {len(table) - len(empty)} covered"
        f" ({len(loose)} loosely), {len(empty)} with nothing, {len(broken)} broken refs"
    )
    for p in table:
        if gaps_only and p["covered_by"] and not p.get("loose"):
            continue
        mark = "  " if p["covered_by"] else "!!"
        mark = "~ " if p.get("loose") else mark
        refs = ", ".join(p["covered_by"]) or "nothing yet"
        lines.append(f"{mark}[{p['seed']}] {p['practice']}: {refs}")
    lines += [f"broken ref in {pid}: {ref}" for pid, ref in broken]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gaps", action="store_true", help="only practices not fully covered")
    print(report(gaps_only=parser.parse_args().gaps))


if __name__ == "__main__":
    main()
