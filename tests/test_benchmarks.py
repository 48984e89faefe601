"""The benchmark script runs, and its plain-Python reference picks what the library picks.

Nothing here asserts on time: benchmarks never run as tests, and the smoke test only checks
that `python benchmarks/run.py --quick` works.
"""

from __future__ import annotations

import datetime as dt
import json
import pathlib
import random
import subprocess
import sys
from collections.abc import Sequence

import pytest

import smallsteps as ss

from .helpers import load_script

ROOT = pathlib.Path(__file__).resolve().parent.parent
BENCHMARKS = ROOT / "benchmarks"
SCRIPT = BENCHMARKS / "run.py"


catalogs = load_script("catalogs", "benchmarks", "benchmarks_catalogs")
reference = load_script("reference", "benchmarks", "benchmarks_reference")


def test_benchmark_script_runs(tmp_path: pathlib.Path) -> None:
    """`run.py --quick` prints the table and the targets and writes the JSON report."""
    out = tmp_path / "latest.json"
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--quick", "--json", str(out)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "recommend, default catalog" in result.stdout
    assert "reference, default catalog" in result.stdout
    assert "targets (issue 9)" in result.stdout
    report = json.loads(out.read_text(encoding="utf-8"))
    names = [row["name"] for row in report["rows"]]
    for expected in (
        "ratio recommend / reference, default catalog",
        "import smallsteps minus import attrs",
        "default_catalog() cached call",
        "recommend_many, default catalog, with histories",
        "memory: catalog kept (tracemalloc), 500 activities",
        "check_safety, 100 KB, new text each call",
    ):
        assert expected in names
    measured = [row["median"] for row in report["rows"] if row["median"] is not None]
    assert all(isinstance(value, int | float) for value in measured)
    assert {t["result"] for t in report["targets"]} <= {"PASS", "FAIL", "n/a"}
    assert any(t["target"].startswith("check_safety, 100 KB") for t in report["targets"])
    assert report["machine"]["cpu_count"] >= 1


def test_text_benchmark_runs() -> None:
    """`text.py --quick` prints a row for every timed call, each with a median and a worst."""
    result = subprocess.run(
        [sys.executable, str(BENCHMARKS / "text.py"), "--quick"],
        capture_output=True,
        text=True,
        check=True,
    )
    rows = [line for line in result.stdout.splitlines() if line.startswith("| check_safety")]
    assert 11 == len(rows)  # three with a locale or a Spanish text, one after gc.freeze()
    assert "after gc.freeze()" in rows[-1]
    assert "memory: safety rules and lexicon" in result.stdout
    assert "memory: word model, loaded" in result.stdout
    assert 4 == result.stdout.count("per 10 KB")
    assert any("100 KB" in row and "rules alone" in row for row in rows)
    assert any("10 KB" in row and "post judge" in row for row in rows)
    assert "reframe, short thought" in result.stdout


def test_linear_benchmark_runs() -> None:
    """`linear.py --quick` prints a row for every free-text call and shape, with a ratio."""
    result = subprocess.run(
        [sys.executable, str(BENCHMARKS / "linear.py"), "--quick"],
        capture_output=True,
        text=True,
        check=True,
        cwd=BENCHMARKS,
    )
    rows = [line for line in result.stdout.splitlines() if line.startswith("| ")][1:]
    assert 8 * 3 == len(rows)
    assert all(row.count(" ms |") == 3 and "x |" in row for row in rows)


def test_locale_benchmark_runs() -> None:
    """`locales.py --quick` prints each timed row with no locale, es-MX and en-XA."""
    result = subprocess.run(
        [sys.executable, str(BENCHMARKS / "locales.py"), "--quick"],
        capture_output=True,
        text=True,
        check=True,
        cwd=BENCHMARKS,
    )
    rows = [line for line in result.stdout.splitlines() if line.endswith("x no locale")]
    assert 6 * 3 == len(rows)
    assert 3 == result.stdout.count("recommend / reference, new check-ins")
    for name in ("recommend, new check-ins", "break_down, new tasks", "import + first plan"):
        for locale in ("no locale", "es-MX", "en-XA"):
            assert any(row.startswith(name) and f", {locale} " in row for row in rows)


def plan_ids(
    recommender: ss.Recommender,
    checkin: ss.CheckIn,
    history: Sequence[ss.Entry],
    limit: int,
    now: dt.datetime | None,
) -> list[str]:
    plan = recommender.recommend(checkin, history, limit, now)
    return [s.activity.id for s in plan.suggestions]


@pytest.mark.parametrize("which", ["default", "generated-300"])
def test_reference_picks_what_the_library_picks(which: str) -> None:
    """For 50 check-ins, with and without a history and a `now`, the ids agree in order."""
    catalog = ss.default_catalog() if which == "default" else catalogs.generate(300, seed=5)
    recommender = ss.Recommender(catalog)
    prepared = reference.prepare(catalog)
    rng = random.Random(11)
    now = catalogs.NOW
    differ = []
    changed_by_history = 0
    for checkin in catalogs.sample_checkins(50, seed=11, ids=catalog.ids[:25]):
        history = catalogs.sample_history(catalog.ids, now, rng)
        bare = plan_ids(recommender, checkin, (), 3, None)
        cases = [
            ((), None, 3, bare),
            (history, now, 3, plan_ids(recommender, checkin, history, 3, now)),
            (history, None, 5, plan_ids(recommender, checkin, history, 5, None)),
        ]
        for past, when, limit, expected in cases:
            actual = reference.reference_plan(prepared, checkin, past, when, limit)
            if expected != actual:
                differ.append((checkin, len(past), when, expected, actual))
        changed_by_history += cases[1][3][: len(bare)] != bare
    assert [] == differ
    # The histories are not inert: they change some plans, so the history rules are compared.
    assert changed_by_history >= 10


def test_generate_is_deterministic() -> None:
    """The same size and seed give an equal catalog; another seed gives another one."""
    first = catalogs.generate(40, seed=1)
    assert first == catalogs.generate(40, seed=1)
    assert first != catalogs.generate(40, seed=2)
    assert 40 == len(first)
    assert ("gen-000000", "gen-000039") == (first.ids[0], first.ids[-1])


def test_written_toml_loads_back(tmp_path: pathlib.Path) -> None:
    """`write_toml` writes a catalog file that `load_catalog` reads back as the same catalog."""
    path = tmp_path / "generated.toml"
    written = catalogs.write_toml(catalogs.generate(30, seed=3), path)
    assert written == ss.load_catalog(path)
