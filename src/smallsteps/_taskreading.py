"""What a task's reading is, and the tokens it is read from.

`TaskReading` is the plain value `read_task` returns (`_taskread`); `_tokens` splits a task
into the words and marks every reader works on: amounts with a currency sign and numbers
with a point kept whole, words folded with their inner apostrophes, marks that end a part.
"""

from __future__ import annotations

import re
from typing import Final

import attrs

from ._taskcues import Token
from .text import fold

__all__ = ["MAX_CHARS", "NOT_PRONOUNS", "TaskReading"]

MAX_CHARS: Final = 2000
"""Only the start of a very long task is read: a task is a line, not a letter."""

_TOKEN: Final = re.compile(
    r"[£$€¥₹]\d[\d.,]*\d|[£$€¥₹]\d|(?<![^\s(])-?\d+(?:[.,:]\d+)+(?![^\W_])"
    r"|[^\W_]+(?:['\u2019][^\W_]+)*['\u2019]?|[.;!?()\[\]\n,:]|\s[-\u2013\u2014]+\s"
)
"""Amounts with a currency sign, numbers with a point kept whole ("9.99", "-2.25", "10:30"),
words (with inner apostrophes), marks that end a part, and dashes between spaces."""
_CURRENCY: Final = frozenset("£$€¥₹")
_BREAK: Final = frozenset(".;!?()[]\n:")


@attrs.frozen
class TaskReading:
    """What `read_task` reads from a task. Plain data; every field may be empty.

    Attributes:
        verb: The verb as a base phrase ("ring back", "sort out"), or "" when none was found.
        kind: The action kind (`"call"`, `"pay"`, `"ask-money-owed"`...), or "".
        object: The object in the person's words, first person turned to second ("your
            landlord", "the kids dentist appt").
        thing: The object's head noun as typed ("appt").
        object_class: The object's class (`"appointment"`, `"person"`...), or "".
        people: The people named: words for people as typed ("mum"), names with a capital ("Sam").
        deadline: When it is due, for a calm line ("Friday", "before the frost").
        done: What the person says is already done ("bags already packed").
        aside: Side comments, kept apart so they never choose the steps.
        hazards: Hazards the task carries (`"height"`, `"electric"`...), for a safety step.
        confidence: How sure the reading is, 0 to 1: the word model's probability for the
            kind (`read_by_rules`: 1.0 for a verb of the lexicon and an object of a known
            class, 0.2 for nothing known).
        words: The main part's words, folded, for matching templates.
        animal: The animal the task is for, as the steps name it ("the cat", "Milo", "your
            pet"), when it is an animal's care (`read_task` only; see `_taskanimal`).
        channel: The way of getting in touch the task names (`"email"`, `"letter"`,
            `"call"`, `"text"`, `"form"`, `"in-person"`), or "" (see `_taskchannel`).
        whom: Someone else the task is for or done with, as typed ("dad", "Tomas"), or ""
            for the person's own task (see `_taskwho`).
        together: Whether it is done with `whom` ("help ben with his spellings").
        topic: What a message or a call is about, in the person's words ("flexible
            hours", "Saturday" for "re sat"), or "" (see `_tasktopic`).
        then: A second to-do typed after this one ("pick up meds" in "ring gp then pick up
            meds"), as typed, or "" (see `_taskparts.next_task`).
        place: The shop, service or place the task names, as typed ("Bunnings" in "get
            screws from Bunnings", "SumUp" in "card reader back to SumUp"), or "" (see
            `_taskplace`).
        only: What the person keeps the task to, as typed ("the kitchen" in "tidy the
            house, just the kitchen"), where the object does not say it (see `_taskterms`).
        first: What the person says comes first ("GP letter" in "need GP letter first then
            apply", "compare" in "compare before renewing"), or "".
        minutes: A time box the person gives, in minutes ("15" for "15 mins"), or "".
        amount: A number of things the person gives ("3 emails", "two loads"), or "".
        condition: A condition to check first ("it's dry" in "mow if it's dry"), first
            person turned to second, or "".
    """

    verb: str = ""
    kind: str = ""
    object: str = ""
    thing: str = ""
    object_class: str = ""
    people: tuple[str, ...] = ()
    deadline: str = ""
    done: str = ""
    aside: str = ""
    hazards: tuple[str, ...] = ()
    confidence: float = 0.2
    words: tuple[str, ...] = ()
    animal: str = ""
    channel: str = ""
    whom: str = ""
    together: bool = False
    topic: str = ""
    then: str = ""
    place: str = ""
    only: str = ""
    first: str = ""
    minutes: str = ""
    amount: str = ""
    condition: str = ""


NOT_PRONOUNS: Final = {"IT": "i.t"}
"""Words typed in capitals that are no pronoun: "ring IT helpdesk" is information technology."""


def _tokens(text: str) -> list[Token]:
    out = []
    shouted = text.isupper()  # "BATHROOM - CLEAN IT": all in capitals, "it" is "it"
    for match in _TOKEN.finditer(text):
        typed = match.group().strip()
        if typed[:1] in _CURRENCY:
            out.append(Token(typed, "money"))  # "£20": an amount of money, as its word
        elif not typed or typed in _BREAK or typed == "," or not typed.lstrip("-")[:1].isalnum():
            out.append(Token(typed, ""))
        elif typed in NOT_PRONOUNS and not shouted:
            out.append(Token(typed, NOT_PRONOUNS[typed]))  # "ring IT helpdesk": no "it"
        else:
            word = fold(typed).replace("'", "").replace("\u2019", "")
            out.append(Token(typed.rstrip("'\u2019"), word))
    return out
