"""What a thing says is to be done with it, when the task's verb does not say.

"jess's casserole dish" names no verb, yet the dish is Jess's: it goes back to her. "bbq b4
sat" is a meal to cook, "acuvue oasys -2.25 running out" lenses to reorder, "haircut sat morn"
a haircut to book, and "recharge dstv" a subscription to top up, not a device to charge. The
families of things and their usual acts are data (`objects.toml [acts.*]`); this module finds
the thing in the task and lets a short, visible list of rules (`RULES`) read its act.

The thing speaks only where the verb is missing or weak (`[sets] weak_verbs`: get, do, sort,
deal with, need...; a day read as a verb: "sat"), or where its family names the verb as one
it settles ("trim" a pet's claws). A strong verb always wins: "wash the casserole dish" is
washing, "buy ink" buying.

At the scale of the object lexicon, a class with one usual act lends it to its nouns
(`objects.toml [class_acts]`: a bill is paid, an appointment booked, a room tidied, a plant
gardened), and families whose act holds `alone` read the nouns of classes that split (a form
is sent in, laundry washed, a hotel booked). Both speak only where nothing else in the task
says an act, for the task's object, not a place it names (`usual_alone`, last of `RULES`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Final, NamedTuple

import attrs

from . import _taskcues as cues
from ._taskbooked import booked_instead
from ._taskcues import Token
from ._tasklex import TaskLexicon, UsualAct

if TYPE_CHECKING:
    from ._taskread import TaskReading

__all__ = ["RULES", "Thing", "by_the_thing"]


class Thing(NamedTuple):
    """A thing of a family whose usual act is known, found in a task.

    Attributes:
        act: Its family's usual act.
        at: Where it starts in the reading's words.
        size: How many words it spans.
        typed: Its words as typed ("casserole dish").
        words: The reading's words, folded.
        tokens: The task's tokens of the reading's words, in order (typed and folded).
        by_verb: Whether the task's verb is one the family settles ("recharge" dstv).
        every: Every word of the task, folded, asides too (for its hazards).
    """

    act: UsualAct
    at: int
    size: int
    typed: str
    words: tuple[str, ...]
    tokens: tuple[Token, ...]
    by_verb: bool = False
    every: tuple[str, ...] = ()


_GOT: Final = frozenset({"buy", "order"})
_GOT_FOR: Final = frozenset({"book", "return", "pay"})
"""After "get", a thing read as bought stays bought unless its act is a service or a debt:
"get flea drops" buys them, "get a haircut" books it, "get jess's dish" gives it back."""

_ALONE: Final = frozenset({"alone", "usual", "class"})
"""Acts that hold when nothing else in the task says one (`usual_alone`)."""

_OPEN: Final = frozenset({"", "other", "person"})
"""Classes a thing's family reads anew: none, the fallback, or a name guessed ("top up
Airtime" is no person)."""

Rule = Callable[["TaskReading", Thing, TaskLexicon], "TaskReading | None"]
"""A rule reads a task's act from a thing in it, or returns `None` when it does not apply."""

_LOW: Final = frozenset(
    {"running out", "running low", "run out", "runs out", "almost out", "nearly out", "low on"}
)
"""Words that say a thing is running out ("lenses running out", "low on ink")."""


def lent_to_you(reading: TaskReading, thing: Thing, lex: TaskLexicon) -> TaskReading | None:
    """Someone's dish or tool, named with no verb, is theirs to give back: "jess's dish".

    With a verb, only a return's reading takes the owner ("get jess's dish back").
    """
    if thing.act.when != "owned" or (reading.kind, reading.object_class) == ("return", "person"):
        return None  # "Aunty Vimla's tiffin tins": read already, in the person's words
    if reading.verb and reading.kind != "return":
        return None  # "sort dads tools in the shed": tidied, not given back
    owner = _owner(thing, lex)
    if not owner:
        return None
    said = f"{owner}'s {' '.join(t.typed for t in thing.tokens[thing.at : thing.at + thing.size])}"
    mine = {owner.casefold(), f"{owner.casefold()}s", f"{owner.casefold()}'s"}
    people = tuple(p for p in reading.people if p.casefold() not in mine)
    return _as(reading, thing, lex, said, people=(*people, owner), given=True)


def running_low(reading: TaskReading, thing: Thing, lex: TaskLexicon) -> TaskReading | None:
    """Lenses, ink or a filter running out are reordered: "acuvue oasys running out"."""
    if thing.act.when != "running out":
        return None
    low = [i for i in range(len(thing.words)) if " ".join(thing.words[i : i + 2]) in _LOW]
    if not low:
        return None
    end = low[0] if low[0] > thing.at else thing.at + thing.size  # "low on ink": the ink
    said = " ".join(t.typed for t in thing.tokens[thing.at : end])
    return _as(reading, thing, lex, said)


def usual_act(reading: TaskReading, thing: Thing, lex: TaskLexicon) -> TaskReading | None:
    """A thing whose act goes without saying: "bbq b4 sat" cooks, "mot" is booked."""
    if thing.act.when not in ("", "verb") or (thing.act.when and not thing.by_verb):
        return None
    said = reading.object
    if reading.object_class == "person" and said.casefold() == thing.typed.casefold():
        said = thing.typed.casefold()  # "top up airtime": no name
    elif thing.typed.casefold() not in said.casefold():  # "haircut sat morn": not "morn"
        said = f"the {thing.typed}"
    return _as(reading, thing, lex, said)


def usual_alone(reading: TaskReading, thing: Thing, lex: TaskLexicon) -> TaskReading | None:
    """A thing whose act holds when nothing else says one: "water bill!!" is paid.

    "sort the box room" is tidied, "handle the uni application" sent, "deal with the ironing
    pile" washed. A class's act (`objects.toml [class_acts]`) speaks for the object the
    reading found (or for a task whose object it could not class); a family's (`when =
    "alone"`) for its nouns. Either only where nothing else in the task says the act: a
    state ("boiler leaking": fixed), "new" (bought), a noun naming its act ("baby clothes on
    vinted") or a phrase that settles it ("owes me").
    """
    if thing.act.when not in _ALONE or thing.act.when == "usual" or reading.kind == "pet-care":
        return None  # "Luna's booster 4:30": the animal's care, read already
    own = thing.act.object_class or reading.object_class
    if thing.act.when == "class" and reading.object_class not in ("", "other", own):
        return None  # "Ethan's orthodontist clashes w/ his mock": Ethan's, not the mock's
    if reading.kind == thing.act.kind:  # the act read already: a class it named stays
        named = thing.act.when == "alone" and reading.object_class in ("", "other")
        return attrs.evolve(reading, object_class=own) if named else reading  # "hotel": event
    if _said_otherwise(_outside(thing), thing.act.kind, lex) or booked_instead(reading, lex):
        return None  # "meeting room for tues": booked, never tidied
    hazards = cues.hazards(list(reading.words), list(thing.every), lex, thing.act.kind, own)
    return attrs.evolve(reading, kind=thing.act.kind, object_class=own, hazards=hazards)


def usual_for_the_noun(reading: TaskReading, thing: Thing, lex: TaskLexicon) -> TaskReading | None:
    """A noun's own usual act, for a loose verb's object or a lone word: "sort the dentist".

    The nouns of `verbs.toml [usual_kind]` ("dentist": book, "milk": buy) speak where a
    loose verb (`[sets] loose_verbs`) acts on them as its object's head, or where the task
    is the one word, read as a verb ("rent": paid, not a car hired). A task with no verb is
    the word model's to read: it weighs what the rest says ("weedkiller on the patio" is
    sprayed, not bought).
    """
    if thing.act.when != "usual" or reading.kind == "pet-care":
        return None
    own = thing.words[thing.at : thing.at + thing.size]
    alone = thing.words == own and " ".join(own) == reading.verb  # "rent"
    loose = reading.verb in lex.sets.get("loose_verbs", frozenset())
    head = thing.typed.casefold().split()[-1] == reading.thing.casefold()
    if not (alone or (loose and head and thing.typed.casefold() in reading.object.casefold())):
        return None  # "sort the van for the move": the van; "the pension thing HR emailed"
    if any(w in lex.sets.get("loose_verb_stops", frozenset()) for w in thing.words):
        return None  # "sort the clothes into piles", "do not mix the bleach"
    others = {k for i in range(len(thing.words)) if (k := _usual(thing.words, i, lex))}
    if others - {thing.act.kind}:
        return None  # "do my duolingo spanish": practised or studied, the words disagree
    if reading.kind == thing.act.kind:
        return reading
    if _said_otherwise(_outside(thing), thing.act.kind, lex):
        return None
    object_class = "" if alone else reading.object_class  # "rent": no hire car
    kind = thing.act.kind
    hazards = cues.hazards(list(reading.words), list(thing.every), lex, kind, object_class)
    return attrs.evolve(reading, kind=kind, object_class=object_class, hazards=hazards)


RULES: Final[tuple[Rule, ...]] = (
    lent_to_you, running_low, usual_act, usual_for_the_noun, usual_alone,
)  # fmt: skip
"""The rules, in order: the first that reads an act for a thing settles the task."""


def by_the_thing(reading: TaskReading, tokens: Sequence[Token], lex: TaskLexicon) -> TaskReading:
    """The reading with the act its thing says, where the verb leaves it open.

    Args:
        reading: The task's reading, the word model's kind settled.
        tokens: The task's tokens (as typed, and folded).
        lex: The lexicon with the families of things (`acts`).

    Returns:
        The reading with the kind, class and object the first rule of `RULES` reads for a
        thing of the task, or the reading as it was.
    """
    words = reading.words
    if not words or not lex.acts:
        return reading
    mine = _tokens_of(words, tokens)
    every = tuple(lex.mend(t.word) or t.word for t in tokens)
    weak = _weak(reading, lex)
    for at, size, family in _things(reading, lex):
        act = lex.acts[family]
        itself = " ".join(words[at : at + size]) == reading.verb  # "bbq b4 sat"
        by_verb = reading.verb in act.verbs
        if reading.verb == "get" and reading.kind in _GOT and act.kind not in _GOT_FOR:
            continue  # "get flea drops for the cat": bought, then given
        if weak == "day" and reading.kind != act.kind:
            continue  # "hairdresser sat, clashes w/ wedding": the rest says what to do
        if not (weak or itself or by_verb):
            continue  # "wash the casserole dish", "buy ink": the verb says it
        if act.when in _ALONE and _aside(reading, at, mine, lex):
            continue  # "go to the garden centre": where, not what; "get the present in the post"
        typed = " ".join(t.typed for t in mine[at : at + size])
        thing = Thing(act, at, size, typed, words, mine, by_verb, every)
        for rule in RULES:
            found = rule(reading, thing, lex)
            if found is not None:
                return found
    return reading


def _a_place(words: Sequence[str], at: int, verb: str, lex: TaskLexicon) -> bool:
    """Whether the thing at `at` follows a preposition after the verb: "go to the council".

    Nouns between count as the thing's: "sort the pile of post bills" is the pile's.
    """
    little = lex.sets["determiners"]
    j = at - 1
    while j >= 0 and (words[j] in little or lex.noun_at(words, j) is not None):
        j -= 1
    if j < 0 or words[j] not in lex.sets["prepositions"]:
        return False
    start = _verb_at(words, tuple(verb.split()), lex)
    return start < 0 or j >= start + len(verb.split())  # "deal with the bill": the verb's own


def _aside(reading: TaskReading, at: int, tokens: Sequence[Token], lex: TaskLexicon) -> bool:
    """Whether a thing whose act holds `alone` stands aside from what the task asks.

    It follows a preposition ("go to the garden centre"), the task has no verb and a word
    before the thing is none of a name, a noun or a little word ("ponder the loft
    conversion"), or a light verb other than "do" read another act ("get the present in the
    post").
    """
    words = reading.words
    if _a_place(words, at, reading.verb, lex):
        return True
    verb = reading.verb.split()[:1]
    if verb and verb[0] in lex.sets["light"] and reading.verb not in lex.sets["do"]:
        return reading.kind not in ("", "other")
    if reading.verb:
        return False
    little = lex.sets["determiners"]
    for j in range(at):
        typed = tokens[j].typed if j < len(tokens) else words[j]
        if not (
            words[j] in little
            or lex.noun_at(words, j) is not None
            or typed[:1].isupper()
            or typed.casefold().endswith(("'s", "\u2019s", "s'"))
            or not typed.isalpha()
        ):
            return True
    return False


def _usual(words: Sequence[str], i: int, lex: TaskLexicon) -> str:
    """The usual act of a noun at word `i` of the task (`verbs.toml [usual_kind]`), or ""."""
    found = lex.usual_kind_at(words, i)
    return found[1] if found is not None else ""


def _outside(thing: Thing) -> tuple[str, ...]:
    """Every word of the task around the thing, not its own: "gym bag" says no exercise."""
    every = thing.every or thing.words
    own = thing.words[thing.at : thing.at + thing.size]
    for i in range(len(every) - len(own) + 1):
        if every[i : i + len(own)] == own:
            return (*every[:i], "", *every[i + len(own) :])
    return every


def _said_otherwise(words: Sequence[str], kind: str, lex: TaskLexicon) -> bool:
    """Whether the task's words say another act than `kind`: a state, "new", a noun, a cue."""
    if any(w in lex.sets["new"] for w in words):
        return kind != "buy"
    for i in range(len(words)):
        found = lex.state_at(words, i) or lex.cue_at(words, i)
        said = found[1] if found is not None else cues.noun_kind(lex, words, i)
        if said and said != kind:
            return True
    return False


def _weak(reading: TaskReading, lex: TaskLexicon) -> str:
    """How the task's verb leaves the act open: "weak", "day" or "" (it says the act).

    "weak": no verb, or a weak one ("sort the mot"); "day": a day read as a verb ("haircut
    sat morn": not "sit").
    """
    if not reading.verb or reading.verb in lex.sets.get("weak_verbs", frozenset()):
        return "weak"
    days = lex.maps.get("days", {})
    for word in reading.words:  # "haircut sat morn": Saturday, not "sit"
        found = lex.verb_at((word,), 0) if word in days else None
        if found is not None and " ".join(found[2]) == reading.verb:
            return "day"
    return ""


def _things(reading: TaskReading, lex: TaskLexicon) -> list[tuple[int, int, str]]:
    """Each thing of a known family in the task's words: (start, size, family)."""
    words = reading.words
    found = []
    verb = tuple(reading.verb.split())
    at_each = ((i, t) for i in range(len(words)) for t in lex.acts_at(words, i))
    outcomes = lex.sets.get("outcomes", frozenset())
    for i, (size, family, base) in at_each:
        noun = lex.noun_at(words, i)
        if noun is not None and noun[0] > size:  # "tin foil" is no tin
            continue
        if any(0 < i - j < 4 and (lex.noun_at(words, j) or (0,))[0] > i - j for j in range(i)):
            continue  # "dog food" is no "food" of its own
        after = lex.noun_at(words, i + size)
        if after is not None and after[1] not in ("", "other"):
            continue  # "the smear test letter": a letter, the test only says which
        if words[i + size : i + size + 1] and words[i + size] in outcomes:
            continue  # "look at my blood test results": the results, not the test
        if i > 1 and words[i - 1] == "for":
            continue  # "fast from midnight for blood test": what it is for, not the task
        if i == _verb_at(words, verb, lex) and (base != verb or reading.object):
            continue  # "book the mot": the verb, not a book; "bbq b4 sat": the thing itself
        found.append((i, size, family))
    return found


def _verb_at(words: Sequence[str], verb: tuple[str, ...], lex: TaskLexicon) -> int:
    """Where the task's verb starts in its words, or -1."""
    for i in range(len(words)):
        found = lex.verb_at(words, i)
        if found is not None and found[2] == verb:
            return i
    return -1


def _tokens_of(words: Sequence[str], tokens: Sequence[Token]) -> tuple[Token, ...]:
    """The task's tokens of the reading's words: the main part, as typed."""
    folded = [t.word for t in tokens]
    for start in range(len(folded) - len(words) + 1):
        inside = [t for t in tokens[start:] if t.word][: len(words)]
        if tuple(t.word for t in inside) == tuple(words):
            return tuple(inside)
    return tuple(Token(w, w) for w in words)


def _owner(thing: Thing, lex: TaskLexicon) -> str:
    """The person whose thing it is, as the steps name them ("Jess", "next door"), or ""."""
    little = lex.sets["determiners"]
    for j in range(thing.at - 1, max(-1, thing.at - 3), -1):
        token = thing.tokens[j]
        typed = token.typed.rstrip("'\u2019")
        if typed.casefold().endswith(("'s", "\u2019s")):
            base = typed[:-2]
        elif token.word.endswith("s") and lex.noun_at([token.word[:-1]], 0) is not None:
            base = typed[:-1]  # "mums tupperware"
        else:
            continue
        pair = [thing.words[j - 1], base.casefold()] if j > 0 else []
        neighbours = lex.sets.get("neighbours", frozenset())
        if pair and (
            (lex.noun_at(pair, 0) or (0, ""))[:2] == (2, "person") or " ".join(pair) in neighbours
        ):
            return f"{thing.tokens[j - 1].typed} {base}"  # "next door's"
        noun = lex.noun_at([base.casefold()], 0)
        never = little | lex.sets.get("not_owners", frozenset()) | set(lex.maps.get("days", {}))
        if (noun is not None and noun[1] != "person") or base.casefold() in never:
            return ""
        return base if noun is not None else base[:1].upper() + base[1:]
    return ""


def _as(
    reading: TaskReading,
    thing: Thing,
    lex: TaskLexicon,
    said: str,
    people: tuple[str, ...] | None = None,
    given: bool = False,
) -> TaskReading:
    """The reading with the thing's act, its class and the object as the steps name it.

    A class the reading found for the same act stays ("MOT for the corsa": a vehicle's),
    unless the thing is `given` back to someone: then the steps are for a person.
    """
    kind = thing.act.kind
    own = not given and reading.kind == kind and reading.object_class not in _OPEN
    object_class = reading.object_class if own else thing.act.object_class or reading.object_class
    hazards = cues.hazards(list(reading.words), list(thing.every), lex, kind, object_class)
    return attrs.evolve(
        reading,
        kind=kind,
        object_class=object_class,
        object=said,
        thing=thing.typed.split()[-1],
        people=reading.people if people is None else people,
        hazards=hazards,
    )
