"""The object of a task: where it ends, its head noun, its class and how a step names it.

`read_task` (in `_taskread`) finds the verb; these read what the verb acts on: "the kids
dentist appt" up to a time or a reason, its head ("appt"), the class an owner or a place
gives it ("the rabbits nails" is a pet's, "oil in the car" the car's), and the words a step
may repeat.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from ._taskchannel import phrase_at
from ._taskcues import Token
from ._tasklex import TaskLexicon

_CLOCK: Final = re.compile(r"^\d{1,2}([:.]\d{2})?(am|pm)$")
"""A time of day: "8pm", "10.30am"."""
__all__ = [
    "clause_end",
    "clause_starts",
    "head_noun",
    "in_noun",
    "object_end",
    "part_link",
    "part_of",
    "phrase",
    "whole_first",
    "words_for",
]


def in_noun(words: Sequence[str], j: int, lex: TaskLexicon) -> bool:
    """Whether word `j` ends a noun of several words ("the washing up": not "do ... up")."""
    for start in range(max(0, j - 3), j):
        found = lex.noun_at(words, start)
        if found is not None and start + found[0] - 1 == j:
            return True
    return False


def object_end(words: Sequence[str], start: int, particle_at: int, lex: TaskLexicon) -> int:
    """Where the object ends.

    At a time, a reason, the next clause, or a preposition after its noun ("the blender |
    to argos", "the vet | re the jab"); a split verb's object ends at its particle ("send
    jo | back"), or at a way of getting in touch ("the landlord | face to face"); a list of
    things goes on ("stamps and envelopes"). A part or a
    flaw keeps the thing it is on ("the wobbly leg on the kitchen table", "the hole in my
    jumper": see `part_link`).
    """
    if particle_at >= start:
        return particle_at
    end = start
    noun = part = False
    while end < len(words) and end - start < 8:
        word = words[end]
        listed = noun and word in lex.sets.get("list_joins", ()) and _a_thing(words, end + 1, lex)
        stop = not listed and (word in lex.sets["object_stop"] or word in lex.maps["days"])
        stop = stop or (noun and word in lex.sets.get("fillers", ()))  # "the car | rn"
        if stop or (word == "for" and _is_time(words, end, lex)) or _a_way_at(words, end, lex):
            break
        if noun and clause_starts(words, end, lex):
            break  # "the keyboard | nobody plays it", "broadband | dropping every evening"
        if noun and word in lex.sets["prepositions"] and word != "of":
            if not (part and part_link(words, end, lex)):
                break
            part = False  # one whole for a part: "the leg on the table | in the kitchen"
            end += 1
            continue
        if lex.noun_at(words, end) is not None or _a_part(word, lex):
            noun, part = True, _a_part(word, lex)
        end += 1
    return end


def _a_thing(words: Sequence[str], at: int, lex: TaskLexicon) -> bool:
    """Whether a thing, not an action, starts at `at`: "stamps and | envelopes"."""
    return (
        lex.noun_at(words, at) is not None and not lex.is_verb(words[at])
        if at < len(words)
        else False
    )


def clause_starts(words: Sequence[str], at: int, lex: TaskLexicon) -> bool:
    """Whether the word at `at`, after the object's noun, starts a comment on it.

    What the thing does wrong (`[sets] what_it_does`: "the door | sticks"), a state or a
    phrase that settles the kind (`verbs.toml [state]`, `[cue]`: "wipes | running low"), a word of
    `[sets] after_noun` ("nobody", "now", "wrong", "keeps"), a verb in -ing ("the
    broadband | dropping") or in -ed ("the new washer | plumbed in"), an adverb in -ly ("the
    dog | properly"), an amount of time or a count ("piano | 20 mins", "antibiotics | 3x a
    day") or a time of day ("sertraline | 8pm"): none of it is the thing.
    """
    word = words[at]
    if _given_a_thing(words, at, lex):
        return False  # "book mum | a taxi": a thing for her, no count of anything
    if _what_it_does(words, at, lex) or lex.state_at(words, at) or lex.cue_at(words, at):
        return True  # "nappies, wipes | running low", "the tap | leaking"
    listed = word in lex.sets.get("after_noun", frozenset()) or _a_count(words, at, lex)
    shaped = len(word) >= 5 and word.endswith(("ing", "ly", "ed"))
    if not (listed or shaped or _CLOCK.match(word)):
        return False  # most words: no look-up at all
    if in_noun(words, at, lex) or (lex.noun_at(words, at) or (0,))[0] > 1:
        return False  # "the meter reading", "the first aid course": a noun of two words
    if listed or _CLOCK.match(word):
        return True  # "sertraline | 8pm"
    if lex.noun_at(words, at) is not None:
        return False
    if word.endswith("ed") and (lex.noun_at(words, at - 1) or (0, ""))[1] == "person":
        return False  # "the jumper Mum knitted": who made it, still the thing
    return word.endswith("ly") or lex.is_verb(word)


def _given_a_thing(words: Sequence[str], at: int, lex: TaskLexicon) -> bool:
    """Whether a person is followed by "a" thing, got for them: "book mum | a taxi"."""
    person = at > 0 and (lex.noun_at(words, at - 1) or (0, ""))[1] == "person"
    return person and words[at] in ("a", "an") and lex.noun_at(words, at + 1) is not None


def _what_it_does(words: Sequence[str], at: int, lex: TaskLexicon) -> bool:
    """Whether the word at `at` says what the thing does wrong ("the door | sticks").

    Only with more said after it ("bathroom door | sticks plane the bottom"): at the end,
    or before a preposition, it may be part of the thing ("glue sticks for school").
    """
    if words[at] not in lex.sets.get("what_it_does", frozenset()) or at + 1 >= len(words):
        return False
    after = words[at + 1]
    return after not in lex.sets["prepositions"] and after not in lex.sets["object_stop"]


def _a_count(words: Sequence[str], at: int, lex: TaskLexicon) -> bool:
    """Whether a number at `at` counts times or minutes: "3x", "20 mins", "twice"."""
    word = words[at]
    if word[:1].isdigit() and word.lstrip("0123456789") in ("x", "times"):
        return True
    units = lex.sets.get("time_units", frozenset())
    if not (word[:1].isdigit() and at + 1 < len(words) and words[at + 1] in units):
        return False
    return (lex.noun_at(words, at + 1) or (1,))[0] == 1  # "6 month check": a thing, no count


def clause_end(words: Sequence[str], lex: TaskLexicon) -> int:
    """Where a task of things alone ends before a comment on them ("piano | 20 mins")."""
    noun = False
    for at in range(len(words)):
        if noun and clause_starts(words, at, lex):
            return at
        noun = noun or lex.noun_at(words, at) is not None
    return len(words)


def _a_way_at(words: Sequence[str], at: int, lex: TaskLexicon) -> bool:
    """Whether a way of getting in touch starts at `at` ("the landlord | face to face")."""
    return phrase_at(words, at, lex) is not None


def _a_part(word: str, lex: TaskLexicon) -> bool:
    """Whether a word names a part or a flaw of something (`[sets] parts`, `flaws`)."""
    parts, flaws = lex.sets.get("parts", frozenset()), lex.sets.get("flaws", frozenset())
    base = word[:-1] if word[-1:] == "s" else word
    return word in parts or word in flaws or base in parts or base in flaws


def part_link(words: Sequence[str], at: int, lex: TaskLexicon) -> bool:
    """Whether the word at `at` links a part to the thing it belongs to.

    "on", "in", "of" ... (`[sets] part_links`) followed, within four words, by a noun that
    is not a person: "the leg | on the kitchen table", not "the leg | on monday" or "the
    handle | on it".
    """
    if words[at] not in lex.sets.get("part_links", frozenset()):
        return False
    for i in range(at + 1, min(len(words), at + 5)):
        if words[i] in lex.sets["object_stop"] or words[i] in lex.sets["prepositions"]:
            return False
        if words[i] in lex.sets["refers"]:
            return False  # "the handle on it": "it" names nothing to say
        found = lex.noun_at(words, i)
        if found is not None:
            return found[1] != "person"
    return False


def words_for(tokens: Sequence[Token], lex: TaskLexicon) -> int:
    """How many words the object may keep: two more when a part names its whole."""
    words = [t.word for t in tokens]
    linked = any(
        _a_part(words[i - 1], lex) and part_link(words, i, lex) for i in range(1, len(words))
    )
    return 8 if linked else 6


def whole_first(tokens: Sequence[Token], lex: TaskLexicon) -> list[Token]:
    """A part said with its whole first, so a step names both in a few words.

    "the wobbly leg on the kitchen table" is "the kitchen table's wobbly leg". A flaw keeps
    the person's words ("the hole in my jumper"), as does a part in a place ("the tap in the
    kitchen") and an object with no part.
    """
    words = [t.word for t in tokens]
    little = lex.sets["determiners"]
    for at in range(1, len(tokens) - 1):
        before = words[at - 1]
        if not (_a_part(before, lex) and part_link(words, at, lex)):
            continue
        parts = lex.sets.get("parts", frozenset())
        if before not in parts and before[:-1] not in parts:
            return list(tokens)  # a flaw: "the hole in my jumper"
        part, whole = list(tokens[:at]), list(tokens[at + 1 :])
        if head_noun([t.word for t in whole], lex)[1] in lex.sets.get("places", frozenset()):
            return list(tokens)  # a place, not a whole: "the dripping tap in the kitchen"
        owner = [whole.pop(0)] if whole and whole[0].word in little else []
        if not owner and part and part[0].word in little:
            owner = [part[0]]
        part = [t for t in part if t.word not in little]
        if not whole or not part:
            return list(tokens)
        last = whole[-1]
        whole[-1] = Token(possessive(last.typed), last.word)
        return [*owner, *whole, *part]
    return list(tokens)


def possessive(word: str) -> str:
    """A word made an owner: "the table's", and a plural's apostrophe alone: "the tubs'"."""
    plural = word.casefold().endswith("s") and not word.casefold().endswith(("ss", "us", "is"))
    return f"{word}'" if plural else f"{word}'s"


def _is_time(words: Sequence[str], i: int, lex: TaskLexicon) -> bool:
    after = words[i + 1 : i + 3]
    return bool(after) and (
        after[0] in lex.maps["days"]
        or after[0] in lex.maps["when"]
        or after[-1] in ("week", "month")
    )


def head_noun(words: Sequence[str], lex: TaskLexicon) -> tuple[int, str]:
    """The head noun's index and class.

    The last noun before a preposition ("the kids dentist appt for sam": appt), else the
    first after it. A part takes the class of the thing it is on ("the wobbly leg on the
    kitchen table": furniture).
    """
    before: tuple[int, str] | None = None
    after: tuple[int, str] | None = None
    seen_prep = False
    i = 0
    while i < len(words):
        if words[i] in lex.sets["prepositions"] and before is not None:
            seen_prep = True
        found = lex.noun_at(words, i)
        if found is None or (found[0] == 1 and words[i].endswith("ed") and found[2][0] != words[i]):
            i += 1  # "booked" is a verb's form, not the noun "book"
            continue
        length, cls, base = found
        if base[-1] in lex.sets["measures"] and words[i + length : i + length + 1] == ["of"]:
            i += length + 1  # "the course of amoxicillin": the medicine is the head
            continue
        spot = (i + length - 1, cls)
        if not seen_prep:
            before = spot
        elif after is None:
            after = spot
        i += length
    best = before or after
    if best is None:
        return -1, ""
    places = lex.sets.get("places", frozenset())
    if (
        before is not None
        and after is not None
        and _a_part(words[before[0]], lex)
        and after[1] not in places
    ):  # "the wobbly leg on the kitchen table": furniture
        return before[0], lex.maps.get("parts_of", {}).get(after[1], after[1])
    return best[0], _owner_class(words, best, lex)


def part_of(after: Sequence[str], cls: str, lex: TaskLexicon) -> str:
    """The object's class, or a part's when it is "in the car" (`[parts_of]` in reading.toml).

    "check oil + water in the car": the water is the car's, not the mains.
    """
    if cls not in lex.sets.get("part_classes", frozenset()):
        return cls
    parts = lex.maps.get("parts_of", {})
    for i, word in enumerate(after[:6]):
        if word in ("in", "on", "of", "under") and i + 1 < len(after):
            for j in range(i + 1, min(len(after), i + 4)):
                found = lex.noun_at(after, j)
                if found is not None and found[1] in parts:
                    return parts[found[1]]
    return cls


def _owner_class(words: Sequence[str], head: tuple[int, str], lex: TaskLexicon) -> str:
    """The head's class, or its owner's when the owner takes its things over.

    "the rabbits nails": a pet's body is pet care (`[owners]` in reading.toml).
    """
    owners = lex.maps.get("owners", {})
    at, cls = head
    for i in range(at - 1, max(-1, at - 4), -1):
        if words[i] in lex.sets["prepositions"]:
            break
        found = lex.noun_at(words, i)
        if found is not None and cls in owners.get(found[1], "").split():
            return found[1]
    return cls


def phrase(tokens: Sequence[Token], lex: TaskLexicon, limit: int = 6) -> str:
    """The person's own words, first person turned to second, no loose word at the end.

    Cut short, the words end before their last preposition, so no thing is cut in half
    ("the train to Leeds for Nan's 80th": "the train to Leeds", not "... for Nan's").
    """
    kept = [lex.maps["pronouns"].get(t.word, t.typed)[:40] for t in tokens[:limit]]
    if len(tokens) > limit:
        links = [
            i for i, t in enumerate(tokens[:limit]) if i and t.word in lex.sets["prepositions"]
        ]
        kept = kept[: links[-1]] if links else kept
    while kept and (
        kept[-1].lower() in lex.sets["prepositions"]
        or kept[-1].lower() in lex.sets["determiners"]
        or kept[-1].lower() in ("and", "or")
        or (
            len(kept) > 1
            and kept[-1].lower() in lex.sets.get("trailing", frozenset())
            and kept[-2].lower() not in lex.sets["determiners"]  # "out the back": a place
        )
    ):
        kept.pop()
    if _a_contraction(kept, tokens, lex):
        kept[-1] = kept[-1][:-2]  # "washing's | done": "is", not an owner
    while len(kept) > 1 and len(" ".join(kept)) > 40:
        kept.pop()
    return " ".join(kept)


def _a_contraction(kept: Sequence[str], tokens: Sequence[Token], lex: TaskLexicon) -> bool:
    """Whether the object's last word ends in "'s" meaning "is" ("the lawn's | a jungle").

    Only a thing's word as the last of the object: a name or a person owns ("Mark's").
    """
    if not kept or len(kept) != len(tokens) or not kept[-1].endswith(("'s", "\u2019s")):
        return False
    word = kept[-1][:-2]
    return word.islower() and (lex.noun_at([word.casefold()], 0) or (0, ""))[1] != "person"


def recipient(
    tokens: list[Token],
    head: int,
    people: Sequence[str],
    light: bool,
    lex: TaskLexicon,
    spoken: bool = False,
) -> tuple[list[Token], int]:
    """The object when a person comes first.

    "give sam a ring" rings Sam (the person is the object); "give ellie her calpol" gives
    the calpol (the person receives it); a new clause after the person ends the object
    (`[sets] clause_words`), and a word of what it is about starts it (`[sets] about`).
    When the task reaches the person (`spoken`: "dm Jo congrats on the baby") they are the
    object, unless a thing of theirs follows ("the kids toys") or they are only a pronoun
    ("email them the invoice": the invoice). A new clause after the person ends the object
    too ("call nan its her birthday").
    """
    clause = lex.sets.get("clause_words", frozenset()) | lex.sets["object_stop"]
    words = [t.word for t in tokens]
    names = [p.split() for p in people if " " not in p or p.istitle()]  # "sam", "Anna Maria"
    n = next((len(p) for p in names if [w.casefold() for w in p] == words[: len(p)]), 0)
    if not n or len(tokens) <= n:
        return tokens, head
    theirs = lex.noun_at(words, n) is not None  # "kids toys": the toys are the kids'
    pronoun = words[0] in lex.sets.get("pronoun_people", frozenset())  # "email them the form"
    given = words[n] in ("his", "her", "their")  # "give Coco her eye drops": the drops
    if (light and not given) or words[n] in clause or (spoken and not theirs and not pronoun):
        return tokens[:n], 0
    if words[n] in lex.sets.get("about", frozenset()):  # "ask jo for the tenner": the tenner
        n += 1
    return tokens[n:], head - n if head >= n else -1
