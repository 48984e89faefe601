"""When a task is due: a deadline word and what follows it, or a day, a date or a time.

"pay the water bill by fri" is due Friday, "bring the pots in before the frost" before the
frost; "by the cooker", "use by was yesterday", "2nd hand", "Priya's 30th" and "re sat" say
no date. The words are data in `data/tasks/lexicon/reading.toml` (`[days]`, `[when]`,
`[sets] deadline`...).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from ._taskcues import Token
from ._tasklex import TaskLexicon

__all__ = ["CLOCK", "a_time_of", "deadline"]

_TIME: Final = re.compile(r"^(\d{1,2}(am|pm)|\d{1,2}(st|nd|rd|th)|\d{1,2}[:.][0-5]\d(am|pm)?)$")
"""A time of day or a date: "3pm", "10am", "14th", "5:30", "5.40" (never "9.99")."""


CLOCK: Final = re.compile(r"^\d{1,2}([:.][0-5]\d)?(am|pm)$|^\d{1,2}[:.][0-5]\d$", re.IGNORECASE)
"""A time on the clock: "3pm", "9.10", "10:30am" (never "9.99")."""


def deadline(tokens: Sequence[Token], lex: TaskLexicon) -> str:
    """When the task is due, in a few words ("Friday", "before the frost", "3pm"), or "".

    A deadline word ("by", "before", "due") and what follows it first; then a day, a date, a
    time or "tonight" anywhere, except one told as past ("since monday", "last friday").
    """
    words = [t.word for t in tokens]
    keep = lex.sets["object_stop"] - {"tonight", "tomorrow", "tmrw", "tmr", "today"}
    for i, word in enumerate(words):
        if word in lex.sets["deadline"] and i + 1 < len(words) and words[i + 1]:
            if _a_step_first(words[i + 1], lex):
                continue  # "breaker off before touching it": an order of steps, not a date
            rest = []
            for t in tokens[i + 1 : i + 5]:
                if not t.word or t.word in keep:
                    break
                rest.append(_when(t, lex))
            before = word in lex.sets.get("before", frozenset({"before"}))
            if rest and not before and not _a_time(rest, lex):
                continue  # "by the cooker", "use by was yesterday", "till its dry": no date
            if rest:
                lead = ["before"] if before else ["at"] if CLOCK.match(rest[0]) else []
                return " ".join(lead + rest)
    past = _told_as_past(words, lex)
    for i, token in enumerate(tokens):
        if i > 0 and words[i - 1] in lex.sets["past"] | lex.sets.get("topic", frozenset()):
            continue  # "since monday", "text Sam re sat": no date it is due
        if past[i]:
            continue  # "he went out at 2am again": when it happened, not when it is due
        word = token.word
        if i > 0 and tokens[i - 1].typed.endswith(("'s", "\u2019s")) and _TIME.match(word):
            continue  # "Priya's 30th": a birthday, not the 30th of the month
        after = words[i + 1] if i + 1 < len(words) else ""
        if after in lex.sets.get("ordinal_things", frozenset()):
            continue  # "2nd hand", "2nd yr": no date
        if word in lex.maps["days"] or word in lex.maps["when"] or _TIME.match(word):
            if CLOCK.match(word):
                return f"at {token.typed}"
            on = words[i - 1 : i] == ["the"] and word[:1].isdigit()
            return ("on the " if on else "") + _when(token, lex)
    return ""


def _told_as_past(words: Sequence[str], lex: TaskLexicon) -> list[bool]:
    """For each word, whether its clause (words between marks) has a verb told as past."""
    verbs = lex.sets.get("told_as_past", frozenset())
    out: list[bool] = []
    start = 0
    for end in [*(i for i, w in enumerate(words) if not w), len(words)]:
        past = not verbs.isdisjoint(words[start:end])
        out.extend([past] * (end - start))
        if end < len(words):
            out.append(False)
        start = end + 1
    return out


def _a_time(said: Sequence[str], lex: TaskLexicon) -> bool:
    """Whether words after "by" or "till" say a time: a day, a date, a time or a unit.

    Not a place ("by the cooker"), a time gone ("use by was yesterday") or a state ("till
    its dry").
    """
    words = [w.casefold() for w in said]
    if any(w in lex.sets["past"] for w in words) or words[0] in lex.sets["clause_words"]:
        return False
    units = lex.sets.get("time_units", frozenset()) | lex.sets.get("time_words", frozenset())
    return any(
        w in lex.maps["days"] or w in lex.maps["when"] or w in units or w[:1].isdigit()
        for w in words
    )


def _a_step_first(word: str, lex: TaskLexicon) -> bool:
    """Whether a deadline word is followed by an action in -ing ("before touching it").

    That tells the order of the steps. A thing in -ing ("before the wedding", "b4 spring")
    is a known noun or a word of time, and stays a deadline.
    """
    if not word.endswith("ing") or word in lex.sets.get("ing_things", frozenset()):
        return False
    return lex.noun_at([word], 0) is None and word not in lex.maps["when"]


def _when(token: Token, lex: TaskLexicon) -> str:
    return lex.maps["days"].get(token.word) or lex.maps["when"].get(token.word) or token.typed


def a_time_of(said: Sequence[str], at: int, lex: TaskLexicon) -> bool:
    """Whether the words after "end of" name a time: "month", "the week", "june", "term".

    A part that is this time alone ("van MOT - end of month"), or after a noun a time that is
    never a thing ended (`[sets] ended_times`: "card for miss hartley end of term"); "end of
    term report" is a report, and "end the contract" ends it.
    """
    if not said or said[0] not in lex.sets.get("time_openers", frozenset()):
        return False
    times = lex.sets.get("time_words", frozenset()) | lex.sets.get("time_units", frozenset())
    times |= lex.sets.get("months", frozenset())
    words = [w for w in said[2:] if w not in lex.sets["determiners"]]
    if at > 0:
        return bool(words) and words[0] in lex.sets.get("ended_times", frozenset())
    return len(words) == 1 and words[0] in times
