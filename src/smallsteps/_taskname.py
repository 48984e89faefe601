"""Whether a word a person typed is someone's name: "ring sam", "catch up w/ Fern".

A name is a word the lexicon does not know, typed after a verb of speaking or with a capital
mid-sentence. A few names are words of a thing too ("Fern", "Rose", "Holly": plants): typed
with a capital after a word of being with someone, they are the person (`[sets]
given_names`), and never a fern to water.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ._tasklex import TaskLexicon

if TYPE_CHECKING:  # _taskcues reads names with these: no import at run time
    from ._taskcues import Token

__all__ = ["little", "name_like"]


def name_like(token: Token, words: Sequence[str], i: int, lex: TaskLexicon) -> bool:
    """Whether a word could be a name: unknown to the lexicon, and not a little word.

    Or a name that is also a thing's word, typed with a capital ("catch up w/ Fern").
    """
    if given_name(token, lex):
        return True
    unknown = (
        lex.noun_at(words, i) is None
        and not lex.is_verb(token.word)
        and token.word not in lex.sets["determiners"]
    )
    return unknown and not little(token.word, lex) and token.word.isalpha()


def given_name(token: Token, lex: TaskLexicon) -> bool:
    """A name that is a thing's word too, typed as a name: "Fern", not "fern"."""
    typed = token.typed
    capital = typed[:1].isupper() and typed[1:].islower() and typed.isalpha()
    return capital and token.word in lex.sets.get("given_names", frozenset())


def little(word: str, lex: TaskLexicon) -> bool:
    """A little word (a day, a preposition, a pronoun, a filler...), never a name."""
    return (
        word in lex.sets["object_stop"]
        or word in lex.maps["days"]
        or word in lex.maps["when"]
        or word in lex.sets["prepositions"]
        or word in lex.sets.get("pronoun_people", frozenset())
        or word in lex.sets.get("not_names", frozenset())
        or word in lex.sets.get("fillers", frozenset())  # "reply to Mum finally": not a name
    )
