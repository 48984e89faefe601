"""The journal in an SQLite file: entries stored where the host app decides, and never lost.

This is the one module that touches files, and only when the host asks. `Journal` keeps its
entries and records in an SQLite file (the standard library's `sqlite3`, WAL mode, one
transaction a write, owner-only file permissions, a schema version with forward migrations).
A file that is not a smallsteps journal, or is damaged, gives a `JournalError`; it is never
reset. The protocol, the shared helpers and `MemoryJournal` are in `_journalbase`, and are
served from here too, as before.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
from collections.abc import Iterable, Iterator
from typing import Any, Final

from ._errors import ValidationError
from ._exchange import _APP, JournalError, _json_text
from ._files import file_path
from ._journalbase import (
    JournalBase,
    JournalStore,
    MemoryJournal,
    checked_entries,
    checked_entry,
    safety_of,
)
from ._model import Entry
from ._records import RECORD_KINDS, SINGLE, Kept
from ._safety import SafetyCheck

__all__ = ["Journal", "JournalBase", "JournalError", "JournalStore", "Kept", "MemoryJournal"]

SCHEMA_VERSION: Final = 2
"""The journal file's schema version; older files are migrated forward when opened.

1: activity entries. 2: records besides them (thought records, the proof list, values, the
person's safety plan), in a table of their own; a version 1 file gains it, losing nothing.
"""

_MIGRATIONS: Final[dict[int, tuple[str, ...]]] = {
    1: (
        "CREATE TABLE IF NOT EXISTS entries "
        "(id TEXT PRIMARY KEY, at TEXT NOT NULL, data TEXT NOT NULL)",
        "CREATE INDEX IF NOT EXISTS entries_at ON entries (at)",
    ),
    2: (
        "CREATE TABLE IF NOT EXISTS records (kind TEXT NOT NULL, id TEXT NOT NULL, "
        "at TEXT NOT NULL, data TEXT NOT NULL, PRIMARY KEY (kind, id))",
    ),
}
"""For each schema version, the statements that bring the version before it up to it."""


class Journal(JournalBase):
    """A journal in an SQLite file. Open it with `Journal.open(path)`.

    Every `add` is its own transaction, committed before it returns, so an entry whose `add`
    returned survives the process being killed. Several processes may write at once.
    """

    def __init__(self, connection: sqlite3.Connection, path: str) -> None:
        self._db = connection
        self.path = path

    @classmethod
    def open(cls, path: os.PathLike[str] | str) -> Journal:
        """Open a journal file, creating it (owner-only, mode 600) when it does not exist.

        Missing folders on the way are made too, owner-only (mode 700).

        Args:
            path: The file; `~` is expanded.

        Returns:
            The journal.

        Raises:
            JournalError: If the file is not a smallsteps journal, is damaged, or was written
                by a newer smallsteps.
        """
        target = os.path.expanduser(file_path(path))
        folder = os.path.dirname(target)
        try:
            if folder and not os.path.isdir(folder):
                os.makedirs(folder, mode=0o700)  # a per-user data folder: owner-only too
            descriptor = os.open(target, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            fresh = _empty(target)
        except OSError as error:
            reason = error.strerror or "the path cannot be used"
            raise JournalError(target, f"cannot create the file ({reason})") from None
        else:
            os.close(descriptor)
            fresh = True
        try:
            db = sqlite3.connect(target, timeout=30, isolation_level=None)
            db.execute("PRAGMA busy_timeout = 30000")
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA synchronous = FULL")
            db.execute("PRAGMA secure_delete = ON")  # deleted entries are overwritten
            _prepare(db, target, fresh)
        except sqlite3.DatabaseError as error:
            raise JournalError(target, f"not a readable smallsteps journal ({error})") from None
        return cls(db, target)

    def add(self, entry: Entry) -> SafetyCheck:
        """Store one entry in its own transaction; return the safety check of its words.

        The entry is stored whatever the check finds (nothing is lost); show the notice when
        `crisis` is true.
        """
        entry = checked_entry(entry)
        with self._guarded(), _Transaction(self._db):
            self._insert(entry)
        return safety_of(entry)

    def add_many(self, entries: Iterable[Entry]) -> int:
        """Store entries in order, in one transaction; return how many were new."""
        listed = checked_entries(entries)
        with self._guarded(), _Transaction(self._db):
            before = self._db.total_changes
            for entry in listed:
                self._insert(entry)
            return self._db.total_changes - before

    def _put(self, kept: Kept) -> None:
        from ._convert import to_dict

        verb = "REPLACE" if kept.kind in SINGLE else "IGNORE"
        with self._guarded(), _Transaction(self._db):
            self._db.execute(
                f"INSERT OR {verb} INTO records (kind, id, at, data) VALUES (?, ?, ?, ?)",
                (kept.kind, kept.id, kept.at.isoformat(), _json_text(to_dict(kept.record))),
            )

    def _kept(self, kind: str) -> list[Kept]:
        from ._convert import from_json

        with self._guarded():
            rows = self._db.execute(
                "SELECT at, data FROM records WHERE kind = ? ORDER BY at, id", (kind,)
            ).fetchall()
        try:
            return [
                Kept(kind, dt.datetime.fromisoformat(at), from_json(data, RECORD_KINDS[kind]))
                for at, data in rows
            ]
        except (ValueError, TypeError) as error:
            raise JournalError(self.path, f"a damaged record ({type(error).__name__})") from None

    def _drop(self, kind: str) -> int:
        with self._guarded():
            with _Transaction(self._db):
                count = self._db.execute("DELETE FROM records WHERE kind = ?", (kind,)).rowcount
            self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return int(count)

    def _drop_entries(self, doomed: list[Entry]) -> None:
        with self._guarded():
            with _Transaction(self._db):
                self._db.executemany("DELETE FROM entries WHERE id = ?", [(e.id,) for e in doomed])
            self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def _insert(self, entry: Entry) -> None:
        from ._convert import to_dict

        self._db.execute(
            "INSERT OR IGNORE INTO entries (id, at, data) VALUES (?, ?, ?)",
            (entry.id, entry.at.isoformat(), _json_text(to_dict(entry))),
        )

    @contextlib.contextmanager
    def _guarded(self) -> Iterator[None]:
        """SQLite's own errors as `JournalError`s that say what to do."""
        try:
            yield
        except sqlite3.ProgrammingError as error:
            problem = "closed" if "closed" in str(error) else "used from another thread"
            raise JournalError(self.path, f"this journal is {problem}: open it again") from None
        except sqlite3.DatabaseError as error:
            raise JournalError(self.path, f"damaged or unreadable ({error})") from None

    def entries(self) -> list[Entry]:
        """Every entry, oldest first (ties by id)."""
        from ._convert import from_json

        with self._guarded():
            rows = self._db.execute("SELECT data FROM entries ORDER BY at, id").fetchall()
        try:
            return [from_json(data, Entry) for (data,) in rows]
        except (ValidationError, TypeError) as error:
            raise JournalError(self.path, f"a damaged entry ({type(error).__name__})") from None

    def delete_all(self) -> None:
        """Delete every entry, in one transaction, overwriting the space they took.

        The write-ahead log is then folded into the file and emptied, so no copy of the
        entries is left in it either.
        """
        with self._guarded():
            with _Transaction(self._db):
                self._db.execute("DELETE FROM entries")
            self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def close(self) -> None:
        """Close the file. A closed journal cannot be used again."""
        self._db.close()

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<Journal {self.path!r}>"


class _Transaction:
    """`BEGIN IMMEDIATE` ... `COMMIT`, or `ROLLBACK` on any error."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def __enter__(self) -> None:
        self.db.execute("BEGIN IMMEDIATE")

    def __exit__(self, kind: object, *rest: Any) -> None:
        self.db.execute("ROLLBACK" if kind is not None else "COMMIT")


def _prepare(db: sqlite3.Connection, path: str, fresh: bool) -> None:
    """Check the file is a smallsteps journal and migrate it forward; set up a new one."""
    with _Transaction(db):
        tables = {
            name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        if fresh or not tables:
            db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
            db.execute("INSERT INTO meta VALUES ('app', ?), ('schema', '0')", (_APP,))
        elif "meta" not in tables:
            raise JournalError(path, "this SQLite file is not a smallsteps journal")
        meta = dict(db.execute("SELECT key, value FROM meta").fetchall())
        if meta.get("app") != _APP:
            raise JournalError(path, "this SQLite file is not a smallsteps journal")
        schema = str(meta.get("schema", "0"))
        if not schema.isascii() or not schema.isdigit():
            raise JournalError(path, f"an unknown schema version ({len(schema)} characters)")
        version = int(schema)
        if version > SCHEMA_VERSION:
            raise JournalError(
                path, f"written by a newer smallsteps (schema {version}); update smallsteps"
            )
        for step in range(version + 1, SCHEMA_VERSION + 1):
            for statement in _MIGRATIONS[step]:
                db.execute(statement)
            db.execute("UPDATE meta SET value = ? WHERE key = 'schema'", (str(step),))


def _empty(path: str) -> bool:
    """Whether an existing journal file is empty (new); a path that is not one says why."""
    try:
        if not os.path.isfile(path):
            raise JournalError(path, "cannot use the file: not a regular file")
        return os.path.getsize(path) == 0
    except OSError as error:  # a symlink loop, a file where a folder should be
        raise JournalError(path, f"cannot use the file ({error.strerror})") from None
