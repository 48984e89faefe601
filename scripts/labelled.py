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


def slices(name: str) -> tuple[pathlib.Path, ...]:
    """The held-out slices of a set, in number order: `name.tsv` is 1, `name_2.tsv` is 2."""
    found = {}
    for path in (DATA / "heldout").glob(f"{name}*.tsv"):
        number = re.fullmatch(rf"{re.escape(name)}(?:_(\d+))?", path.stem)
        if number:
            found[int(number.group(1) or 1)] = path
    return tuple(found[n] for n in sorted(found))
