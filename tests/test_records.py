"""The journal keeps every record a person makes: export, import and delete by kind."""

from __future__ import annotations

import datetime as dt
import json
import pathlib
import signal
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Callable

import pytest

import smallsteps as ss

NOW = dt.datetime(2026, 12, 5, 12, tzinfo=dt.UTC)


def _fill(journal: ss.JournalBase) -> None:
    """One of every kind: an activity, a planned one, and each record."""
    journal.add(ss.Entry("open-one-letter", NOW, mood_before=4, mood_after=6))
    later = NOW + dt.timedelta(days=1)
    journal.add(
        ss.Entry("drink-a-glass-of-water", later, "not-done", planned=True, planned_at=later)
    )
    record = ss.ThoughtRecord("Sent a message", {"sad": 80}, "Nobody likes me")
    journal.keep(record.with_balanced_thought("She is often busy", belief=60), NOW)
    journal.keep(ss.ProofEntry("Went to the appointment", dt.date(2026, 11, 20)), NOW)
    journal.keep(ss.Values.build({"relationships": "being there for my brother"}), NOW)
    journal.keep(ss.safety_plan().fill(1, ["Make tea", "Walk to the corner"]), NOW)


JOURNALS: list[Callable[[pathlib.Path], ss.JournalBase]] = [
    lambda _: ss.MemoryJournal(),
    lambda folder: ss.Journal.open(folder / "journal.db"),
]


@pytest.mark.parametrize("make", JOURNALS, ids=["memory", "sqlite"])
class TestEveryKind:
    def test_export_import_round_trips_every_kind(
        self, make: Callable[[pathlib.Path], ss.JournalBase], tmp_path: pathlib.Path
    ) -> None:
        journal = make(tmp_path)
        _fill(journal)
        assert journal.export_json(tmp_path / "out.json") == 6
        data = json.loads((tmp_path / "out.json").read_text("utf-8"))
        assert data["schema"] == 2
        assert sorted(r["kind"] for r in data["records"]) == sorted(ss.RECORD_KINDS)
        other = ss.MemoryJournal()
        assert other.import_json(tmp_path / "out.json") == 6
        assert other.import_json(tmp_path / "out.json") == 0  # twice adds nothing
        assert other.entries() == journal.entries()
        for kind in ss.RECORD_KINDS:
            assert [k.record for k in other.kept(kind)] == [k.record for k in journal.kept(kind)]

    def test_delete_by_kind_leaves_the_rest(
        self, make: Callable[[pathlib.Path], ss.JournalBase], tmp_path: pathlib.Path
    ) -> None:
        journal = make(tmp_path)
        _fill(journal)
        assert journal.delete("planned") == 1
        assert [e.activity_id for e in journal.entries()] == ["open-one-letter"]
        assert journal.delete("proof") == 1
        assert journal.proof_list().entries == ()
        assert journal.values() is not None
        assert journal.delete("activities") == 1
        assert journal.entries() == []
        assert journal.delete() == 3  # the thought record, the values, the safety plan
        assert (journal.values(), journal.safety_plan(), journal.kept("thought-records")) == (
            None, None, [],
        )  # fmt: skip

    def test_values_and_the_safety_plan_are_kept_once(
        self, make: Callable[[pathlib.Path], ss.JournalBase], tmp_path: pathlib.Path
    ) -> None:
        journal = make(tmp_path)
        journal.keep(ss.Values.build({"recreation": "music"}), NOW)
        newer = ss.Values.build({"recreation": "music and walks"})
        journal.keep(newer, NOW + dt.timedelta(hours=1))
        assert journal.values() == newer
        assert len(journal.kept("values")) == 1

    def test_the_words_are_checked_before_they_are_kept(
        self, make: Callable[[pathlib.Path], ss.JournalBase], tmp_path: pathlib.Path
    ) -> None:
        journal = make(tmp_path)
        check = journal.keep(ss.ProofEntry("i want to kms tonight", dt.date(2026, 12, 5)), NOW)
        assert check.crisis
        assert len(journal.kept("proof")) == 1  # kept all the same: nothing is lost


def test_bad_kinds_and_records_get_clear_errors() -> None:
    journal = ss.MemoryJournal()
    with pytest.raises(ss.ValidationError, match=r"did you mean 'planned'"):
        journal.delete("plans")
    with pytest.raises(ss.ValidationError, match="record: expected one of"):
        journal.keep("a note", NOW)
    with pytest.raises(ss.ValidationError, match="at: expected a datetime"):
        journal.keep(ss.ProofEntry("x", dt.date(2026, 1, 1)), "now")  # type: ignore[arg-type]
    with pytest.raises(ss.ValidationError, match="entry kind"):
        journal.kept("planned")


def test_an_export_from_a_newer_version_is_refused(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "new.json"
    path.write_text(json.dumps({"app": "smallsteps-journal", "schema": 9, "entries": []}))
    with pytest.raises(ss.JournalError, match="newer"):
        ss.MemoryJournal().import_json(path)
    path.write_text(
        json.dumps({"app": "smallsteps-journal", "schema": 2, "records": [{"kind": "x"}]})
    )
    with pytest.raises(ss.JournalError, match="unknown kind"):
        ss.MemoryJournal().import_json(path)


def test_a_schema_1_export_still_imports(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "old.json"
    entry = {"activity_id": "open-one-letter", "at": "2026-11-20T10:00:00"}
    path.write_text(json.dumps({"app": "smallsteps-journal", "schema": 1, "entries": [entry]}))
    journal = ss.MemoryJournal()
    assert journal.import_json(path) == 1
    assert journal.entries()[0].activity_id == "open-one-letter"


def test_a_version_1_journal_file_migrates_without_loss(tmp_path: pathlib.Path) -> None:
    """A file written before records existed opens, keeps its entries, and gains records."""
    path = tmp_path / "old.db"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    db.execute("INSERT INTO meta VALUES ('app', 'smallsteps-journal'), ('schema', '1')")
    db.execute("CREATE TABLE entries (id TEXT PRIMARY KEY, at TEXT NOT NULL, data TEXT NOT NULL)")
    old = ss.Entry("open-one-letter", dt.datetime(2026, 11, 20, 10))
    db.execute(
        "INSERT INTO entries VALUES (?, ?, ?)", (old.id, old.at.isoformat(), ss.to_json(old))
    )
    db.commit()
    db.close()
    with ss.Journal.open(path) as journal:
        assert journal.entries() == [old]
        journal.keep(ss.ProofEntry("Opened the letter", dt.date(2026, 11, 20)), NOW)
    with ss.Journal.open(path) as journal:
        assert len(journal.kept("proof")) == 1
        schema = journal._db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
        assert schema == ("2",)


WRITER = textwrap.dedent(
    """
    import datetime as dt, sys
    import smallsteps as ss
    journal = ss.Journal.open(sys.argv[1])
    start = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    for n in range(100_000):
        at = start + dt.timedelta(seconds=n)
        if n % 2:
            journal.keep(ss.ProofEntry(f"hard thing {n}", dt.date(2026, 1, 1)), at)
            print("proof", n, flush=True)
        else:
            journal.keep(ss.ThoughtRecord("", {"sad": 50}, f"thought {n}"), at)
            print("thought-records", n, flush=True)
    """
)


def test_a_killed_writer_loses_no_acknowledged_record(tmp_path: pathlib.Path) -> None:
    """SIGKILL in the middle of a stream of records: every record whose keep returned is there."""
    path = tmp_path / "j.db"
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE, text=True
    )
    assert writer.stdout is not None
    returned = [writer.stdout.readline().split() for _ in range(200)]
    writer.send_signal(signal.SIGKILL)
    writer.wait()
    returned += [line.split() for line in writer.stdout.read().splitlines() if line.strip()]
    with ss.Journal.open(path) as journal:
        proofs = {k.record.text for k in journal.kept("proof")}
        thoughts = {k.record.thought for k in journal.kept("thought-records")}
    for kind, n in returned:
        assert (f"hard thing {n}" in proofs) if kind == "proof" else (f"thought {n}" in thoughts)
    assert len(proofs) + len(thoughts) >= 200
