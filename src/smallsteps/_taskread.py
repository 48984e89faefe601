"""Reading a task a person types: what they mean to do, to what, for whom, and by when.

`read_task("ring mum back about sunday lunch by fri")` finds the verb first (phrasal verbs
too: "ring ... back"), its kind (`call`), the object as typed ("mum") and its class
(`person`), the people named, a deadline ("Friday"), what is done ("bags already packed"),
side comments ("price going up") and hazards (a ladder: height). The knowledge is data
(`_tasklex`); where the verb is weak, the thing says the act (`_taskacts`).
"""

from __future__ import annotations

from typing import Final

import attrs

from . import _taskcues as cues
from . import _taskparts as parts
from . import _taskto, _taskwho
from ._errors import ValidationError
from ._taskacts import by_the_thing
from ._taskanimal import for_an_animal
from ._taskbooked import booked_instead
from ._taskchannel import channel
from ._taskcues import Token
from ._taskdash import lone_thing_first
from ._taskdash import with_referent as with_referent_first
from ._taskfetch import fetched
from ._taskhead import as_asked, headed, with_context_hazards
from ._taskhelp import helped
from ._taskimplied import asked_after, with_implied_verb
from ._taskjoined import after_a_second_verb
from ._tasklex import TaskLexicon, default_task_lexicon
from ._taskmodel import class_features, default_class_model, default_kind_model, features
from ._taskneeds import fitting_kind
from ._tasknext import next_task
from ._taskobject import (
    clause_end,
    head_noun,
    object_end,
    part_of,
    phrase,
    recipient,
    whole_first,
    words_for,
)
from ._taskown import own_words, sound, vague
from ._taskpests import pests
from ._taskplace import a_space, place
from ._taskreading import MAX_CHARS, TaskReading, _tokens
from ._taskreturn import given_back
from ._taskterms import terms
from ._tasktopic import topic
from ._taskvisit import to_go_to
from ._taskwhen import deadline as when_due
from ._taskwordclass import owners

__all__ = ["TaskReading", "read_by_rules", "read_task"]

MODEL_SURE: Final = 0.4
"""Below this probability the word model leaves a kind the rules found as it is."""

CLASS_VETO: Final = 0.02
"""A class the rules found stands unless the class model gives it less than this chance:
the model vetoes a misreading ("fix the wobbly chair leg": a chair's leg), names a class
where the rules found none, and leaves the rules' finer reads alone."""

CLASS_SURE: Final = 0.5
"""Where the rules found no class, the class model names one only this sure."""

_SAID_CLASSES: Final = frozenset({"person", "for-someone"})
"""Classes read from the task's shape, never overruled by the class model when it names people."""

_DONE: Final = ("ed", "done", "sent", "paid", "bought", "got")
"""Endings of a word that says a thing is done ("already printed", "already sent")."""


def read_task(task: str, lexicon: TaskLexicon | None = None) -> TaskReading:
    """Read a task a person typed: the verb and its kind, the object and its class, and more.

    The rules read the task first (`read_by_rules`); then the word model of `_taskmodel`
    weighs its words with that reading and settles the kind: it reads new writers' tasks
    ("dishwasher tabs on the way home") far better than rules alone; a kind of a host's own
    lexicon it does not know stays. Where the verb is missing or weak, the thing says the act
    (`by_the_thing`: "jess's casserole dish" goes back to Jess). Last, a task for an animal is
    read as its care (`for_an_animal`): "book the cat in for her jabs" books the vet.

    Args:
        task: The task in the person's words.
        lexicon: The verbs and nouns; `default_task_lexicon()` when `None`.

    Returns:
        The reading; fields the task does not say are empty.

    Example:
        >>> r = read_task("ring mum back by fri")
        >>> r.verb, r.kind, r.object_class, r.people, r.deadline
        ('ring back', 'call', 'person', ('mum',), 'Friday')
    """
    if lexicon is not None and not isinstance(lexicon, TaskLexicon):
        raise ValidationError("lexicon", f"expected a TaskLexicon, got {type(lexicon).__name__}")
    lex = lexicon or default_task_lexicon()
    typed = _tokens(task[:MAX_CHARS] if isinstance(task, str) else "")  # checked by the rules
    said = headed(task[:MAX_CHARS], lex) if isinstance(task, str) else task  # its head
    re_said = isinstance(task, str) and said != task[:MAX_CHARS]
    head = _tokens(said) if re_said else typed
    weighed = _weighed(said, lex)
    handed = re_said and said.startswith("ask ")  # handed over: asking them is the task
    weighed = as_asked(weighed, read_by_rules(said, lex)) if handed else weighed
    reading = for_an_animal(by_the_thing(weighed, head, lex), head, lex)
    reading = to_go_to(reading, head, lex)  # "dentist 3pm thurs": booked, to go to
    reading = pests(reading, [t.word for t in typed], lex)
    if re_said and not handed:  # a hazard named in the context still gets its calm step
        reading = with_context_hazards(reading, typed, lex)
    return terms(typed, reading, lex)  # "just the kitchen", "15 mins", "if it's dry"


def _weighed(task: str, lex: TaskLexicon) -> TaskReading:
    """The rules' reading, its kind and class weighed by the word models."""
    rules = read_by_rules(task, lex)
    model = default_kind_model()
    if rules.kind and rules.kind not in model.kinds:
        return rules
    if rules.kind and rules.kind == cues.destination(lex, rules.words):
        return rules  # "take the old sofa to the tip": the place says what the task is
    little = lex.sets["determiners"] | lex.sets["prepositions"] | lex.sets["lead"]
    if not model.knows([w for w in rules.words if w not in little]):
        return rules  # no word of substance it learned from: the rules' reading stands
    found = features(rules.words, rules.verb, rules.kind, rules.object_class, rules.thing)
    kind, chance = model.weigh(found)
    firm = rules.verb in lex.sets.get("firm_verbs", frozenset()) or booked_instead(rules, lex)
    if rules.kind and (chance < MODEL_SURE or firm):  # unsure, or a firm verb: the rules' kind
        kind, chance = rules.kind, rules.confidence
    object_class = _object_class(rules, lex)
    named = cues.classes([t.word for t in _tokens(task[:MAX_CHARS])], lex)
    steered = fitting_kind(  # "move savings into the isa": money is never packed in boxes
        kind,
        object_class,
        [object_class, rules.object_class, *named],
        [
            (lex.by_class.get(object_class, ""), rules.confidence),  # a skill is practised
            (rules.kind, rules.confidence),  # the verb's kind, its object rules
        ],
        model.ranked(found),
        lex,
    )
    if steered:  # "finish the food hygiene course modules": no dose of medicine
        kind, chance = steered
    if kind == "take-medicine" and rules.whom and not rules.together:
        object_class = "for-someone"  # "lily calpol at 6": given to Lily
        known = {p.casefold().removesuffix("'s") for p in rules.people}
        if rules.whom.casefold() not in known:  # "Dad's pill box": Dad once
            rules = attrs.evolve(rules, people=(*rules.people, rules.whom))
    typed = [t.word for t in _tokens(task[:MAX_CHARS])]
    owner = _taskto.kin_owner(typed, lex) if kind == "take-medicine" else ""
    if owner and object_class != "for-someone":  # "mums baclofen - ...": given to mum
        given = rules.object if rules.object not in ("", "it") else f"your {owner}'s {typed[1]}"
        object_class, rules = "for-someone", attrs.evolve(rules, people=(owner,), object=given)
    if kind == "take-medicine" and _taskto.for_a_child(rules.words, rules.people, lex):
        object_class = "for-someone"  # "calpol 0-3 month dose": given to a child
        rules = attrs.evolve(rules, people=_taskto.to_a_child(rules.people, lex))
    if (kind, object_class) == (rules.kind, rules.object_class):
        return attrs.evolve(rules, confidence=round(chance, 3))
    # hands-on work or not, and with what: the hazards follow the kind and the class
    every = [lex.mend(t.word) or t.word for t in _tokens(task[:MAX_CHARS])]
    hazards = cues.hazards(rules.words, every, lex, kind, object_class)
    return attrs.evolve(
        rules, kind=kind, object_class=object_class, confidence=round(chance, 3), hazards=hazards
    )


def _object_class(rules: TaskReading, lex: TaskLexicon) -> str:
    """The object's class: the rules', unless the class model finds it unlikely.

    Where the rules found none, the model's when it is sure (`CLASS_SURE`), unless the thing
    names no thing ("something": `[sets] no_class_things`). A part stays a part of the whole
    the model reads (`[parts_of]`): "fix the car wiper" is no car.
    """
    model = default_class_model()
    said = rules.object_class
    if said in _SAID_CLASSES and rules.people:
        return said
    if said and said not in model.kinds:
        return said  # finer than the model's classes ("topical-medicine"), or rarer
    found = class_features(rules.words, rules.verb, rules.kind, said, rules.thing, rules.object)
    if said not in ("", "other"):
        whole = said if model.chance(found, said) >= CLASS_VETO else model.weigh(found)[0]
        return said if lex.maps.get("parts_of", {}).get(whole) == said else whole
    if rules.thing.casefold() in lex.sets.get("no_class_things", frozenset()):
        return said  # "print something": no thing to class
    object_class, chance = model.weigh(found)
    return object_class if chance >= CLASS_SURE else said


def read_by_rules(task: str, lexicon: TaskLexicon | None = None) -> TaskReading:
    """Read a task with the rules alone, as the word model sees it before it weighs the words.

    Args:
        task: The task in the person's words.
        lexicon: The verbs and nouns; `default_task_lexicon()` when `None`.

    Returns:
        The reading; its `confidence` says how much of the task the rules could read.
    """
    if not isinstance(task, str):
        raise ValidationError("task", f"expected text, got {type(task).__name__}")
    if lexicon is not None and not isinstance(lexicon, TaskLexicon):
        raise ValidationError("lexicon", f"expected a TaskLexicon, got {type(lexicon).__name__}")
    lex = lexicon or default_task_lexicon()
    task = headed(task[:MAX_CHARS], lex)  # its context left out: `_taskhead`
    reading = _by_rules(task, lex)
    again = helped(task, reading)  # "help dad with online banking": online banking, for dad
    return _by_rules(again, lex) if again else reading


def _by_rules(task: str, lex: TaskLexicon) -> TaskReading:
    """The rules' reading of a task (`read_by_rules`, its arguments checked)."""
    task, then = next_task(task[:MAX_CHARS], _tokens, lex)  # "ring gp then pick up meds"
    tokens = [  # a verb or noun typed with a slip ("aplly", "kettel") read as meant
        Token(t.typed, lex.mend(t.word) or t.word) for t in _tokens(task)
    ]
    tokens = cues.without_lead(tokens, lex)
    tokens = with_implied_verb(tokens, lex)  # "decorations up": put them up
    tokens = asked_after(tokens, lex)  # "NI letter - where is it?": find it
    segments = parts.segments(tokens, lex)
    deadline = when_due(tokens, lex)
    verbs = [parts.verb([t.word for t in s], lex, owners(s)) for s in segments]  # once each
    verbs = lone_thing_first(segments, verbs, lex)  # "deposit - check the scheme"
    at, done, asides = parts.main_part(segments, verbs, lex)
    main = segments[at] if segments else []
    start, verb = verbs[at] if segments else (0, parts.NO_VERB)
    with_referent = with_referent_first(at, segments, verbs, lex)
    if with_referent is not main:  # "BATHROOM - clean it": the verb stays, its object grows
        main = with_referent
        start, verb = parts.verb([t.word for t in main], lex, owners(main))
    if parts.a_side_step(main, start, verb, lex):  # "weedkiller on the patio | keep the dog in"
        asides = [*asides, main[start:]]
        main, start, verb = main[:start], 0, parts.NO_VERB
    cut = parts.side_note_at([t.word for t in main], start + verb[0], lex)
    joined = main is not segments[at] if segments else False  # "gas again?? | sort it"
    if cut is not None and verb[3] < cut and len(main) - cut > 1 and not joined:
        note, main = main[cut:], main[:cut]  # "renew car insurance | price going up"
        said_done = not any(t.word in ("already", "done") for t in main)
        if said_done and done is segments[at]:
            done = []  # what is done, if anything, is in the note
        if note[0].word == "already" and any(t.word.endswith(_DONE) for t in note[1:]):
            done = note  # "post parcel label | already printed", not "| already late"
        else:
            asides = [*asides, note]
    words = [t.word for t in main]
    v_len, kind, verb_words, particle_at = verb
    obj_from = after_a_second_verb(words, start + v_len, lex)  # "sign and send back | the form"
    obj_to = object_end(words, obj_from, particle_at, lex)
    obj_tokens = cues.before_result(list(main[obj_from:obj_to]), verb_words, lex)
    after_a_thing = bool(obj_tokens) and obj_tokens[0].word in lex.sets["prepositions"]
    timed = lex.maps.get("days", {}).keys() | lex.maps.get("when", {}).keys()
    if obj_tokens and all(t.word in timed for t in obj_tokens):
        obj_tokens = []  # "clover cage clean out weekend": the weekend is when, the cage what
    if (not obj_tokens or after_a_thing) and start > 0:  # "shed needs putting up", "essay plan
        # for sociology": the object came first, what follows the verb is for whom or what
        lead = [t for t in main[:start] if t.word not in ("need", "needs", "needed")]
        obj_tokens = lead[: clause_end([t.word for t in lead], lex)]  # "fuse box | keeps"
    obj_words = [t.word for t in obj_tokens]
    rest = [w for i, w in enumerate(words[obj_from:], start=obj_from) if i != particle_at]
    due = next((i for i, w in enumerate(rest) if w in lex.sets["deadline"]), len(rest))
    rest = rest[:due]  # "before mum visits" says when, not what
    head, object_class = head_noun(obj_words, lex)
    space = a_space(obj_tokens, kind, lex)  # "clear out under the sink": the space under it
    if space:
        obj_tokens, head, object_class = space, 1, "container"
    if not object_class and not verb_words:  # no verb: "dentist appt for the kids"
        head, object_class = head_noun(words, lex)
        obj_tokens = main[: clause_end(words, lex)]  # "piano 20 mins": the piano
    object_class = part_of(words[obj_to:], object_class, lex)
    people = cues.people(tokens, main, lex)
    someone_fetched = fetched(" ".join(verb_words), obj_tokens, lex)  # "collect ollie from footy"
    if someone_fetched:
        obj_tokens, head, object_class = someone_fetched, 0, "person"
        people = tuple(dict.fromkeys((*people, " ".join(t.typed for t in someone_fetched))))
    little = lex.sets["determiners"] | lex.sets["prepositions"]
    named = [t for t in obj_tokens if t.word not in little][:1]
    acronym = bool(named) and len(named[0].typed) > 1 and named[0].typed.isupper()
    if not object_class and acronym and kind in lex.sets["to_people"]:
        object_class = "organisation"  # "pay DSTV", "ring BT": a company, not a person
    if (
        not object_class
        and named
        and named[0].word not in lex.sets.get("not_names", frozenset())  # "answers out loud"
        and (
            named[0].typed[:1].upper() + named[0].typed[1:] in people
            or kind in lex.sets["to_people"]
        )
    ):
        object_class = "person"  # "text priya back", "reply to sam": a name is a person
        pronoun = named[0].word in lex.sets.get("pronoun_people", frozenset())
        if not pronoun and lex.noun_at([named[0].word], 0) is None:  # a name, capitalised
            name = named[0].typed[:1].upper() + named[0].typed[1:]
            if not any(name in who.split() for who in people):  # "Anna" of "Anna Maria"
                people = tuple(dict.fromkeys((*people, name)))
            obj_tokens = [Token(name, t.word) if t is named[0] else t for t in obj_tokens]
    names = {part.casefold(): part for who in people for part in who.split() if part[:1].isupper()}
    obj_tokens = [  # "text auntie jo": the name as a name, "auntie Jo"
        Token(names[t.word], t.word) if t.word in names and t.typed.islower() else t
        for t in obj_tokens
    ]
    verb_base = " ".join(verb_words)
    listed = parts.a_shopping_list(segments, verbs, lex)
    if listed:
        kind = "buy"  # "milk, eggs, shampoo": things to get, whatever each is for
        verb_words, verb_base = (), ""
    elif verb_words:
        found = [object_class, *cues.classes(rest, lex)]
        ruled = " " in verb_base and any(c in lex.by_object.get(verb_base, {}) for c in found)
        kind = cues.kind_with_object(lex, verb_base, kind, found)
        # a phrasal verb's rule for its object ("get out of" a contract) outranks a light reading
        light = "" if ruled else cues.light(lex, verb_base, kind, rest, object_class)
        kind = light or kind
        whoever = (*people, *lex.sets.get("pronoun_people", frozenset()))
        spoken = (  # "dm Jo congrats": Jo; "chase Tom for the 40 quid": the money, read below
            kind in lex.sets.get("to_the_person", frozenset())
            or verb_base in lex.sets.get("meeting", frozenset())  # "meet Sophie for lunch"
        ) and verb_base not in lex.sets.get("pressing", frozenset())
        obj_tokens, head = recipient(obj_tokens, head, whoever, bool(light), lex, spoken)
        if head < 0 and obj_tokens:  # "chase tom for the 40 quid": quid, the phrase's end
            head = head_noun([t.word for t in obj_tokens], lex)[0] % len(obj_tokens)
        if " ".join(t.word for t in obj_tokens) in {p.casefold() for p in people}:
            object_class = "person"  # "call nan its her birthday": nan is the object
    else:
        kind = cues.kindless(lex, words, object_class)
    pressing = verb_base in lex.sets.get("pressing", frozenset())
    asking = pressing or verb_base in lex.sets.get("asking", frozenset())
    if kind == "message" and asking and parts.names_money(words[obj_from:], lex):
        kind = "ask-money-owed"  # "nudge jake re the festival money", "ask Ramesh for 2000 rs"
    if verb_words and verb_words[0] in lex.sets.get("carry", frozenset()):
        kind = cues.destination(lex, words[obj_to:]) or kind  # "take it to the tip": tidy
    cue = cues.cue(lex, parts.undated([t.word for t in tokens], lex))
    if cue == "renew":  # the milk running out is shopping, wherever the milk is named
        consumable = lex.maps["consumable"]
        found = [c for c in (object_class, *cues.classes(words, lex)) if c in consumable]
        cue = consumable[found[0]] if found else cue
    light_verb = not verb_words or verb_words[0] in lex.sets["light"]
    if light_verb or kind not in lex.sets.get("firm", frozenset()):  # "order x before it runs out"
        kind = cue or kind
    hazards = cues.hazards(words, [t.word for t in tokens], lex, kind, object_class)
    thing = obj_tokens[head].typed if 0 <= head < len(obj_tokens) else ""
    whom = cues.named(people, lex)
    if (
        kind in lex.sets.get("money_kinds", frozenset())
        and object_class in ("money", "person")
        and whom[:1]
        and whom[0].istitle()
    ):
        object_class = "person"  # "ask jo for the tenner back": a chat with Jo (the thing stays)
        obj_tokens = [Token(whom[0], whom[0].casefold())]
    who = _taskwho.whom(tokens, lex)
    if kind == "return":  # "give the ladder back to next door": to a person, not a shop
        obj_tokens, people, to = given_back(obj_tokens, people, who, main[obj_to:], lex)
        object_class = "person" if to else object_class
    if kind == "pack-move" and [t.word for t in obj_tokens[:1]] == ["for"]:
        object_class = "luggage"  # "pack for Cebu": a bag for a trip, not boxes for a move
        obj_tokens = [Token(lex.maps.get("implied", {}).get("luggage", "your bag"), "bag")]
    if kind == "take-medicine" and who and not who.together and not cues.named(people, lex):
        people = (*people, who.who)  # "lily calpol at 6", "dads tablets": given to them
    if kind == "take-medicine" and cues.named(people, lex):
        object_class = "for-someone"  # "give ellie her calpol": the pattern for giving it
    if kind in lex.sets["to_the_person"] and not whom and _taskto.no_one(obj_tokens, lex):
        someone = _taskto.someone_named(tokens, lex)  # "Kai's carer: ... let her know"
        if someone:
            obj_tokens, object_class = someone, "person"
            said_as = " ".join(t.typed for t in someone)
            people = tuple(dict.fromkeys((said_as, *people)))
    shop = "" if object_class == "person" else place(tokens, kind, lex)  # "from Bunnings"
    people = tuple(p for p in people if p != shop)
    limit = words_for(obj_tokens, lex)  # "the hole in the living room carpet": all of it
    said = phrase(whole_first(obj_tokens, lex), lex, limit)  # "the kitchen table's leg"
    if listed:  # the whole list is the object: "toothpaste, shampoo and deodorant"
        items = [phrase(list(s), lex) for s in segments if not parts.a_shop(s, lex)]
        said = ", ".join(items[:-1]) + " and " + items[-1] if len(items) > 1 else items[0]
        asides = []
    elif not sound(said, lex) and (said or verb_words):  # "draft 1": the person's words
        rest_of = [s for s in segments if s is not main]
        ing = main[start : start + 1] if main[start:] and main[start].word.endswith("ing") else []
        said = own_words([[*main[:start], *ing], *rest_of, main[obj_from:]], lex)
    elif vague(said, lex):  # "student finance - do the application": the topic comes first
        said = own_words(segments[: segments.index(main)] if main in segments else [], lex) or said
    said = _taskwho.owned_object(
        said, who, lex, [t.word for t in tokens]
    )  # "dads repeat prescription": your dad's
    return TaskReading(
        verb=verb_base,
        kind=kind,
        object=said,
        thing=thing,
        object_class=object_class,
        people=people,
        deadline=deadline,
        done=" ".join(t.typed for t in done),
        aside=" ".join(" ".join(t.typed for t in a) for a in asides),
        hazards=hazards,
        confidence=(0.6 if verb_words else 0.3) + (0.4 if object_class else 0.0),
        words=tuple(w for w in words if w),
        channel=channel(words, verb_base, lex),
        whom=who.who if who else "",
        together=bool(who and who.together),
        topic=topic(main, lex),
        then=then,
        place=shop,
    )
