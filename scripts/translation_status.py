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
from smallsteps._locale import PSEUDO, Text, entries, missing_and_stale, quoted, toml_key

LOCALES = pathlib.Path(__file__).resolve().parent.parent / "src" / "smallsteps" / "data" / "locales"
REQUIRED = ("notice", "cli-crisis", "strings")
"""The documents a shipped locale must translate whole: the safety net's words. Others (the
catalog, reframing's and the task breakdowns' words, the command line's) may be partial: what
is missing shows in English."""
SHOWN = 8
"""How many missing or stale ids a row of the table names before it counts the rest."""


def documents() -> dict[str, Mapping[str, Text]]:
    """The English documents a locale may translate, by name."""
    from smallsteps._cliwords import CRISIS_WORDS, TEXT, cli_words
    from smallsteps._distortions import distortion_words
    from smallsteps._localized import catalog_words
    from smallsteps._routinewords import routine_words
    from smallsteps._strings import document, strings
    from smallsteps._talk import selftalk_words
    from smallsteps._tasktext import task_words

    return {
        "notice": ss.notice_words(ss.default_resources()),
        "cli-crisis": {k: TEXT[k] for k in CRISIS_WORDS},
        "catalog": catalog_words(ss.default_catalog()),
        "strings": strings(),
        "distortions": distortion_words(),
        "selftalk": selftalk_words(),
        "tasks": task_words(),
        "energy": document("energy"),
        "routines": routine_words(ss.default_routines().values()),
        "insights": document("insights"),
        "week": document("week"),
        "cli": cli_words(),
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
        out.append(f"| {tag} | {name} | {done} of {total} | {_ids(missing)} | {_ids(stale)} |")
    return "\n".join(out)


def _ids(ids: Sequence[str]) -> str:
    if not ids:
        return "-"
    more = f" and {len(ids) - SHOWN:,} more" if len(ids) > SHOWN else ""
    return ", ".join(ids[:SHOWN]) + more


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
                print(f"{toml_key(key)} = {quoted(text)}")
            else:
                print(f"{toml_key(key)} = [{', '.join(quoted(t) for t in text)}]")
        return 0
    rows = status()
    print(table(rows))
    due = [r for r in rows if r[1] in REQUIRED or r[5]]  # a required document, or anything stale
    return 1 if any(missing or stale for *_, missing, stale in due) else 0


if __name__ == "__main__":
    sys.exit(main())
