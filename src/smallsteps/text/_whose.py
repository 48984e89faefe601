"""Whose words they are: the nearest person named, a tie, a quote, reported speech.

The readers of who a signal is about (`_who.about_of`) ask these: who is named nearest
before a match, whether an "i" is quoted from someone else, whether someone else is reported
speaking, and whether words after a match say who said them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Final

from ._about import About
from ._normalise import Reading
from ._speakers import (
    _ASKING,
    _GREETING,
    _LOOK_BACK,
    _PLACE,
    _PRETEXT,
    _RANG,
    _SAID_ONLY,
    _SINCE,
    _TOLD,
    _aged,
    _is_subject,
    _objects,
    _piece_said,
    _said_before,
)

__all__ = ["_attributed", "_nearest", "_quoted", "_quoted_by", "_reported"]


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
            spoken_to = word == "me" and ("speech" in classes(previous) or previous in _RANG)
            if spoken_to or (reported and word in ("me", "my")):
                continue  # "she told me", "he texted my": the speaker is someone else
            if "perceive" in classes(following):
                continue  # "i saw fresh cuts": the one who sees is not the one at risk
            if word == "i" and _tied(words, i, classes):
                return About.OTHER  # "a girl i met online keeps saying": she is the subject
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


def _tied(words: Sequence[str], i: int, classes: Callable[[str], tuple[str, ...]]) -> bool:
    """Whether the "i" at `i` names someone by the writer's tie to them ("a girl i met").

    The word before is who is named: a person, someone, or a word that is no function word
    ("an account i follow"); "and i met", "when i worked" are the writer's own clauses.
    """
    if i == 0 or i + 1 >= len(words) or words[i + 1] not in _TIE:
        return False
    before = words[i - 1]
    kinds = classes(before)
    return "person" in kinds or "anyone" in kinds or before in _NAMED_BY_TIE


_TIE: Final = frozenset(
    {
        *("met", "meet", "know", "knew", "follow", "followed", "work", "worked", "live"),
        *("lived", "play", "played", "chat", "chatted", "talk", "talked", "care", "cared"),
        *("look", "looked", "mentor", "mentored", "support", "supported", "sponsor", "coach"),
        *("coached", "teach", "taught", "train", "trained", "date", "dated", "babysit"),
        *("babysat", "volunteer", "share", "shared", "grew", "went", "tutor", "tutored"),
        *("manage", "managed", "supervise", "serve", "served", "foster", "fostered", "visit"),
        *("visited", "clean", "study", "studied"),
    }
)
"""Verbs of a clause that names someone by the writer's tie to them: "a girl i met online",
"an account i follow", "the promoter i work with" (twenty-seventh session, from training
supporters read as writers). Whole words, not classes: as a class they would become key
words, and change how every reader mends a slip."""
_NAMED_BY_TIE: Final = frozenset(
    {"account", "page", "creator", "user", "lady", "gentleman", "fan", "player", "admin", "one"}
)
"""Words for someone online or met once that name no person alone ("an account i follow")."""


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


def _quoted_by(
    reading: Reading, quote: tuple[int, int], classes: Callable[[str], tuple[str, ...]]
) -> str | None:
    """Who said the words inside quotation marks: "writer", "other", or `None` if no one.

    The one named just before the quotation (`my teen keeps writing "..."`, `she told me
    "..."`), passing over the one told or asked (`i told my therapist "..."`); else the one
    named just after it (`"..." is what my dad texted me`, `"..." she said`).
    """
    words = reading.words
    first, last = quote
    i = first
    low = max(0, first - _LOOK_BACK)
    while i > low:
        i -= 1
        word = words[i]
        kinds = classes(word)
        previous = words[i - 1] if i > low else ""
        if word == "my" or word in _LEADS or "speech" in kinds or word in _SAID_ONLY:
            continue
        listener = previous in _TOLD or previous in _ASKING or "speech" in classes(previous)
        if word == "i" and _tied(words, i, classes):
            return "other"  # "an account i follow posted "last post"": the account's
        if "writer" in kinds:
            if not listener:
                return "writer"  # "i keep thinking", "i wrote"
            continue  # "she told me": the one told
        if "other_pronoun" in kinds or "person" in kinds or "owner" in kinds:
            told = previous == "my" and (
                words[i - 2] in _TOLD
                or words[i - 2] in _ASKING
                or "speech" in classes(words[i - 2])
                if i - 2 >= low
                else False
            )
            if listener or told:
                continue  # "i told my therapist": the one told
            if "anyone" in kinds and word not in ("someone", "somebody"):
                continue  # "people say": no one in particular
            return "other"
    after = words[last : last + 6]
    for k, word in enumerate(after):
        kinds = classes(word)
        if not ("writer_subject" in kinds or "other_pronoun" in kinds or "person" in kinds):
            continue
        said = any("speech" in classes(w) for w in after[k + 1 : k + 3]) or "what" in after[:k]
        if not said:
            return None  # `"..." and i froze`: no one says it after
        return "writer" if "writer_subject" in kinds else "other"
    return None


_LEADS: Final = frozenset({"that", "saying", "like", "how", "just", "then", "so", "and", "was"})
"""Words between a speaker and a quotation that name no one: `she said like "..."`."""
