"""The journal: the same behaviour in memory and in SQLite, and nothing lost."""

from __future__ import annotations

import datetime as dt
import json
import os
import pathlib
import signal
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Callable

import pytest

import smallsteps as ss

NOW = dt.datetime(2026, 11, 22, 9, 0)


def entry(n: int = 0, **fields: object) -> ss.Entry:
    return ss.Entry("warm-drink-in-a-mug", NOW + dt.timedelta(hours=n), **fields)  # type: ignore[arg-type]


@pytest.fixture(params=["memory", "sqlite"])
def journal(request: pytest.FixtureRequest, tmp_path: pathlib.Path) -> ss.JournalBase:
    if request.param == "memory":
        return ss.MemoryJournal()
    return ss.Journal.open(tmp_path / "journal.db")


class TestBothStores:
    def test_is_a_journal_store(self, journal: ss.JournalBase) -> None:
        assert isinstance(journal, ss.JournalStore)

    def test_add_and_read_back_in_order(self, journal: ss.JournalBase) -> None:
        journal.add(entry(2, mood_before=3, mood_after=5))
        journal.add(entry(0, done="partly", enjoyment=6, mastery=4, note="it was okay"))
        assert [0, 2] == [int((e.at - NOW).total_seconds() // 3600) for e in journal.entries()]
        assert 2 == journal.entries()[1].mood_shift

    def test_the_same_entry_is_kept_once(self, journal: ss.JournalBase) -> None:
        journal.add(entry(0))
        journal.add(entry(0))
        assert 1 == len(journal.entries())

    def test_recent_reads_no_clock(self, journal: ss.JournalBase) -> None:
        journal.add_many(entry(24 * day) for day in range(30))
        assert 15 == len(journal.recent(days=14))
        assert 8 == len(journal.recent(days=7, now=NOW + dt.timedelta(days=10)))
        with pytest.raises(ss.ValidationError, match=r"^days: "):
            journal.recent(days=0)

    def test_export_import_is_idempotent(
        self, journal: ss.JournalBase, tmp_path: pathlib.Path
    ) -> None:
        journal.add_many([entry(0, mood_before=2), entry(1, task="reply to my landlord")])
        path = tmp_path / "export.json"
        assert 2 == journal.export_json(path)
        assert 0o600 == os.stat(path).st_mode & 0o777
        journal.delete_all()
        assert [] == journal.entries()
        assert 2 == journal.import_json(path)
        assert 0 == journal.import_json(path)
        assert 2 == len(journal.entries())

    def test_a_note_with_crisis_words_is_kept_and_checked(self, journal: ss.JournalBase) -> None:
        check = journal.add(entry(0, note="some days I want to die"))
        assert check.crisis
        assert 1 == len(journal.entries())
        assert not journal.add(entry(1, note="a calm walk")).crisis

    def test_a_foreign_export_is_refused(
        self, journal: ss.JournalBase, tmp_path: pathlib.Path
    ) -> None:
        path = tmp_path / "other.json"
        path.write_text(json.dumps({"entries": []}), "utf-8")
        with pytest.raises(ss.JournalError, match="not a smallsteps journal export"):
            journal.import_json(path)

    def test_only_entries_are_stored(self, journal: ss.JournalBase) -> None:
        with pytest.raises(ss.ValidationError, match=r"^entry: "):
            journal.add("walked")  # type: ignore[arg-type]


class TestEntry:
    def test_ratings_are_checked(self) -> None:
        with pytest.raises(ss.ValidationError, match=r"^mood_after: "):
            entry(0, mood_after=11)
        with pytest.raises(ss.ValidationError, match=r"^done: "):
            entry(0, done="mostly")

    def test_something_was_done(self) -> None:
        with pytest.raises(ss.ValidationError, match=r"^activity_id: "):
            ss.Entry("", NOW)
        assert ss.Entry("", NOW, task="reply to my landlord").id

    def test_stable_ids_and_round_trip(self) -> None:
        e = entry(0, mood_before=3, mood_after=5, energy=1, planned=True)
        assert e.id == entry(0).id
        assert e.id != entry(1).id
        assert e == ss.from_json(ss.to_json(e), ss.Entry)


class TestSQLiteFile:
    def test_created_owner_only(self, tmp_path: pathlib.Path) -> None:
        path = tmp_path / "journal.db"
        ss.Journal.open(path).close()
        assert 0o600 == os.stat(path).st_mode & 0o777

    def test_survives_reopening(self, tmp_path: pathlib.Path) -> None:
        with ss.Journal.open(tmp_path / "j.db") as journal:
            journal.add(entry(0))
        with ss.Journal.open(tmp_path / "j.db") as journal:
            assert 1 == len(journal.entries())

    def test_a_file_that_is_not_a_database(self, tmp_path: pathlib.Path) -> None:
        path = tmp_path / "notes.db"
        path.write_text("my private notes " * 100, "utf-8")
        with pytest.raises(ss.JournalError, match="not a readable smallsteps journal"):
            ss.Journal.open(path)
        assert path.read_text("utf-8").startswith("my private notes")

    @pytest.mark.parametrize(
        ("statement", "message"),
        [
            ("CREATE TABLE photos (id INTEGER)", "not a smallsteps journal"),
            ("UPDATE meta SET value = '99' WHERE key = 'schema'", "newer smallsteps"),
        ],
        ids=["another app's database", "a newer schema"],
    )
    def test_files_it_will_not_touch(
        self, tmp_path: pathlib.Path, statement: str, message: str
    ) -> None:
        path = tmp_path / "j.db"
        if statement.startswith("UPDATE"):
            ss.Journal.open(path).close()
        with sqlite3.connect(path) as db:
            db.execute(statement)
        with pytest.raises(ss.JournalError, match=message):
            ss.Journal.open(path)

    def test_an_old_file_is_migrated_forward(self, tmp_path: pathlib.Path) -> None:
        """A schema-0 file (meta only) gains the entries table when opened."""
        path = tmp_path / "j.db"
        with sqlite3.connect(path) as db:
            db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
            db.execute("INSERT INTO meta VALUES ('app', 'smallsteps-journal'), ('schema', '0')")
        with ss.Journal.open(path) as journal:
            journal.add(entry(0))
            assert 1 == len(journal.entries())


WRITER = textwrap.dedent(
    """
    import datetime as dt, sys
    import smallsteps as ss
    journal = ss.Journal.open(sys.argv[1])
    start = dt.datetime(2026, 1, 1)
    for n in range(int(sys.argv[3])):
        e = ss.Entry("sip-of-water", start + dt.timedelta(seconds=n), task=sys.argv[2])
        journal.add(e)
        print(e.id, flush=True)
    """
)


def _writer(path: pathlib.Path, name: str, count: int) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path), name, str(count)],
        stdout=subprocess.PIPE,
        text=True,
    )


class TestNothingLost:
    def test_killed_writer(self, tmp_path: pathlib.Path) -> None:
        """SIGKILL in the middle of a stream of writes: every entry whose add returned is there."""
        path = tmp_path / "j.db"
        writer = _writer(path, "killed", 100_000)
        assert writer.stdout is not None
        returned = [writer.stdout.readline().strip() for _ in range(300)]
        writer.send_signal(signal.SIGKILL)
        writer.wait()
        returned += [line.strip() for line in writer.stdout.read().splitlines() if line.strip()]
        with ss.Journal.open(path) as journal:
            stored = {e.id for e in journal.entries()}
        assert set(returned) <= stored
        assert len(stored) >= 300

    def test_two_writers_at_once(self, tmp_path: pathlib.Path) -> None:
        path = tmp_path / "j.db"
        ss.Journal.open(path).close()
        writers = [_writer(path, name, 200) for name in ("first", "second")]
        outputs = [w.communicate(timeout=120)[0] for w in writers]
        assert [0, 0] == [w.returncode for w in writers]
        with ss.Journal.open(path) as journal:
            entries = journal.entries()
        assert 400 == len(entries)
        assert {e.id for e in entries} == {line for out in outputs for line in out.split()}


def test_protocol_sketch_for_your_own_database() -> None:
    """A store over any database: three methods, and JournalBase gives the rest."""

    class ListStore(ss.JournalBase):
        def __init__(self) -> None:
            self.rows: dict[str, ss.Entry] = {}

        def add(self, entry: ss.Entry) -> ss.SafetyCheck:
            self.rows.setdefault(entry.id, entry)
            return ss.check_safety(entry.note)

        def entries(self) -> list[ss.Entry]:
            return sorted(self.rows.values(), key=lambda e: (e.at, e.id))

        def delete_all(self) -> None:
            self.rows.clear()

    store: Callable[[], ss.JournalBase] = ListStore
    mine = store()
    mine.add_many([entry(0), entry(1)])
    assert isinstance(mine, ss.JournalStore)
    assert 2 == len(mine.recent(days=1))


def test_delete_all_leaves_no_copy_of_a_note_in_the_files(tmp_path: pathlib.Path) -> None:
    """Deleted entries are overwritten (`secure_delete`), and the write-ahead log is emptied."""
    path = tmp_path / "journal.db"
    marker = "a-private-note-" + "x" * 40
    with ss.Journal.open(path) as journal:
        for n in range(20):
            journal.add(entry(n, note=f"{marker} {n}"))
        journal.delete_all()
        assert [] == journal.entries()
        files = [p for p in tmp_path.iterdir() if p.name.startswith("journal.db")]
        assert files
        for file in files:
            assert marker.encode() not in file.read_bytes(), file.name


class TestEveryFailureIsNamed:
    """Issue 18's journal findings: each a `JournalError` or `ValidationError`, or kept safely."""

    def test_a_lone_surrogate_in_a_note_is_kept(self, journal: ss.JournalBase) -> None:
        """A note with half a pair of UTF-16 (as some pasted text carries) is stored as typed."""
        note = "felt \ud800 odd"
        journal.add(entry(0, note=note))
        assert [note] == [e.note for e in journal.entries()]

    def test_a_note_has_a_documented_limit(self) -> None:
        with pytest.raises(ss.ValidationError, match="note: expected at most 100,000"):
            entry(0, note="x" * 100_001)

    def test_times_with_and_without_a_zone_are_named(self, journal: ss.JournalBase) -> None:
        journal.add(entry(0))
        journal.add(ss.Entry("warm-drink-in-a-mug", NOW.replace(tzinfo=dt.UTC)))
        assert 2 == len(journal.entries())  # read back, never a TypeError
        with pytest.raises(ss.ValidationError, match="time zone"):
            journal.recent(now=NOW)

    def test_an_export_whose_entries_are_null(
        self, journal: ss.JournalBase, tmp_path: pathlib.Path
    ) -> None:
        path = tmp_path / "export.json"
        path.write_text(json.dumps({"app": "smallsteps-journal", "entries": None}))
        with pytest.raises(ss.JournalError, match="not a list"):
            journal.import_json(path)

    def test_an_export_replaces_the_old_one_whole_and_owner_only(
        self, journal: ss.JournalBase, tmp_path: pathlib.Path
    ) -> None:
        path = tmp_path / "export.json"
        path.write_text("an earlier export")
        path.chmod(0o644)
        journal.add(entry(0))
        assert 1 == journal.export_json(path)
        assert 0o600 == path.stat().st_mode & 0o777
        assert 1 == len(json.loads(path.read_text())["entries"])
        assert not [p for p in tmp_path.iterdir() if p.name.endswith(".partial")]

    def test_a_failed_export_leaves_the_earlier_one(
        self, journal: ss.JournalBase, tmp_path: pathlib.Path
    ) -> None:
        path = tmp_path / "missing-folder" / "export.json"
        with pytest.raises(ss.JournalError, match="cannot write the export"):
            journal.export_json(path)

    def test_many_entries_in_one_transaction(self, tmp_path: pathlib.Path) -> None:
        with ss.Journal.open(tmp_path / "journal.db") as journal:
            assert 300 == journal.add_many(entry(n) for n in range(300))
            assert 0 == journal.add_many(entry(n) for n in range(300))
            assert 300 == len(journal.entries())


class TestSQLiteFailures:
    def test_a_closed_journal(self, tmp_path: pathlib.Path) -> None:
        journal = ss.Journal.open(tmp_path / "journal.db")
        journal.close()
        with pytest.raises(ss.JournalError, match="closed"):
            journal.add(entry(0))
        with pytest.raises(ss.JournalError, match="closed"):
            journal.entries()

    def test_another_thread(self, tmp_path: pathlib.Path) -> None:
        import threading

        journal = ss.Journal.open(tmp_path / "journal.db")
        found: list[BaseException] = []

        def write() -> None:
            try:
                journal.add(entry(0))
            except BaseException as error:  # carried back to the test
                found.append(error)

        thread = threading.Thread(target=write)
        thread.start()
        thread.join()
        assert len(found) == 1
        assert isinstance(found[0], ss.JournalError)
        assert "another thread" in str(found[0])

    def test_a_damaged_row(self, tmp_path: pathlib.Path) -> None:
        path = tmp_path / "journal.db"
        with ss.Journal.open(path) as journal:
            journal.add(entry(0))
        db = sqlite3.connect(path)
        db.execute("UPDATE entries SET data = 'not json'")
        db.commit()
        db.close()
        with ss.Journal.open(path) as journal, pytest.raises(ss.JournalError, match="damaged"):
            journal.entries()

    @pytest.mark.parametrize("schema", ["abc", "-1", "1.5"])
    def test_an_odd_schema_version(self, tmp_path: pathlib.Path, schema: str) -> None:
        path = tmp_path / "journal.db"
        ss.Journal.open(path).close()
        db = sqlite3.connect(path)
        db.execute("UPDATE meta SET value = ? WHERE key = 'schema'", (schema,))
        db.commit()
        db.close()
        with pytest.raises(ss.JournalError, match="schema"):
            ss.Journal.open(path)


def test_open_makes_missing_folders_owner_only(tmp_path: pathlib.Path) -> None:
    """`Journal.open("~/.local/share/smallsteps/journal.db")` failed on a new machine."""
    path = tmp_path / "share" / "smallsteps" / "journal.db"
    with ss.Journal.open(path) as journal:
        journal.add(entry(0))
    assert 0o700 == path.parent.stat().st_mode & 0o777
    assert 0o600 == path.stat().st_mode & 0o777
