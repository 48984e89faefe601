"""Print how far each shipped locale is translated; write a translator's file as an overlay.

    python scripts/translation_status.py                        # the status table
    python scripts/translation_status.py --write es words.toml  # words.toml -> es/notice.toml
    python scripts/translation_status.py --write es cli.toml --document cli-crisis

The table has a row per locale and document: the English entries, how many a translation
covers and fits (written from today's English, the same placeholders), and the ids missing
or stale. A translator's file is plain TOML, one key per id with the text (a list for a
list), as `--english` prints it; `--write` adds the hash of the English each entry was
written from and writes the overlay into `src/smallsteps/data/locales/<tag>/`.
"""

from __future__ import annotations

import argparse
import pathlib
import sys
import tomllib
from collections.abc import Mapping, Sequence

import smallsteps as ss
from smallsteps._locale import PSEUDO, Text, entries, missing_and_stale, quoted

LOCALES = pathlib.Path(__file__).resolve().parent.parent / "src" / "smallsteps" / "data" / "locales"


def documents() -> dict[str, Mapping[str, Text]]:
    """The English documents a locale may translate, by name."""
    from smallsteps._console import CRISIS_WORDS, TEXT

    return {
        "notice": ss.notice_words(ss.default_resources()),
        "cli-crisis": {k: TEXT[k] for k in CRISIS_WORDS},
    }


def status() -> list[tuple[str, str, int, int, list[str], list[str]]]:
    """(locale, document, entries, translated, missing ids, stale ids) for each shipped locale."""
    rows = []
    for tag in ss.available_locales():
        if tag in ("en", PSEUDO):
            continue
        for name, english in documents().items():
            missing, stale = missing_and_stale(name, english, tag)
            done = len(english) - len(missing) - len([k for k in stale if k in english])
            rows.append((tag, name, len(english), done, missing, stale))
    return rows


def table(rows: Sequence[tuple[str, str, int, int, list[str], list[str]]]) -> str:
    """The status as a Markdown table."""
    out = ["| locale | document | translated | missing | stale |", "|---|---|---|---|---|"]
    for tag, name, total, done, missing, stale in rows:
        out.append(
            f"| {tag} | {name} | {done} of {total} | {', '.join(missing) or '-'} "
            f"| {', '.join(stale) or '-'} |"
        )
    return "\n".join(out)


def write(tag: str, path: pathlib.Path, document: str = "notice") -> pathlib.Path:
    """Write a translator's flat file as the locale's overlay, with the English hashes."""
    ss.parse_locale(tag)  # a tag, or a ValidationError
    english = documents()[document]
    given = tomllib.loads(path.read_text("utf-8"))
    words: dict[str, Text] = {
        k: tuple(v) if isinstance(v, list) else str(v) for k, v in given.items() if k in english
    }
    out = LOCALES / tag / f"{document}.toml"
    out.parent.mkdir(parents=True, exist_ok=True)
    head = f"# {tag}: the {document} document, by id; `source` hashes its English.\n\n"
    out.write_text(head + entries(document, english, words), encoding="utf-8")
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--write", nargs=2, metavar=("TAG", "FILE"), help="write an overlay")
    parser.add_argument("--english", action="store_true", help="print the English to translate")
    parser.add_argument("--document", default="notice", help="which document (default: notice)")
    args = parser.parse_args(argv)
    if args.write:
        print(f"wrote {write(args.write[0], pathlib.Path(args.write[1]), args.document)}")
        return 0
    if args.english:
        for key, text in documents()[args.document].items():
            if isinstance(text, str):
                print(f"{key} = {quoted(text)}")
            else:
                print(f"{key} = [{', '.join(quoted(t) for t in text)}]")
        return 0
    rows = status()
    print(table(rows))
    return 1 if any(missing or stale for *_, missing, stale in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
