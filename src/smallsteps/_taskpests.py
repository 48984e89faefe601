"""A pest is dealt with, never cared for: "rats in the shed - poison", "wasps nest by the door".

Moved out of `_taskread` whole; `read_task` calls `pests` last but one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import attrs

from . import _taskcues as cues
from ._tasklex import TaskLexicon

if TYPE_CHECKING:
    from ._taskreading import TaskReading

__all__ = ["pests"]

_BY_HAND: Final = frozenset({"clean", "tidy", "garden", "fix", "pet-care"})
"""Kinds of work done by hand, which a nest of stinging insects never gets."""


def pests(reading: TaskReading, every: list[str], lex: TaskLexicon) -> TaskReading:
    """An animal named with a word of pests is dealt with, never cared for.

    "rats in the shed - poison", "rat bait in the coop", "mice in the loft, traps": not a
    pet to brush or feed (`[sets] pest_words`), whatever the side note; and a wasps' nest is
    never cleaned, tidied or fixed by hand (`[sets] stinging_pests`).
    """
    sets = lex.sets
    pests = reading.kind == "pet-care" and sets.get("pest_words", frozenset()).intersection(every)
    nest = reading.kind in _BY_HAND and sets.get("stinging_pests", frozenset()).intersection(every)
    if not (pests or nest):  # "wasps nest by the back door": never a cloth in your hand
        return reading
    object_class = "" if reading.object_class == "pet" else reading.object_class
    hazards = cues.hazards(reading.words, every, lex, "other", object_class)
    return attrs.evolve(reading, kind="other", object_class=object_class, hazards=hazards)
