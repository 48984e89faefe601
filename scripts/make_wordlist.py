"""Write `src/smallsteps/data/text/en-words.txt`, the known-words list of the text layer.

The text layer corrects a misspelt key word ("sucide") only when the word typed is not itself
a common English word ("fridge" is never read as "bridge"). This script takes the most
frequent words of pyspellchecker's English frequency list (MIT licence) and writes them one a
line, sorted. Run it by hand when the list needs to change; the package reads the file only:

    python -m pip download --no-deps -d /tmp/psc pyspellchecker
    python scripts/make_wordlist.py /tmp/psc/pyspellchecker-*.whl
"""

from __future__ import annotations

import gzip
import json
import pathlib
import sys
import zipfile

HOW_MANY = 40_000
"""Words of four letters or more."""
HOW_MANY_SHORT = 1_500
"""Words of three letters: enough that "sad" or "dad" is never read as a misspelt key word."""
OUT = pathlib.Path(__file__).resolve().parent.parent / "src/smallsteps/data/text/en-words.txt"


def main(wheel: str) -> None:
    with zipfile.ZipFile(wheel) as archive:
        counts = json.loads(gzip.decompress(archive.read("spellchecker/resources/en.json.gz")))
    ranked = sorted(
        (w for w in counts if w.isascii() and w.isalpha() and len(w) >= 4),
        key=lambda w: (-counts[w], w),
    )[:HOW_MANY]
    ranked += sorted(
        (w for w in counts if w.isascii() and w.isalpha() and len(w) == 3),
        key=lambda w: (-counts[w], w),
    )[:HOW_MANY_SHORT]
    header = [
        "# The most frequent English words of three letters or more, one a line.",
        "# From pyspellchecker's English frequency list (MIT licence, Tyler Barrus).",
        "# Written by scripts/make_wordlist.py; edit that script, not this file.",
    ]
    OUT.write_text("\n".join([*header, *sorted(ranked)]) + "\n", "utf-8")


if __name__ == "__main__":
    main(sys.argv[1])
