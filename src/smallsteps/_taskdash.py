"""A thing typed first, then a dash and the verb: "oven racks - soak overnight in the bath".

People often name the thing first and say what to do with it after a dash or a comma. The
part after the dash has the verb; the part before, the thing it acts on, in these shapes:

- "BATHROOM - clean it": the pronoun after the verb stands for the thing;
- "hulu - get rid", "door seal - order from the maker": the verb has no object of its own;
- "oven racks - soak overnight in the bath": only how long or when follows the verb
  (`[sets] after_verb_when`);
- "Marcus's leaving card - sign + put £5 in": a second verb follows the first;
- "Dad's dosette box - check the new dose first", "car insurance renewal - get quotes":
  a verb of a step towards the thing (`[sets] step_verbs`), whose own object is part of
  the work on the thing named first. Never a person named first: "housing officer mon
  11am - bring tenancy agreement" brings the agreement; nor when the step's own object is a
  person: "light not working - get electrician" gets the electrician in;
- "biscuit's nails - clip or pay vet nurse": another act offered after "or";
- "washing machine drawer - black gunk": no verb in either part, and the second names the
  act (a noun of a kind, `[noun_kind]`, or a cue, `[cue]`): the two are read as one.

A first part of one word that may be a thing or an act ("deposit", "charge"), before a part
with a verb of its own, names the thing (`lone_thing_first`): "deposit - check which
protection scheme its in" checks the scheme; no deposit is paid.

A word typed in capitals is a name, not a pronoun: "ring IT helpdesk" rings the helpdesk.
"""

from __future__ import annotations

from collections.abc import Sequence

from ._taskcues import Token, noun_kind
from ._tasklex import TaskLexicon
from ._taskobject import head_noun
from ._taskparts import NO_VERB, VerbAt, starts_with_verb
from ._taskwhen import CLOCK
from ._taskwordclass import noun_or_verb

__all__ = ["lone_thing_first", "with_referent"]

_BREAK = Token(",", "then")
"""A joint between the thing and the step's own words: the object ends there."""


def with_referent(
    at: int,
    segments: list[list[Token]],
    verbs: Sequence[VerbAt],
    lex: TaskLexicon,
) -> list[Token]:
    """The main part with the thing typed before it, where that thing is what the verb acts on.

    When the object after the verb is only "it", "them" or "this", the part just before
    names it; its words take the pronoun's place. When the part before has no verb and
    names the thing, and the verb has no object, or only a when, a second verb or a step's
    own object after it, that part is its object (the shapes of the module's doc).
    """
    verbless = at == 0 and len(segments) > 1 and not verbs[0][1][2] and not verbs[1][1][2]
    if verbless and _names_its_act([t.word for t in segments[1]], lex):
        # "washing machine drawer - black gunk", "old sofa - council bulky collection": no
        # verb in either part, and the part after says what is to be done
        return [*segments[0], _BREAK, *segments[1]]
    if at <= 0:
        return segments[at] if segments else []
    main = segments[at]
    start, verb = verbs[at]
    after = start + verb[0]
    rest = [t.word for i, t in enumerate(main[after:], start=after) if i != verb[3]]
    if not verb[2]:
        return main
    back = _past_warnings(at, segments, lex)  # "cable fraying - DONT use, order new"
    before = segments[back]
    thing_first = not starts_with_verb(before, verbs[back], lex)
    if thing_first and (not rest or rest[0] in lex.sets["prepositions"] or _when(rest, lex)):
        # "hulu - get rid", "door seal - order from the maker": the part before is the object
        return [*main[:after], *before, *main[after:]]
    if thing_first and _then_another_verb(rest, lex):  # "card - sign + put £5 in"
        return [*main[:after], *before, _BREAK, *main[after:]]
    for first in (before, segments[0]):  # "car insurance renewal - dont let it auto renew, get
        # quotes": the thing named first, past a comment between
        if _a_step_for(first, verb[2], lex) and not _for_a_person(rest, lex):
            # "dosette box - check the dose", but "light not working - get electrician" gets
            # the electrician: the person after the step's verb is who does the work
            return [*main[:after], *first, _BREAK, *main[after:]]
    typed = main[after].typed if after < len(main) else ""
    capitals = len(typed) > 1 and typed.isupper() and not main[start].typed.isupper()
    if not rest or rest[0] not in lex.sets["refers"] or capitals:
        return main  # "ring IT helpdesk": a name in capitals, not "it" ("CLEAN IT" is)
    return [*main[:after], *segments[at - 1], *main[after + 1 :]]


def _past_warnings(at: int, segments: Sequence[Sequence[Token]], lex: TaskLexicon) -> int:
    """The part before the main one, past any warning about the thing ("DONT use")."""
    warnings = lex.sets.get("warnings", frozenset())
    back = at - 1
    while back > 0 and segments[back][:1] and segments[back][0].word in warnings:
        back -= 1
    return back


def _when(rest: Sequence[str], lex: TaskLexicon) -> bool:
    """Whether only how long or when follows the verb: "soak | overnight in the bath"."""
    hour = rest[0].isdigit() and 1 <= int(rest[0]) <= 12
    if len(rest) == 1 and (hour or CLOCK.match(rest[0])):
        return True  # "netball lift fri 5, pick up | 7": only the hour
    return rest[0] in lex.sets.get("after_verb_when", frozenset())


def _then_another_verb(rest: Sequence[str], lex: TaskLexicon) -> bool:
    """Whether a second verb follows the first at once: "sign | put £5 in" (a "+" between)."""
    joined = rest[1:] if rest[:1] in (["and"], ["or"]) else rest  # "clip | or pay vet nurse"
    return bool(joined) and lex.verb_at(list(joined), 0) is not None


def _a_step_for(before: Sequence[Token], verb: Sequence[str], lex: TaskLexicon) -> bool:
    """Whether the verb names a step towards a thing named before it, and no person.

    The part before is a thing alone, opening on it or its owner ("Dad's dosette box"): no
    comment with a place in it ("smelt gas by the boiler earlier??").
    """
    if " ".join(verb) not in lex.sets.get("step_verbs", frozenset()):
        return False
    words = [t.word for t in before if t.word not in lex.sets["determiners"]]
    owned = bool(before) and before[0].typed.casefold().endswith(("'s", "s'", "\u2019s"))
    if not words or not (owned or lex.noun_at(words, 0) is not None):
        return False  # "smelt gas by the boiler earlier?? | check CO alarm": no thing first
    if any(w in lex.sets["prepositions"] for w in words):
        return False
    first = lex.noun_at(words, 0)
    if first and {"person", "organisation"} & set(lex.ambiguous_nouns.get(" ".join(first[2]), ())):
        return False  # "bank - take in the papers": the bank is where they go, not what
    _, object_class = head_noun(words, lex)
    return bool(object_class) and object_class not in ("person", "organisation")


def _for_a_person(rest: Sequence[str], lex: TaskLexicon) -> bool:
    """Whether the step's own object is a person: "get electrician", "get a sparky out"."""
    words = [w for w in rest if w not in lex.sets["determiners"]]
    noun = lex.noun_at(words, 0) if words else None
    return noun is not None and noun[1] in ("person", "organisation")


def _names_its_act(words: Sequence[str], lex: TaskLexicon) -> bool:
    """Whether a part with no verb says the act: a cue or a noun of a kind ("gunk").

    Not a state: "dentist for Mia, she's got a wobbly tooth" books the dentist; the tooth
    is why.
    """
    return any(lex.cue_at(words, i) or noun_kind(lex, words, i) for i in range(len(words)))


def lone_thing_first(
    segments: Sequence[Sequence[Token]], verbs: list[VerbAt], lex: TaskLexicon
) -> list[VerbAt]:
    """The parts' verbs, a first part of one word that may be a thing read as that thing.

    "deposit - check which protection scheme its in": the deposit is what the task is
    about, and "check" its act. Only a word both lexicons list ("deposit": money, and paying
    it), alone in the first part, before a part whose verb is found.
    """
    if len(segments) < 2 or len(verbs) < 2 or not verbs[1][1][2]:
        return verbs
    words = [t.word for t in segments[0] if t.word]
    if len(words) != 1 or not noun_or_verb(words[0], lex) or lex.noun_at(words, 0) is None:
        return verbs
    return [(0, NO_VERB), *verbs[1:]]
