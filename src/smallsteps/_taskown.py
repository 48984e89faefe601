"""The person's own words for the object, when the reader's is a fragment or says too little.

"personal statement draft 1": the statement, not "1"; "student finance - do the application":
the finance, not "the application"; "couch to 5k wk 3 run 1": the couch to 5k. An object is
*sound* when it names a thing, *vague* when it names only the kind of job, and `own_words`
finds the person's words for it in another part of the task. The little words are data
(`[sets] not_object`, `vague_objects` in `data/tasks/lexicon/reading.toml`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from ._taskcues import Token
from ._tasklex import TaskLexicon
from ._taskobject import clause_starts, phrase
from ._taskreading import NOT_PRONOUNS

__all__ = ["own_words", "sound", "vague"]

_JOINS: Final = frozenset({"to", "of"})
"""Prepositions inside a thing's own name ("couch to 5k", "bag of rice")."""


def sound(said: str, lex: TaskLexicon) -> bool:
    """Whether an object read from a task names a thing, not a fragment.

    Not a number alone ("draft 1"), a pronoun or a word for everyone, nor words that open
    a comment or a clause ("even if slow", "sure dad has", "has to go back": `[sets]
    not_object`).
    """
    little = lex.sets["determiners"] | lex.sets["prepositions"] | {"you", "your"}
    words = [NOT_PRONOUNS.get(w, w.casefold()) for w in said.split()]  # "IT helpdesk"
    if words[:1] and words[0] in lex.sets["prepositions"]:
        return False  # "w dad", "for lasagne": the words after the object's place
    content = [w for w in words if w not in little]
    if not content or _opens_no_thing(content, lex):
        return False
    bare = content[0].removesuffix("'s").removesuffix("\u2019s")
    if bare != content[0] and bare in {"something", "anything", "everything", "it", "that"}:
        return False  # "something's leaking": a comment, not a thing
    if all(w in lex.sets.get("pronoun_people", frozenset()) for w in content):
        return False
    return any(any(c.isalpha() or c in "£$€¥₹" for c in w) for w in content)  # "the £45"


def _opens_no_thing(content: list[str], lex: TaskLexicon) -> bool:
    """Whether the object's first word opens a comment, not a thing (`[sets] not_object`).

    A word of `[sets] before_a_noun` just before a noun describes it ("back bedroom").
    """
    if content[0] not in lex.sets.get("not_object", frozenset()):
        return False
    described = content[0] in lex.sets.get("before_a_noun", frozenset())
    return not (described and len(content) > 1 and lex.noun_at(content, 1) is not None)


def vague(said: str, lex: TaskLexicon) -> bool:
    """Whether an object says only the kind of job ("the application", "stuff").

    Another part of the task names the thing better: "student finance - do the application".
    """
    little = lex.sets["determiners"] | lex.sets["prepositions"] | {"you", "your"}
    content = [w for w in said.casefold().split() if w not in little]
    return bool(content) and set(content) <= lex.sets.get("vague_objects", frozenset())


def _a_clause_word(word: str, words: Sequence[str], lex: TaskLexicon) -> bool:
    """Whether a part's first word opens a clause, not a thing: a pronoun, a verb, a comment.

    "she's into gardening", "use railcard", "stopped working"; a determiner ("that mole")
    or a word that describes ("new sofa") opens a thing.
    """
    if word in lex.sets["determiners"]:
        return False
    said = lex.sets["clause_words"] | lex.sets.get("after_noun", frozenset())
    said = said | lex.sets.get("pronoun_people", frozenset())
    verb = lex.noun_at(words, 0) is None and lex.is_verb(word)
    return word in said or verb


def own_words(parts: Sequence[Sequence[Token]], lex: TaskLexicon) -> str:
    """The object in the person's own words, from the first part that names a thing.

    Used where the object read after the verb is a fragment ("couch to 5k wk 3 run 1":
    the run, not "1"): the part's words up to a verb, a comment, a time or a reason.
    "" when no part names a thing.
    """
    stops = lex.sets["object_stop"] | lex.sets["deadline"] | set(lex.maps["days"])
    for part in parts:
        words = [t.word for t in part]
        start = 0
        skip = lex.sets["lead"] | lex.sets.get("not_object", frozenset()) | lex.sets["prepositions"]
        while start < len(words) and (words[start] in skip or not words[start]):
            start += 1
        if any(w in lex.sets["clause_words"] for w in words[:start]):
            continue  # "it's toxic to cats": a comment
        end = start
        while end < len(words) and words[end] and words[end] not in stops:
            verb = lex.noun_at(words, end) is None and lex.is_verb(words[end])
            ing = words[end].endswith("ing")  # "parallel parking": a thing
            if end > start and not ing and (verb or clause_starts(words, end, lex)):
                break
            noun = any(lex.noun_at(words, i) is not None for i in range(start, end))
            if noun and words[end] in lex.sets["prepositions"] and words[end] not in _JOINS:
                break  # "calpol | at 6", but "couch to 5k" goes on
            end += 1
        chosen = words[start:end]
        nouns = [n for i in range(len(chosen)) if (n := lex.noun_at(chosen, i)) is not None]
        first = part is parts[0] and len(chosen) > 1  # "parallel parking": the words before
        if not (first or nouns) or (nouns and all(n[1] == "person" for n in nouns)):
            continue  # no thing named, or only a person ("w/ dad")
        if chosen and _a_clause_word(chosen[0], chosen, lex):
            continue  # "she's into gardening", "use railcard", "stopped working": no thing
        said = phrase(part[start:end], lex, 5)
        if said and sound(said, lex):
            return said
    return ""
