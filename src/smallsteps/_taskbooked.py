"""A thing typed with no verb and "for" a time is booked: "meeting room for tues".

The things and the words of time are data in `data/tasks/lexicon/reading.toml` (`[sets]
bookable`, `months`, `time_words`, `[days]`, `[when]`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

from ._tasklex import TaskLexicon

if TYPE_CHECKING:
    from ._taskreading import TaskReading

__all__ = ["booked_for", "booked_instead"]

_DATE: Final = re.compile(r"^\d{1,2}(st|nd|rd|th)$")
"""A date: "14th"."""


def booked_for(words: Sequence[str], lex: TaskLexicon) -> bool:
    """Whether a task with no verb names a thing to book "for" a time.

    "meeting room for tues", "kennels for august": the room and the kennels are booked,
    not tidied or mucked out. The thing is one of `[sets] bookable`, before the "for"; the
    time a day, a month or season (`[sets] months`), a word of `[when]` or `time_words`, a
    date or a number ("table for 8 sat").
    """
    bookable = lex.sets.get("bookable", frozenset())
    times = lex.sets.get("months", frozenset()) | lex.sets.get("time_words", frozenset())
    for at, word in enumerate(words):
        after = words[at + 1 : at + 2]
        if word != "for" or not after:
            continue
        when = after[0]
        timed = when in lex.maps["days"] or when in lex.maps["when"] or when in times
        if not (timed or when[:1].isdigit() or _DATE.match(when)):
            continue
        before = words[:at]
        if any(
            " ".join(before[i:j]) in bookable
            for i in range(len(before))
            for j in range(i + 1, min(len(before), i + 3) + 1)
        ):
            return True
    return False


def booked_instead(reading: TaskReading, lex: TaskLexicon) -> bool:
    """Whether a task read as booking, with no verb, is booked "for" a time (`booked_for`).

    No usual act of the thing takes its place: "meeting room for tues" is never tidied.
    """
    return reading.kind == "book" and not reading.verb and booked_for(reading.words, lex)
