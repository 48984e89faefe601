"""Time the library with and without a locale, on new inputs every call (issue 19).

    python benchmarks/locales.py            # the full run: about a minute
    python benchmarks/locales.py --quick    # a smoke run

Rows, each for no locale, `es-MX` (overlays shipped) and `en-XA` (the pseudo-locale, which
rewrites every sentence): `recommend` on check-ins never asked before (warm index), and
`str(plan)`; `break_down` and `reframe` on texts never read before; and, in fresh processes,
`import smallsteps` with the first plan in that locale (the overlays load on first use).
Medians with the p10-p90 spread, the p99 and the worst call; the ratio to no locale beside.
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
from collections.abc import Sequence

import fresh
import reference
from rows import per_call

import catalogs
import smallsteps as ss

LOCALES = (None, "es-MX", "en-XA")
VERBS = ("clean", "sort out", "ring", "pay", "fix", "book", "send", "wash", "tidy", "order")
THINGS = ("the kitchen", "mum", "the gas bill", "the bike", "the dentist", "a parcel",
          "the car", "my room", "the printer", "new shoes")  # fmt: skip
WHEN = ("before friday", "tomorrow", "this week", "after work", "by the 12th", "")
THOUGHTS = ("i always mess up {x}", "everyone must think i am useless at {x}",
            "i should have finished {x} by now", "if {x} goes wrong it will be a disaster",
            "i never get {x} right")  # fmt: skip


def word(rng: random.Random) -> str:
    return "".join(rng.choice("abcdefghijklmnoprstuvw") for _ in range(rng.randint(4, 8)))


def tasks(n: int, seed: int) -> list[str]:
    """`n` different tasks: a verb, a thing, a made-up word, sometimes a deadline."""
    rng = random.Random(seed)
    made = {
        f"{rng.choice(VERBS)} {rng.choice(THINGS)} {word(rng)} {rng.choice(WHEN)}".strip()
        for _ in range(n * 2)
    }
    return sorted(made)[:n]


def thoughts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return [rng.choice(THOUGHTS).format(x=f"the {word(rng)}") for _ in range(n)]


def line(name: str, samples: Sequence[float], base: float | None) -> str:
    us = sorted(s * 1e6 for s in samples)
    deciles = statistics.quantiles(us, n=10)
    p99 = statistics.quantiles(us, n=100)[-1]
    median = statistics.median(us)
    ratio = f"{median / base:5.2f}x" if base else "  1.00x"
    return (
        f"{name:46} {median:9.1f} us  ({deciles[0]:.1f} to {deciles[-1]:.1f})  "
        f"p99 {p99:9.1f}  worst {us[-1]:9.1f}  {ratio} no locale"
    )


FIRST_PLAN = "ss.recommend(ss.CheckIn(1, 10, 'sitting', 'morning'), locale={locale!r})"
FIRST_CATALOG = "ss.default_catalog(locale={locale!r})"


def cold(call: str, locale: str | None, runs: int, imported: bool) -> list[float]:
    """The seconds of `call` in `locale`, each in a fresh process.

    With `imported`, the clock starts after `import smallsteps` (and the modules
    `default_catalog` needs); else `import smallsteps` is timed too.
    """
    setup = "import smallsteps as ss, smallsteps._loader, smallsteps._localized; "
    setup = setup if imported else ""
    code = (
        f"import time; {setup}t = time.perf_counter(); import smallsteps as ss; "
        f"{call.format(locale=locale)}; print(time.perf_counter() - t)"
    )
    out = []
    for _ in range(runs):
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
        out.append(float(done.stdout))
    return out


def measure(
    locale: str | None, n: int, seed: int, names: Sequence[str], avoid: frozenset[ss.CheckIn]
) -> dict[str, list[float]]:
    """The timed rows in one locale, each call a new input."""
    checkins = fresh.distinct_checkins(n, seed=100 + seed, names=names, avoid=avoid)
    plans: list[ss.Plan] = []
    said, met = tasks(n, seed=200 + seed), thoughts(n, seed=300 + seed)
    return {
        "recommend, new check-ins": per_call(
            lambda i: plans.append(ss.recommend(checkins[i], locale=locale)), n
        ),
        "str(plan)": per_call(lambda i: str(plans[i]), n),
        "break_down, new tasks, energies 0-4": per_call(
            lambda i: ss.break_down(said[i], i % 5, locale=locale), n
        ),
        "reframe, new thoughts": per_call(lambda i: ss.reframe(met[i], locale=locale), n),
    }


def against_reference(
    catalog: ss.Catalog, names: Sequence[str], avoid: frozenset[ss.CheckIn], n: int
) -> str:
    """`recommend` in each locale against the plain scan of `reference.py`, call for call."""
    recommender, prepared = ss.Recommender(catalog), reference.prepare(catalog)
    now = catalogs.NOW
    lines = []
    for k, locale in enumerate(LOCALES):
        checkins = fresh.distinct_checkins(n, seed=400 + k, names=names, avoid=avoid)

        def library(checkin: ss.CheckIn, locale: str | None = locale) -> ss.Plan:
            return recommender.recommend(checkin, (), 3, now, locale=locale)

        mine, plain = fresh.interleaved(
            checkins,
            library,
            lambda c: reference.reference_plan(prepared, c, [], now, 3),
            budget=60.0,
        )
        ratio = statistics.median(mine) / statistics.median(plain)
        lines.append(
            f"{'recommend / reference, new check-ins, ' + (locale or 'no locale'):46} "
            f"{ratio:9.3f} x   (medians {statistics.median(mine) * 1e6:.1f} and "
            f"{statistics.median(plain) * 1e6:.1f} us, {len(mine)} pairs; target at most 1x)"
        )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="few calls: a smoke run")
    args = parser.parse_args(argv)
    n, runs = (50, 3) if args.quick else (1500, 10)
    catalog = ss.default_catalog()
    names = sorted({a.category for a in catalog} | {t for a in catalog for t in a.tags})
    warm = fresh.distinct_checkins(40, seed=1, names=names)
    for locale in LOCALES:  # warm the index, the overlays and the readers
        for checkin in warm:
            str(ss.recommend(checkin, locale=locale))
        ss.break_down("clean the kitchen", 2, locale=locale)
        ss.reframe("i always mess up", locale=locale)
    rows: dict[str, dict[str | None, list[float]]] = {}
    for k, locale in enumerate(LOCALES):
        avoid = frozenset(warm)
        for name, samples in measure(locale, n, 10 * k, names, avoid).items():
            rows.setdefault(name, {})[locale] = samples
    print(f"smallsteps {ss.__version__}, {n} calls a row, every call a new input\n")
    for name, by in rows.items():
        base = statistics.median(by[None]) * 1e6
        for locale in LOCALES:
            told = f"{name}, {locale or 'no locale'}"
            print(line(told, by[locale], None if locale is None else base))
    print()
    print(against_reference(catalog, names, frozenset(warm), n))
    print()
    for title, call, imported in (
        ("import + first plan, fresh process", FIRST_PLAN, False),
        ("default_catalog() first load, fresh process", FIRST_CATALOG, True),
    ):
        took = {locale: cold(call, locale, runs, imported) for locale in LOCALES}
        base = statistics.median(took[None]) * 1e3
        for locale in LOCALES:
            ms = sorted(t * 1e3 for t in took[locale])
            median = statistics.median(ms)
            print(
                f"{title + ', ' + (locale or 'no locale'):56} {median:7.1f} ms  "
                f"({ms[0]:.1f} to {ms[-1]:.1f}, {runs} runs)  {median / base:5.2f}x no locale"
            )


if __name__ == "__main__":
    main()
