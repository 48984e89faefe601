"""Linear time up to 1 MB: every public call that takes a person's free text.

    python benchmarks/linear.py           # 10 KB, 100 KB and 1 MB, a few new texts each
    python benchmarks/linear.py --quick   # 2 KB and 10 KB, once each: checks the script works

Each call reads texts it has never read before, of three shapes: everyday prose in sentences,
one clause that never ends (no full stop, commas only, negations throughout) and one long
run of letters with no space. A call may answer with the library's documented error (a task
too long to break down, say): that answer is timed too, as a person would wait for it. The
`per 10 KB` columns stay flat when time is linear; `largest / smallest` is the largest size's
time per 10 KB over the smallest size's, and stays near 1 or below (fixed costs spread out).
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import time
from collections.abc import Callable

from text import long_text

import smallsteps as ss


def run_on(size: int, rng: random.Random, n: int) -> str:
    """One clause that never ends: commas, negations and crisis-adjacent words, no stop."""
    words = ("not", "never", "no", "tired", "want", "to", "sleep", "i", "dont", "die", "end")
    parts: list[str] = []
    total = 0
    while total < size:
        part = " ".join(rng.choice(words) for _ in range(rng.randint(3, 9))) + f" {n},"
        parts.append(part)
        total += len(part) + 1
        n += 1
    return " ".join(parts)[:size]


def one_word(size: int, rng: random.Random, n: int) -> str:
    """One run of letters with no space, new each time."""
    letters = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(64))
    return (f"{n}{letters}" * (size // 64 + 1))[:size]


SHAPES: dict[str, Callable[[int, random.Random, int], str]] = {
    "prose": lambda size, rng, n: long_text(rng, size, n),
    "run-on": run_on,
    "one word": one_word,
}


def answered(call: Callable[[str], object]) -> Callable[[str], object]:
    """The call, with the library's documented errors counted as an answer."""

    def wrapped(text: str) -> object:
        try:
            return call(text)
        except ss.ValidationError as error:
            return error

    return wrapped


CALLS: dict[str, Callable[[str], object]] = {
    "check_safety": ss.check_safety,
    "reframe": ss.reframe,
    "break_down": ss.break_down,
    "read_task": ss.read_task,
    "lint_text": ss.lint_text,
    "reading_grade": ss.reading_grade,
    "text.read": ss.text.read,
    "from_json (a check-in with a long like)": lambda text: ss.from_json(
        json.dumps({"energy": 2, "minutes": 5, "likes": [text]}), ss.CheckIn
    ),
}


def seconds_for(call: Callable[[str], object], texts: list[str]) -> float:
    """The median seconds of one call over new texts."""
    out = []
    for text in texts:
        start = time.perf_counter()
        call(text)
        out.append(time.perf_counter() - start)
    return statistics.median(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="2 KB and 10 KB, once each")
    args = parser.parse_args()
    sizes = (2_000, 10_000) if args.quick else (10_000, 100_000, 1_000_000)
    rng = random.Random(20261205)
    head = " | ".join(f"{s // 1000:,} KB, per 10 KB" for s in sizes)
    print(f"| call | shape | {head} | largest / smallest | median of the largest |")
    print("|---|---|" + "---|" * (len(sizes) + 2))
    n = 0
    for name, call in CALLS.items():
        answered(call)("warm up: load what is not loaded yet")  # the first call is timed apart
        for shape, make in SHAPES.items():
            per: list[float] = []
            worst = 0.0
            for size in sizes:
                repeats = 1 if args.quick else 2 if size >= 1_000_000 else 3
                texts = []
                for _ in range(repeats):
                    n += 1_000_000
                    texts.append(make(size, rng, n))
                median = seconds_for(answered(call), texts)
                per.append(median / (size / 10_000))
                worst = median
            cells = " | ".join(f"{p * 1e3:,.2f} ms" for p in per)
            ratio = per[-1] / per[0]
            print(f"| {name} | {shape} | {cells} | {ratio:.2f}x | {worst * 1e3:,.1f} ms |")


if __name__ == "__main__":
    main()
