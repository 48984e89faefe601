"""Who a signal is about: the writer, someone else, or a topic, read from the words.

The safety net's reader (`_safety`) asks `about_of` for each frame it finds, and
`names_someone` whether a message names anyone in particular.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from typing import Final

from ._about import About
from ._frames import Match
from ._lexicon import Lexicon
from ._normalise import Reading
from ._speakers import (
    _COVERED,
    _HIDING,
    _LOOK_BACK,
    _SINCE,
    _TO,
    _WOUNDS,
    _aged,
    _asked_to,
    _hypothetical,
    _is_subject,
    _objects,
    _owner,
    _person,
    _someone_leads,
    names_someone,
)
from ._whose import _attributed, _nearest, _quoted, _quoted_by, _reported

__all__ = ["About", "about_of", "names_someone"]


def about_of(reading: Reading, match: Match, lex: Lexicon) -> tuple[About, bool]:
    """Who a match is about, and whether a word said so (rather than the default).

    In order: a reflexive inside the match ("myself", "herself"); someone else reported as
    speaking earlier in the sentence ("my brother texted: i cant do this"), since a quoted
    "i" is theirs; the nearest person before the match in its clause; a person inside the
    match; someone else's things just after it ("a goodbye letter in my husband's coat");
    a piece of a clause that opens on the match with no one named (the writer's, by grammar).
    """
    classes = lex.classes_of
    quote = reading.quote_of(match.start)
    if quote is not None:  # `my teen keeps writing "i want to die"`: the one who wrote it
        speaker = _quoted_by(reading, quote, classes)
        if speaker is not None:
            return About(speaker), True
    if match.frame.about:
        return About(match.frame.about), True
    inside = reading.words[match.start : match.end]
    if any("writer_reflexive" in classes(w) for w in inside):
        return About.WRITER, True
    if match.frame.family in _COVERED and _hypothetical(reading, match, classes):
        return About.WRITER, True  # "if someone took a whole bottle, how long would it take"
    if reading.bases[match.start] in _HIDING and _asked_to(reading, match.start, classes):
        return About.WRITER, True  # "told my flatmate to hide the razors": kept from the writer
    if any("other_reflexive" in classes(w) for w in inside):
        return About.OTHER, True
    first, _ = reading.clause_of(match.start)
    if _unknowing(reading, match.start, match.end, classes, first):
        return About.WRITER, True  # "he doesnt know it was goodbye": he is not the one
    if inside[0] in _THEIR or (
        match.start > first
        and "owner" in classes(reading.words[match.start - 1])
        and match.frame.family not in _MEANS  # "my dads gun": his, for the writer's use
    ):
        return About.OTHER, True  # "his ideation", "my sisters SI is bad": theirs
    if match.frame.speaker:  # "if mum asks, tell her i was not scared": she is told
        low = max(first, match.start - 3)
        before = reading.words[low : match.start]
        # "call the landlord, write the letter": the one rung is no speaker
        nearest = _nearest(
            before,
            classes,
            last=2,
            ends=_objects(reading, low, match.start, classes, recipients=True),
        )
        if nearest is About.WRITER and _quoted(reading, match.start, classes, first):
            return About.OTHER, True  # "my brother said i wont be around much longer"
        if (
            nearest is About.OTHER
            and any(w == "me" and p in _BURDENED for p, w in itertools.pairwise(inside))
            and not _reported(reading, match.start, classes, first)
        ):
            return About.WRITER, True  # "they wont have to deal with me much longer"
        if nearest is not None:
            return nearest, True
        if _reported(reading, match.start, classes, first):
            return About.OTHER, True
        if not _names_writer(inside, classes) and _someone_leads(
            reading.words[first : match.start], classes
        ):
            return About.OTHER, True  # "my dad has been giving away his tools"
        return _speaker(reading.words[match.end : match.end + 6], classes)
    if _reported(reading, match.start, classes) or _attributed(reading, match.end, classes):
        return About.OTHER, True
    if _worn_by_another(reading.words[match.start : match.end + 4], classes):
        return About.OTHER, True  # "i found cuts on his arms": whose the wounds are
    if _names_writer(inside, classes):
        return About.WRITER, True
    if any(
        "other_subject" in classes(w) and not _WOUNDS.intersection(inside[:k])
        for k, w in enumerate(inside)
    ):
        return About.OTHER, True  # "happier if she was gone": she is the one gone, but in
        # "picking at the scars until they open" they are the scars
    low = max(first, match.start - _LOOK_BACK)
    before = reading.words[low : match.start]
    ends = _objects(reading, low, match.start, classes)
    tail = reading.words[match.start]
    told = (*before, tail)
    if not any(
        _person(classes(w)) or _aged(before, i) or _is_subject(told, i, classes)
        for i, w in enumerate(before)
    ):
        # "kind of hoping i die": the subject may come inside the match; an object pronoun
        # there is a thing, not a subject ("taking them all": the pills)
        before = tuple(
            w
            for k, w in enumerate(inside)
            if "object_pronoun" not in classes(w)
            and not ("other_pronoun" in classes(w) and _WOUNDS.intersection(inside[:k]))
        )
        ends = {}
        tail = ""
    found = _nearest(before, classes, ends=ends, tail=tail)
    if found is not None:
        return found, True
    after = reading.words[match.end : match.end + 6]
    for word, following in itertools.pairwise((*after, "")):
        if word in _SINCE:
            break  # "suicidal thoughts since my wife passed": a time, not an owner
        if word == "my" and "person" in classes(following):
            return About.OTHER, True
    if match.start == reading.piece_of(match.start):
        # "ate pasta, wanna be dead": in chats and diaries an unsaid subject is the writer
        return About.WRITER, True
    return About.WRITER, False


def _worn_by_another(words: Sequence[str], classes: Callable[[str], tuple[str, ...]]) -> bool:
    """Whether wounds are said to be on someone else's body ("cuts on her arms").

    The body a wound is on says whose it is, over whoever found or saw it: "cuts on my
    granddaughters arm" are hers.
    """
    return any(
        wound in _WOUNDS
        and prep in _ON
        and (owner in _THEIR or (owner == "my" and _owner(classes(following))))
        for wound, prep, owner, following in zip(
            words, words[1:], words[2:], (*words[3:], ""), strict=False
        )
    )


_ON: Final = frozenset({"on", "across", "over", "along", "down", "up"})
"""Words that put a wound on a body part: "cuts on her arms", "scars all over his legs"."""


def _speaker(after: Sequence[str], classes: Callable[[str], tuple[str, ...]]) -> tuple[About, bool]:
    """Who says or does a goodbye when no one is named just before it.

    Its owner just after it ("in my husband's coat"), else the writer by default. Those it is
    for ("a letter for my dad", "tell my mum") do not count.
    """
    for prep, word, following in zip(("", *after), after, (*after[1:], ""), strict=False):
        if prep not in _TO and word == "my" and _owner(classes(following)):
            return About.OTHER, True
    return About.WRITER, False


_KNOWING: Final = frozenset({"know", "realise", "realize", "notice", "suspect"})
"""Verbs of knowing (bases): someone who does not know it is a witness, not the one doing it."""
_NOT_KNOWING_REACH: Final = 6
"""How many words before a match a "does not know" is looked for, in the match's clause."""
_NO_ONE: Final = frozenset({"nobody", "noone"})


def _unknowing(
    reading: Reading, start: int, end: int, classes: Callable[[str], tuple[str, ...]], first: int
) -> bool:
    """Whether someone else does not know what a match says ("she didnt realise it was goodbye").

    The knowing verb comes before the match's last word ("my mum has no idea", "nobody
    knows"); the one who does not know is the nearest person before it, someone other than
    the writer, with no one named between it and the match's end ("she doesnt know what to
    do, she keeps saying..." is hers) and no "how" after it ("doesnt know how to": theirs).
    """
    words, bases = reading.words, reading.bases
    low = max(first, start - _NOT_KNOWING_REACH)
    for k in range(end - 2, low - 1, -1):
        if _person(classes(words[k])) or words[k + 1] == "how":
            return False  # someone nearer, or an ability ("doesnt know how to")
        if not (bases[k] in _KNOWING or (words[k] == "idea" and words[k - 1 : k] == ("no",))):
            continue
        before = words[max(first, k - _NOT_KNOWING_REACH) : k]  # a few words: linear
        denied = words[k - 1 : k] == ("no",) or any(w in ("not", "never") for w in before[-2:])
        if not denied and not (before and before[-1] in _NO_ONE):
            return False
        for w in reversed(before):
            if w in _NO_ONE:
                return True
            kinds = classes(w)
            if _person(kinds):
                return "writer" not in kinds
        return False
    return False


_THEIR: Final = frozenset({"his", "her", "their"})
"""Someone else's, opening a match: "his ideation", "her suicide attempt"."""

_MEANS: Final = frozenset({"plan-method", "lethality"})
"""Families whose matches name a means: someone's pills or gun may be the writer's means."""


def _names_writer(words: Sequence[str], classes: Callable[[str], tuple[str, ...]]) -> bool:
    """Whether the writer is named inside a match ("better off without me", "if i died").

    Words that name the one at risk decide before anyone named earlier in the clause: in
    "my family would be better off without me" the family is named first, the writer is at risk.
    The writer who sees or finds something ("i found blood", "i saw cuts") is not named so.
    """
    for word, following in itertools.pairwise((*words, "")):
        if "writer" not in classes(word) or "perceive" in classes(following):
            continue  # "i found blood", "i saw cuts": the one who sees is not the one at risk
        if not (word == "my" and "person" in classes(following)):
            return True
    return False


_BURDENED: Final = frozenset({"with", "about", "after", "for", "of"})
"""Words before "me" in a goodbye that make the writer the one gone ("deal with me", "worry
about me"), not the one given to ("sent me a goodbye", "gave me his watch")."""
