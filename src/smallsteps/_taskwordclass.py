"""Whether a word that may be a verb is a thing where it stands: the task's word classes.

Many words of a to-do list name a thing as often as an act: "run", "charge", "book",
"order", "post", "water", "iron", "shift". Where the word stands says which it is, as a
reader hears it:

- after "to", "pls", "must", "gotta" it is an act ("need to charge the phone");
- after a determiner or an owner it is a thing ("the run to the tip", "dad's check up"),
  unless a light verb says the thing is the act ("have a shower", "go for a run");
- after a number, a word that describes ("new", "weekly", "bottled") or another thing it
  is a thing too ("2 books", "the weekly order", "bank charges", "food bank shift");
- before a word that tells how it is ("iron leaking", "lock is stuck") it is the thing
  the task is about, unless a thing follows that the word describes ("oil squeaky door");
- first in the task, before a thing its act can never act on (`reading.toml
  [kind_needs]`), it opens a compound ("water rates": no rates are watered);
- first in the task in an -s form that the noun lexicon lists as typed, it is a thing: a
  to-do never bids in that form ("scrubs in wash b4 nights").

A word may be both when the verb lexicon and the noun lexicon both list it, or when
`reading.toml [sets] noun_or_verb` does (nouns of no class of their own: "charge", "shift",
"test"). The context words are data too (`verb_after`, `adjectives`, `state_after`). A
task whose only verb-like word is read as a thing has no verb: its thing says the act
(`_taskcues.kindless`, `_taskacts`, `_taskneeds`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

from ._tasklex import TaskLexicon
from ._taskneeds import fits
from ._taskwords import keywords

if TYPE_CHECKING:
    from ._taskcues import Token

__all__ = ["a_thing_here", "in_another_thing", "its_act_cannot_be", "noun_or_verb", "owners"]

_SAYS_NOTHING: Final = ("", "other", "person")
"""Classes that never veto an act on the thing after a word ("book Tom": Tom is booked)."""


def owners(tokens: Sequence[Token]) -> frozenset[int]:
    """Where a part has a word typed as an owner ("Sam's swim", "dad's check up")."""
    return frozenset(i for i, t in enumerate(tokens) if t.typed.casefold().endswith(_OWNED))


_OWNED: Final = ("'s", "\u2019s")


def noun_or_verb(word: str, lex: TaskLexicon) -> bool:
    """Whether a word can be a thing as well as an act ("run", "books", "charges")."""
    if lex.verb_at((word,), 0) is None:
        return False
    extra = lex.sets.get("noun_or_verb", frozenset())
    if word in extra or word.removesuffix("s") in extra or word.removesuffix("es") in extra:
        return True
    noun = lex.noun_at((word,), 0)
    return noun is not None and noun[0] == 1


def a_thing_here(
    words: Sequence[str],
    at: int,
    start: int,
    lex: TaskLexicon,
    owners: frozenset[int] = frozenset(),
) -> bool:
    """Whether the word at `at`, which may start a verb, names a thing where it stands.

    Args:
        words: A part of the task, folded.
        at: Where the word is.
        start: Where the part's first word of substance is (after "i need to", "pls").
        lex: The lexicon with the word sets.
        owners: Where the part has a word typed as an owner ("Sam's": `owners`).

    Returns:
        `True` where the word is read as a noun; `False` where it may be the task's verb.
    """
    before = words[at - 1] if at > 0 else ""
    if before in lex.sets.get("verb_after", frozenset()):
        return False  # "need to charge the phone", "pls post it"
    if before in lex.sets["determiners"] or (at - 1) in owners:
        light = lex.sets["light"] | lex.sets.get("act_nouns_after", frozenset())
        return at < 2 or words[at - 2] not in light  # "the school run"; "have a shower"
    if _a_measure_of(words, at, lex):
        return True  # "loads of broken bits", "a pack of nappies"
    if not noun_or_verb(words[at], lex):
        return False
    if at > start and (_counted(before, lex) or before in lex.sets.get("adjectives", ())):
        return True  # "2 books", "the weekly order"
    if at > start and _after_a_thing(words, at, lex):
        return True  # "bank charges", "the school run", "food bank shift sat 9-12"
    return at == start and (
        _said_how_it_is(words, at, lex)
        or _a_compound(words, at, lex)
        or _on_a_day(words, at, lex)
        or _no_bidding_form(words, at, lex)
    )


def _no_bidding_form(words: Sequence[str], at: int, lex: TaskLexicon) -> bool:
    """Whether the word opens the task in an -s form a thing has too: "scrubs in wash b4 nights".

    A to-do bids in the verb's plain form ("scrub the pan"); a thing typed first in its -s form
    ("scrubs", "books back") is the thing. Only where the noun lexicon knows the word as typed.
    """
    word = words[at]
    found = lex.verb_at(words, at)
    if found is None or found[0] != 1 or not word.endswith("s") or found[2][0] == word:
        return False
    noun = lex.noun_at(words, at)
    return noun is not None and noun[2][0] == word


def _counted(word: str, lex: TaskLexicon) -> bool:
    return word[:1].isdigit() or word in lex.maps.get("number_words", {})


def _after_a_thing(words: Sequence[str], at: int, lex: TaskLexicon) -> bool:
    """Whether the word heads a compound with the thing just before it: "bank charges".

    Its act could never act on that thing (`[kind_needs]`; a noun of two classes, either):
    no bank is charged, no school run, no food bank shifted ("food bank shift sat 9-12").
    Where it could, the thing may be its object typed first ("tablet updates", "meds
    order", "netball training"), and the word stays the verb; so does a word after a
    person ("mum ring back") or a day.
    """
    found = _before(words, at, lex)
    verb = lex.verb_at(words, at)
    if not found or verb is None:
        return False
    base = " ".join(verb[2])
    return not any(fits(lex.kind_for(base, verb[1], c), [c], lex) for c in found)


def _before(words: Sequence[str], at: int, lex: TaskLexicon) -> tuple[str, ...]:
    """The sure classes of a thing (no person, day or part) that ends just before `at`, or ()."""
    after = words[at + 1] if at + 1 < len(words) else ""
    if after in lex.sets["determiners"] or after in lex.sets.get("refers", frozenset()):
        return ()  # "bathroom - clean the sink": an object follows
    for j in range(max(0, at - 3), at):
        noun = lex.noun_at(words, j)
        if noun is not None and j + noun[0] == at:
            parts = lex.sets.get("parts", frozenset())
            if (
                noun[1] in _SAYS_NOTHING
                or words[j] in lex.maps.get("days", {})
                or words[j] in parts
            ):
                return ()  # "wobbly chair leg | glue": a part takes its whole's class
            return lex.ambiguous_nouns.get(" ".join(noun[2]), (noun[1],))
    return ()


def its_act_cannot_be(words: Sequence[str], at: int, lex: TaskLexicon) -> bool:
    """Whether a noun-or-verb word's own act is ruled out where it stands: "grocery run".

    After a thing its act cannot act on, the word names another thing: no run for
    exercise, whatever `verbs.toml [noun_kind]` says of "run" alone.
    """
    return noun_or_verb(words[at], lex) and _after_a_thing(words, at, lex)


def _said_how_it_is(words: Sequence[str], at: int, lex: TaskLexicon) -> bool:
    """Whether the next words tell how the thing is or what it does: "lock is stuck".

    A state ("iron leaking"), a word of `[sets] state_after`, or a verb in -ing that names no
    thing ("iron spitting brown water"; "order running shoes" keeps its verb).
    """
    if at + 1 >= len(words):
        return False
    after = words[at + 1]
    doing = (
        len(after) >= 5
        and after.endswith("ing")
        and after not in lex.sets.get("ing_things", frozenset())
        and lex.noun_at(words, at + 1) is None  # "order running shoes": a thing
    )
    return (
        doing
        or after in lex.sets.get("state_after", frozenset())
        or _a_state_of_its_own(words, at + 1, lex)
    )


def _a_state_of_its_own(words: Sequence[str], at: int, lex: TaskLexicon) -> bool:
    """Whether a state at `at` tells how the word before it is, not the thing after it.

    "iron leaking": the iron leaks. "oil squeaky bedroom door": the door squeaks, and the
    oil is the act on it; a state with a thing right after it describes that thing.
    """
    state = lex.state_at(words, at)
    if state is None:
        return False
    return lex.noun_at(words, at + state[0]) is None


def _a_measure_of(words: Sequence[str], at: int, lex: TaskLexicon) -> bool:
    """Whether the word is a measure before "of" (`[sets] measures`): "loads of", "a bag of"."""
    after = words[at + 1] if at + 1 < len(words) else ""
    measures = lex.sets["measures"]
    return after == "of" and (words[at] in measures or words[at].removesuffix("s") in measures)


def _on_a_day(words: Sequence[str], at: int, lex: TaskLexicon) -> bool:
    """Whether a thing that happens on a day opens the task, its day next: "shift sat 8-2".

    The thing is of a class that is held at a time (`[sets] dated_classes`: a shift, a
    class, an appointment); the word after it is a day or a word of `[when]`.
    """
    after = words[at + 1] if at + 1 < len(words) else ""
    if after not in lex.maps["days"] and after not in lex.maps["when"]:
        return False
    noun = lex.noun_at(words, at)
    return noun is not None and noun[1] in lex.sets.get("dated_classes", frozenset())


def _a_compound(words: Sequence[str], at: int, lex: TaskLexicon) -> bool:
    """Whether the word opens a compound: a thing follows that its act cannot act on.

    "water rates", "train fare home": the thing after the word has a sure class, and the
    word's act with that class (`[by_object]`) is vetoed by `[kind_needs]`. A word of
    reaching someone keeps its act: a name misread as a thing ("phone currys") vetoes none.
    """
    found = lex.verb_at(words, at)
    noun = lex.noun_at(words, at + 1)
    if found is None or noun is None or found[0] != 1 or noun[1] in _SAYS_NOTHING:
        return False
    kind = lex.kind_for(" ".join(found[2]), found[1], noun[1])
    if kind in lex.sets["to_people"]:
        return False  # "phone currys", "whatsapp class group": whoever is reached
    return not fits(kind, [noun[1]], lex)


def in_another_thing(words: Sequence[str], said: frozenset[str], lex: TaskLexicon) -> str:
    """The class of a longer thing the key words `said` name only a part of, or "".

    A compound is one thing: "food bank" is a charity, not a bank; "bank holiday" a day off,
    no visit to a bank; "water bill" a bill, no watering. `said` (the key words a template's
    phrase matched) lie inside a noun of two words or more, and the noun they name alone is
    of another class (as its first word, of another family of classes, and no person: "the
    dentist appointment" is still the dentist's).

    Args:
        words: The task's words, folded.
        said: Key words (`_taskwords.keywords`) a template's phrase matched.
        lex: The lexicon with the nouns and the families of classes.
    """
    at = [i for i, w in enumerate(words) if frozenset(keywords(w)) & said]
    alone = lex.noun_at(words[at[0] : at[-1] + 1], 0) if at else None
    if alone is None:
        return ""
    family = lex.maps.get("class_family", {})
    for j in range(max(0, at[0] - 3), at[0] + 1):
        noun = lex.noun_at(words, j)
        if noun is None or noun[0] < 2 or j + noun[0] <= at[-1] or noun[2] == alone[2]:
            continue
        ours, theirs = family.get(alone[1], alone[1]), family.get(noun[1], noun[1])
        other = alone[1] != noun[1] if j < at[0] else alone[1] != "person" and ours != theirs
        return noun[1] if other else ""
    return ""
