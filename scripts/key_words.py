"""Write the lexicon's key words: the words of the shipped readers' phrases.

    python scripts/key_words.py           # write src/smallsteps/data/text/<lang>-keys.txt
    python scripts/key_words.py --check   # say whether the files are up to date

Misspellings are mended towards key words, and run-together words split into them. The
lexicon holds every key word of the shipped readers (the safety net's and the thinking
patterns' phrases) from the start, so that how a text is read never depends on which reader
was loaded first. A phrase's words may themselves be read with the key words, so the list is
built again until it no longer changes, each round in a fresh process. Other languages
(`data/safety/<lang>.toml`, read beside the English) have key-word files of their own.

Each round rewrites the shipped file while it runs, `--check` too, and puts it back at the
end: run nothing that reads the lexicon at the same time (a trainer started beside it in the
twentieth session read a file of no key words and wrote a different model).
"""

from __future__ import annotations

import argparse
import pathlib
import subprocess
import sys

from written import write_or_check

TEXT = pathlib.Path(__file__).resolve().parent.parent / "src/smallsteps/data/text"
OUT = TEXT / "en-keys.txt"
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


_COLLECT_OTHER = """
import sys
from smallsteps.text._languages import rules_of
print("\\n".join(sorted(w for w in rules_of(sys.argv[1])._book.words if w.isalpha())))
"""


def other_languages() -> list[str]:
    """The languages besides English whose safety rules ship."""
    folder = TEXT.parent / "safety"
    return sorted(p.stem for p in folder.glob("*.toml") if p.stem != "en")


def collect(lang: str = "en") -> str:
    """The key-word file the shipped readers of a language ask for, built to a fixed point."""
    out = TEXT / f"{lang}-keys.txt"
    before = out.read_text("utf-8") if out.exists() else None
    text = HEADER
    script = [_COLLECT] if lang == "en" else [_COLLECT_OTHER, lang]
    try:
        for _ in range(5):
            out.write_text(text, "utf-8")
            found = subprocess.run(
                [sys.executable, "-c", *script], capture_output=True, text=True, check=True
            ).stdout
            new = HEADER + found
            if new == text:
                return text
            text = new
        raise RuntimeError("the key words did not settle in five rounds")
    finally:
        if before is None:
            out.unlink(missing_ok=True)
        else:
            out.write_text(before, "utf-8")


def main(argv: list[str] | None = None) -> int:
    """Write the file, or with --check say whether it is up to date (exit 1 if not)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    args = parser.parse_args(argv)
    worst = 0
    for lang in ("en", *other_languages()):
        text = collect(lang)
        summary = f"{lang}: {text.count(chr(10)) - HEADER.count(chr(10))} key words"
        worst = max(worst, write_or_check(TEXT / f"{lang}-keys.txt", text, args.check, summary))
    return worst


if __name__ == "__main__":
    sys.exit(main())
