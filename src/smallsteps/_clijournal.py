"""The command line's journal: reading and writing it; export, import and delete.

The file lives where `_clisettings` says; nothing is created before something is kept.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import tempfile
from pathlib import Path
from typing import Final

import smallsteps as ss

from ._clisettings import journal_path, locale_of
from ._cliwords import words_in

__all__ = ["delete", "entries", "export", "import_", "kept", "recent", "save"]

_HISTORY_DAYS: Final = 14


def entries(args: argparse.Namespace) -> list[ss.Entry]:
    """Every journal entry; none with `--no-save` or before the file exists (nothing created)."""
    path = journal_path(args)
    if args.no_save or not path.exists():
        return []
    with ss.Journal.open(path) as journal:
        return journal.entries()


def recent(found: list[ss.Entry], now: dt.datetime) -> list[ss.Entry]:
    """The last two weeks, times without a zone read as local time (as this CLI writes them)."""
    aware = [
        e
        if e.at.tzinfo is not None
        else ss.from_dict({**ss.to_dict(e), "at": e.at.astimezone().isoformat()}, ss.Entry)
        for e in found
    ]
    return ss.MemoryJournal(aware).recent(days=_HISTORY_DAYS, now=now)


def save(path: Path, *added: ss.Entry) -> None:
    """Add entries to the journal at `path`, making its private folder if need be."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    with ss.Journal.open(path) as journal:
        journal.add_many(added)


def kept(args: argparse.Namespace) -> ss.MemoryJournal:
    """The journal's entries and records in memory; empty with `--no-save` or no file yet."""
    journal = ss.MemoryJournal()
    path = journal_path(args)
    if not args.no_save and path.exists():
        with ss.Journal.open(path) as source, tempfile.TemporaryDirectory() as folder:
            source.export_json(Path(folder) / "journal.json")
            journal.import_json(Path(folder) / "journal.json")
    return journal


def import_(args: argparse.Namespace) -> int:
    """`smallsteps import FILE`: add what an export holds to the journal."""
    path = journal_path(args)
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    with ss.Journal.open(path) as journal:
        added = journal.import_json(args.file)
    if args.json:
        print(json.dumps({"added": added, "journal": str(path)}))
    else:
        print(words_in(locale_of(args))["imported"].format(count=added, path=path))
    return 0


def delete(args: argparse.Namespace) -> int:
    """`smallsteps delete`: one kind of what the journal keeps, or all of it, once asked."""
    words = words_in(locale_of(args))
    path = journal_path(args)
    what = args.kind or words["delete_everything"]
    if not path.exists():
        print(words["delete_nothing"])
        return 0
    if not args.yes:
        reply = input(words["delete_ask"].format(what=what, path=path)).strip().casefold()
        if reply not in words.answers("yes"):
            print(words["delete_kept"])
            return 0
    with ss.Journal.open(path) as journal:
        count = journal.delete(args.kind)
    print(json.dumps({"deleted": count}) if args.json else words["deleted"].format(count=count))
    return 0


def export(args: argparse.Namespace) -> int:
    """`smallsteps export`: the whole journal as JSON, to a file or the screen."""
    journal = kept(args)
    if args.output:
        count = journal.export_json(args.output)
        if args.json:
            print(json.dumps({"entries": count, "output": str(args.output)}))
        else:
            said = words_in(locale_of(args))["exported"]
            print(said.format(count=count, path=args.output))
        return 0
    with tempfile.TemporaryDirectory() as folder:  # the same format as a file export
        target = Path(folder) / "journal.json"
        journal.export_json(target)
        print(target.read_text(encoding="utf-8"))
    return 0
