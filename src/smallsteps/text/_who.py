"""Who a signal is about: the writer, someone else, or a topic, read from the words.

The safety net's reader (`_safety`) asks `about_of` for each frame it finds, and
`names_someone` whether a message names anyone in particular.
"""

from __future__ import annotations

import enum
import itertools
from collections.abc import Callable, Mapping, Sequence
from typing import Final

from .._errors import Looked, ValidationError, word_shown
from ._frames import Match
from ._lexicon import Lexicon
from ._normalise import Reading
from ._speakers import (
    _COVERED,
    _GREETING,
    _HIDING,
    _LOOK_BACK,
    _PLACE,
    _PRETEXT,
    _SAID_ONLY,
    _SINCE,
    _TO,
    _TOLD,
    _WOUNDS,
    _aged,
    _asked_to,
    _hypothetical,
    _is_subject,
    _objects,
    _owner,
    _person,
    _piece_said,
    _quoted_by,
    _said_before,
    _someone_leads,
    names_someone,
)

__all__ = ["About", "about_of", "names_someone"]


class About(enum.Enum, metaclass=Looked):
    """Who the words are about: the `writer`, someone `other`, or a `topic` in general."""

    WRITER = "writer"
    OTHER = "other"
    TOPIC = "topic"

    @classmethod
    def _missing_(cls, value: object) -> About:
        raise ValidationError("about", f"{word_shown(value)} is not one of writer, other, topic")


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
    if _worn_by_another(reading.words[match.start : match.end + 4]):
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


def _worn_by_another(words: Sequence[str]) -> bool:
    """Whether wounds are said to be on someone else's body ("cuts on her arms").

    The body a wound is on says whose it is, over whoever found or saw it.
    """
    return any(
        wound in _WOUNDS and prep in _ON and owner in _THEIR
        for wound, prep, owner in zip(words, words[1:], words[2:], strict=False)
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


def _nearest(
    words: Sequence[str],
    classes: Callable[[str], tuple[str, ...]],
    *,
    anyone: bool = True,
    last: int | None = None,
    ends: Mapping[int, int] | None = None,
    tail: str = "",
) -> About | None:
    """The nearest person named before the end of `words`, reading backwards.

    With `anyone` false, people in general ("someone", "anyone") are passed over; with
    `last`, only the last that many words are read (the words before them are context).
    "me" just after a verb of speech is the one spoken to ("she told me", "he asked me to"),
    not the speaker. Someone met or rung (`ends`: the index of each such person's verb of
    contact, by the person's index; see `_objects`) is passed over with their verb. `tail`:
    the word just after `words` ("talking" after "my dads").
    """
    told = (*words, tail)
    reported = False
    low = 0 if last is None else max(0, len(words) - last)
    i = len(words)
    while i > low:
        i -= 1
        word = words[i]
        if ends and i in ends:
            i = ends[i]  # "rang my sister,": the one rung, then on before the verb
            continue
        kinds = classes(word)
        if not anyone and "anyone" in kinds:
            continue
        if "speech" in kinds:
            reported = True
        if "writer" in kinds:
            following = words[i + 1] if i + 1 < len(words) else ""
            if word == "my" and (
                "person" in classes(following) or _is_subject(told, i + 1, classes)
            ):
                return About.OTHER  # "my dad", "my dads talking about it": dad's, he is
            previous = words[i - 1] if i > 0 else ""
            if word == "my" and previous in _PLACE:
                continue  # "the new guy on my team said": a place, not a person
            spoken_to = word == "me" and "speech" in classes(previous)
            if spoken_to or (reported and word in ("me", "my")):
                continue  # "she told me", "he texted my": the speaker is someone else
            if "perceive" in classes(following):
                continue  # "i saw fresh cuts": the one who sees is not the one at risk
            return About.WRITER
        if (
            "other_pronoun" in kinds
            or "person" in kinds
            or _aged(words, i)
            or _is_subject(told, i, classes)
        ):
            if tuple(words[max(0, i - 2) : i]) == _PRETEXT:
                continue  # "asking for a friend": the classic cover for the writer's own question
            if i and words[i - 1] in _GREETING:
                continue  # "dear pastor, by the time you read this": the one written to
            if i == len(words) - 1 and i and words[i - 1] in _TOLD:
                continue  # "told her goodbye": the one a goodbye is said to
            return About.OTHER
    return None


def _quoted(
    reading: Reading, start: int, classes: Callable[[str], tuple[str, ...]], first: int
) -> bool:
    """Whether the "i" just before `start` is quoted after someone else's verb of speech.

    "my brother said i wont be around", "she texted me i love you, goodbye", "he texted i am
    sorry for everything": the "i" is theirs. In "just wanted to say i love you all" no one
    else speaks, and the "i" is the writer's.
    """
    words = reading.words[max(first, start - 16) : start]
    at = next(
        (k for k in range(len(words) - 1, len(words) - 4, -1) if k >= 0 and words[k] == "i"), -1
    )
    verb = at - 2 if at >= 2 and words[at - 1] == "me" else at - 1
    if verb < 0 or "speech" not in classes(words[verb]):
        return False
    return _nearest(words[:verb], classes, anyone=False) is About.OTHER


_BURDENED: Final = frozenset({"with", "about", "after", "for", "of"})
"""Words before "me" in a goodbye that make the writer the one gone ("deal with me", "worry
about me"), not the one given to ("sent me a goodbye", "gave me his watch")."""


def _reported(
    reading: Reading, start: int, classes: Callable[[str], tuple[str, ...]], first: int = 0
) -> bool:
    """Whether someone else speaks earlier in the sentence: a person, then a speech verb.

    Only words from `first` on are read (a goodbye's own clause). A speech verb in an
    earlier clause does not count when "i" speaks in the signal's own clause before it.
    """
    low = max(first, start - 16)
    words = reading.words[low:start]
    ends = _objects(reading, low, start, classes)  # "texted my ex, wrote": she did not write
    own = reading.clause_of(start)[0]
    speaks = any("writer_subject" in classes(w) for w in reading.words[own:start])
    for i, word in enumerate(words):
        if "speech" not in classes(word) or (speaks and low + i < own):
            continue  # "mum keeps texting. honestly i want to die": a new clause, "i" speaks
        # "please someone talk to me": people in general are passed over
        subject = _nearest(words[:i], classes, anyone=False, ends=ends)
        if (
            subject is About.OTHER
            and not _retaken(words, i + 1, classes)
            and not _said_before(words, i + 1, classes)
            and not _piece_said(reading, low + i, start)
        ):
            return True
    return False


def _retaken(words: Sequence[str], at: int, classes: Callable[[str], tuple[str, ...]]) -> bool:
    """Whether "i" takes the floor again after word `at`: "she said to rest so um i ...".

    A `retake` word ("so", "and", "but"), then any `filler` ("um"), then "i": the writer
    speaks for themself again, as a stop would have said in a written message.
    """
    for k in range(at + 1, len(words)):
        if words[k] != "i":
            continue
        j = k - 1
        while j > at and "filler" in classes(words[j]):
            j -= 1
        if "retake" in classes(words[j]):
            return True
    return False


_ATTRIBUTION: Final = 12
"""The most words after a match read for who said it: "... he said to me again last night"."""


def _attributed(reading: Reading, end: int, classes: Callable[[str], tuple[str, ...]]) -> bool:
    """Whether words just after `end` say someone else said them: "... anymore he said".

    Someone else (a pronoun, or a person after "my") and then a verb of speech, within the
    next three words of the same clause, with nothing said after it ("mum says hi" and "my
    husband say i am useless" say something of their own).
    """
    if not end:
        return False
    last = reading.clause_of(end - 1)[1]
    words = reading.words[end : min(last, end + _ATTRIBUTION)]  # a few words: time stays linear
    for i, word in enumerate(words[:3]):
        if word in _SINCE:
            return False  # "thinking about ctb since they told me": a reason, not a quote
        kinds = classes(word)
        verb = words[i + 1] if i + 1 < len(words) else ""
        if ("other_pronoun" in kinds or "person" in kinds) and "speech" in classes(verb):
            return all(w in _SAID_ONLY for w in words[i + 2 :])
    return False
