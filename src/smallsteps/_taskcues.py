"""What a task's words say beyond its verb and object: the kind, hazards, deadline, people.

`_taskread` finds the verb and the object; these readers settle the action kind with the
object ("take" a tablet), light verbs by their noun ("give sam a ring"), cues anywhere in the
task ("owes me"), the hazards of hands-on work and emergencies, when it is due, who is named,
and who something goes back to. All their words are data in `data/tasks/lexicon/`.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from typing import Final, NamedTuple

from ._taskbooked import booked_for
from ._tasklex import TaskLexicon
from ._taskname import little, name_like
from ._taskwordclass import its_act_cannot_be

__all__ = [
    "Token",
    "classes",
    "cue",
    "hazards",
    "kind_with_object",
    "kindless",
    "light",
    "people",
    "recipient_after",
]


class Token(NamedTuple):
    typed: str  # as typed
    word: str  # folded, apostrophes gone ("" for a break)


def without_lead(tokens: list[Token], lex: TaskLexicon) -> list[Token]:
    """The task without words asking to be reminded of it ("remind me to take my tablets")."""
    words = [t.word for t in tokens]
    for said in _longest_first(lex.sets.get("lead_phrases", frozenset())):
        if tuple(words[: len(said)]) == said and len(words) > len(said):
            return tokens[len(said) :]
    return tokens


@functools.cache
def _longest_first(phrases: frozenset[str]) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(p.split()) for p in sorted(phrases, key=lambda p: (-len(p), p)))


def recipient_after(tokens: Sequence[Token], lex: TaskLexicon) -> str:
    """The person something goes back to: "to next door", "to jo", "to my sister"."""
    words = [t.word for t in tokens]
    if "to" not in words:
        return ""
    at = words.index("to") + 1
    while at < len(words) and words[at] in lex.sets["determiners"]:
        at += 1
    if at >= len(words):
        return ""
    phrase = " ".join(words[at : at + 2])
    if phrase in lex.sets["neighbours"] or words[at] in lex.sets["neighbours"]:
        return phrase if phrase in lex.sets["neighbours"] else words[at]
    noun = lex.noun_at(words, at)
    if noun is not None:
        return tokens[at].typed if noun[1] == "person" else ""
    typed = tokens[at].typed
    if lex.is_verb(words[at]) or not typed.isalpha() or not typed[:1].isupper():
        return ""  # "to argos" may be a shop; a name typed with its capital is a person
    return typed


def light(lex: TaskLexicon, verb: str, kind: str, obj: Sequence[str], object_class: str) -> str:
    """The kind a light verb's noun or participle means.

    "give sam a ring" is a call, "drop kate a message" a message, "go for a run" exercise;
    "get the boiler service booked" is booking, "get the dog groomed" pet care. A firm verb
    (`[sets] firm_verbs`) is its own act: "print lecture notes" is printing, not study.
    """
    if verb.split()[0] not in lex.sets["light"] and kind != "other":
        return ""
    if verb in lex.sets.get("firm_verbs", frozenset()):
        return ""
    if verb in lex.sets.get("escort", frozenset()) and object_class == "person":
        return ""  # "take nan to her hospital appt": going with her, not booking it
    for i in range(len(obj)):  # an action noun: "the visa application", "the tv licence payment"
        if obj[i] in lex.sets["measures"] and obj[i + 1 : i + 2] == ["of"]:
            continue  # "the course of antibiotics": a measure of something, not a course
        noun = noun_kind(lex, obj, i)
        if noun:
            return noun
    if verb.split()[0] not in lex.sets["light"]:
        return ""
    for i, word in enumerate(obj):
        after_article = i > 0 and obj[i - 1] in ("a", "an")
        participle = word.endswith("ed") or word in lex.irregular
        got = lex.maps.get("got_done", {}).get(word)
        if got and i > 0:  # "get pizza delivered", "get the speaker working": the result asked
            return got
        if not (after_article or participle):
            continue
        if participle and word in lex.sets.get("arranged", frozenset()):
            return "book"  # "get my eyes tested", "get the boiler serviced": someone else does it
        found = lex.verb_at(obj, i)
        if found is not None and found[1] != "other":
            return lex.kind_for(" ".join(found[2]), found[1], object_class)
    return ""


def before_result(tokens: list[Token], verb: Sequence[str], lex: TaskLexicon) -> list[Token]:
    """A light verb's object without the result it asks for: "get [the boiler] serviced"."""
    if not verb or verb[0] not in lex.sets["light"]:
        return tokens
    results = lex.maps.get("got_done", {}).keys() | lex.sets.get("arranged", frozenset())
    cut = next((i for i, t in enumerate(tokens) if i > 0 and t.word in results), len(tokens))
    return tokens[:cut]


def kindless(lex: TaskLexicon, words: Sequence[str], object_class: str) -> str:
    """The kind of a task that names no verb: "new school shoes" is buying, "yoga" exercise.

    A thing's state says most ("boiler making a noise": fix, "bathroom smells": clean),
    then the word "new", a noun that names its kind, and last the object's class.
    """
    for i in range(len(words)):
        state = lex.state_at(words, i)
        if state is not None:
            return state[1]
    if booked_for(words, lex):  # "meeting room for tues": booked, not tidied
        return "book"
    if any(w in lex.sets["new"] for w in words):
        return "buy"
    found = ""  # the head of a compound speaks: "meds order" is ordered, "tablet updates" run
    for i in range(len(words)):
        said = "" if its_act_cannot_be(words, i, lex) else noun_kind(lex, words, i)
        if found and not said:
            break
        found = said or found
    if found:
        return found
    # the usual action for a noun jotted alone ("dentist": book)
    i = 0
    while i < len(words):
        usual = lex.usual_kind_at(words, i)
        if usual is None or _inside_a_longer_noun(lex, words, i, usual[0]):
            if found:
                break
            i += 1
            continue
        found = usual[1]  # the head of a compound speaks: "the dog's vet appointment" is booked
        i += usual[0]
    return found or lex.by_class.get(object_class, "")


def noun_kind(lex: TaskLexicon, words: Sequence[str], i: int) -> str:
    """The kind a noun at word `i` names, unless the word is inside a longer noun.

    "amazon return" is a return; "tax return" is a document, whatever its last word says.
    """
    found = lex.noun_kind_at(words, i)
    if found is None or _inside_a_longer_noun(lex, words, i, found[0]):
        return ""
    return found[1]


def _inside_a_longer_noun(lex: TaskLexicon, words: Sequence[str], i: int, length: int) -> bool:
    """Whether the words from `i` are part of a longer noun that starts before them."""
    for start in range(max(0, i - 3), i):
        noun = lex.noun_at(words, start)
        if noun is not None and start + noun[0] > i and noun[0] > length:
            return True
    return False


def cue(lex: TaskLexicon, words: Sequence[str]) -> str:
    """A phrase that settles the kind wherever it is: "owes me", "i owe", "expires"."""
    for i in range(len(words)):
        found = lex.cue_at(words, i)
        if found is not None:
            return found[1]
    return ""


def kind_with_object(lex: TaskLexicon, verb: str, kind: str, classes: Sequence[str]) -> str:
    """The verb's kind with its object.

    An object rule for the head's class first, then for any other noun of the object ("ask
    sis for the money": money), then the kind's own rule for the head's class
    (`[kind_with_class]` in reading.toml), then the verb's own kind.
    """
    rules = lex.by_object.get(verb, {})
    for cls in classes:
        if cls in rules:
            return rules[cls]
    if classes and classes[0]:  # "scrub the fish tank": cleaning a pet's things is pet care
        with_class = lex.maps.get("kind_with_class", {}).get(f"{kind} {classes[0]}")
        if with_class:
            return with_class
    if (
        kind == "other" and classes[0] and verb in lex.sets["do"]
    ):  # "do the bins", "sort the dishes"
        return lex.by_class.get(classes[0], kind)
    return kind


def classes(words: Sequence[str], lex: TaskLexicon) -> list[str]:
    out = []
    i = 0
    while i < len(words):
        found = lex.noun_at(words, i)
        if found is None:
            i += 1
            continue
        out.append(found[1])
        i += found[0]
    return out


def hazards(
    words: Sequence[str], every: Sequence[str], lex: TaskLexicon, kind: str, object_class: str
) -> tuple[str, ...]:
    """The hazards of hands-on work, and emergencies named anywhere in the task.

    The object's class's where the kind makes them real (`[hazard_kinds]`), any a word of
    the task names for hands-on work ("ladder", "bleach", in the task or in its note: "gutters
    - ladder, get Sean to foot it"), and an emergency ("gas leak") whatever the task.
    """
    found: list[str] = []
    named = [
        hit[1]
        for i in range(len(every))
        if (hit := lex.hazard_at(every, i)) is not None and not _inside_noun(every, i, lex)
    ]
    anywhere = [hit[1] for i in range(len(every)) if (hit := lex.hazard_at(every, i)) is not None]
    found += [h for h in anywhere if h.startswith("emergency-")]  # a gas leak: whatever the task
    wired = lex.sets.get("electric_hazards", frozenset())
    powered = wired.intersection(anywhere) or wired.intersection(
        lex.class_hazards.get(object_class, ())
    )
    if powered and lex.sets.get("electric_faults", frozenset()).intersection(every):
        found.append("emergency-electric")  # "socket in kitchen buzzing": no repair
    if lex.sets.get("gas_words", frozenset()).intersection(every) and lex.sets.get(
        "gas_signs", frozenset()
    ).intersection(every):
        found.append("emergency-gas")  # "ring british gas about the smell": get out first
    physical = kind in lex.sets["physical"]
    if physical:
        kinds = lex.maps.get("hazard_kinds", {})
        found += [
            h for h in lex.class_hazards.get(object_class, ()) if kind in kinds.get(h, "").split()
        ]
    if kind not in lex.sets.get("hands_off", frozenset()):  # "test the smoke alarm - ladder"
        lifting = lex.sets.get("lifting_hazards", frozenset())  # a piano is heavy only to move
        found += [h for h in named if physical or h not in lifting]
    return tuple(dict.fromkeys(found))


def _inside_noun(words: Sequence[str], i: int, lex: TaskLexicon) -> bool:
    """Whether word `i` ends a longer noun that is not a hazard ("wiper blades": not a blade)."""
    for start in range(max(0, i - 3), i):
        noun = lex.noun_at(words, start)
        if noun is not None and start + noun[0] > i and lex.hazard_at(words, start) is None:
            return True
    return False


def people(tokens: Sequence[Token], main: Sequence[Token], lex: TaskLexicon) -> tuple[str, ...]:
    """People named, in order.

    Words of the person class, and names: a capital letter mid-sentence, or the word after
    "ring", "text", "ask" that the lexicon does not know, or the word before "his", "her" or
    "their" after such a verb ("give jack his calpol"). A family word before a name keeps
    it ("auntie jo" is "auntie Jo").
    """
    found: list[str] = []
    words = [t.word for t in main]
    joined = -1  # a name already taken with the family word before it
    for i, token in enumerate(main):
        if i <= joined:
            continue
        noun = lex.noun_at(words, i)
        if noun is not None and noun[1] == "person":
            size = noun[0]  # "the window cleaner", "my line manager": the whole noun
            if _a_source(words, i, size, lex):
                joined = i + size  # "the tablets the dr gave me": who gave them, not for whom
                continue
            typed_noun = " ".join(t.typed for t in main[i : i + size])
            person, joined = _with_owner(words[i - 1] if i else "", typed_noun), i + size - 1
            after = i + size
            if (
                size == 1
                and after < len(main)
                and token.word not in lex.sets["anyone"]  # "someone owes me": no name
                and (  # "auntie jo", "auntie Rose" (a rose is a plant)
                    name_like(main[after], words, after, lex) or _capital_name(main, words, after)
                )
            ):
                following = main[after].typed
                person, joined = f"{person} {following[:1].upper()}{following[1:]}", after
            found.append(person)
            continue
        if noun is not None and noun[0] > 1:
            joined = i + noun[0] - 1  # "the cat insurance docs": papers, no doctor
            continue
        typed = token.typed
        named = (
            typed[:1].isupper()
            and i > 0
            and typed.lower() not in ("i", "im")
            and not typed.isupper()
        )
        after_verb = i > 0 and words[i - 1] in lex.sets["name_verbs"] and not _acronym(typed)
        owned = after_verb and i + 1 < len(words) and words[i + 1] in ("his", "her", "their")
        if ((named or after_verb) and name_like(token, words, i, lex)) or (
            owned and token.word.isalpha() and not little(token.word, lex)
        ):
            name, j = typed[:1].upper() + typed[1:], i + 1
            while j < len(main) and _capital_name(main, words, j):
                name, joined, j = f"{name} {main[j].typed}", j, j + 1  # "Mrs Patel": one person
            found.append(name)
    return tuple(dict.fromkeys(found))


def _a_source(words: Sequence[str], i: int, size: int, lex: TaskLexicon) -> bool:
    """Whether the carer at `i` (`size` words) is where a thing came from, not whom it is for.

    One of `[sets] prescribers` just before a verb of `source_verbs`: "the iron tablets the
    dr gave me", "the cream the gp prescribed". Family and friends are left as they are
    ("return the drill dad lent me": it goes back to Dad).
    """
    after = i + size
    return (
        after < len(words)
        and words[after] in lex.sets.get("source_verbs", frozenset())
        and bool(lex.sets.get("prescribers", frozenset()).intersection(words[i:after]))
    )


def _acronym(typed: str) -> bool:
    """Whether a word is typed in capitals, as a company is ("pay DSTV", "ring BT")."""
    return len(typed) > 1 and typed.isupper()


def _capital_name(main: Sequence[Token], words: Sequence[str], i: int) -> bool:
    """Whether the word at `i` reads as a name: capitalised mid-sentence, letters only."""
    typed = main[i].typed
    return i > 0 and typed[:1].isupper() and not typed.isupper() and typed.isalpha()


def named(people: Iterable[str], lex: TaskLexicon) -> list[str]:
    """The people a task names in particular: "Tom", "mum", "your cousin", "auntie Rose".

    Not anyone ("someone", "a friend", "family member"), nor a person with "a" before them
    ("a neighbour"): those name no one the steps could call by name.
    """
    anyone = lex.sets["anyone"]
    out = []
    for person in people:
        words = person.casefold().split()
        owned = words[:1] in (["your"], ["his"], ["her"])  # "my best friend" is someone
        if words[:1] in (["a"], ["an"]) or (set(words) & anyone and person.islower() and not owned):
            continue
        out.append(person)
    return out


_OWNERS: Final = {
    "my": "your", "our": "your", "the": "the", "his": "his", "her": "her", "a": "a", "an": "an",
}  # fmt: skip
"""Words before a person that stay with them in a step: "my cousin" is "your cousin"."""


def _with_owner(before: str, typed: str) -> str:
    """A person as a step names them: "mum" as typed, "my cousin" as "your cousin"."""
    owner = _OWNERS.get(before)
    return f"{owner} {typed}" if owner else typed


def destination(lex: TaskLexicon, words: Sequence[str]) -> str:
    """The kind a place says after a carrying verb ("to the laundrette": wash), or "".

    A place of `[destinations]` after a word of `towards` ("to", "at") and any determiners.
    """
    places = lex.maps.get("destinations", {})
    for i, word in enumerate(words):
        if word not in lex.sets.get("towards", frozenset()):
            continue
        j = i + 1
        while j < len(words) and words[j] in lex.sets["determiners"]:
            j += 1
        for length in (3, 2, 1):
            found = places.get(" ".join(words[j : j + length]))
            if found:
                return found
    return ""
