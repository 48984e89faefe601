"""What every journal shares: the store protocol, the helpers it gives, the journal in memory.

`JournalStore` is the protocol a host implements over its own database (`add`, `entries`,
`delete_all`); `JournalBase` derives everything else from those three (records, `recent`,
deleting by kind, export and import); `MemoryJournal` keeps it all in memory. The journal in an
SQLite file, `Journal`, is in `_journal`.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable
from typing import Final, Protocol, runtime_checkable

from ._errors import ValidationError, listed, value_shown
from ._exchange import JournalError, export_json, import_json
from ._model import Entry
from ._records import RECORD_KINDS, SINGLE, Kept, check_kind, kind_of, words_of
from ._safety import SafetyCheck, check_safety
from ._safetyplan import SafetyPlan
from ._selftalk import ProofList
from ._values import Values

__all__ = [
    "MAX_DAYS",
    "JournalBase",
    "JournalStore",
    "MemoryJournal",
    "checked_entries",
    "checked_entry",
    "safety_of",
]

MAX_DAYS: Final = 36_500
"""The longest look back `recent` takes, in days (a hundred years)."""


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
        for entry in checked_entries(entries):
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


def checked_entries(entries: object) -> list[Entry]:
    """A list of entries given as an argument, each checked (see `checked_entry`)."""
    if isinstance(entries, Entry):
        raise ValidationError("entries", "expected a list of entries, got one Entry")
    return [checked_entry(e) for e in listed("entries", entries, "entries")]


def checked_entry(entry: object) -> Entry:
    if not isinstance(entry, Entry):
        raise ValidationError("entry", f"expected an Entry, got {type(entry).__name__}")
    return entry


def safety_of(entry: Entry) -> SafetyCheck:
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
        entry = checked_entry(entry)
        self._entries.setdefault(entry.id, entry)
        return safety_of(entry)

    def __repr__(self) -> str:
        return f"<MemoryJournal {len(self._entries)} entries>"

    def entries(self) -> list[Entry]:
        """Every entry, oldest first."""
        return sorted(self._entries.values(), key=lambda e: (e.at.isoformat(), e.id))

    def delete_all(self) -> None:
        """Forget every entry."""
        self._entries.clear()
