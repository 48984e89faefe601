"""The labelled sets the evaluation scripts read: lines of three tab-separated fields.

A set is a tuned part (`tests/data/<name>/tuned.tsv`) and held-out slices written blind and
never tuned on (`tests/data/heldout/<name>.tsv`, `<name>_2.tsv`, ...), found in number order,
so a new slice is read as soon as its file is there.
"""

from __future__ import annotations

import pathlib
import re

DATA = pathlib.Path(__file__).resolve().parent.parent / "tests" / "data"


def rows(path: pathlib.Path) -> list[tuple[str, str, str]]:
    """The labelled lines of a set: three fields each; `#` lines and blank lines skipped."""
    out = []
    for line in path.read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            first, second, text = line.split("\t", 2)
            out.append((first, second, text))
    return out


def slice_number(path: pathlib.Path) -> int:
    """The number of a held-out slice from its file name: `name.tsv` is 1, `name_6.tsv` is 6."""
    found = re.fullmatch(r"[a-z]+(?:_(\d+))?", path.stem)
    return int(found.group(1) or 1) if found else 0


def slices(name: str) -> tuple[pathlib.Path, ...]:
    """The held-out slices of a set, in number order: `name.tsv` is 1, `name_2.tsv` is 2."""
    found = {}
    for path in (DATA / "heldout").glob(f"{name}*.tsv"):
        number = re.fullmatch(rf"{re.escape(name)}(?:_(\d+))?", path.stem)
        if number:
            found[int(number.group(1) or 1)] = path
    return tuple(found[n] for n in sorted(found))


EVERYDAY = (
    DATA / "tasks" / "tuned.tsv",
    *sorted(DATA.glob("thoughts*.txt")),
)
"""Everyday text the other readers were tuned on (tasks, thoughts): none of it is a crisis."""
EVERYDAY_HELD_OUT = (*slices("tasks"), *sorted((DATA / "heldout").glob("thoughts*.txt")))
"""Everyday text held out from every reader (task and thought slices)."""


def everyday(paths: tuple[pathlib.Path, ...]) -> list[tuple[str, str, str]]:
    """Everyday lines as labelled rows (`everyday`, `none`, text).

    The task sets give their third field, the thought sets their text after `|`.
    """
    out = []
    for path in paths:
        for line in path.read_text("utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            if path.suffix == ".tsv":
                text = line.split("\t", 2)[-1]
            elif "|" in line:
                text = line.split("|", 1)[1]
            else:
                continue
            out.append(("everyday", "none", text.strip()))
    return out


def key(text: str) -> str:
    """A line as the safety net reads it (folded, short forms expanded, slips mended).

    So the same line typed twice, once with a slip, is found to be one line.
    """
    import smallsteps as ss

    return " ".join(ss.default_safety_rules().read(text).words)


def held_out_keys() -> set[str]:
    """Every held-out line (safety, posts, tasks, thoughts), as `key` reads it."""
    held = [row for name in ("safety", "posts") for path in slices(name) for row in rows(path)]
    return {key(text) for *_, text in [*held, *everyday(EVERYDAY_HELD_OUT)]}


def drop_held_out(path: pathlib.Path) -> int:
    """Remove from a training file every line that reads as a held-out line; say how many.

    Run it on each new training part before anything learns from it:
    `python scripts/labelled.py tests/data/safety/train_x.tsv`.
    """
    return _keep(path, held_out_keys())


def _text(line: str, path: pathlib.Path) -> str:
    return (line.split("\t", 2)[-1] if path.suffix == ".tsv" else line.split("|", 1)[-1]).strip()


def _keep(path: pathlib.Path, drop: set[str]) -> int:
    """Remove from a file every line whose text reads as one in `drop`; say how many."""
    kept, dropped = [], 0
    for line in path.read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#") and key(_text(line, path)) in drop:
            dropped += 1
            continue
        kept.append(line)
    if dropped:
        path.write_text("\n".join(kept) + "\n", "utf-8")
    return dropped


def drop_seen(path: pathlib.Path) -> int:
    """Remove from a new held-out slice every line any other set already holds; say how many.

    Helpers writing blind still write some of the very lines an earlier helper wrote (about
    one in ten in the sixth session), and a line learned from or tuned on is not held out.
    Run it on each new slice before measuring with it:
    `python scripts/labelled.py --slice tests/data/heldout/safety_9.tsv`.
    """
    seen: set[str] = set()
    for other in sorted([*DATA.rglob("*.tsv"), *DATA.rglob("*.txt")]):
        if other.resolve() != path.resolve():
            lines = other.read_text("utf-8").splitlines()
            seen.update(key(_text(x, other)) for x in lines if x.strip() and not x.startswith("#"))
    return _keep(path, seen)


def everyday_training() -> list[tuple[str, str, str]]:
    """The everyday lines a safety model may learn from.

    `EVERYDAY` and the titles of the task templates (a person often types a task as the
    library names it: "Get food ready for tomorrow"), less any line that the held-out task
    and thought slices also hold (the same words, as `key` reads them).
    """
    import smallsteps as ss

    held = {key(text) for *_, text in everyday(EVERYDAY_HELD_OUT)}
    titles = [("everyday", "none", t.title) for t in ss.default_tasks().templates]
    return [row for row in [*everyday(EVERYDAY), *titles] if key(row[2]) not in held]


if __name__ == "__main__":
    import sys

    if sys.argv[1:2] == ["--slice"]:
        for name in sys.argv[2:]:
            print(f"{name}: {drop_seen(pathlib.Path(name))} lines other sets hold dropped")
    else:
        for name in sys.argv[1:]:
            n = drop_held_out(pathlib.Path(name))
            print(f"{name}: {n} lines that read as held-out dropped")
