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
import os
import sqlite3
from collections.abc import Iterable, Iterator
from typing import Any, Final, Protocol, runtime_checkable

from ._errors import ValidationError, listed, value_shown
from ._exchange import _APP, JournalError, _json_text, export_json, import_json
from ._files import file_path
from ._model import Entry
from ._records import RECORD_KINDS, SINGLE, Kept, check_kind, kind_of, words_of
from ._resources import SafetyPlan
from ._safety import SafetyCheck, check_safety
from ._selftalk import ProofList
from ._values import Values

__all__ = ["Journal", "JournalBase", "JournalError", "JournalStore", "Kept", "MemoryJournal"]

SCHEMA_VERSION: Final = 2
"""The journal file's schema version; older files are migrated forward when opened.

1: activity entries. 2: records besides them (thought records, the proof list, values, the
person's safety plan), in a table of their own; a version 1 file gains it, losing nothing.
"""

MAX_DAYS: Final = 36_500
"""The longest look back `recent` takes, in days (a hundred years)."""
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

    # -- records besides entries: a journal that keeps them overrides these three ------------

    def _put(self, kept: Kept) -> None:
        raise JournalError(repr(self), "this journal keeps activity entries only")

    def _kept(self, kind: str) -> list[Kept]:
        return []

    def _drop(self, kind: str) -> int:
        return 0

    def keep(self, record: object, at: dt.datetime) -> SafetyCheck:
        """Keep a record besides the entries; return the safety check of its words.

        A thought record, a line of the proof list (`ProofEntry`), the person's `Values` or
        their own filled-in `SafetyPlan`. Values and the safety plan are kept once: a newer
        one replaces the older. The record is kept whatever the check finds (nothing is lost);
        show the notice when `crisis` is true.

        Args:
            record: The record.
            at: When it was kept.

        Raises:
            ValidationError: If the record is not of a kind a journal keeps.
        """
        kind = kind_of(record)
        if not isinstance(at, dt.datetime):
            raise ValidationError("at", f"expected a datetime, got {value_shown(at)}")
        self._put(Kept(kind, at, record))
        return check_safety(words_of(record))

    def kept(self, kind: str) -> list[Kept]:
        """The records of one kind (`RECORD_KINDS`), oldest first (ties by id)."""
        if not isinstance(kind, str) or kind not in RECORD_KINDS:
            check_kind(kind)
            raise ValidationError("kind", f"{value_shown(kind)} is an entry kind: use entries()")
        return sorted(self._kept(kind), key=lambda k: (k.at.isoformat(), k.id))

    def values(self) -> Values | None:
        """The person's values, when they kept them."""
        found = self.kept("values")
        return found[-1].record if found else None

    def safety_plan(self) -> SafetyPlan | None:
        """The person's own safety plan, when they kept one."""
        found = self.kept("safety-plan")
        return found[-1].record if found else None

    def proof_list(self) -> ProofList:
        """The proof list: every hard thing got through that was kept, oldest first."""
        return ProofList(tuple(k.record for k in self.kept("proof")))

    def delete(self, kind: str | None = None) -> int:
        """Delete one kind of what the person made (`KINDS`), or everything; return how many.

        `"activities"` and `"planned"` are entries (planned ones have `planned=True`); the
        others are records. With no kind, every entry and every record goes.
        """
        if kind is None:
            count = len(self.entries()) + sum(len(self._kept(k)) for k in RECORD_KINDS)
            self.delete_all()
            for name in RECORD_KINDS:
                self._drop(name)
            return count
        if check_kind(kind) in RECORD_KINDS:
            return self._drop(kind)
        doomed = [e for e in self.entries() if e.planned is (kind == "planned")]
        self._drop_entries(doomed)
        return len(doomed)

    def _drop_entries(self, doomed: list[Entry]) -> None:
        gone = {e.id for e in doomed}
        kept = [e for e in self.entries() if e.id not in gone]
        self.delete_all()
        self.add_many(kept)

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
        """Write everything the journal keeps to a JSON file (owner-only); return how many.

        Entries and records, in the versioned format `smallsteps.JOURNAL_SCHEMA` documents.
        """
        return export_json(self, path)

    def import_json(self, path: os.PathLike[str] | str) -> int:
        """Add what a JSON export holds, skipping what is already here; return how many were new.

        Importing the same file twice adds nothing the second time. Exports of every schema
        version so far are read (version 1 holds entries only).

        Raises:
            JournalError: If the file is not a smallsteps export, or is from a newer version.
        """
        return import_json(self, path)


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
        self._records: dict[tuple[str, str], Kept] = {}
        self.add_many(entries)

    def _put(self, kept: Kept) -> None:
        key = (kept.kind, kept.id)
        if kept.kind in SINGLE:
            self._records[key] = kept
        else:
            self._records.setdefault(key, kept)

    def _kept(self, kind: str) -> list[Kept]:
        return [k for (name, _), k in self._records.items() if name == kind]

    def _drop(self, kind: str) -> int:
        doomed = [key for key in self._records if key[0] == kind]
        for key in doomed:
            del self._records[key]
        return len(doomed)

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
