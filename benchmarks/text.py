"""Benchmarks of the text layer: `check_safety` and `reframe` on new text every call.

    python benchmarks/text.py           # the full run, about a minute
    python benchmarks/text.py --quick   # few samples: checks the script works

Every timed call reads a text it has never read before (generated from a seed, with a
counter in it), so no per-text cache can answer it; the per-word caches of the text layer
are warm after the first rows, as in a long-running app. Rows print the median, p10-p90,
p99 and the worst call; the length rows print the time per 10 KB so that linear time shows
as a flat column.
"""

from __future__ import annotations

import argparse
import gc
import random
import statistics
import time
import tracemalloc
from collections.abc import Callable

import smallsteps as ss

EVERYDAY = (
    "i feel so tired today and the bus was late again but my friend called and we talked "
    "about the film my sister saw then i made toast and sat by the window watching rain "
    "work was long the cat slept on my feet maybe tomorrow will be lighter honestly not sure "
    "what to cook tonight my back hurts a bit i should reply to those emails at some point"
)
WORDS = tuple(EVERYDAY.split())


def message(rng: random.Random, words: int, n: int) -> str:
    """A new everyday message of about `words` words, made unique by its number."""
    return " ".join(rng.choice(WORDS) for _ in range(words)) + f" ({n})"


TASK_VERBS = (
    "ring", "text", "clean", "fix", "pay", "cancel", "book", "return", "sort out", "put",
    "wash", "order", "renew", "apply for", "water", "take", "get", "tidy", "send back", "chase",
)  # fmt: skip
TASK_OBJECTS = (
    "the landlord", "mum", "the oven", "the leaky tap", "council tax", "the gym", "dentist appt",
    "the jumper", "the spare room", "the bins", "the duvet", "my prescription", "passport",
    "a parking permit", "the tomatoes", "the parcel", "new trainers", "the kids toys",
)  # fmt: skip
TASK_TAILS = ("", " by fri", " before the weekend", " asap", ", price going up", " tmrw pls")


def task(rng: random.Random, n: int) -> str:
    """A new everyday task, made unique by its number ("fix the oven by fri 12")."""
    verb, obj = rng.choice(TASK_VERBS), rng.choice(TASK_OBJECTS)
    return f"{verb} {obj}{rng.choice(TASK_TAILS)} {n}"


def long_text(rng: random.Random, size: int, n: int) -> str:
    """A new text of `size` characters, in sentences."""
    parts: list[str] = []
    total = 0
    while total < size:
        sentence = message(rng, rng.randint(6, 18), n).capitalize() + ". "
        parts.append(sentence)
        total += len(sentence)
        n += 1
    return "".join(parts)[:size]


def timed(call: Callable[[str], object], texts: list[str]) -> list[float]:
    """Seconds per call, one call a text."""
    out = []
    for text in texts:
        start = time.perf_counter()
        call(text)
        out.append(time.perf_counter() - start)
    return out


def row(name: str, seconds: list[float], unit: float = 1e6, label: str = "us") -> str:
    """A table row: median, p10-p90, p99 and worst, in the unit given."""
    ordered = sorted(seconds)

    def pick(q: float) -> float:
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * unit

    return (
        f"| {name} | {statistics.median(ordered) * unit:,.1f} {label} | "
        f"{pick(0.1):,.1f}-{pick(0.9):,.1f} | {pick(0.99):,.1f} | {ordered[-1] * unit:,.1f} "
        f"| {len(ordered)} |"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="few samples")
    args = parser.parse_args()
    rng = random.Random(20261204)
    short = 200 if args.quick else 5000
    print("| row | median | p10-p90 | p99 | worst | n |")
    print("|---|---|---|---|---|---|")
    tracemalloc.start()
    start = time.perf_counter()
    ss.default_safety_rules()  # rules and lexicon, before any text is read
    print(
        row(
            "safety rules and lexicon built (ms, under tracemalloc)",
            [time.perf_counter() - start],
            1e3,
            "ms",
        )
    )
    rules_bytes = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    tracemalloc.start()
    start = time.perf_counter()
    model = ss.default_safety_model()  # the word model and its judges, from JSON
    print(
        row("word model loaded (ms, under tracemalloc)", [time.perf_counter() - start], 1e3, "ms")
    )
    model_bytes = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    firsts = (
        ("check_safety", ss.check_safety, "honestly i want to die"),  # lines, catalog
        ("reframe", ss.reframe, "i always mess everything up"),  # the thinking rules
    )
    for name, call, text in firsts:
        start = time.perf_counter()
        call(text)
        first = time.perf_counter() - start
        print(row(f"{name}, first call (loads what is not loaded yet, ms)", [first], 1e3, "ms"))
    texts = [message(rng, rng.randint(6, 25), n) for n in range(short)]
    print(row("check_safety, short message, new each call", timed(ss.check_safety, texts)))
    crisis = [t + " and honestly i want to die" for t in texts[: short // 5]]
    print(row("check_safety, short crisis message (notice built)", timed(ss.check_safety, crisis)))

    def in_spanish(text: str) -> object:
        return ss.check_safety(text, locale="es-MX")

    print(
        row(
            "check_safety, short message, locale es-MX (Spanish rules too)",
            timed(in_spanish, texts),
        )
    )
    print(
        row(
            "check_safety, short crisis message, locale es-MX (notice in Spanish)",
            timed(in_spanish, crisis),
        )
    )
    spanish = [
        f"hoy estoy muy cansada y no se que hacer con mi vida {n}" for n in range(short // 5)
    ]
    print(
        row(
            "check_safety, short Spanish message, no locale (found by its words)",
            timed(ss.check_safety, spanish),
        )
    )
    thoughts = [
        message(rng, rng.randint(6, 16), n) + " i always mess up" for n in range(short // 5)
    ]
    print(row("reframe, short thought, new each call", timed(ss.reframe, thoughts)))
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    for n in range(short):  # new messages: the per-word caches grow with the vocabulary
        ss.check_safety(message(rng, 20, 10**9 + n))
    grown = tracemalloc.get_traced_memory()[0] - before
    tracemalloc.stop()
    print(f"| memory: safety rules and lexicon, built | {rules_bytes / 2**20:.1f} MiB | | | | 1 |")
    print(f"| memory: word model, loaded | {model_bytes / 2**20:.1f} MiB | | | | 1 |")
    print(f"| memory: caches grown over {short} new messages | {grown / 2**20:.2f} MiB | | | | 1 |")
    tasks = [task(rng, n) for n in range(short // 5)]
    tracemalloc.start()
    start = time.perf_counter()
    ss.break_down("warm up the task book")  # templates, patterns and the task lexicon
    built = time.perf_counter() - start
    task_bytes = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    print(
        row(
            "task book and lexicon built, first break_down (ms, under tracemalloc)",
            [built],
            1e3,
            "ms",
        )
    )
    print(f"| memory: task book and task lexicon, built | {task_bytes / 2**20:.1f} MiB | | | | 1 |")
    print(row("read_task, new task each call", timed(ss.read_task, tasks)))
    print(row("break_down, new task each call (energy 2)", timed(ss.break_down, tasks)))
    for size in (1_000, 10_000, 30_000, 100_000):
        repeats = 3 if args.quick else max(5, 200_000 // size)
        texts = [long_text(rng, size, 10_000_000 * k) for k in range(repeats)]
        words = len(ss.text.read(texts[0]).words)
        reader = "post judge" if model.reads_post(ss.text.read(texts[0])) else "rules alone"
        seconds = timed(ss.check_safety, texts)
        label = f"check_safety, {size // 1000} KB, {words:,} words, {reader} (ms)"
        print(row(label, seconds, 1e3, "ms"))
        per = [s / (size / 10_000) for s in seconds]
        print(row("  the same, per 10 KB (ms)", per, 1e3, "ms"))
    # Last, since it is the whole process's setting: what a host gains by freezing what is
    # loaded, so the full collections no longer walk the rules and the word model.
    gc.freeze()
    fresh = [message(rng, rng.randint(6, 25), short + n) for n in range(short)]
    label = "check_safety, short message, new each call, after gc.freeze() (as a host may)"
    print(row(label, timed(ss.check_safety, fresh)))


if __name__ == "__main__":
    main()
