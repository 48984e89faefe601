"""Compile the default catalog's TOML files to the JSON that `default_catalog()` reads.

Run it after editing any file in src/smallsteps/data/catalog/ (a test says when it is due):

    python scripts/compile_catalog.py
"""

from __future__ import annotations

import pathlib

from smallsteps import _compile, _loader

TARGET = pathlib.Path(__file__).resolve().parent.parent / "src" / "smallsteps" / "data"


def main() -> None:
    text = _compile.compile_default_catalog()
    (TARGET / _loader.COMPILED).write_text(text, encoding="utf-8")
    print(f"wrote {_loader.COMPILED} ({len(text):,} characters)")


if __name__ == "__main__":
    main()
