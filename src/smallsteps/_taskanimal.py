"""Whose task it is: an animal's care, read apart from the person's own.

"book the cat in for her jabs" is a visit to the vet, not the person's own jab at the GP;
"give Milo his worming tablet" doses a pet, not a child; "walk Bruno" walks a dog. A task is an
animal's when it names an animal ("the cat"), a pet's name where an animal's words say it is
one ("Milo's jabs", "walk Bruno", a name beside "vet"), or only the vet. Then its class is
`pet`, the animal is kept for the steps (`TaskReading.animal`), the pet's name leaves the
people to message, and a dose carries the vet's note, not the pharmacist's. Every word here
is data: `[sets] animals`, `animal_care`, `animal_parts`, `animal_verbs` and `[animal_kinds]`
in `data/tasks/lexicon/reading.toml`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

import attrs

from . import _taskcues as cues
from ._taskcues import Token
from ._tasklex import TaskLexicon

if TYPE_CHECKING:
    from ._taskread import TaskReading

__all__ = ["for_an_animal"]

_DOSED: Final = frozenset({"pet-care", "buy", "order"})
"""Kinds where a medicine named is one the person gives or gets: the vet's dose note."""

_HEALTH: Final = frozenset({"book", "call", "check-test", "pet-care", "take-medicine"})
"""Kinds where an animal named anywhere in the task makes it the animal's: a booking, a call,
a check or a dose. For the others ("weed the patio, keep the dog in") the animal must be what
the verb acts on."""


def for_an_animal(reading: TaskReading, tokens: Sequence[Token], lex: TaskLexicon) -> TaskReading:
    """The reading of a task that is an animal's care, or the reading as it was.

    Args:
        reading: The task's reading, the word model's kind settled.
        tokens: The task's tokens (as typed, and folded), for a pet's name with its capital.
        lex: The lexicon with the animal words.

    Returns:
        The reading with `animal` set, its class `pet` and its kind an animal's
        (`[animal_kinds]`: a walk is pet care, a booking stays a booking).
    """
    kinds = lex.maps.get("animal_kinds", {})
    if reading.kind not in kinds or not reading.words:
        return reading
    found = _animal(reading, tokens, lex)
    if found is None:
        return reading
    animal, named = found
    if reading.kind not in _HEALTH and not (named or _acts_on_an_animal(reading, lex)):
        return reading  # "weed the patio, keep the dog in": the dog is only mentioned
    if reading.kind != "pet-care" and _a_person_is_the_object(reading, animal, lex):
        return reading  # "call mum about the dog": a chat with mum
    kind = kinds[reading.kind]
    people = tuple(p for p in reading.people if _bare(p) not in _names(animal))
    every = [t.word for t in tokens]
    hazards = cues.hazards(reading.words, every, lex, kind, "pet")
    medicines = {"medicine", "topical-medicine"}
    dosed = "medicine-dose" in (*hazards, *reading.hazards) or bool(
        medicines.intersection(cues.classes(reading.words, lex))
    )
    calm = lex.sets.get("calm_care", frozenset()).intersection(reading.words)
    dropped = {"medicine-dose", *(["animal"] if calm else [])}  # a walk needs no holding
    hazards = tuple(h for h in hazards if h not in dropped)
    if dosed and kind in _DOSED:
        hazards = ("pet-dose", *hazards)  # the vet's dose, never the pharmacist's
    return attrs.evolve(
        reading, kind=kind, object_class="pet", animal=animal, people=people, hazards=hazards
    )


def _animal(
    reading: TaskReading, tokens: Sequence[Token], lex: TaskLexicon
) -> tuple[str, bool] | None:
    """The animal the task is for, as a step names it, and whether by a pet's name.

    Returns (the animal, whether by a pet's name), or `None`.
    A noun of `[sets] animals` first ("the cat", "both dogs"), then a pet's name, then ""
    for a task that only names its care ("ring the vet": the steps say "your pet"). For a
    booking, a call, a check or a dose, in any part of the task ("vet for biscuit, booster
    due in march - book it"); for other kinds, in the part that says what to do.
    """
    words = list(reading.words)
    anywhere = reading.kind in _HEALTH  # "vet for biscuit, booster due in march - book it"
    if anywhere:
        words = [t.word for t in tokens if t.word]
    animals = lex.sets.get("animals", frozenset())
    for i in range(len(words)):
        noun = lex.noun_at(words, i)
        if noun is not None and noun[1] == "pet" and " ".join(noun[2]) in animals:
            end = i + noun[0]
            start = _owner_start(words, i, lex)
            phrase = [lex.maps["pronouns"].get(w, w) for w in words[start:end]]
            if words[end - 1] in _owned(tokens):  # "the dog's vet appointment": the dog
                phrase[-1] = noun[2][-1]
            if anywhere and start == i and " ".join(words[i:end]) not in reading.words:
                phrase = ["your", *noun[2]]  # "dog's nails ... - trim or vet?": your dog
            return " ".join(phrase), False
    name = _pet_name(reading, tokens, lex)
    if name:
        return name, True
    care = lex.sets.get("animal_care", frozenset())
    if care.intersection(words):
        return "", False  # the steps say "your pet"
    return None


def _owned(tokens: Sequence[Token]) -> set[str]:
    """The words typed with an owner's "'s" ("dog's"), folded as the reader folds them."""
    return {t.word for t in tokens if t.typed.casefold().endswith(("'s", "\u2019s"))}


def _owner_start(words: Sequence[str], i: int, lex: TaskLexicon) -> int:
    """Where the animal's phrase starts: "the cat", "both cats", "the neighbours cat"."""
    start = i
    little = lex.sets["determiners"] | lex.sets.get("animal_counts", frozenset())
    if start > 0 and words[start - 1] in little:
        start -= 1
    elif start > 1 and words[start - 2] in lex.sets["determiners"] and words[start - 1][-1:] == "s":
        start -= 2  # "the neighbours cat"
    return start


def _pet_name(reading: TaskReading, tokens: Sequence[Token], lex: TaskLexicon) -> str:
    """A pet's name: a name beside an animal's words ("Milo's jabs", "walk Bruno").

    A name (`_a_name`) before a word of `animal_parts` ("Biscuit's nails"), after a verb of
    `animal_verbs` ("walk Bruno", not "walk Sam to school"), or anywhere in a task with a
    word of `animal_care` ("give Milo his worming tablet", "take Luna to the vet") or read
    as pet care by the word model.
    """
    words = [t.word for t in tokens]
    parts = lex.sets.get("animal_parts", frozenset())
    verbs = lex.sets.get("animal_verbs", frozenset())
    care = lex.sets.get("animal_care", frozenset())
    people = {p.casefold(): p for p in reading.people if " " not in p}
    caring = reading.kind == "pet-care" or bool(care.intersection(reading.words))
    for i, token in enumerate(tokens):
        name = _a_name(token, i, reading, people, caring, lex)
        if not name:
            continue
        following = words[i + 1] if i + 1 < len(words) else ""
        owned = token.typed.endswith(("'s", "\u2019s")) and following in parts
        walked = i > 0 and words[i - 1] in verbs
        after = words[i + 1 : i + 3]
        after = after[: after.index("")] if "" in after else after  # "walk Bella, round..."
        if walked and set(after) & _A_PERSON_GOES:
            continue  # "walk Sam to school": a child walked somewhere
        if owned or walked or caring:
            return name
    return ""


def _a_name(
    token: Token,
    at: int,
    reading: TaskReading,
    people: dict[str, str],
    caring: bool,
    lex: TaskLexicon,
) -> str:
    """The name a token is, as a step says it, or "".

    One the reader took for a person's name, or a word typed with its capital inside the
    task (the first word too when it owns something, "Luna's booster", or when a task of pet
    care opens with a word the lexicon does not know, "Max needs a walk"). A capitalised
    noun is a name only in an animal's task or owning something ("Pepper", "Biscuit's"),
    and a word for a person never is ("Mum", "the Vet").
    """
    typed = token.typed.removesuffix("'s").removesuffix("\u2019s")
    owns = typed != token.typed
    word = token.word.removesuffix("s") if owns else token.word
    if not typed[:1].isalpha() or not {word, token.word} & set(reading.words):
        return ""
    noun = lex.noun_at([word], 0)
    if noun is not None and noun[1] == "person":
        return ""
    known = noun is not None or lex.is_verb(word)
    capital = typed[:1].isupper() and not typed.isupper() and typed.isalpha()
    opens = at == 0 and (owns or (caring and not known))
    if word in people:
        return people[word]
    if not capital or (at == 0 and not opens) or (known and not (caring or owns)):
        return ""
    return typed


_A_PERSON_GOES: Final = frozenset({"to", "home", "back", "round", "over"})
"""Words after a name walked somewhere: a person, not a pet ("walk Sam home")."""


def _acts_on_an_animal(reading: TaskReading, lex: TaskLexicon) -> bool:
    """Whether the verb acts on the animal: an animal's verb, or a part of it as the object.

    "walk the dog", "clip the rabbit's nails" are the animal's care; "weed the patio, keep
    the dog in" only mentions it.
    """
    verbs = lex.sets.get("animal_verbs", frozenset())
    parts = lex.sets.get("animal_parts", frozenset())
    head = reading.thing.casefold()
    return bool(verbs.intersection(reading.verb.split())) or head in parts


def _bare(person: str) -> str:
    return person.casefold().removesuffix("'s").removesuffix("\u2019s")


def _names(animal: str) -> set[str]:
    return {animal.casefold(), *animal.casefold().split()} - {""}


def _a_person_is_the_object(reading: TaskReading, animal: str, lex: TaskLexicon) -> bool:
    """Whether the task is about a person, the animal only mentioned ("ring mum re the dog")."""
    if reading.object_class != "person" or not reading.object:
        return False
    said = reading.object.casefold().split()
    care = lex.sets.get("animal_care", frozenset())
    return not (care.intersection(said) or _names(animal).intersection(said))
