"""A second to-do typed with the first: "top up airtime + pay the electric".

`next_task` splits the task at a joining word (`[sets] next_task_joins`: "+", "&", "then",
"and then") where both sides are to-dos of their own; `_taskread` reads the first, and the
breakdown names the second in a calm line after the steps ("Then, when you are ready: pay the
electric"). All its words are data in `data/tasks/lexicon/reading.toml`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence

from ._taskcues import Token
from ._tasklex import TaskLexicon
from ._taskparts import _a_care_step, _asks_for_help

__all__ = ["next_task"]


def next_task(
    text: str, tokens_of: Callable[[str], list[Token]], lex: TaskLexicon
) -> tuple[str, str]:
    """The task, and a second to-do typed after it, or `""` when there is none.

    "top up airtime + pay the electric", "ring gp then pick up meds": a joining word
    (`[sets] next_task_joins`) with a to-do on both sides (`_another_task`) starts another.
    The first is the task; the second is named in a calm line after its steps. "wrap
    glasses + plates", "boil the kettle then" are one task.
    """
    joins = lex.sets.get("next_task_joins", frozenset())
    if not joins:
        return text, ""
    for found in _joins(joins).finditer(text):
        before, after = text[: found.start()], text[found.end() :].strip()
        if _another_task(tokens_of(before), tokens_of(after), found.group().strip(), lex):
            return before, after
    return text, ""


def _another_task(
    before: Sequence[Token], after: Sequence[Token], join: str, lex: TaskLexicon
) -> bool:
    """Whether the words after a join are a to-do of their own, and those before one too.

    Each side starts with a verb and names its own thing ("strip + wash the beds" is one
    task, the beds both verbs'). After a sign ("+", "&"), a verb that is also a thing's noun
    starts a to-do only before "the", "it"...: "check oil + water in the car" is one task.
    A care step or a call for help ("wash hands after", "get someone to hold it") is a
    step of the task, not another.
    """
    first = [t.word for t in before if t.word]
    head = [t.word for t in after if t.word]
    mine = lex.verb_at(first, 0) if first else None
    second = lex.verb_at(head, 0) if len(head) > 1 else None
    if mine is None or len(first) <= mine[0] or second is None:
        return False
    if not join.replace(" ", "").isalpha() and lex.noun_at(head, 0) is not None:
        pointers = lex.sets["determiners"] | {"it", "them", "him", "her"}
        if not pointers.intersection(head[second[0] : second[0] + 1]):
            return False
    said = " ".join(head)
    if any(care in said for care in lex.sets.get("care_phrases", frozenset())):
        return False  # "use the red board & wash hands after": a step of the task
    return not (_a_care_step(after, lex) or _asks_for_help(after, lex))


@functools.lru_cache(maxsize=4)
def _joins(joins: frozenset[str]) -> re.Pattern[str]:
    ordered = sorted(joins, key=len, reverse=True)
    return re.compile(r"\s(?:" + "|".join(re.escape(j) for j in ordered) + r")\s", re.IGNORECASE)
