"""What a message, a call or a letter is about: "text Sam back re sat".

The words after a topic word (`[sets] topic` in `data/tasks/lexicon/reading.toml`: "about",
"re", "regarding"...) up to the end of their part, a deadline word or a word that starts
something else (`[sets] topic_stop`), at most `MOST` words. "my" is said as "your" and a
day by its name ("re sat": "Saturday"). A pattern's `{about}` slot says it (" about
Saturday"), so the steps name what the person wants to say.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from ._taskcues import Token
from ._tasklex import TaskLexicon

__all__ = ["MOST", "topic"]

MOST: Final = 5
"""The most words a topic keeps, so a step that says it stays short."""

_YOURS: Final = {"my": "your", "our": "your", "me": "you", "i": "you", "im": "you are"}


def topic(tokens: Sequence[Token], lex: TaskLexicon) -> str:
    """What the task is about, in the person's words ("flexible hours", "Saturday"), or "".

    Only after the verb's object: a topic word first in the task ("re the boiler - ring
    Dan") names no topic here, as the whole task is about it.
    """
    words = [t.word for t in tokens]
    opens = lex.sets.get("topic", frozenset())
    stops = lex.sets.get("topic_stop", frozenset()) | lex.sets["deadline"]
    at = next((i for i, w in enumerate(words) if i > 0 and w in opens), -1)
    if at < 0:
        return ""
    said: list[str] = []
    for token in tokens[at + 1 :]:
        if not token.word or token.word in stops or len(said) == MOST:
            break
        day = lex.maps["days"].get(token.word) or lex.maps["when"].get(token.word)
        said.append(day or _YOURS.get(token.word, token.typed))
    while said and said[-1].casefold() in lex.sets["prepositions"] | lex.sets["determiners"]:
        said.pop()  # "about the kids and": "the kids"
    return " ".join(said)
