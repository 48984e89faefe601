"""Who a message or a call goes to, when its verb names them only as "him", "her" or "it".

"Kai's carer: new pickup time from monday, let her know" messages Kai's carer; "old
landlord and my deposit. email him again" emails the landlord; "Mrs Adeyemi asked twice abt
her order, reply today!" replies to Mrs Adeyemi. The person is named in another part of the
task, and the steps name them, never "it". The words for no one in particular are data
(`[sets] pronoun_people`, `pronouns_of_things`, `titles` in
`data/tasks/lexicon/reading.toml`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from . import _taskcues as cues
from ._taskcues import Token
from ._tasklex import TaskLexicon

__all__ = ["for_a_child", "no_one", "someone_named", "to_a_child"]


def no_one(obj: Sequence[Token], lex: TaskLexicon) -> bool:
    """Whether an object names no one by name: nothing, or "him", "her", "them", "it"."""
    pointers = (
        lex.sets.get("pronoun_people", frozenset())
        | lex.sets.get("pronouns_of_things", frozenset({"it", "them"}))
        | lex.sets["determiners"]
        | lex.sets.get("fillers", frozenset())
        | {"back", "know", ""}
    )
    return all(t.word in pointers for t in obj)


def someone_named(tokens: Sequence[Token], lex: TaskLexicon) -> list[Token]:
    """The first person a task names in any part, as typed, with a name's owner or title.

    "Kai's carer" keeps Kai's; "Mrs Adeyemi" keeps Mrs; a family word or a role the
    lexicon knows ("the landlord") keeps its own words. Empty when no one is named.
    """
    words = [t.word for t in tokens]
    for person in cues.named(cues.people(tokens, tokens, lex), lex):
        said = _as_typed(tokens, words, person.casefold().split(), lex)
        if said:
            return said
    return []


def _as_typed(
    tokens: Sequence[Token], words: Sequence[str], person: Sequence[str], lex: TaskLexicon
) -> list[Token]:
    """A person's words in the task, with an owner or a title before them; [] for an owner.

    "the kids' dentist appt" names the kids as the owner of a thing, not as the one to
    ring: a person typed with "'s" or followed by a thing is passed over.
    """
    size = len(person)
    for at in range(len(tokens) - size + 1):
        if [w.casefold() for w in words[at : at + size]] != [w.replace("'", "") for w in person]:
            continue
        last, after = tokens[at + size - 1], at + size
        if last.typed.endswith(("'", "'s")) or _owns(words, after, lex):
            return []  # "the kids' dentist appt": theirs, not them
        start = at
        before = tokens[at - 1] if at else None
        owned = before is not None and before.typed.endswith(("'s", "s'"))
        titled = before is not None and before.word in lex.sets.get("titles", frozenset())
        if owned or titled:
            start = at - 1  # "Kai's carer", "Mrs Adeyemi"
        return [
            Token(t.typed[:1].upper() + t.typed[1:], t.word) if i == start and titled else t
            for i, t in enumerate(tokens[start:after], start=start)
        ]
    return []


def _owns(words: Sequence[str], at: int, lex: TaskLexicon) -> bool:
    """Whether the words from `at` are a thing a person just named owns ("kids | dentist appt").

    A thing of another class than a person within the next three words, before a break,
    a preposition or a word that ends an object.
    """
    ends = lex.sets["prepositions"] | lex.sets["object_stop"] | {""}
    for i in range(at, min(at + 3, len(words))):
        if words[i] in ends:
            return False
        noun = lex.noun_at(words, i)
        if noun is not None and noun[1] != "person":
            return True
    return False


def for_a_child(words: Iterable[str], people: Sequence[str], lex: TaskLexicon) -> bool:
    """Whether a medicine is a child's and no one it is for is named ("calpol 0-3 month dose").

    Someone who prescribes or advises ("check w/ pharmacist") is not whom it is for.
    """
    if lex.sets["for_a_child"].isdisjoint(words):
        return False
    return all(set(p.casefold().split()) & lex.sets["prescribers"] for p in cues.named(people, lex))


def to_a_child(people: Sequence[str], lex: TaskLexicon) -> tuple[str, ...]:
    """The people of a child's medicine: the child, not whoever advises on it."""
    kept = tuple(p for p in people if not set(p.casefold().split()) & lex.sets["prescribers"])
    return (*kept, lex.maps.get("implied", {}).get("child", "your child"))


def kin_owner(words: Sequence[str], lex: TaskLexicon) -> str:
    """The kin whose medicine a task opens with, or `""`: "mums baclofen - ..." is mum's.

    A medicine typed after a word of `[sets] kin` with its "s" (the apostrophe left out) is
    theirs, given to them, never the person's own dose, whatever part the verb is in ("mums
    baclofen - dont give extra even if she asks, check the dose on the box").
    """
    first = words[0] if len(words) > 1 else ""  # a medicine is named after the kin
    kin = lex.sets.get("kin", frozenset())
    if len(first) > 2 and first.endswith("s") and first not in kin and first[:-1] in kin:
        return first[:-1]
    return ""
