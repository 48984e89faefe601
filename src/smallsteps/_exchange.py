"""A journal's export and import: one JSON file with everything the person made, versioned.

The format (schema 2; `JOURNAL_SCHEMA` describes it for people who read it elsewhere):

    {"app": "smallsteps-journal", "schema": 2,
     "entries": [<Entry as ss.to_dict gives it>, ...],
     "records": [{"kind": "thought-records" | "proof" | "values" | "safety-plan",
                  "at": "<ISO 8601 time it was kept>", "record": <the record as ss.to_dict
                  gives it>}, ...]}

Schema 1 files (entries only) import as they are. A file from a newer smallsteps is refused,
never half read.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
from collections.abc import Iterable
from typing import Any, Final, Protocol

from ._errors import ValidationError
from ._files import file_path, read_file
from ._model import Entry
from ._records import RECORD_KINDS, SINGLE, Kept

_APP: Final = "smallsteps-journal"


class JournalError(ValidationError):
    """A journal file cannot be used: not a smallsteps journal, damaged, or from a newer version.

    The message names the file and the problem, never an entry's contents.
    """

    def __init__(self, path: str, problem: str) -> None:
        super().__init__("journal", f"{path}: {problem}")
        self.path = path


JournalError.__module__ = "smallsteps"  # tracebacks say smallsteps.JournalError


class _Keeper(Protocol):
    """What an export and an import need of a journal (every `ss.JournalBase` has it)."""

    def entries(self) -> list[Entry]: ...

    def kept(self, kind: str) -> list[Kept]: ...

    def add_many(self, entries: Iterable[Entry]) -> int: ...

    def keep(self, record: object, at: dt.datetime) -> Any: ...


def _json_text(data: object, indent: int | None = None) -> str:
    """JSON text as UTF-8 can hold it.

    A lone surrogate a person's text may carry is written as its JSON escape, which reads
    back the same.
    """
    text = json.dumps(data, ensure_ascii=False, indent=indent)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(data, ensure_ascii=True, indent=indent)
    return text


__all__ = ["JOURNAL_SCHEMA", "JournalError", "export_json", "import_json"]

JOURNAL_SCHEMA: Final = {
    "app": "always smallsteps-journal",
    "schema": "the format's version: 2 (1: entries only)",
    "entries": "activity entries, done or planned: Entry as ss.to_dict gives it",
    "records": "the other records: kind (thought-records, proof, values, safety-plan), "
    "at (ISO 8601, when it was kept) and record (as ss.to_dict gives it)",
}
"""What each top-level field of a journal export holds."""
VERSION: Final = 2


def export_json(journal: _Keeper, path: os.PathLike[str] | str) -> int:
    """Write everything `journal` keeps to `path`; return how many entries and records."""
    from ._convert import to_dict

    entries = journal.entries()
    records = [k for kind in RECORD_KINDS for k in journal.kept(kind)]
    data = {
        "app": _APP,
        "schema": VERSION,
        "entries": [to_dict(e) for e in entries],
        "records": [
            {"kind": k.kind, "at": k.at.isoformat(), "record": to_dict(k.record)} for k in records
        ],
    }
    target = file_path(path)
    if os.path.exists(target) and not os.path.isfile(target):
        raise JournalError(target, "cannot write the export there: not a regular file")
    text = _json_text(data, indent=1)
    # A new owner-only file beside the target, renamed over it only when whole: a failed
    # export never spoils an earlier one, and the export is owner-only whatever was there.
    temporary = f"{target}.{os.getpid()}.partial"
    try:
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, target)
    except OSError as error:
        with contextlib.suppress(OSError):
            os.remove(temporary)
        raise JournalError(target, f"cannot write the export ({error.strerror})") from None
    return len(entries) + len(records)


def _records(listed: object, source: str) -> list[Kept]:
    from ._convert import from_dict

    if not isinstance(listed, list):
        raise JournalError(source, "the export's records are not a list")
    kept = []
    for item in listed:
        if not isinstance(item, dict) or item.get("kind") not in RECORD_KINDS:
            raise JournalError(source, "a record of an unknown kind")
        at = dt.datetime.fromisoformat(str(item.get("at")))
        kept.append(
            Kept(item["kind"], at, from_dict(item.get("record"), RECORD_KINDS[item["kind"]]))
        )
    return kept


def import_json(journal: _Keeper, path: os.PathLike[str] | str) -> int:
    """Add what the export at `path` holds to `journal`; return how many were new."""
    from ._convert import from_dict

    source = file_path(path)
    try:
        data: Any = json.loads(read_file(source, source))
        if not isinstance(data, dict) or data.get("app") != _APP:
            raise JournalError(source, "not a smallsteps journal export")
        schema = data.get("schema", 1)
        if not isinstance(schema, int) or isinstance(schema, bool) or schema < 1:
            raise JournalError(source, "an export without a schema version")
        if schema > VERSION:
            raise JournalError(source, f"written by a newer smallsteps (schema {schema})")
        listed = data.get("entries", [])
        if not isinstance(listed, list):
            raise JournalError(source, "the export's entries are not a list")
        entries = [from_dict(item, Entry) for item in listed]
        records = _records(data.get("records", []), source)
    except (RecursionError, ValueError) as error:  # JSON, a ValidationError, a bad time
        if isinstance(error, JournalError):
            raise
        raise JournalError(source, f"cannot read the export ({type(error).__name__})") from None
    added = journal.add_many(entries)
    for kept in records:
        here = journal.kept(kept.kind)
        if kept.kind in SINGLE:  # kept once: the newer of the two stays
            if not here or kept.at > here[-1].at:
                journal.keep(kept.record, kept.at)
                added += not here
        elif kept.id not in {k.id for k in here}:
            journal.keep(kept.record, kept.at)
            added += 1
    return added
