"""An appointment typed with its clock time is one to go to: "dentist 3pm thurs".

A task with no verb says its act through its thing. Someone the person is seen by (the
dentist, the GP, the physio: `reading.toml [sets] seen_by`) or an appointment, typed with a
time on the clock ("gp 9.10 monday", "hair appt 3pm"), is booked already: the steps get the
person there (kind `other`, class `appointment`: "Go to your dentist"), never a booking to
make or a note to write; a bare hour right after a day is a clock time too ("hairdresser sat
11"). Without a clock time in the task itself ("dentist for Ella",
"haircut sat morn", "physio follow-up, portal opens 8am"), or where the time is when to ask
for one ("GP at 8am for an appt"), the thing's usual act stands.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

import attrs

from ._taskcues import Token
from ._tasklex import TaskLexicon
from ._taskwhen import CLOCK

if TYPE_CHECKING:
    from ._taskread import TaskReading

__all__ = ["to_go_to"]

_OPEN: Final = frozenset({"", "other", "book"})
"""Kinds a timed appointment with no verb may have been read as: none, the fallback, booking."""


def to_go_to(reading: TaskReading, tokens: Sequence[Token], lex: TaskLexicon) -> TaskReading:
    """The reading of a timed appointment with no verb as one to go to; else as it was.

    Args:
        reading: The task's reading, its kind settled.
        tokens: The task's tokens (as typed, and folded).
        lex: The lexicon with `[sets] seen_by` and the days.

    Returns:
        The reading with kind `other` and class `appointment`, the clock time left out of
        the object ("gp 9.10": the GP), or the reading unchanged.
    """
    if reading.kind not in _OPEN or reading.animal or not _no_verb(reading, lex):
        return reading
    seen_by = lex.sets.get("seen_by", frozenset())
    thing = reading.thing.casefold()
    if reading.object_class != "appointment" and thing not in seen_by:
        return reading
    main = [t for t in tokens if t.word in reading.words]
    hours = _hours_after_a_day([t.typed for t in main], lex)  # "hairdresser sat 11"
    timed = hours or any(CLOCK.match(t.typed) for t in main)
    if not timed or _to_get_one(reading.words, lex):
        return reading  # "gp appt - lines open 8am": when to ring, in a side note
    days = lex.maps.get("days", {})
    said = " ".join(
        w
        for i, w in enumerate(reading.object.split())
        if not CLOCK.match(w) and w not in hours and not (i and w.casefold() in days)
    )
    return attrs.evolve(reading, kind="other", object_class="appointment", object=said)


def _hours_after_a_day(typed: Sequence[str], lex: TaskLexicon) -> frozenset[str]:
    """Bare hours typed right after a day, a clock time said short: "sat 11", "thurs 2"."""
    days = lex.maps.get("days", {})
    return frozenset(
        word
        for before, word in itertools.pairwise(typed)
        if before.casefold() in days and word.isdigit() and 1 <= int(word) <= 12
    )


def _to_get_one(words: Sequence[str], lex: TaskLexicon) -> bool:
    """Whether the task is for an appointment not yet made: "GP at 8am for an appt"."""
    return any(
        word == "for" and (lex.noun_at(words, j) or (0, ""))[1] == "appointment"
        for i, word in enumerate(words)
        for j in range(i + 1, min(i + 3, len(words)))
    )


def _no_verb(reading: TaskReading, lex: TaskLexicon) -> bool:
    """Whether the task has no verb, or only a day read as one ("optician 11am sat")."""
    if not reading.verb:
        return True
    days = lex.maps.get("days", {})
    return any(
        (found := lex.verb_at((word,), 0)) is not None and " ".join(found[2]) == reading.verb
        for word in reading.words
        if word in days
    )
