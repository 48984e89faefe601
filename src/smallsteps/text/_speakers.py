"""Who speaks and who is meant: the people a sentence names, and the words around them.

Helpers of `_who`: someone rung, told or asked (not the one at risk); an owner's word that
is a person doing something ("dads been talking"); someone in general who stands for the
writer in a question of means ("if someone took..."); reported speech that ends where its
verb has had its say; and who said the words inside quotation marks.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Callable, Sequence
from typing import Final

from ._frames import Match
from ._lexicon import Lexicon
from ._normalise import Reading

__all__ = ["names_someone"]


_LOOK_BACK: Final = 8
"""How many words before a signal are read to tell who it is about."""


_GREETING: Final = frozenset({"dear", "dearest", "hi", "hey", "hello", "hiya"})
"""Words before someone that make them the one written to: "dear pastor", "hi sis"."""


_TO: Final = (
    frozenset({"to", "for", "with", "tell", "let", "ask", "and", "gave", "give"})
    | frozenset({"told", "tells", "telling", "wished", "bid", "hugged", "kissed"})
    | _GREETING
)
"""Words before "my mum" that make her the one a goodbye is for, not the one saying it."""


def _is_subject(words: Sequence[str], i: int, classes: Callable[[str], tuple[str, ...]]) -> bool:
    """Whether an owner's word ("dads", typed for "dad's") is a person doing something.

    "my dads talking about ending it" is "my dad is talking": an owner's word before a verb
    in -ing, a verb of speech or a word of time or habit is the one who does it, not a thing's
    owner ("my dads car").
    """
    if i >= len(words) or "owner" not in classes(words[i]):
        return False
    following = words[i + 1] if i + 1 < len(words) else ""
    thing = words[i + 2] if i + 2 < len(words) else ""
    return (
        (following.endswith("ing") and len(following) > 4 and thing not in _THINGS)
        or "speech" in classes(following)
        or following in _DOING
    )


_THINGS: Final = frozenset(
    {"tablets", "tablet", "pills", "pill", "meds", "medication", "medicine", "bag", "room"}
)
"""Things an -ing word may describe: "mums sleeping tablets" are hers, she is not sleeping."""


_DOING: Final = frozenset(
    {"been", "gonna", "going", "got", "not", "never", "always", "keeps", "kept", "still"}
)
"""Words after "dads", "mums" that make the word a person doing something, not an owner."""


def _objects(
    reading: Reading,
    low: int,
    high: int,
    classes: Callable[[str], tuple[str, ...]],
    *,
    recipients: bool = False,
) -> dict[int, int]:
    """People met or rung in words `low` to `high`: each one's verb of contact, by index.

    Both indices count from `low`. Someone just after a verb of contact who ends a piece, or
    whom "and" or "then" follows, is that verb's object and not a later piece's subject: in
    "rang my sister, did the crossword, and thought about ending it" the thought is the
    writer's ("visited my brother, he keeps talking about ending it" names him again). A
    subject who did something in an earlier piece may still be a later one's ("my brother is
    a mess, wants to be dead"), so only objects are passed over. With `recipients`, for the
    one who says a goodbye, someone it goes to ("wrote to my parents and put everything in
    order", "gave the pc to my cousin,") is passed over from the "to" or "for" too.
    """
    words = reading.words
    found: dict[int, int] = {}
    for i in range(low, high):
        kinds = classes(words[i])
        if not ("person" in kinds or "other_pronoun" in kinds):
            continue
        ends = i + 1 >= len(words) or words[i + 1] in _THEN or _piece_ends(reading, i, classes)
        if not ends:
            continue
        verb = _contact_verb(words, i, classes, recipients=recipients)
        if verb >= 0:
            found[i - low] = verb - low
    return found


def _contact_verb(
    words: Sequence[str],
    i: int,
    classes: Callable[[str], tuple[str, ...]],
    *,
    recipients: bool = False,
) -> int:
    """The index of the verb of contact whose object is the person at `i`, or -1.

    With `recipients`, the index of the "to" or "for" before the one something goes to.
    """
    verb = i - 1 if i and words[i - 1] not in _DETERMINERS else i - 2
    if recipients and verb >= 0 and words[verb] in _RECIPIENT:
        return verb
    return verb if verb >= 0 and "contact" in classes(words[verb]) else -1


_RECIPIENT: Final = frozenset({"to", "for"})
"""Words before the one a goodbye goes to: that person is not the one saying it."""


def _piece_ends(reading: Reading, i: int, classes: Callable[[str], tuple[str, ...]]) -> bool:
    """Whether the piece of word `i` ends at most `_ASIDE` words after it, none a person.

    "texted my ex (mistake), wrote a goodbye note": a word or two of aside ("today",
    "(mistake)", "for ages") after the one rung still leaves them the verb's object.
    """
    words = reading.words
    for k in range(i + 1, min(len(words), i + 2 + _ASIDE)):
        if reading.piece_of(k) == k:
            return True
        kinds = classes(words[k])
        if "person" in kinds or "other_pronoun" in kinds or "writer" in kinds:
            return False
    return i + 1 + _ASIDE >= len(words)


_ASIDE: Final = 2
"""The most words of aside after someone rung or met before their piece ends."""


_THEN: Final = frozenset({"and", "then", "n", "an", "&"})
"""Words after someone rung or met that open a piece with the same, unsaid subject."""


def _aged(words: Sequence[str], i: int) -> bool:
    """Whether word `i` ends someone named by their age: "my 15 year old", "a 14yo"."""
    word = words[i]
    if word == "old" and i >= 3 and words[i - 1] in _YEARS:
        return words[i - 3] in _DETERMINERS
    return i >= 1 and word[:-2].isdigit() and word.endswith("yo") and words[i - 1] in _DETERMINERS


_YEARS: Final = frozenset({"year", "years", "yr", "yrs"})


_DETERMINERS: Final = frozenset({"my", "our", "a", "his", "her", "their", "this", "the"})


def _someone_leads(words: Sequence[str], classes: Callable[[str], tuple[str, ...]]) -> bool:
    """Whether a clause opens on someone else as its subject and never names the writer.

    "my dad has been giving away his tools": the goodbye is his. Someone after "tell", "to"
    or "for" is the one a goodbye is for ("tell my mum i love her"), not its subject.
    """
    for i, word in enumerate(words):
        kinds = classes(word)
        following = words[i + 1] if i + 1 < len(words) else ""
        owner = word == "my" and "person" in classes(following)
        if "writer" in kinds and not owner:
            return False
        if (
            owner
            or "other_pronoun" in kinds
            or "person" in kinds
            or _aged(words, i)
            or _is_subject(words, i, classes)  # "dads been talking about ending it"
        ):
            previous = words[i - 1] if i else ""
            if previous in _TO or previous in _PLACE:
                return False
            if _contact_verb(words, i + 1 if owner else i, classes) >= 0:
                continue  # "texted my ex, wrote a goodbye note": the one texted is no subject
            rest = words[i + 2 if owner else i + 1 :]
            return not any(
                "writer" in classes(w)
                and not (w == "my" and "person" in classes(n))
                and not (w == "me" and p in _RANG)  # "my brother called me to say goodbye"
                for p, w, n in zip(("", *rest[:-1]), rest, (*rest[1:], ""), strict=True)
            )
    return False


_RANG: Final = frozenset(
    {"rang", "rung", "called", "phoned", "texted", "messaged", "emailed", "facetimed", "visited"}
)
"""Verbs of contact done: "me" after one is the one rung ("my pal rang me to say goodbye"),
not the one saying it. Done, not asked: "help me" and "call me" leave "me" the writer."""


_PLACE: Final = frozenset({"on", "in", "at", "from", "of", "near", "behind", "across"})
"""Words before "my" that make what follows a place or a group ("on my team", "at my work")."""


_PRETEXT: Final = ("for", "a")
"""Words before a person that make them a cover, not the one meant ("asking for a friend")."""


def _piece_said(reading: Reading, verb: int, start: int) -> bool:
    """Whether a verb of speech had its say in its own piece, before the one at `start`.

    "she left me on read - game end soon": a list's item that ends on what was said or done
    ("on read") leaves the next item to the writer; "he texted me, i cant do this" goes on
    into the quote.
    """
    words, pieces = reading.words, reading.pieces
    at = bisect.bisect_right(pieces, verb)  # the first piece after the verb: time stays linear
    if at == len(pieces) or pieces[at] > start:
        return False
    end = pieces[at]
    return any(w not in _SAID_ONLY and w not in _QUOTE_OPENS for w in words[verb + 1 : end])


def _said_before(words: Sequence[str], at: int, classes: Callable[[str], tuple[str, ...]]) -> bool:
    """Whether what someone said or did ends before "i" speaks.

    A quote opens just after its verb ("she said i cant", "he texted me i am sorry"); when
    `_COMPLEMENT` words or more that say something of their own (not "me", "that", a time)
    stand between the verb and the writer's "i", the verb had its own object and the "i"
    that follows is the writer's: "he left me for my best friend i want to end my life".
    """
    said = 0
    for k in range(at, len(words)):
        word = words[k]
        if "writer_subject" in classes(word):
            return said >= _COMPLEMENT
        if word not in _SAID_ONLY and word not in _QUOTE_OPENS:
            said += 1
    return False


_COMPLEMENT: Final = 2
"""How many words of its own a verb of speech needs before "i" for the "i" to be the writer's."""


_QUOTE_OPENS: Final = frozenset({"that", "saying", "like", "how", "she", "he", "they"})
"""Words between a verb of speech and a quoted "i" that say nothing of their own."""


_SAID_ONLY: Final = frozenset(
    {"to", "me", "us", "once", "again", "today", "yesterday", "lol", "last", "this", "night"}
    | {"morning", "evening", "earlier", "week", "ago", "on", "the", "phone", "in", "a", "text"}
)
"""Words after an attribution's verb that add nothing said: "he said to me once", "she
texted me last night"."""


_SINCE: Final = frozenset(
    {"since", "because", "cos", "cause", "coz", "bc", "when", "after", "before", "until", "till"}
)
"""Words that open a clause of its own: what follows them is no attribution."""


def names_someone(reading: Reading, lex: Lexicon) -> bool:
    """Whether a text names someone in particular: "he", "my dad", "sam", not "someone".

    Someone written to, rung or done for is not named so: "hi sis, just wanted to say
    goodbye", "call mum, buy milk, ...", "write the letter for mum".
    """
    classes = lex.classes_of
    words = reading.words
    for i, word in enumerate(words):
        kinds = classes(word)
        if "other_pronoun" in kinds:
            return True
        if "person" not in kinds or "anyone" in kinds:
            continue
        if _contact_verb(words, i, classes) >= 0:
            continue
        before = i - 1 if i and words[i - 1] not in _DETERMINERS else i - 2
        if before < 0 or words[before] not in _TO:
            return True
    return False


def _owner(kinds: tuple[str, ...]) -> bool:
    return "person" in kinds or "owner" in kinds


def _person(kinds: tuple[str, ...]) -> bool:
    return any(k in ("writer", "other_pronoun", "person") for k in kinds)


_COVERED: Final = frozenset({"lethality", "plan-method", "recent-act", "self-harm"})
"""Families whose questions people ask of "someone" as a cover for themselves."""


_COVER_REACH: Final = 40
"""The most words before a question of means read for its "someone" (a long clause is cut)."""

_HYPOTHETICAL: Final = frozenset({"someone", "somebody", "anyone", "anybody"})
"""People in general who stand for the writer in a question of means: "if someone took..."."""


_TOLD: Final = frozenset({"told", "tell", "tells", "telling", "wished", "bid", "hugged", "kissed"})
"""Verbs whose object just before a goodbye is the one it is said to: "told her goodbye"."""


_HIDING: Final = frozenset({"hide", "lock", "keep", "take", "put"})
"""Bases of verbs that put means out of reach: asked of someone, the writer is kept safe."""


_WOUNDS: Final = frozenset(
    {"cuts", "scars", "wounds", "marks", "stitches", "burns", "scabs", "cut", "scar", "wound"}
)
"""Wounds that "they" or "it" may stand for inside a match: "until they open again"."""


_ASKING: Final = frozenset({"told", "asked", "ask", "tell", "begged", "got", "made"})
"""Verbs of asking someone to do something: "asked my mum to lock the cabinet"."""


def _hypothetical(
    reading: Reading, match: Match, classes: Callable[[str], tuple[str, ...]]
) -> bool:
    """Whether a question of means is asked of someone in general, and of no one named.

    "if someone took 50 of their antidepressants", "how many would kill someone my size":
    "their" and "they" stand for that someone. Anyone named ("my friend", "my mum", "he")
    makes it a question about them.
    """
    first = reading.clause_of(match.start)[0]
    low = max(0, first - _LOOK_BACK, match.start - _COVER_REACH)  # a long clause: a few words
    words = reading.words[low : match.end]
    if not any(
        w in _HYPOTHETICAL and not _someone_real(words, k, classes) for k, w in enumerate(words)
    ):
        return False
    for i, (word, following) in enumerate(itertools.pairwise((*words, ""))):
        if _aged(words, i):
            return False
        kinds = classes(word)
        if "anyone" in kinds or word in ("their", "they", "them", "theirs"):
            continue
        if word in ("he", "she", "his", "her", "him", "hers") or "owner" in kinds:
            return False
        if "person" in kinds or (word == "my" and "person" in classes(following)):
            return False
    return True


def _someone_real(words: Sequence[str], k: int, classes: Callable[[str], tuple[str, ...]]) -> bool:
    """Whether "someone" at `k` is someone in particular, not anyone in general.

    "someone in my discord", "someone who says", "someone said", "how do i help someone".
    """
    following = words[k + 1] if k + 1 < len(words) else ""
    previous = words[k - 1] if k else ""
    return (
        following in _PARTICULAR
        or "speech" in classes(following)
        or "speech" in classes(previous)
        or previous in _HELPING
    )


_PARTICULAR: Final = frozenset(
    {"in", "on", "at", "from", "who", "that", "i", "online", "here", "close", "keeps", "has"}
)
"""Words after "someone" that make them someone in particular: "someone in the group chat"."""


_HELPING: Final = frozenset({"help", "helping", "support", "supporting", "tell", "know", "knows"})
"""Words before "someone" that make them someone in particular: "how do i help someone"."""


def _asked_to(reading: Reading, start: int, classes: Callable[[str], tuple[str, ...]]) -> bool:
    """Whether the words before `start` ask someone else to do it: "told my flatmate to"."""
    words = reading.words[max(0, start - 5) : start]
    if not words or words[-1] != "to":
        return False
    return any(
        w in _ASKING
        and any(_person(classes(x)) and "writer" not in classes(x) for x in words[k + 1 : -1])
        for k, w in enumerate(words[:-1])
    )
