"""Someone fetched from a place: "collect ollie from football", "pick up Mia from cubs".

After a verb of fetching (`[sets] fetch`), an object "X from Y" whose X names no thing of
the lexicon, and whose Y is where people are fetched from (`[sets] fetched_from`: school,
football, the station), is a person to fetch from Y, not Y itself: never "get moving" for a football
practice, whatever the object's last noun is.
"""

from __future__ import annotations

from collections.abc import Sequence

from ._taskcues import Token
from ._tasklex import TaskLexicon

__all__ = ["fetched"]


def fetched(verb: str, obj: Sequence[Token], lex: TaskLexicon) -> list[Token]:
    """The person fetched, as a name ("Ollie"), or `[]` when the object is no such person.

    Args:
        verb: The task's verb as a base phrase ("collect", "pick up").
        obj: The object's tokens, as typed ("ollie from football").
        lex: The lexicon, with `[sets] fetch`, `fetched_from`, `determiners` and its nouns.
    """
    if verb not in lex.sets.get("fetch", frozenset()):
        return []
    words = [t.word for t in obj]
    at = words.index("from") if "from" in words else -1
    who = [t for t in obj[:at] if t.word not in lex.sets["determiners"]] if at > 0 else []
    if not 0 < len(who) <= 2 or at + 1 >= len(words):
        return []
    if any(lex.noun_at([t.word], 0) is not None or not t.word.isalpha() for t in who):
        return []  # "collect the parcel from the depot": a thing
    place = [w for w in words[at + 1 :] if w not in lex.sets["determiners"]][:1]
    if not set(place) & lex.sets.get("fetched_from", frozenset()):
        return []  # "pick up bits from aldi": things from a shop
    return [Token(t.typed[:1].upper() + t.typed[1:], t.word) for t in who]
