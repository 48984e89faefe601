"""Reading what the person typed that the steps should carry: the slots of `Carried`.

What a message says ("text jo that I can't do saturday"), what to ask ("ask if sunday works
instead"), a thing to leave out ("not the cactus"), someone who helps ("need someone w/
ladder"), someone else's part ("dad needs to sign"), a study session's topic ("especially
integration by parts") and whom a thing is for ("spare key cut for brenda next door"). The
word lists are `reading.toml [sets]` (`carry_*`). A slot the reader is unsure of stays
empty, so no step echoes a fragment. `_taskcarry` says them in the steps.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import attrs

from ._taskcues import Token, without_lead
from ._tasklex import TaskLexicon, default_task_lexicon
from ._taskreading import MAX_CHARS, TaskReading, _tokens

__all__ = ["Carried", "carried"]

_MARKS: Final = frozenset(".;!?()[]\n:,-")
_SECOND_PERSON: Final = {
    "i": "you", "im": "you're", "i'm": "you're", "my": "your", "me": "you", "ive": "you've",
    "i've": "you've", "id": "you'd", "ill": "you'll", "mine": "yours", "myself": "yourself",
    "we": "you", "our": "your", "us": "you", "w": "with", "b4": "before", "pls": "please",
}  # fmt: skip


@attrs.frozen
class Carried:
    """What the person typed that the steps carry, each slot empty when it was not read.

    Attributes:
        said: What a message says, in the second person ("you can't do saturday").
        asked: What to ask, from its first word ("if sunday works instead", "for google
            reviews", "to order the cat food").
        asked_whom: Whether the task names whom to ask before it ("ask tom if...").
        asked_of: That person, when one word names them ("Ben").
        left_out: A thing to leave out ("the cactus", "with the locum").
        helper: What someone who helps has with them ("a ladder").
        who_acts: Someone else who does a part ("your dad"), with `their_act` ("sign").
        their_act: The verb of that part.
        topic: What a study session starts with ("integration by parts").
        given_to: Whom a thing made or got is for ("Brenda").
        side_act: A step of the person's own, typed aside ("(check the rate)").
        about: What a call or message is "for", when no topic word said it ("call landlord
            for the mould in bathroom": "the mould in bathroom").
    """

    said: str = ""
    asked: str = ""
    asked_whom: bool = False
    asked_of: str = ""
    left_out: str = ""
    helper: str = ""
    who_acts: str = ""
    their_act: str = ""
    topic: str = ""
    given_to: str = ""
    side_act: str = ""
    about: str = ""


def _set(lex: TaskLexicon, name: str) -> frozenset[str]:
    return lex.sets.get(name, frozenset())


def _second(tokens: Sequence[Token]) -> str:
    """The words as typed, first person turned to second ("my" to "your")."""
    return " ".join(_SECOND_PERSON.get(t.word, t.typed) for t in tokens)


def _clause(tokens: Sequence[Token], at: int, lex: TaskLexicon, most: int = 12) -> list[Token]:
    """The words from `at` to a mark or one of `carry_ends`; none when longer than `most`."""
    out: list[Token] = []
    for n, t in enumerate(tokens[at:], start=at):
        if not t.word or t.typed in _MARKS or t.word in _set(lex, "carry_ends"):
            break
        after = tokens[n + 1].word if n + 1 < len(tokens) else ""
        if t.word == "and" and after in _set(lex, "carry_ask") | {"also", "then"}:
            break  # "... and ask if sunday works": a second thing to say
        out.append(t)
    while out and out[-1].word in _set(lex, "carry_trailing"):
        out.pop()  # "the vectors stuff": "stuff" says nothing
    return out if len(out) <= most else []


def _names_a_thing(tokens: Sequence[Token], lex: TaskLexicon) -> bool:
    words = [t.word for t in tokens]
    return any(lex.noun_at(words, i) is not None for i in range(len(words)))


def _person(token: Token, reading: TaskReading, lex: TaskLexicon) -> str:
    """A person as a step names them ("your dad", "Brenda"), or "" when the word is none.

    A family word, a name the reader found, or a word the lexicons do not know typed on its
    own ("brenda"): never a word of a thing, an act or a time.
    """
    word = token.word
    if word in _set(lex, "kin"):
        return f"your {word}"
    if any(word == p.casefold().split()[-1] for p in reading.people if p):
        return token.typed[:1].upper() + token.typed[1:]
    known = lex.noun_at([word], 0) or lex.verb_at([word], 0)
    if known or not word.isalpha() or len(word) < 3 or word in _set(lex, "carry_not_names"):
        return ""
    return token.typed[:1].upper() + token.typed[1:]


def _said(tokens: list[Token], lex: TaskLexicon) -> str:
    """What a message says: the words after "that" and a subject ("that I can't do sat")."""
    for i, t in enumerate(tokens[1:-1], start=1):
        if t.word in _set(lex, "carry_say") and tokens[i + 1].word in _set(lex, "carry_subjects"):
            said = _clause(tokens, i + 1, lex, most=10)
            return _second(said) if len(said) > 1 else ""
    return ""


def _also(tokens: list[Token], at: int, lex: TaskLexicon) -> list[Token]:
    """A second thing joined on by "and also" after the clause, in the same part, or none.

    "remind ben to order the cat food before we run out and also the big bag of compost":
    "and the big bag of compost".
    """
    for n in range(at, len(tokens) - 2):
        if not tokens[n].word or tokens[n].typed in _MARKS:
            return []
        if tokens[n].word == "and" and tokens[n + 1].word == "also":
            more = _clause(tokens, n + 2, lex, most=7)
            return [tokens[n], *more] if more else []
    return []


def _asked(tokens: list[Token], reading: TaskReading, lex: TaskLexicon) -> tuple[str, str, bool]:
    """What to ask: "if ...", "for ...", "to ..." or "please ..." after an asking word.

    Up to four words (the person asked) may come between: "ask tom if he can reach the box".
    """
    asking = _set(lex, "carry_ask")
    for i, t in enumerate(tokens):
        if t.word not in asking:
            continue
        for j in range(i + 1, min(i + 6, len(tokens))):
            u = tokens[j]
            if not u.word or u.typed in _MARKS:
                break
            if u.word in ("if", "whether", "for", "to", "please"):
                said = _clause(tokens, j + 1, lex)
                if u.word == "to" and not (said and lex.verb_at([said[0].word], 0)):
                    break  # "ask to" a thing: no act to ask for
                if not said or (len(said) < 2 and u.word != "please"):
                    break
                if i == 0 and j == 1:
                    break  # "ask for a deadline extension": the task itself, said already
                head = "to" if u.word == "please" else u.word
                who = _person(tokens[i + 1], reading, lex) if j == i + 2 else ""
                more = _also(tokens, j + 1 + len(said), lex)
                return f"{head} {_second([*said, *more])}", who, j > i + 1
    return "", "", False


def _left_out(tokens: list[Token], lex: TaskLexicon) -> str:
    """A thing to leave out: "not the cactus", "skip the back room", "not with the locum"."""
    for i, t in enumerate(tokens):
        if t.word not in _set(lex, "carry_not"):
            continue
        if i and tokens[i - 1].word in _set(lex, "carry_not_after"):
            continue  # "if not", "or not"
        said = _clause(tokens, i + 1, lex, most=5)
        rest = said[1:] if said and said[0].word in ("with", "w") and len(said) > 1 else said
        if len(rest) < 2 or rest[0].word not in _set(lex, "determiners"):
            continue  # "not touching it", "not yet": no thing named
        if _set(lex, "carry_not_things").intersection(t.word for t in rest):
            continue  # "not the best time": no thing to leave out
        return _second(said)
    return ""


def _helper(tokens: list[Token], lex: TaskLexicon) -> str:
    """What someone who helps brings: "need someone w/ ladder" gives "a ladder"."""
    for i, t in enumerate(tokens[:-2]):
        if t.word in ("someone", "somebody") and tokens[i + 1].word in ("with", "w"):
            said = _clause(tokens, i + 2, lex, most=3)
            if not said or not _names_a_thing(said, lex):
                return ""
            if said[0].word in _set(lex, "determiners"):
                return _second(said)
            return f"a {_second(said)}"
    return ""


def _their_act(tokens: list[Token], reading: TaskReading, lex: TaskLexicon) -> tuple[str, str]:
    """Someone else who does a part: "dad needs to sign", "get mum to sign" ("your dad", "sign")."""
    words = [t.word for t in tokens]
    for i in range(len(tokens) - 2):
        if words[i] == "get" and i + 3 < len(tokens) and words[i + 2] == "to":
            who, verb = tokens[i + 1], tokens[i + 3]
        elif (
            words[i + 1] in _set(lex, "carry_needs")
            and i + 3 < len(tokens)
            and words[i + 2] == "to"
        ):
            who, verb = tokens[i], tokens[i + 3]
        else:
            continue
        person = (
            _person(who, reading, lex)
            if who.word in _set(lex, "kin") or who.typed[:1].isupper()
            else ""
        )
        act = lex.verb_at([verb.word], 0)
        if person and act is not None and act[0] == 1:
            return person, verb.word
    return "", ""


def _topic(task: str, tokens: list[Token], reading: TaskReading, lex: TaskLexicon) -> str:
    """What a study session starts with: "especially integration by parts", "- organic"."""
    if reading.kind != "study":
        return ""
    words = [t.word for t in tokens]
    openers = _set(lex, "carry_topic")
    for i, word in enumerate(words):
        opener = 2 if " ".join(words[i : i + 2]) in openers else 1 if word in openers else 0
        if opener:
            said = _clause(tokens, i + opener, lex, most=8)
            return _second(said) if said else ""
    aside = reading.aside.split()
    after = task.rpartition(" - ")[2]  # "chem mock revision - organic"
    parts = [p.strip() for p in after.replace("&", "+").split("+")]
    if reading.aside and len(aside) <= 3 and " - " in task and all(parts):
        same = " ".join(parts).casefold().split() == reading.aside.casefold().split()
        if same and lex.verb_at([aside[0].casefold()], 0) is None:
            return " and ".join(parts)  # "fire safety + BLS": "fire safety and BLS"
    return ""


_TO_WHOM: Final = frozenset({"person", "organisation"})
"""Classes of a noun that name whom a thing goes to ("accountant", "landlord")."""


def _handed_to(tokens: list[Token], reading: TaskReading, lex: TaskLexicon) -> str:
    """Whom a thing typed with no verb of giving goes to: "receipts shoebox to accountant".

    Only a person's role or a family word, last in its part, in a task of
    `carry_handed_kinds` (sorting a thing, or a thing of no kind).
    """
    if reading.kind not in _set(lex, "carry_handed_kinds") or reading.verb:
        return ""
    words = [t.word for t in tokens]
    for i, word in enumerate(words[:-1]):
        at = i + 2 if words[i + 1] in ("the", "my", "your") else i + 1
        if word != "to" or i < 1 or at >= len(words) or (at + 1 < len(words) and words[at + 1]):
            continue
        found = lex.noun_at([words[at]], 0)
        if words[at] in _set(lex, "kin") or (found is not None and found[1] in _TO_WHOM):
            return f"your {tokens[at].typed}"
    return ""


def _given_to(tokens: list[Token], reading: TaskReading, lex: TaskLexicon) -> str:
    """Whom a thing made or got is for: "spare key cut for brenda (next door)"."""
    if not reading.thing:
        return ""
    if reading.whom or reading.kind not in _set(lex, "carry_given_kinds"):
        return _handed_to(tokens, reading, lex)
    words = [t.word for t in tokens]
    for i, word in enumerate(words[:-1]):
        if word != "for" or i < 2:
            continue
        after = words[i + 2 : i + 4]
        near = " ".join(after) in _set(lex, "carry_given_ends")  # "for brenda next door"
        named = tokens[i + 1].typed[:1].isupper() or words[i + 1] in _set(lex, "kin")
        if near or (named and (not after or not after[0])):
            return _person(tokens[i + 1], reading, lex)
    return ""


def _side_act(reading: TaskReading, lex: TaskLexicon) -> str:
    """A step the person typed aside, opening with a verb of `carry_side_verbs`.

    "send money to my mother (check the rate)": "check the rate". Never a clause cut short
    ("ask b4 rota goes up"): the verb's next word opens no clause of its own.
    """
    aside = _tokens(reading.aside)
    if len(aside) < 2 or len(aside) > 10 or aside[0].word not in _set(lex, "carry_side_verbs"):
        return ""
    if aside[1].word in _set(lex, "carry_ends") | _set(lex, "terms_end"):
        return ""
    out = [f"your {t.word}" if t.word in _set(lex, "kin") else _second([t]) for t in aside]
    return " ".join(out)


def _about(tokens: list[Token], reading: TaskReading, lex: TaskLexicon) -> str:
    """What a call or message to someone is "for the ...", said right after them.

    Never a booking ("for an appointment"), an event or a person.
    """
    if reading.topic or reading.kind not in _set(lex, "carry_about_kinds"):
        return ""
    words = [t.word for t in tokens]
    for i, word in enumerate(words[:-2]):
        if word != "for" or i < 2 or words[i + 1] not in ("the", "my", "our"):
            continue
        if words[i - 1] not in reading.object.casefold().split():
            return ""  # "logo brief for the bakery": for a thing, not the person called
        said = _clause(tokens, i + 1, lex, most=6)
        nouns = [lex.noun_at([t.word], 0) for t in said]
        if len(said) < 2 or any(n is not None and n[1] in _NOT_ABOUT for n in nouns):
            return ""
        return _second(said)
    return ""


_NOT_ABOUT: Final = frozenset({"appointment", "event", "person"})
"""Classes of a thing a call is "for" that is no topic: a booking, an event, someone."""


def carried(task: str, reading: TaskReading, lexicon: TaskLexicon | None = None) -> Carried:
    """Read what the person typed that the steps should carry (see `Carried`)."""
    lex = lexicon or default_task_lexicon()
    tokens = without_lead(_tokens(task[:MAX_CHARS]), lex)
    talk = reading.kind in _set(lex, "carry_talk")
    who, act = _their_act(tokens, reading, lex) if not talk else ("", "")
    asked, of, named = _asked(tokens, reading, lex) if talk else ("", "", False)
    return Carried(
        said=_said(tokens, lex) if talk else "",
        asked=asked,
        asked_whom=named,
        asked_of=of,
        left_out=_left_out(tokens, lex),
        helper=_helper(tokens, lex),
        who_acts=who,
        their_act=act,
        topic=_topic(task, tokens, reading, lex),
        given_to=_given_to(tokens, reading, lex),
        side_act=_side_act(reading, lex),
        about=_about(tokens, reading, lex),
    )
