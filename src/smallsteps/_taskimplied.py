"""The verb a task implies when it is typed without one: "decorations up" is putting them up.

A thing, then a particle that says where it goes ("decorations up before mum visits",
"shelves up in the hall"), reads as the phrasal verb the particle implies
(`reading.toml [implied_verbs]`: "up" is "put ... up", "back to" is "take ... back"), so
the task is read by its action and not by the words around it ("mum visits" is when, not
what). A thing, then a question that asks where it is ("national insurance number letter -
where is it?": `reading.toml [asked_verbs]`), is looked for: the question becomes the verb
it asks for ("find"), put first, and is dropped.
"""

from __future__ import annotations

from typing import Final

from ._taskcues import Token
from ._tasklex import TaskLexicon

__all__ = ["asked_after", "with_implied_verb"]

REACH: Final = 3
"""The most words of a thing before its particle: "christmas tree lights up"."""


def with_implied_verb(tokens: list[Token], lex: TaskLexicon) -> list[Token]:
    """The task with the verb its particle implies put first, when it has no verb before it.

    Only when the task opens on a thing the lexicon knows and no word before the particle
    is a verb: "decorations up" gains "put"; "put the decorations up" and "tidy up" stay. A
    thing named by an -ing word ("recycling out", "washing out") is the thing, not a verb.
    """
    implied = lex.maps.get("implied_verbs", {})
    words = [t.word for t in tokens]
    if not implied or not words or not _a_thing_first(tokens, lex):
        return tokens
    for at, word in enumerate(words[1 : REACH + 1], start=1):
        pair = " ".join(words[at : at + 2])  # "key back to her": "back to" says take it back
        said = pair if pair in implied else word
        if said in implied and words[at + 1 : at + 2] != ["of"]:  # "eggs out of date"
            if any(lex.verb_at(words, i) is not None for i in range(at) if not _gerund(words, i)):
                return tokens
            verb = implied[said]
            return [Token(verb, verb), *tokens]
    return tokens


def _a_thing_first(tokens: list[Token], lex: TaskLexicon) -> bool:
    """Whether the task opens on a thing, or on its owner and then the thing ("Lou's key")."""
    words = [t.word for t in tokens]
    owned = tokens[0].typed.casefold().endswith(("'s", "s'", "\u2019s")) and len(words) > 1
    return lex.noun_at(words, 0) is not None or (owned and lex.noun_at(words, 1) is not None)


def _gerund(words: list[str], at: int) -> bool:
    """Whether the word is the task's first, a noun made of a verb's -ing ("recycling")."""
    return at == 0 and words[0].endswith("ing")


def asked_after(tokens: list[Token], lex: TaskLexicon) -> list[Token]:
    """A thing asked after is looked for: "NI number letter - where is it?" finds the letter.

    The task opens on a thing the lexicon knows, has no verb before the question, and ends
    on a question of `[asked_verbs]` ("where is it", "where did i put it"); the question's
    verb goes first and the question is dropped. "where is the stopcock" opens on no thing.
    """
    asked = lex.maps.get("asked_verbs", {})
    words = [t.word for t in tokens]
    if not asked or not words or not _a_thing_first(tokens, lex):
        return tokens
    said = [(at, w) for at, w in enumerate(words) if w]
    for n in range(len(said)):
        question = " ".join(w for _, w in said[n:])
        if question in asked and n > 0:
            at = said[n][0]
            if any(lex.verb_at(words, i) is not None for i in range(at) if not _gerund(words, i)):
                return tokens
            verb = asked[question]
            return [Token(verb, verb), *tokens[:at]]
    return tokens
