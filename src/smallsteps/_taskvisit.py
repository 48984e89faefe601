"""An appointment typed with its clock time is one to go to: "dentist 3pm thurs".

A task with no verb says its act through its thing. Someone the person is seen by (the
dentist, the GP, the physio: `reading.toml [sets] seen_by`) or an appointment, typed with a
time on the clock ("gp 9.10 monday", "hair appt 3pm"), is booked already: the steps get the
person there (kind `other`, class `appointment`: "Go to your dentist"), never a booking to
make or a note to write; a bare hour right after a day is a clock time too ("hairdresser sat
11"). A thing held at a time that the person goes to (a club, a lesson, the job centre:
`[sets] held`, by its last word or whole), typed with a clock time, is gone to in the same way
whatever its thing's usual act was read as ("lunch club wed 12:30" is not cancelled,
"driving lesson tues 5pm" not booked); a thing held is gone to with its day alone, as it
comes round each week ("Lunch club weds"). Without a clock time in the task itself
("dentist for Ella", "haircut sat morn", "physio follow-up, portal opens 8am"), or where the
time is when to ask for one ("GP at 8am for an appt"), the thing's usual act stands.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

import attrs

from ._taskcues import Token
from ._tasklex import TaskLexicon
from ._taskwhen import CLOCK

if TYPE_CHECKING:
    from ._taskread import TaskReading

__all__ = ["held_at_a_time", "to_go_to"]

_OPEN: Final = frozenset({"", "other", "book", "call"})
"""Kinds a timed appointment with no verb may have been read as: none, the fallback, booking,
or a call to the one seen ("eye clinic monday 10:40" is no call)."""

_PART_OF_DAY: Final = frozenset({"am", "pm", "morning", "afternoon", "evening"})
"""Words after a day that make it a time ("health visitor thurs am")."""

_HELD_OPEN: Final = _OPEN | {"cancel", "study", "set-up", "pay"}
"""Kinds a timed thing held at a time may have been read as: its usual act, not the day's."""


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
    held = held_at_a_time(reading, lex)
    if reading.kind not in (_HELD_OPEN if held else _OPEN):
        return reading
    if reading.animal or not (_no_verb(reading, lex) or _taken_along(reading, lex)):
        return reading
    if reading.object_class != "appointment" and not _seen(reading, lex) and not held:
        return reading
    main = [t for t in tokens if t.word in reading.words]
    hours = _hours_after_a_day([t.typed for t in main], lex)  # "hairdresser sat 11"
    timed = hours or any(CLOCK.match(t.typed) for t in main) or _dated(main, reading, lex)
    timed = timed or (held and _on_a_day(main, reading, lex))  # "Lunch club weds": its day is when
    if not timed or _to_get_one(reading.words, lex):
        return reading  # "gp appt - lines open 8am": when to ring, in a side note
    days = lex.maps.get("days", {})
    said = " ".join(
        w
        for i, w in enumerate(reading.object.split())
        if not CLOCK.match(w) and w not in hours and not (i and w.casefold() in days)
    )
    return attrs.evolve(reading, kind="other", object_class="appointment", object=said)


def _on_a_day(main: Sequence[Token], reading: TaskReading, lex: TaskLexicon) -> bool:
    """Whether the task is the thing held and its day alone: "Lunch club weds".

    Any other word keeps the thing's usual act ("english class thursday - homework").
    """
    days = lex.maps.get("days", {})
    held = set(reading.object.casefold().split())
    return any(t.word in days for t in main) and all(t.word in days or t.word in held for t in main)


def _taken_along(reading: TaskReading, lex: TaskLexicon) -> bool:
    """Whether the verb takes things along to the appointment: "appt 14th - take the list".

    The verb is one of `[sets] taken_along` and the object is the appointment or the thing
    held, not the things taken ("memory clinic appt 14th - take the list of questions").
    """
    return reading.verb in lex.sets.get("taken_along", frozenset()) and (
        reading.object_class == "appointment" or held_at_a_time(reading, lex) or _seen(reading, lex)
    )


def _seen(reading: TaskReading, lex: TaskLexicon) -> bool:
    """Whether the thing is someone a person is seen by ("dentist", "health visitor")."""
    seen_by = lex.sets.get("seen_by", frozenset())
    return reading.thing.casefold() in seen_by or reading.object.casefold() in seen_by


def _dated(main: Sequence[Token], reading: TaskReading, lex: TaskLexicon) -> bool:
    """Whether a made appointment's day is typed: a day and a part of it, or its date.

    "health visitor thurs am"; "memory clinic appt 14th" (an appointment's own word, with a
    day or a date); "haircut sat morn" stays a booking, "english class thursday - homework"
    the homework.
    """
    days = lex.maps.get("days", {})
    words = [t.word for t in main]
    if any(b in days and w in _PART_OF_DAY for b, w in itertools.pairwise(words)):
        return True
    said = lex.sets.get("appointment_words", frozenset()).intersection(words)
    made = bool(said) and (reading.object_class == "appointment" or _seen(reading, lex))
    dated = any(w in days or _ORDINAL.match(w) for w in words)
    return dated and made


_ORDINAL: Final = re.compile(r"^\d{1,2}(?:st|nd|rd|th)$")
"""A date said by its day of the month ("14th")."""


def held_at_a_time(reading: TaskReading, lex: TaskLexicon) -> bool:
    """Whether the task's thing is held at a time to go to: "lunch club", "driving lesson".

    The thing's words, whole or by its last word, are one of `reading.toml [sets] held`.
    """
    held = lex.sets.get("held", frozenset())
    words = reading.object.casefold().split()
    return bool(words) and (" ".join(words) in held or words[-1] in held or reading.thing in held)


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
