"""Write the lexicon's key words: the words of the shipped readers' phrases.

    python scripts/key_words.py           # write src/smallsteps/data/text/en-keys.txt
    python scripts/key_words.py --check   # say whether the file is up to date

Misspellings are mended towards key words, and run-together words split into them. The
lexicon holds every key word of the shipped readers (the safety net's and the thinking
patterns' phrases) from the start, so that how a text is read never depends on which reader
was loaded first. A phrase's words may themselves be read with the key words, so the list is
built again until it no longer changes, each round in a fresh process.
"""

from __future__ import annotations

import argparse
import pathlib
import subprocess
import sys

from written import write_or_check

OUT = pathlib.Path(__file__).resolve().parent.parent / "src/smallsteps/data/text/en-keys.txt"
HEADER = (
    "# The words of the shipped readers' phrases (data/safety, data/thinking): key words from\n"
    "# the start, so that reading never depends on which reader loads first.\n"
    "# Written by scripts/key_words.py; do not edit by hand.\n"
)
_COLLECT = """
import smallsteps as ss
from smallsteps._thinkers import default_thinking_rules
from smallsteps.text import lexicon
lex = lexicon("en")
classes = {w for words in lex.classes.values() for w in words}
words = ss.default_safety_rules()._book.words | default_thinking_rules()._book.words
print("\\n".join(sorted(w for w in words if w.isalpha() and w not in classes)))
"""


def collect() -> str:
    """The key-word file the shipped readers ask for, built to a fixed point."""
    before = OUT.read_text("utf-8") if OUT.exists() else None
    text = HEADER
    try:
        for _ in range(5):
            OUT.write_text(text, "utf-8")
            found = subprocess.run(
                [sys.executable, "-c", _COLLECT], capture_output=True, text=True, check=True
            ).stdout
            new = HEADER + found
            if new == text:
                return text
            text = new
        raise RuntimeError("the key words did not settle in five rounds")
    finally:
        if before is None:
            OUT.unlink(missing_ok=True)
        else:
            OUT.write_text(before, "utf-8")


def main(argv: list[str] | None = None) -> int:
    """Write the file, or with --check say whether it is up to date (exit 1 if not)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    args = parser.parse_args(argv)
    text = collect()
    summary = f"{text.count(chr(10)) - HEADER.count(chr(10))} key words"
    return write_or_check(OUT, text, args.check, summary)


if __name__ == "__main__":
    sys.exit(main())
