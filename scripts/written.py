"""Write a generated file, or with `--check` say whether the shipped one is what it would be.

The scripts that make files of the package from the labelled sets (the word models, the key
words) end the same way; this is that ending, once.
"""

from __future__ import annotations

import pathlib


def write_or_check(path: pathlib.Path, text: str, check: bool, summary: str) -> int:
    """With `check`, compare and say so (1 when they differ); else write `text` and `summary`."""
    if check:
        same = path.exists() and path.read_text("utf-8") == text
        print(f"{path.name} matches what its sources give" if same else f"{path.name} differs")
        return 0 if same else 1
    path.write_text(text, "utf-8")
    print(f"{path.name}: {summary}")
    return 0
