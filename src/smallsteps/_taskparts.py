"""Which part of a task says what to do, and where in it the verb is.

A task is typed as parts ("wormer for Biscuit - weigh her first"): `_main` finds the one that
says what to do, apart from what is done, comments ("running low", "closes 30 june") and
steps before or after the task ("weigh her first"); `_verb` finds a part's verb, phrasal
verbs around their object too ("ring mum back"), passing over nouns of several words and
words that say a state or a deadline. `_taskread` reads the rest of the task around them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from ._taskcues import Token, classes
from ._tasklex import PARTICLES, TaskLexicon
from ._taskobject import head_noun, in_noun
from ._taskwhen import CLOCK, a_time_of
from ._taskwordclass import a_thing_here

__all__ = [
    "NO_VERB",
    "VerbAt",
    "a_shop",
    "a_shopping_list",
    "a_side_step",
    "main_part",
    "names_money",
    "segments",
    "side_note_at",
    "starts_with_verb",
    "undated",
    "verb",
]

VerbAt = tuple[int, tuple[int, str, tuple[str, ...], int]]
"""Where a part's verb starts, and (its length, kind, base words, index of a split particle)."""


def segments(tokens: Sequence[Token], lex: TaskLexicon | None = None) -> list[list[Token]]:
    """The task in parts, split at sentence marks, brackets, dashes and commas.

    With `lex`, also before a word of an exception (`[sets] exceptions`: "pack school bags
    except PE kit"), so that what the person leaves out is a note of theirs, never what a
    template or a kind reads as the thing to do.
    """
    marks = [m.split() for m in lex.sets.get("exceptions", frozenset())] if lex else []
    words = [t.word for t in tokens]
    parts: list[list[Token]] = [[]]
    for i, token in enumerate(tokens):
        if not token.word:
            if parts[-1]:
                parts.append([])
            continue
        if len(parts[-1]) >= 2 and any(words[i : i + len(m)] == m for m in marks):
            parts.append([])  # "... except PE kit": the exception is a part of its own
        parts[-1].append(token)
    return [p for p in parts if p]


def main_part(
    segments: list[list[Token]],
    verbs: Sequence[VerbAt],
    lex: TaskLexicon,
) -> tuple[int, list[Token], list[list[Token]]]:
    """Which part says what to do (its index), the part that says what is done, the rest.

    The part that says what to do starts with its verb, as a to-do does ("get them back in
    the toybox"); a part with a verb further in is a comment ("feet grown again"), unless no
    part starts with one. So is a part that opens with a verb in -ing ("running low"), one
    that says when ("closes 30 june"), a step to do before or after the task ("weigh her
    first", "book biometrics after": `[sets] side_steps`), a care step ("..., | dry hands":
    `_a_care_step`) and a call for a second pair of hands ("ask someone to hold it"), when
    another part is there.
    `verbs` holds each part's verb, found once.
    """
    done = [n for n, s in enumerate(segments) if any(t.word in ("already", "done") for t in s)]
    rest = [n for n in range(len(segments)) if n not in done] or [0]
    sides = lex.sets.get("side_steps", frozenset())
    dated = lex.sets["deadline"]  # "evening plumbing course at TAFE, closes 30 june"
    side = {
        n
        for n in rest
        if len(rest) > 1
        and (
            segments[n][-1].word in sides
            or segments[n][0].word in dated
            or _a_care_step(segments[n], lex)
            or _asks_for_help(segments[n], lex)
        )
    }
    starts = [
        n
        for n in rest
        if segments
        and n not in side
        and starts_with_verb(segments[n], verbs[n], lex)
        and not _a_comment_in_ing(segments[n], verbs[n])
    ]
    at = starts[0] if starts else ([n for n in rest if n not in side] or rest)[0]
    asides = [segments[n] for n in rest if n != at]
    return at, (segments[done[0]] if done else []), asides


def _a_care_step(segment: Sequence[Token], lex: TaskLexicon) -> bool:
    """Whether a part is a care step beside the task: "dry hands", "keep the dog in".

    It opens with a verb of `[sets] care_verbs` and names its own thing, not "it" ("keep it
    under 5 min" says how the task itself goes).
    """
    words = [t.word for t in segment]
    if words[0] not in lex.sets.get("care_verbs", frozenset()):
        return False
    return len(words) > 1 and words[1] not in lex.sets.get("pronouns_of_things", ("it", "them"))


def _asks_for_help(segment: Sequence[Token], lex: TaskLexicon) -> bool:
    """Whether a part asks for a second pair of hands ("get dev to help", "need 2 ppl").

    `[sets] help_steps`: such a part is a step of the task, not the task.
    """
    words = " ".join(t.word for t in segment)
    return any(f" {p} " in f" {words} " for p in lex.sets.get("help_steps", frozenset()))


def _a_comment_in_ing(segment: Sequence[Token], found: VerbAt) -> bool:
    """Whether a part opens with its verb in -ing: a comment ("running low"), not a to-do."""
    at, verb = found
    word = segment[at].word if at < len(segment) else ""
    return bool(verb[2]) and word.endswith("ing") and word != verb[2][0]


def starts_with_verb(segment: Sequence[Token], found: VerbAt, lex: TaskLexicon) -> bool:
    """Whether a part opens on its verb, after any lead words ("pls", "the")."""
    at, verb = found
    lead = 0
    while lead < len(segment) and (
        segment[lead].word in lex.sets["lead"] or segment[lead].word in lex.sets["determiners"]
    ):
        lead += 1
    return bool(verb[2]) and at == lead


NO_VERB: Final = (0, "", (), -1)
"""No verb: (its length, kind, base words, index of a split particle)."""


def verb(words: Sequence[str], lex: TaskLexicon, owners: frozenset[int] = frozenset()) -> VerbAt:
    """Where the verb starts and (its length, kind, base words, index of a split particle).

    Nouns of two words or more are passed over whole ("iron tablet", "driving licence"), as
    is a word in -ing before a noun ("parking fine"), and a word that names a thing where
    it stands (`_taskwordclass`: "the school run", "bank charges"), so the verb is the one
    meant. `owners` holds where a word is typed as an owner ("Sam's").
    """
    i = 0
    while i < len(words) and (words[i] in lex.sets["lead"] or words[i] in lex.sets["determiners"]):
        i += 1
    at = i
    while at < min(len(words), i + 8):
        if at > i and words[at] in lex.sets.get("due_before", frozenset()):
            break  # "free trial b4 it charges me": a verb after "b4" says when
        noun = lex.noun_at(words, at)
        if noun is not None and noun[0] >= 2:
            at += noun[0]
            continue
        found = lex.verb_at(words, at)
        gerund = (
            found is not None
            and found[2][0] != words[at]
            and words[at].endswith("ing")
            and at + 1 < len(words)
            and lex.noun_at(words, at + 1) is not None
        )
        if (
            found is None
            or (gerund and at == i and found[0] == 1)
            or _dated(words, at, lex)
            or (at > i and _in_state(words, at, lex))
            or (at > i and _after_a_noun_marker(words, at, lex))
            or (at > i and _keeps_doing(words, at, lex))
            or (at > i and words[at] == "left" and words[at - 1] in lex.sets["time_units"])
            or a_thing_here(words, at, i, lex, owners)
        ):
            at += 1
            continue
        length, kind, base = found
        split = _split_particle(words, at, length, base, lex)
        if split is not None:
            return at, split
        return at, (length, kind, base, -1)
    return i, NO_VERB


def a_shopping_list(
    segments: Sequence[Sequence[Token]], verbs: Sequence[VerbAt], lex: TaskLexicon
) -> bool:
    """Whether the task lists two things or more from a shop and says nothing to do.

    A word of the list that is a verb too is a thing here ("toothpaste, shampoo"); the
    shop's name is no thing on it ("woolies - milk bread eggs + oat milk": `[sets] shops`).
    """
    if len(segments) < 2:
        return False
    shopping = lex.sets.get("shopping", frozenset())
    listed = [(s, v) for s, v in zip(segments, verbs, strict=True) if not a_shop(s, lex)]
    if not listed or (len(listed) < 2 and len(listed) == len(segments)):
        return False
    for segment, (_, found) in listed:
        words = [t.word for t in segment]
        if head_noun(words, lex)[1] not in shopping:
            return False
        if found[2] and not (len(words) == 1 and lex.noun_at(words, 0) is not None):
            return False  # "milk, then ring mum": something to do
    return True


def a_shop(segment: Sequence[Token], lex: TaskLexicon) -> bool:
    """Whether a part is only the name of a shop ("woolies", "tesco", "big shop")."""
    shops = lex.sets.get("shops", frozenset())
    return bool(segment) and " ".join(t.word for t in segment) in shops


def _keeps_doing(words: Sequence[str], at: int, lex: TaskLexicon) -> bool:
    """Whether the word at `at` tells what a thing keeps doing: "fuse box | keeps tripping".

    A word of `[sets] keeps_doing` before a verb in -ing is a complaint, not the task's verb.
    """
    after = words[at + 1] if at + 1 < len(words) else ""
    return words[at] in lex.sets.get("keeps_doing", frozenset()) and after.endswith("ing")


def _after_a_noun_marker(words: Sequence[str], at: int, lex: TaskLexicon) -> bool:
    """Whether the word at `at` follows "the", "my", "of", "on" ...: a noun, not a verb.

    "puncture on the back wheel of the bike", "oven w/ the spray stuff": after a determiner
    or a preposition comes a thing; so does a noun after a number ("size 4 wipes") or an age
    ("6 month check"). "to"
    is left out: "need to ring" is a verb after it. A
    noun after "and" or "n" is one more thing of a list ("dishwasher tabs n bleach").
    """
    before = words[at - 1]
    listed = before in lex.sets.get("list_joins", frozenset()) and lex.noun_at(words, at)
    counted = before[:1].isdigit() and lex.noun_at(words, at) is not None  # "size 4 wipes"
    units = lex.sets.get("time_units", frozenset())  # "the baby's 6 month check": a check
    aged = at > 1 and before in units and words[at - 2][:1].isdigit()
    return (
        bool(listed or counted or aged)
        or before in lex.sets["determiners"]
        or (before in lex.sets["prepositions"] and before != "to")
    )


def _in_state(words: Sequence[str], at: int, lex: TaskLexicon) -> bool:
    """Whether the word at `at` belongs to a thing's state, which says what is wrong.

    "car wont start", "boiler making a noise": the verbs there are not what to do.
    """
    for start in (at, at - 1):
        found = lex.state_at(words, start) if start >= 0 else None
        if found is not None and start + found[0] > at:
            return True
    return False


def _dated(words: Sequence[str], at: int, lex: TaskLexicon) -> bool:
    """Whether a word that could be a verb tells a deadline after a noun, not the task.

    "job application, closes sun" and "grant application due end of month": the application
    is the task; "closes sun" and "due end of month" say when; so does a day typed with a
    bare hour after a noun ("hairdresser sat 11"), though "sat" is a verb too.
    """
    deadline = lex.sets["deadline"]
    word = words[at]
    following = words[at + 1] if at + 1 < len(words) else ""
    if word in deadline and (following in lex.maps["days"] or following in lex.maps["when"]):
        return True  # "closes sun", "ends tomorrow"
    if following == "of" and a_time_of(words[at:], at, lex):
        return True  # "van MOT - end of month": a time, not the act of ending
    if word in lex.sets.get("remainders", frozenset()) and following == "another":
        return True  # "section 4 only today, rest another day": the rest of it, no resting
    if word in lex.maps["days"] and CLOCK.match(following):
        return True  # "party (sat 2pm soft play)": a day and its time, not "sit"
    if at == 0:
        return False
    if word in lex.maps["days"] and following.isdigit() and 1 <= int(following) <= 12:
        return True  # "hairdresser sat 11": a day and its hour, not "sit"
    if word in lex.maps["days"] and following in lex.sets.get("day_parts", frozenset()):
        return True  # "alarm for overtime sat night": a day and its part, not "sit"
    before = words[at - 1]
    return before in deadline or (word in deadline and before not in lex.sets["determiners"])


def _split_particle(
    words: Sequence[str], at: int, length: int, base: tuple[str, ...], lex: TaskLexicon
) -> tuple[int, str, tuple[str, ...], int] | None:
    """A phrasal verb around its object: "ring mum back", "put the bins out"."""
    if length != 1:
        return None
    for j in range(at + 2, min(len(words), at + 8)):  # "give the neighbours their key back"
        word = words[j]
        after = words[j + 1] if j + 1 < len(words) else ""
        ends = (
            not after
            or after in lex.sets["object_stop"]
            or after in lex.maps["days"]
            or after in lex.sets["prepositions"]
            or (j == at + 2 and after in lex.sets["determiners"])  # "send jo back the 15"
            or after in lex.sets.get("after_particle", frozenset())  # "in its gonna rain"
            or (after[:1].isdigit() and word not in lex.sets["amount_not_after"])
            # "put the darks on 40": a setting; "tv licence over 75": an age, no "check over"
        )
        if (word in PARTICLES or word in lex.sets["split"]) and ends and not in_noun(words, j, lex):
            found = lex.verbs.entries.get((base[0], word))
            if found is not None:
                return 1, found, (base[0], word), j
        if word in lex.sets["object_stop"]:
            return None
    return None


def side_note_at(words: Sequence[str], start: int, lex: TaskLexicon) -> int | None:
    """Where a side note typed with no mark opens after the object's noun, or None.

    "renew car insurance | price going up", "pay water bill | already late": a phrase of
    `[sets] side_notes` after a noun, not inside one of several words, with no preposition
    or word of `object_stop` after it ("book dentist again | for mum" stays whole).
    """
    openers = [o.split() for o in lex.sets.get("side_notes", frozenset())]
    if not openers:
        return None
    ends = lex.sets["prepositions"] | lex.sets["object_stop"]
    for i in range(start + 1, len(words)):
        said = next((o for o in openers if list(words[i : i + len(o)]) == o), None)
        if said is None:
            continue
        if any(w in ends for w in words[i + len(said) :]):
            return None
        nouns = [(j, n) for j in range(start, i) if (n := lex.noun_at(words, j)) is not None]
        if not nouns or any(j + n[0] > i for j, n in nouns):
            return None  # no thing before it, or inside a noun of several words
        return i
    return None


def undated(words: Sequence[str], lex: TaskLexicon) -> list[str]:
    """The words without what a deadline says: "b4 the link expires" is when, not what.

    From "before", "by", "until" ... (`[sets] due_before`) to the end of the part.
    """
    before = lex.sets.get("due_before", frozenset())
    out, dated = [], False
    for word in words:
        dated = (dated or word in before) and bool(word)
        out.append("" if dated else word)
    return out


def names_money(words: Sequence[str], lex: TaskLexicon) -> bool:
    """Whether words name money: a noun of the money class, or an amount ("20 quid", "2k")."""
    if "money" in classes(words, lex):
        return True
    if any(w[:1].isdigit() and w[-1:] == "k" and w[:-1].isdigit() for w in words):
        return True  # "the 15k she borrowed"
    return not lex.sets.get("amounts", frozenset()).isdisjoint(words)


def a_side_step(
    main: Sequence[Token],
    start: int,
    found: tuple[int, str, tuple[str, ...], int],
    lex: TaskLexicon,
) -> bool:
    """Whether a part's verb, after a thing named first, says a side step, not the task.

    "weedkiller on the patio | keep the dog in till its dry", "calpol for lily max 4 |
    write times down", "wobbly chair leg | glue + clamp": the thing first is the task, and
    the verb of `[sets] side_verbs` with what follows is the person's note (kept whole).
    """
    verb_words = found[2]
    if start < 1 or not verb_words or verb_words[0] not in lex.sets.get("side_verbs", ()):
        return False
    if main[start].word != verb_words[0]:
        return False  # "laptop keeps nagging": what the thing does, not a step
    lead = [t.word for t in main[:start]]
    return any(
        (n := lex.noun_at(lead, i)) is not None and n[1] not in ("", "person")
        for i in range(len(lead))
    )
