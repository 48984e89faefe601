"""The journal: entries stored where the host app decides, and never lost.

This is the one module that touches files, and only when the host asks. `JournalStore` is the
protocol; `MemoryJournal` keeps entries in memory and `Journal` in an SQLite file (the standard
library's `sqlite3`, WAL mode, one transaction a write, owner-only file permissions, a schema
version with forward migrations). A file that is not a smallsteps journal, or is damaged, gives
a `JournalError`; it is never reset.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import sqlite3
from collections.abc import Iterable, Iterator
from typing import Any, Final, Protocol, runtime_checkable

from ._errors import ValidationError, listed, value_shown
from ._files import file_path, read_file
from ._model import Entry
from ._safety import SafetyCheck, check_safety

__all__ = ["Journal", "JournalBase", "JournalError", "JournalStore", "MemoryJournal"]

SCHEMA_VERSION: Final = 1
"""The journal file's schema version; older files are migrated forward when opened."""

_APP: Final = "smallsteps-journal"
MAX_DAYS: Final = 36_500
"""The longest look back `recent` takes, in days (a hundred years)."""
_MIGRATIONS: Final[dict[int, tuple[str, ...]]] = {
    1: (
        "CREATE TABLE IF NOT EXISTS entries "
        "(id TEXT PRIMARY KEY, at TEXT NOT NULL, data TEXT NOT NULL)",
        "CREATE INDEX IF NOT EXISTS entries_at ON entries (at)",
    ),
}
"""For each schema version, the statements that bring the version before it up to it."""


class JournalError(ValidationError):
    """A journal file cannot be used: not a smallsteps journal, damaged, or from a newer version.

    The message names the file and the problem, never an entry's contents.
    """

    def __init__(self, path: str, problem: str) -> None:
        super().__init__("journal", f"{path}: {problem}")
        self.path = path


JournalError.__module__ = "smallsteps"  # tracebacks say smallsteps.JournalError


@runtime_checkable
class JournalStore(Protocol):
    """What smallsteps needs from a place that keeps entries.

    Implement these three methods over your own database and the helpers in `Journal` and
    `MemoryJournal` (`recent`, `export_json`, `import_json`) follow from them via
    `JournalBase`.
    """

    def add(self, entry: Entry) -> SafetyCheck:
        """Store one entry durably (an entry with the same `id` is kept once)."""

    def entries(self) -> list[Entry]:
        """Return every entry, oldest first (ties by `id`)."""

    def delete_all(self) -> None:
        """Delete every entry."""


class JournalBase:
    """Helpers every journal gets from `add`, `entries` and `delete_all`."""

    def add(self, entry: Entry) -> SafetyCheck:  # pragma: no cover - overridden
        raise NotImplementedError

    def entries(self) -> list[Entry]:  # pragma: no cover - overridden
        raise NotImplementedError

    def delete_all(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def add_many(self, entries: Iterable[Entry]) -> int:
        """Store entries in order; return how many were new."""
        before = {e.id for e in self.entries()}
        added = 0
        for entry in _entries(entries):
            self.add(entry)
            added += entry.id not in before
            before.add(entry.id)
        return added

    def recent(self, days: int = 14, now: dt.datetime | None = None) -> list[Entry]:
        """Return the entries of the last `days` days before `now`, oldest first.

        smallsteps reads no clock: without `now`, the newest entry's time stands in for it.
        """
        if isinstance(days, bool) or not isinstance(days, int) or days < 1:
            raise ValidationError(
                "days", f"expected a whole number of days above 0, got {value_shown(days)}"
            )
        if days > MAX_DAYS:
            raise ValidationError(
                "days", f"expected at most {MAX_DAYS:,} days, got {value_shown(days)}"
            )
        if now is not None and not isinstance(now, dt.datetime):
            raise ValidationError("now", f"expected a datetime, got {type(now).__name__}")
        entries = self.entries()
        if not entries:
            return []
        if (
            len({e.at.tzinfo is None for e in entries} | ({now.tzinfo is None} if now else set()))
            > 1
        ):
            raise ValidationError("now", "the journal mixes times with and without a time zone")
        end = now if now is not None else entries[-1].at
        try:
            start = end - dt.timedelta(days=days)
        except OverflowError:  # before the year 1: every entry is after it
            start = dt.datetime.min.replace(tzinfo=end.tzinfo)
        return [e for e in entries if start <= e.at <= end]

    def export_json(self, path: os.PathLike[str] | str) -> int:
        """Write every entry to a JSON file (owner-only permissions); return how many."""
        from ._convert import to_dict

        entries = self.entries()
        data = {"app": _APP, "schema": SCHEMA_VERSION, "entries": [to_dict(e) for e in entries]}
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
        return len(entries)

    def import_json(self, path: os.PathLike[str] | str) -> int:
        """Add the entries of a JSON export, skipping those already here; return how many were new.

        Importing the same file twice adds nothing the second time.

        Raises:
            JournalError: If the file is not a smallsteps export.
        """
        from ._convert import from_dict

        source = file_path(path)
        try:
            data = json.loads(read_file(source, source))
            if not isinstance(data, dict) or data.get("app") != _APP:
                raise JournalError(source, "not a smallsteps journal export")
            listed = data.get("entries", [])
            if not isinstance(listed, list):
                raise JournalError(source, "the export's entries are not a list")
            entries = [from_dict(item, Entry) for item in listed]
        except (RecursionError, ValueError) as error:  # JSON, a ValidationError, a CatalogError
            if isinstance(error, JournalError):
                raise
            raise JournalError(source, f"cannot read the export ({type(error).__name__})") from None
        return self.add_many(entries)


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


def _entries(entries: object) -> list[Entry]:
    """A list of entries given as an argument, each checked (see `_check_entry`)."""
    if isinstance(entries, Entry):
        raise ValidationError("entries", "expected a list of entries, got one Entry")
    return [_check_entry(e) for e in listed("entries", entries, "entries")]


def _check_entry(entry: object) -> Entry:
    if not isinstance(entry, Entry):
        raise ValidationError("entry", f"expected an Entry, got {type(entry).__name__}")
    return entry


def _safety(entry: Entry) -> SafetyCheck:
    return (
        check_safety("\n".join([entry.task, entry.note]))
        if entry.note or entry.task
        else SafetyCheck()
    )


class MemoryJournal(JournalBase):
    """A journal in memory, for tests and for apps that store entries themselves."""

    def __init__(self, entries: Iterable[Entry] = ()) -> None:
        self._entries: dict[str, Entry] = {}
        self.add_many(entries)

    def add(self, entry: Entry) -> SafetyCheck:
        """Keep one entry; return the safety check of its note and task words."""
        entry = _check_entry(entry)
        self._entries.setdefault(entry.id, entry)
        return _safety(entry)

    def __repr__(self) -> str:
        return f"<MemoryJournal {len(self._entries)} entries>"

    def entries(self) -> list[Entry]:
        """Every entry, oldest first."""
        return sorted(self._entries.values(), key=lambda e: (e.at.isoformat(), e.id))

    def delete_all(self) -> None:
        """Forget every entry."""
        self._entries.clear()


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
        entry = _check_entry(entry)
        with self._guarded(), _Transaction(self._db):
            self._insert(entry)
        return _safety(entry)

    def add_many(self, entries: Iterable[Entry]) -> int:
        """Store entries in order, in one transaction; return how many were new."""
        listed = _entries(entries)
        with self._guarded(), _Transaction(self._db):
            before = self._db.total_changes
            for entry in listed:
                self._insert(entry)
            return self._db.total_changes - before

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
