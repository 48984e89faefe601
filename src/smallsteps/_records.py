"""The records a journal keeps besides activity entries, and how each is named and stored.

A person makes more than activity entries: thought records, lines of their proof list, their
values, their own filled-in safety plan. `Kept` is one such record with the time it was kept;
`KINDS` names each kind as the journal, its export and `delete(kind=...)` call it. Values and
the safety plan are kept once (a newer one replaces the older); the others accumulate.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any, Final

import attrs

from ._errors import ValidationError, did_you_mean, value_shown
from ._resources import SafetyPlan
from ._selftalk import ProofEntry, ThoughtRecord
from ._values import Values

__all__ = ["ENTRY_KINDS", "KINDS", "RECORD_KINDS", "Kept", "kind_of", "record_id", "words_of"]

RECORD_KINDS: Final[dict[str, type[Any]]] = {
    "thought-records": ThoughtRecord,
    "proof": ProofEntry,
    "values": Values,
    "safety-plan": SafetyPlan,
}
"""Each kind of record a journal keeps besides entries, and its type."""
ENTRY_KINDS: Final = ("activities", "planned")
"""Entries by kind: done or tried activities, and activities planned ahead (`planned=True`)."""
KINDS: Final = (*ENTRY_KINDS, *RECORD_KINDS)
"""Every kind `delete(kind=...)` takes."""
SINGLE: Final = frozenset({"values", "safety-plan"})
"""Kinds kept once: a newer record replaces the older."""


@attrs.frozen
class Kept:
    """A record the journal keeps, with when it was kept.

    Attributes:
        kind: One of `RECORD_KINDS`.
        at: When it was kept.
        record: The record: a `ThoughtRecord`, a `ProofEntry`, `Values` or a `SafetyPlan`.
    """

    kind: str
    at: dt.datetime
    record: Any

    @property
    def id(self) -> str:
        """A stable id: the kind for values and the safety plan, else made from its contents."""
        return record_id(self.kind, self.record, self.at)


def kind_of(record: object) -> str:
    """The kind a record is kept as, or a `ValidationError` naming what it got."""
    for kind, cls in RECORD_KINDS.items():
        if type(record) is cls:
            return kind
    names = ", ".join(cls.__name__ for cls in RECORD_KINDS.values())
    raise ValidationError("record", f"expected one of {names}, got {type(record).__name__}")


def check_kind(kind: object) -> str:
    """A kind `delete` takes, or a `ValidationError` with the nearest one."""
    if not isinstance(kind, str) or kind not in KINDS:
        hint = did_you_mean(kind, KINDS) if isinstance(kind, str) else ""
        raise ValidationError(
            "kind", f"{value_shown(kind)} is not a kind{hint}; use one of {', '.join(KINDS)}"
        )
    return kind


def record_id(kind: str, record: Any, at: dt.datetime) -> str:
    """The id a record is stored under: the kind itself for kinds kept once."""
    if kind in SINGLE:
        return kind
    if kind == "proof":
        key = f"{record.date.isoformat()}\x1f{record.text}"
    else:
        key = f"{at.isoformat()}\x1f{record.thought}"
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def words_of(record: Any) -> str:
    """The person's own words in a record, for the safety check before it is kept."""
    if isinstance(record, ThoughtRecord):
        parts = [record.situation, record.thought, *record.evidence_for, *record.evidence_against]
        return "\n".join([*parts, record.balanced_thought])
    if isinstance(record, ProofEntry):
        return record.text
    if isinstance(record, Values):
        return "\n".join(v.words for v in record)
    return "\n".join(line for section in record.sections for line in section.entries)
