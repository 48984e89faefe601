"""To whom a thing goes back: "give the ladder back to next door" is a person, not a shop.

A thing returned to its owner goes to a person: the one named after it ("back to her",
"to Lou"), the owner typed before it ("dave's drill", "Lou's spare key"), or the person
named before "his", "her" or "their" ("give Sam his drill back", "give the neighbours
their key back"). Without one, the thing goes back to a shop (`_taskread` keeps the kind's
shop steps).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from . import _taskcues as cues
from ._taskcues import Token
from ._tasklex import TaskLexicon
from ._taskwho import Whom

__all__ = ["given_back"]

_THEIRS: Final = (["his"], ["her"], ["their"])


def given_back(
    obj_tokens: list[Token],
    people: tuple[str, ...],
    who: Whom | None,
    after: Sequence[Token],
    lex: TaskLexicon,
) -> tuple[list[Token], tuple[str, ...], str]:
    """The object, the people and whom a returned thing goes to ("" for a shop).

    Args:
        obj_tokens: The object's words as typed.
        people: The people the task names.
        who: Whom the task is for, as `_taskwho.whom` reads it.
        after: The words after the object ("back to her").
        lex: The lexicon.
    """
    owner = [p.removesuffix("'s") for p in people if p.endswith("'s")]  # "dave's drill"
    owner += [who.who] if who and who.owned and who.who.istitle() else []  # "priya's dish"
    to = cues.recipient_after(list(after), lex) or (owner[0] if owner else "")
    theirs = obj_tokens[:1] and obj_tokens[0].word in ("his", "her", "their")
    if not to and theirs and cues.named(people, lex):
        to = cues.named(people, lex)[0]  # "give Sam his drill back": Sam's drill, to Sam
        obj_tokens = [Token(f"{to}'s", to.casefold()), *obj_tokens[1:]]
    for person in people if not to else ():  # "give the neighbours their key back"
        words = person.casefold().split()
        next_word = [t.word for t in obj_tokens[len(words) : len(words) + 1]]
        if [t.word for t in obj_tokens[: len(words)]] == words and next_word in _THEIRS:
            to, obj_tokens = person, obj_tokens[len(words) :]
            break
    people = tuple(p for p in people if p.removesuffix("'s") != to)
    if to:
        people = tuple(dict.fromkeys((*people, to)))
    return obj_tokens, people, to
