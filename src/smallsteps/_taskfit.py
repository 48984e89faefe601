"""Whether a saved template fits a task: its action the task's verb, its object the task's object.

A task book finds the templates one of whose `match` phrases the task holds. Each is then put
to the fit rules in `TEMPLATE_FITS`, in order: small named callables, each saying why a
template does not fit (or `""` when it does). The knowledge they use is data: the opposite
action kinds in `data/tasks/lexicon/verbs.toml` (`opposite`), the object classes of the
nouns in `objects.toml`, and the families of classes that are near enough to share a
template in `reading.toml` (`[class_family]`: an appliance and a room are both the home;
a skip and a garden are not).

A template that fits carries a confidence (`sureness`): how sure the verb's kind is, times
how well the phrase it matched names the task's own object. Below `TEMPLATE_SURE` no
template answers, and the kind reading does: "skip for the garden clear out" gets the
steps for ordering the skip it names, never the steps for mowing the garden it mentions.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final, NamedTuple

from ._taskfitverb import (
    by_its_cue,
    its_own_act,
    not_booked_again,
    not_on_why_or_when,
    to_its_place,
)
from ._taskitems import TaskTemplate
from ._tasklex import TaskLexicon
from ._taskread import TaskReading
from ._tasksteps import _someone
from ._taskwordclass import in_another_thing
from ._taskwords import keywords

__all__ = [
    "TEMPLATE_FITS", "TEMPLATE_SURE", "Candidate", "FitRule", "its_own_act", "not_on_why_or_when",
    "refusal", "sureness",
]  # fmt: skip

TEMPLATE_SURE: Final = 0.3
"""The least confidence a template needs to answer; below it the kind reading answers."""

UNKNOWN: Final = frozenset({"", "other"})
"""A kind or a class that says nothing."""


class Candidate(NamedTuple):
    """A template one of whose phrases the task holds, with what it matched.

    Attributes:
        reading: The task's reading.
        template: The template.
        phrase: The phrase that matched, as written in the template.
        matched: The phrase's key words (all in the task).
        keys: The task's key words.
        verb: The key words of the task's verb.
        core: The key words of the verb and its object: what the task is about.
    """

    reading: TaskReading
    template: TaskTemplate
    phrase: str
    matched: frozenset[str]
    keys: frozenset[str]
    verb: frozenset[str]
    core: frozenset[str]


FitRule = Callable[[Candidate, TaskLexicon], str]
"""A fit rule: why this template does not fit the task, or `""` when nothing says so."""

_ANY_OBJECT: Final = UNKNOWN | {"person", "for-someone"}
"""Classes that never refuse a template on the object: a person or someone's dose is who
the task is for ("chase Sam for the money"), and the kind says what to do."""

_TO_THE_PERSON: Final = frozenset({"message", "call"})
"""Kinds whose object is the person reached; the words after them say what the task is."""


def candidate(reading: TaskReading, template: TaskTemplate, phrase: str) -> Candidate:
    """The candidate for a template whose phrase the task holds."""
    keys = frozenset(keywords(" ".join(reading.words)))
    verb = frozenset(keywords(reading.verb))
    core = verb | frozenset(keywords(f"{reading.object} {reading.thing}"))
    if reading.kind in _TO_THE_PERSON and reading.object_class == "person":
        core = keys  # "text Sam happy birthday": what to say follows the person
    elif reading.kind in _TO_THE_PERSON:
        core |= frozenset(keywords(" ".join(reading.people)))  # "msg landlord boiler broke"
    return Candidate(reading, template, phrase, frozenset(keywords(phrase)), keys, verb, core)


# -- the fit rules ----------------------------------------------------------------------------


def for_an_animal_only_its_care(c: Candidate, lex: TaskLexicon) -> str:
    """An animal's task gets only a template for an animal (kind `pet-care`).

    "book the cat in for her jabs" never gets the person's own jab at the GP.
    """
    if c.reading.object_class == "pet" and "pet-care" not in c.template.kinds:
        return "an animal's task, and a template for a person"
    return ""


def not_your_own_for_someone_else(c: Candidate, lex: TaskLexicon) -> str:
    """A dose for someone else never gets the steps for your own ("sort dads medication")."""
    if c.reading.object_class == "for-someone" and c.template.area == "self-care":
        return "a task for someone else, and a template for your own care"
    return ""


def on_the_way_it_names(c: Candidate, lex: TaskLexicon) -> str:
    """A task that names its way of getting in touch never gets another ("email the landlord")."""
    channels = c.template.channels
    if c.reading.channel and channels and c.reading.channel not in channels:
        return f"the task says {c.reading.channel}, the template {', '.join(channels)}"
    return ""


def fits_the_verb(c: Candidate, lex: TaskLexicon) -> str:
    """A task whose verb has a kind gets only a template of that kind ("cancel the gym")."""
    kind = c.reading.kind
    if kind not in UNKNOWN and c.template.kinds and kind not in c.template.kinds:
        return f"the verb means {kind}, the template {', '.join(c.template.kinds)}"
    return ""


def never_the_opposite(c: Candidate, lex: TaskLexicon) -> str:
    """Never the opposite action, whatever the reading's confidence.

    Where the template does not answer the task's kind (the reading's, or where that says
    nothing, the kind its verb has in the lexicon), none of its kinds may be that kind's
    opposite, nor may the verb its matched phrase starts with: "send rent to the landlord"
    never gets the steps for chasing rent, "bring the geraniums in" never "take them out".
    """
    for kind in _task_kinds(c.reading, lex):
        if kind in c.template.kinds:
            continue  # it answers this kind: "pay me back" is how being owed is typed
        theirs = set(c.template.kinds) | _phrase_kinds(c, lex)
        clash = lex.opposite.get(kind, frozenset()) & theirs
        if clash:
            return f"the task means {kind}, the template the opposite ({min(clash)})"
    return ""


def never_the_opposite_verb(c: Candidate, lex: TaskLexicon) -> str:
    """Never a template whose own verb undoes the task's, whatever their kinds.

    Some verbs undo each other within one kind (`reading.toml [opposite_verbs]`, read both
    ways): "drop off the prescription" never gets the steps for picking it up, "take the
    cot apart" never the steps for putting it together. The template's verb is how its
    title or its matched phrase starts.
    """
    mine = c.reading.verb.casefold()
    if not mine:
        return ""
    theirs = (f"{c.template.title.casefold()} ", f"{c.phrase.casefold()} ")
    for verb in _opposite_verbs(lex).get(mine, ()):
        if any(text.startswith(f"{verb} ") for text in theirs):
            return f"the task's verb {mine!r} undoes the template's {verb!r}"
    return ""


def _opposite_verbs(lex: TaskLexicon) -> dict[str, frozenset[str]]:
    """`[opposite_verbs]` read both ways, made once per lexicon."""
    found = _OPPOSITES.get(id(lex))
    if found is None or found[0] is not lex:
        pairs: dict[str, set[str]] = {}
        for verb, others in lex.maps.get("opposite_verbs", {}).items():
            for other in others.split("|"):
                pairs.setdefault(verb, set()).add(other)
                pairs.setdefault(other, set()).add(verb)
        found = _OPPOSITES[id(lex)] = (lex, {v: frozenset(o) for v, o in pairs.items()})
    return found[1]


_OPPOSITES: dict[int, tuple[TaskLexicon, dict[str, frozenset[str]]]] = {}


def fits_the_object(c: Candidate, lex: TaskLexicon) -> str:
    """The template's object is of the task's object's class, or of its family.

    The template's object classes are its `classes` where it declares them, else the
    classes of the things its matched phrase names. Only where both are known (the task
    names a thing) and the phrase did not match the task's own thing (its noun before any
    "for", "in", "from"...): "skip for the garden clear out" (a skip) never gets the
    garden's steps. A person named in either says who, not what.
    """
    cls = c.reading.object_class
    named = _template_classes(c, lex)
    if cls in _ANY_OBJECT or not c.reading.thing or not named:
        return ""
    if c.matched & _own_words(c.reading, lex):
        return ""
    families = lex.maps.get("class_family", {})
    mine = families.get(cls, cls)
    if cls in named or mine in {families.get(n, n) for n in named}:
        return ""
    return f"the task's object is {cls}, the template's {', '.join(sorted(named))}"


def on_the_head_noun(c: Candidate, lex: TaskLexicon) -> str:
    """A phrase matched only on a noun used as a modifier of the object's head never answers.

    A noun before the head says what kind of thing the head is, not what the task is: "the
    gas safety check" is a check to book, not gas to buy; "the washing machine warranty" a
    warranty. The template is refused where the object is one compound (no little word
    between the nouns), its head is a noun the lexicon knows and no part or flaw of the
    thing before it ("the smoke alarm battery" is the alarm's), the phrase's own words (not
    the verb's) all name the modifier, and the template's classes hold the modifier's class
    but not the head's (nor its family). When no template is sure, the kind reading answers.
    """
    r = c.reading
    said = c.matched - c.verb
    named = _template_classes(c, lex)
    if not said or not named or r.object_class in _ANY_OBJECT:
        return ""
    found = _compound(r, lex)
    if found is None:
        return ""
    modifier, head_class = found
    if not said <= modifier or head_class not in lex.sets.get("head_classes", frozenset()):
        return ""
    families = lex.maps.get("class_family", {})
    theirs = {families.get(n, n) for n in named}
    if families.get(head_class, head_class) in theirs:
        return ""
    return f"matched on {', '.join(sorted(said))}, a modifier of the head noun {r.thing}"


def _compound(r: TaskReading, lex: TaskLexicon) -> tuple[frozenset[str], str] | None:
    """The key words before the head of a one-compound object, and the head's class.

    `None` where the object is no compound of known nouns ending on its head: a little
    word or a number between, a head the lexicon does not know, or a part or a flaw.
    """
    words = [w for w in r.object.casefold().replace("'s", "").split() if w]
    words = [w for w in words if w not in lex.sets["determiners"] and w not in _OWNERS]
    head = frozenset(keywords(r.thing))
    at = max((i for i, w in enumerate(words) if frozenset(keywords(w)) & head), default=-1)
    if at < 1 or at != len(words) - 1:
        return None
    stops = lex.sets["prepositions"] | lex.sets["object_stop"] | lex.sets.get("list_joins", set())
    if any(w in stops or not w.isalpha() for w in words):
        return None
    parts = lex.sets.get("parts", frozenset()) | lex.sets.get("flaws", frozenset())
    if words[at] in parts or words[at].removesuffix("s") in parts:
        return None
    for start in range(at + 1):  # the longest noun ending on the head: "gas safety check"
        noun = lex.noun_at(words, start)
        if noun is not None and start + noun[0] - 1 == at:
            return frozenset(keywords(" ".join(words[:at]))), noun[1]
    return None


_OWNERS: Final = frozenset({"your", "my", "mums", "dads", "kids"})
"""Owners before an object, no part of its compound ("your mum's birthday parcel")."""


def on_a_thing_of_its_own(c: Candidate, lex: TaskLexicon) -> str:
    """A phrase naming part of another thing never answers: "food bank shift", no bank visit.

    Unless the template is for that thing's class ("replace the light bulb": no plant bulb).
    """
    other = in_another_thing(c.reading.words, c.matched - c.verb, lex)
    if not other or other in _template_classes(c, lex):
        return ""
    return f"matched on part of a thing of another class ({other})"


def says_enough(c: Candidate, lex: TaskLexicon) -> str:
    """One word is too little to guess a task that says nothing of what to do."""
    if not c.reading.kind and len(c.matched) == 1:
        return "no verb, and one word matched"
    return ""


def more_than_the_verb(c: Candidate, lex: TaskLexicon) -> str:
    """A phrase of the verb alone never answers when the object says more.

    "message my cousin", "get the tree up": the person or the thing leads; but a firm verb
    is the task itself ("print lecture notes": the notes are what is printed).
    """
    r = c.reading
    known = r.object_class not in UNKNOWN
    if r.verb in lex.sets.get("firm_verbs", frozenset()):
        return ""
    if c.matched <= c.verb and (_someone(r) or (known and r.kind == "other")):
        return "matched on the verb alone"
    return ""


def on_the_task_itself(c: Candidate, lex: TaskLexicon) -> str:
    """A phrase matched only on words beside the verb and its object never answers.

    "plants from the garden centre": the garden centre is where, not what; "clean the
    windows in the living room" is no room to clean (a phrase's verb alone is not the task,
    where the phrase names a thing too). Unless the
    template's title starts with the task's own verb (not a light one): "bring geraniums in
    before the frost" is what "Bring pots in before a frost" does; or the phrase names where
    the task takes its thing or says its act (`to_its_place`, `by_its_cue`: "on marketplace").
    """
    r = c.reading
    known = r.object_class not in UNKNOWN
    verb = r.verb.split()[:1]
    said = c.template.title.casefold().split()[:1] == verb and verb[0] not in lex.sets["light"]
    named = c.matched - c.verb or c.matched  # "clean room": the room, not the cleaning
    if known and not named & c.core and r.object_class != "pet" and not said:
        if to_its_place(c, lex) or by_its_cue(c, lex):  # "take clothes to charity shop",
            return ""  # "old pram on fb marketplace": the shop or the site says the task
        return "matched beside the task, not on it"
    return ""


TEMPLATE_FITS: Final[tuple[FitRule, ...]] = (
    for_an_animal_only_its_care,
    not_your_own_for_someone_else,
    on_the_way_it_names,
    fits_the_verb,
    not_booked_again,
    never_the_opposite,
    never_the_opposite_verb,
    its_own_act,
    fits_the_object,
    on_the_head_noun,
    on_a_thing_of_its_own,
    says_enough,
    more_than_the_verb,
    on_the_task_itself,
    not_on_why_or_when,
)
"""The fit rules, in order; a template that one of them refuses never answers the task."""


def refusal(c: Candidate, lex: TaskLexicon, rules: tuple[FitRule, ...] = TEMPLATE_FITS) -> str:
    """Why the template does not fit the task (the first rule that says so), or `""`."""
    for rule in rules:
        why = rule(c, lex)
        if why:
            return why
    return ""


def sureness(c: Candidate, lex: TaskLexicon) -> float:
    """How sure a fitting template is, 0 to 1: the verb's evidence times the object's.

    The verb: the reading's confidence when its kind is one the template answers. When the
    task has no verb, or the phrase names the act itself ("defrost mince"), half. When the
    task's verb is one of no kind the template answers ("sit in the garden", "ponder the
    loft conversion"), a quarter: the template would answer another act. The object: whole
    when the phrase matched the task's own thing or names its class; 0.7 otherwise (a
    near class, or one not known).
    """
    r = c.reading
    if r.kind in c.template.kinds:
        verb = r.confidence
    elif r.kind == "other" and r.verb and not c.matched & c.verb and not _phrase_kinds(c, lex):
        verb = 0.25
    else:
        verb = 0.5
    own = bool(c.matched & _own_words(r, lex)) or r.object_class in _template_classes(c, lex)
    return round(verb * (1.0 if own else 0.7), 3)


# -- helpers ----------------------------------------------------------------------------------


def _own_words(reading: TaskReading, lex: TaskLexicon) -> frozenset[str]:
    """The key words of the object's own noun and its head noun.

    Its words before any preposition: "skip for the garden" is a skip.
    """
    words = reading.object.casefold().split()
    stop = lex.sets["prepositions"] - {"of"}  # "a patch of mould": the mould
    at = next((i for i, w in enumerate(words) if w in stop), len(words))
    return frozenset(keywords(" ".join([*words[:at], reading.thing])))


def _template_classes(c: Candidate, lex: TaskLexicon) -> frozenset[str]:
    """The template's object classes: its own `classes`, else those its phrase names.

    The phrase's: the classes of the things it names ("mow lawn": outdoor-area), not the
    task's own verb ("water" in "water the tomatoes"), nor a person.
    """
    if c.template.classes:
        return frozenset(c.template.classes)
    words = c.phrase.casefold().split()
    verb = c.verb
    found: set[str] = set()
    i = 0
    while i < len(words):
        noun = lex.noun_at(words, i)
        if noun is None or frozenset(keywords(" ".join(words[i : i + noun[0]]))) <= verb:
            i += 1
            continue
        found.add(noun[1])
        i += noun[0]
    return frozenset(found - _ANY_OBJECT - {"organisation"})


def _phrase_kinds(c: Candidate, lex: TaskLexicon) -> set[str]:
    """The kind of the verb the matched phrase starts with ("pay bill": pay), if any."""
    verb = lex.verb_at(c.phrase.casefold().split(), 0)
    return {verb[1]} if verb is not None and verb[1] not in UNKNOWN else set()


def _task_kinds(reading: TaskReading, lex: TaskLexicon) -> set[str]:
    """The reading's kind; where it says nothing, the kind its verb has in the lexicon."""
    if reading.kind not in UNKNOWN:
        return {reading.kind}
    verb = lex.verb_at(reading.verb.split(), 0) if reading.verb else None
    if verb is not None and verb[0] == len(reading.verb.split()):
        return {verb[1]} - UNKNOWN
    return set()
