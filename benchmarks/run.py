"""Measure smallsteps: prints a table and a targets section, and writes the rows as JSON.

python benchmarks/run.py                      # the full run (a few minutes)
python benchmarks/run.py --quick              # tiny sizes, few repeats: checks the script works
python benchmarks/run.py --sizes 1000,10000   # other generated catalog sizes
python benchmarks/run.py --json out.json      # somewhere else than results/latest.json
python benchmarks/run.py --dask-only          # the Dask example's row alone (about 3 minutes)

Never run as a test: tests/test_benchmarks.py only runs `--quick`. See benchmarks/README.md
for what each row means.
"""

from __future__ import annotations

import argparse
import compileall
import dataclasses
import gc
import importlib
import json
import os
import pathlib
import pickle
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
import timeit
import tracemalloc
from collections.abc import Sequence
from typing import Any

import fresh
import reference
from dask_rows import dask_rows
from engine_rows import rule_engine_rows
from report import fresh_targets, number, table, targets
from rows import Row, Settings, per_call, progress, summary
from text import long_text

import catalogs
import smallsteps as ss

HERE = pathlib.Path(__file__).resolve().parent
DASK_PEOPLE = 400_000
"""People in each run of the Dask example (no two of the first 403,200 share a check-in)."""
DASK_PAIRS = 3
"""Runs of the Dask example with one worker, and as many with two."""
DEFAULT_JSON = HERE / "results" / "latest.json"

TASKS = (
    "clean the bathroom",
    "do the dishes",
    "reply to an email",
    "pay a bill",
    "take a shower",
    "call the doctor's office",
    "fold the laundry",
    "make a sandwich",
    "write a birthday card",
    "go to the shop",
    "tidy my desk",
    "water the plants",
    "take out the rubbish",
    "book a haircut",
    "sort the post",
    "cook dinner",
    "change the bed sheets",
    "go for a short walk",
    "fill in a form",
    "text a friend back",
)
# Inputs only, never shown: harsh thoughts of the kind `reframe` questions, none in crisis words.
THOUGHTS = (
    "I will never feel better",
    "Everyone else has their life together",
    "I got one thing wrong, so the whole day is ruined",
    "They did not reply, so they must be annoyed with me",
    "I should have finished this weeks ago",
    "I am useless at everything",
    "If I cannot do it perfectly there is no point",
    "Nothing ever works out for me",
    "She frowned, so she must think I am boring",
    "I always mess things up",
    "It is all my fault the plans fell through",
    "I cannot cope with anything",
    "The good parts of today do not count",
    "I am so behind, I will never catch up",
    "Tomorrow will be just as bad",
    "I ought to be stronger than this",
    "Nobody cares what I think",
    "I only managed one task, that is pathetic",
    "What if the interview goes wrong and it all falls apart",
    "I am a terrible friend for forgetting her birthday",
)
FIRST_LOAD = (
    "import time, smallsteps as s; t = time.perf_counter(); s.default_catalog(); "
    "print(time.perf_counter() - t)"
)
"""The first call, paying for importing the modules it needs (attrs among them) as well."""
FIRST_LOAD_DATA = (
    "import time, smallsteps as s; s.Catalog, s.Activity; t = time.perf_counter(); "
    "s.default_catalog(); print(time.perf_counter() - t)"
)
"""The first call once the model is imported: reading and building the data alone."""
MODEL = "import smallsteps as s; s.CheckIn, s.Catalog, s.Recommender"
"""`import smallsteps` and first use of its model: what an eager package would import."""


# -- recommend against the reference -------------------------------------------------------

Inputs = list[tuple[ss.CheckIn, list[ss.Entry]]]


def timing_inputs(catalog: ss.Catalog, seed: int = 0) -> Inputs:
    """The 20 varied check-ins, each with a small history drawn from this catalog's ids."""
    rng = random.Random(seed)
    ids = catalog.ids
    return [
        (checkin, catalogs.sample_history(ids, catalogs.NOW, rng, size=6))
        for checkin in catalogs.varied_checkins()
    ]


def recommend_rows(
    label: str, catalog: ss.Catalog, settings: Settings, note: str = ""
) -> list[Row]:
    """The first call, then library and reference calls interleaved on the same inputs."""
    progress(f"recommend, {label}")
    inputs = timing_inputs(catalog)
    recommender = ss.Recommender(catalog)
    prepared = reference.prepare(catalog)
    now = catalogs.NOW
    first = inputs[0]
    start = time.perf_counter()
    recommender.recommend(first[0], first[1], 3, now)
    cold = time.perf_counter() - start
    for checkin, history in inputs:  # warm up both
        expected = reference.reference_plan(prepared, checkin, history, now, 3)
        plan = recommender.recommend(checkin, history, 3, now)
        if [s.activity.id for s in plan.suggestions] != expected:
            raise SystemExit(f"the reference and the library disagree on {label}: {checkin}")
    library, plain = fresh.interleaved(
        (inputs[i % len(inputs)] for i in range(settings.calls_for(len(catalog)))),
        lambda p: recommender.recommend(p[0], p[1], 3, now),
        lambda p: reference.reference_plan(prepared, p[0], p[1], now, 3),
        settings.calls_budget,
    )
    ratios = [a / b for a, b in zip(library, plain, strict=True)]
    return [
        Row(f"recommend, {label}: first call (cold index)", cold * 1e3, "ms", n=1, note=note),
        summary(f"recommend, {label}", library, "us", 1e6),
        summary(f"reference, {label}", plain, "us", 1e6),
        Row(
            f"ratio recommend / reference, {label}",
            statistics.median(library) / statistics.median(plain),
            "x",
            n=len(library),
            note="median over median",
        ),
        summary(f"  (per call pair, {label})", ratios, "x", note="ratio of each pair"),
    ]


# -- fresh processes -----------------------------------------------------------------------


def compile_package() -> str:
    """Write smallsteps' bytecode, as `pip install` does, so fresh processes time loading it.

    Without it an editable install (or `PYTHONDONTWRITEBYTECODE=1`) compiles every module in
    every fresh process, and the import rows time the compiler. Returns a note for the table.
    """
    folder = pathlib.Path(ss.__file__).parent
    try:
        done = compileall.compile_dir(folder, quiet=2)
    except OSError as error:
        return f"bytecode not written ({error.strerror}): times include compiling"
    return "bytecode compiled first" if done else "bytecode not written: times include compiling"


def _wall(code: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True)
    return time.perf_counter() - start


def import_rows(runs: int) -> list[Row]:
    """`import attrs` and `import smallsteps` in fresh processes, less a bare interpreter."""
    progress("import time")
    compiled = compile_package()
    bare: list[float] = []
    attrs_times: list[float] = []
    ours: list[float] = []
    model: list[float] = []
    for _ in range(runs):  # interleaved, so drift affects all alike
        base = _wall("pass")
        bare.append(base)
        attrs_times.append(_wall("import attrs") - base)
        ours.append(_wall("import smallsteps") - base)
        model.append(_wall(MODEL) - base)
    diffs = [a - b for a, b in zip(ours, attrs_times, strict=True)]
    model_diffs = [a - b for a, b in zip(model, attrs_times, strict=True)]
    return [
        summary("python -c pass (the baseline)", bare, "ms", 1e3),
        summary("import attrs, fresh process, less baseline", attrs_times, "ms", 1e3),
        summary("import smallsteps, fresh process, less baseline", ours, "ms", 1e3),
        summary("import smallsteps minus import attrs", diffs, "ms", 1e3, compiled),
        summary("import smallsteps + first use of its model", model, "ms", 1e3, MODEL),
        summary("  ... minus import attrs", model_diffs, "ms", 1e3),
    ]


def default_catalog_rows(runs: int) -> list[Row]:
    """The first `default_catalog()` in fresh processes, and the cached call here."""
    progress("default_catalog()")
    first: list[float] = []
    data: list[float] = []
    for _ in range(runs):
        for code, times in ((FIRST_LOAD, first), (FIRST_LOAD_DATA, data)):
            done = subprocess.run(
                [sys.executable, "-c", code], capture_output=True, text=True, check=True
            )
            times.append(float(done.stdout))
    ss.default_catalog()
    number = 200_000
    cached = [t / number for t in timeit.Timer(ss.default_catalog).repeat(7, number)]
    return [
        summary("default_catalog() first load, fresh process", data, "ms", 1e3, "model imported"),
        summary("  ... with importing the modules it needs", first, "ms", 1e3, "attrs among them"),
        summary("default_catalog() cached call", cached, "ns", 1e9, f"timeit, {number:,} loops"),
    ]


# -- files, text, batches ------------------------------------------------------------------


def load_rows(size: int, repeats: int) -> list[Row]:
    """`load_catalog` of a generated TOML file and the same as JSON, against the bare parsers."""
    import json
    import tomllib

    progress(f"load_catalog of {size:,} activities")
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        path = pathlib.Path(folder) / "generated.toml"
        written = catalogs.write_toml(size, path)
        as_json = path.with_suffix(".json")
        as_json.write_text(json.dumps(tomllib.loads(path.read_text("utf-8"))), "utf-8")
        for kind, file, parse, parser in (
            ("TOML", path, tomllib.loads, "tomllib.loads"),
            ("JSON", as_json, json.loads, "json.loads"),
        ):
            megabytes = file.stat().st_size / 1e6
            times, bare = [], []
            for _ in range(repeats):
                start = time.perf_counter()
                loaded = ss.load_catalog(file)
                times.append(time.perf_counter() - start)
                start = time.perf_counter()
                parse(file.read_text("utf-8"))
                bare.append(time.perf_counter() - start)
            same = "same catalog" if loaded == written else "DIFFERS from what was written"
            note = f"{megabytes:.1f} MB of {kind}; {same}"
            name = f"load_catalog, {size:,} activities ({kind})"
            rows.append(summary(name, times, "ms", 1e3, note))
            rows.append(summary(f"  {parser} of the same file", bare, "ms", 1e3))
            ratio = statistics.median(times) / statistics.median(bare)
            rows.append(Row(f"ratio load_catalog / {parser} ({kind})", ratio, "x"))
    return rows


def text_rows(calls: int) -> list[Row]:
    """`break_down`, `reframe`, and `check_safety` on texts of 100 KB.

    `break_down` over 20 tasks at every energy, `reframe` over 20 thoughts;
    `benchmarks/text.py` has the text layer's other rows.
    """
    progress("break_down and reframe")
    for i in range(len(TASKS)):  # warm up: the task and pattern books load on first use
        ss.break_down(TASKS[i], i % 5)
        ss.reframe(THOUGHTS[i])
    broken = per_call(lambda i: ss.break_down(TASKS[i % len(TASKS)], i % 5), calls)
    thought = per_call(lambda i: ss.reframe(THOUGHTS[i % len(THOUGHTS)]), calls)
    progress("check_safety on 100 KB")
    rng = random.Random(100)
    long = [long_text(rng, 100_000, 10_000_000 * (k + 1)) for k in range(max(3, calls // 50))]
    ss.check_safety(long_text(rng, 100_000, 0))  # warm up: the rules and the word model load
    safety = per_call(lambda i: ss.check_safety(long[i]), len(long))
    note = "a new text each call (everyday sentences, numbered)"
    return [
        summary("break_down, per call (20 tasks, energies 0-4)", broken, "us", 1e6),
        summary("reframe, per call (20 thoughts)", thought, "us", 1e6),
        summary("check_safety, 100 KB, new text each call", safety, "ms", 1e3, note),
    ]


def batch_rows(size: int, repeats: int) -> list[Row]:
    """`recommend_many` on the default catalog: plans per second in this one process."""
    progress(f"recommend_many, {size:,} check-ins")
    catalog = ss.default_catalog()
    recommender = ss.Recommender(catalog)
    checkins = catalogs.sample_checkins(size, seed=7, ids=catalog.ids[:30])
    rng = random.Random(7)
    histories = [catalogs.sample_history(catalog.ids, catalogs.NOW, rng, size=6) for _ in checkins]
    distinct = len(set(checkins))
    rows = []
    for label, pasts in (("no histories", None), ("with histories", histories)):
        recommender.recommend_many(checkins, pasts, limit=3, now=catalogs.NOW)  # warm up
        rates = []
        for _ in range(repeats):
            start = time.perf_counter()
            plans = recommender.recommend_many(checkins, pasts, limit=3, now=catalogs.NOW)
            rates.append(len(plans) / (time.perf_counter() - start))
        note = f"{size:,} check-ins, {distinct:,} distinct; one process"
        rows.append(summary(f"recommend_many, default catalog, {label}", rates, "plans/s", 1, note))
    cold = []
    for _ in range(repeats):  # a new index each time: the first batch of a fresh worker
        fresh = ss.Recommender(pickle.loads(pickle.dumps(catalog)))
        start = time.perf_counter()
        plans = fresh.recommend_many(checkins, limit=3, now=catalogs.NOW)
        cold.append(len(plans) / (time.perf_counter() - start))
    note = "the catalog's index made during the call"
    rows.append(summary("  ... no histories, cold index", cold, "plans/s", 1, note))
    return rows


def batch_rows_apart(size: int, repeats: int) -> list[Row]:
    """The `recommend_many` rows, in a fresh process, as a batch job runs.

    Not after the other rows: what they leave in the process (the default catalog's index
    full of their columns, memos, kept suggestions) gives every full garbage collection more
    to walk; when the history rows began to time check-ins of their own, the rows after them
    read up to a fifth lower.
    """
    progress("recommend_many, in a fresh process")
    found = _run_child(["--batch-child", str(size), str(repeats)])
    rows = [Row(**row) for row in found["rows"]]
    # Distinct check-ins in a process of their own too: after the rows above, its full
    # collections walked their 60,000 history entries' leftovers and every shortlist,
    # column and suggestion those 3,115 check-ins had kept in the index.
    found = _run_child(["--fresh-batch-child", str(size), str(repeats)])
    return rows + [Row(**row) for row in found["rows"]]


# -- memory --------------------------------------------------------------------------------


def _rss() -> tuple[int, str]:
    """The resident set size now (psutil), or the peak so far (getrusage) without psutil."""
    try:
        psutil: Any = importlib.import_module("psutil")
    except ImportError:
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024, "peak RSS, getrusage"
    return int(psutil.Process().memory_info().rss), "RSS, psutil"


def _recommend_all(catalog: ss.Catalog, inputs: Inputs) -> None:
    recommender = ss.Recommender(catalog)
    for checkin, history in inputs:
        recommender.recommend(checkin, history, 3, catalogs.NOW)
    gc.collect()


def memory_child(size: int, mode: str) -> dict[str, Any]:
    """Build a generated catalog in this fresh process and report what it took.

    Mode `trace` counts with tracemalloc; mode `rss` reads the process size (tracemalloc's own
    bookkeeping would inflate it, hence two processes).
    """
    ss.default_catalog()  # the tag vocabulary comes from it: loaded before measuring
    if mode == "rss":
        start, how = _rss()
        catalog = catalogs.generate(size)
        gc.collect()
        built = _rss()[0]
        inputs = timing_inputs(catalog)
        before = _rss()[0]
        _recommend_all(catalog, inputs)
        return {"rss": built - start, "rss_index": _rss()[0] - before, "how": how}
    tracemalloc.start()
    start = tracemalloc.get_traced_memory()[0]
    catalog = catalogs.generate(size)
    gc.collect()
    built, peak = tracemalloc.get_traced_memory()
    inputs = timing_inputs(catalog)
    before = tracemalloc.get_traced_memory()[0]
    tracemalloc.reset_peak()
    _recommend_all(catalog, inputs)
    after, index_peak = tracemalloc.get_traced_memory()
    return {
        "retained": built - start,
        "peak": peak - start,
        "index": after - before,
        "index_peak": index_peak - before,
    }


def _child(size: int, mode: str) -> dict[str, Any]:
    return _run_child(["--memory-child", str(size), mode])


def _run_child(args: list[str]) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, __file__, *args], capture_output=True, text=True, check=True
    )
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def memory_rows(size: int) -> list[Row]:
    """Bytes per activity while building a generated catalog, and for its index, fresh process."""
    progress(f"memory, {size:,} activities")
    traced = _child(size, "trace")
    rss = _child(size, "rss")

    def row(name: str, total: int, note: str = "") -> Row:
        per_10k = f"{total / size * 10_000 / 1e6:.1f} MB per 10,000 activities"
        note = f"{per_10k}; {note}" if note else per_10k
        return Row(f"{name}, {size:,} activities", total / size, "B/activity", n=1, note=note)

    return [
        row("memory: catalog kept (tracemalloc)", traced["retained"]),
        row("memory: peak while building (tracemalloc)", traced["peak"]),
        row("memory: RSS growth while building", rss["rss"], rss["how"]),
        row("memory: index after 20 recommends (tracemalloc)", traced["index"]),
        row("memory: peak during 20 recommends (tracemalloc)", traced["index_peak"]),
        row("memory: RSS growth over 20 recommends", rss["rss_index"], rss["how"]),
    ]


def machine() -> dict[str, Any]:
    return {
        "python": sys.version,
        "implementation": platform.python_implementation(),
        "platform": platform.platform(),
        "machine": platform.machine(),
        "cpu_count": os.cpu_count(),
        "load_average_at_end": os.getloadavg() if hasattr(os, "getloadavg") else None,
        "smallsteps": ss.__version__,
    }


def parse_sizes(text: str) -> tuple[int, ...]:
    try:
        sizes = tuple(int(part.replace("_", "")) for part in text.split(",") if part.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected sizes like 1000,10000, got {text!r}") from None
    if not sizes or min(sizes) < 1:
        raise argparse.ArgumentTypeError(f"expected sizes of 1 or more, got {text!r}")
    return sizes


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--quick", action="store_true", help="tiny sizes and few repeats")
    parser.add_argument("--json", type=pathlib.Path, default=DEFAULT_JSON, help="where to write")
    parser.add_argument("--sizes", type=parse_sizes, help="generated catalog sizes, 1000,10000")
    parser.add_argument(
        "--dask-only", action="store_true", help="only the Dask example, 1 and 2 workers"
    )
    parser.add_argument(
        "--dask-people", type=int, default=DASK_PEOPLE, help="people in each Dask run"
    )
    parser.add_argument("--memory-child", nargs=2, help=argparse.SUPPRESS)
    parser.add_argument("--fresh-memory-child", nargs=2, help=argparse.SUPPRESS)
    parser.add_argument("--batch-child", nargs=2, help=argparse.SUPPRESS)
    parser.add_argument("--fresh-batch-child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.memory_child:
        print(json.dumps(memory_child(int(args.memory_child[0]), args.memory_child[1])))
        return
    if args.batch_child:
        size, repeats = (int(v) for v in args.batch_child)
        rows = batch_rows(size, repeats)
        print(json.dumps({"rows": [dataclasses.asdict(r) for r in rows]}))
        return
    if args.fresh_batch_child:
        size, repeats = (int(v) for v in args.fresh_batch_child)
        rows = fresh.batch_rows(size, repeats)
        print(json.dumps({"rows": [dataclasses.asdict(r) for r in rows]}))
        return
    if args.fresh_memory_child:
        size, calls = (int(v) for v in args.fresh_memory_child)
        print(json.dumps(fresh.memory_child(size, calls)))
        return
    settings = Settings.of(args.quick, args.sizes)
    started = time.perf_counter()
    if args.dask_only:
        rows = dask_rows(args.dask_people, DASK_PAIRS)
        print(f"{os.cpu_count()} CPUs, load average now {os.getloadavg()[0]:.2f}")
        print(table(rows))
        for t in fresh_targets(rows)[-1:]:
            print(f"  {t['result']:<4}  {t['target']:<72} {number(t['measured'])} {t['unit']}")
        return
    calls = settings.calls_default // 2
    rows = fresh.fresh_rows("default catalog", ss.default_catalog(), calls, settings.calls_budget)
    rows += recommend_rows("default catalog", ss.default_catalog(), settings)
    for size in settings.sizes:
        progress(f"generating {size:,} activities")
        start = time.perf_counter()
        catalog = catalogs.generate(size)
        note = f"generating the catalog took {time.perf_counter() - start:.1f} s (untimed)"
        rows += fresh.fresh_rows(
            f"{size:,} activities", catalog, settings.calls_for(size) // 2, settings.calls_budget
        )
        rows += recommend_rows(f"{size:,} activities", catalog, settings, note)
        del catalog
    rows += import_rows(settings.fresh_runs)
    rows += default_catalog_rows(max(2, settings.fresh_runs * 2 // 3))
    rows += load_rows(settings.load_size, settings.load_repeats)
    rows += text_rows(settings.text_calls)
    rows += batch_rows_apart(settings.batch_size, settings.batch_repeats)
    for size in settings.memory_sizes:
        rows += memory_rows(size)
        rows += fresh.memory_rows(size, 200 if not args.quick else 20, _run_child)
    rows += rule_engine_rows(settings)
    if not args.quick:
        rows += dask_rows(args.dask_people, DASK_PAIRS)
    found = targets(rows)
    print(f"smallsteps {ss.__version__}, Python {platform.python_version()}, {platform.platform()}")
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "-"
    mode = "--quick" if args.quick else "full run"
    print(f"{os.cpu_count()} CPUs, load average {load}; {mode}; {time.strftime('%c')}")
    print()
    print(table(rows))
    print()
    new = fresh_targets(rows)
    for title, results in (("targets (issue 9)", found), ("targets (issue 17)", new)):
        print(title)
        for t in results:
            value = f"{number(t['measured'])} {t['unit']}"
            print(f"  {t['result']:<4}  {t['target']:<72} {value}")
        print()
    found += new
    args.json.parent.mkdir(parents=True, exist_ok=True)
    report = {
        "date": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "quick": args.quick,
        "seconds": round(time.perf_counter() - started, 1),
        "machine": machine(),
        "settings": dataclasses.asdict(settings),
        "rows": [dataclasses.asdict(r) for r in rows],
        "targets": found,
    }
    args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(f"\nwrote {args.json}")


if __name__ == "__main__":
    main()
