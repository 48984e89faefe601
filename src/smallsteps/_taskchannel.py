"""The way of getting in touch a task names: an email, a letter, a call, a text, a form.

"email the landlord about the damp" is an email, not a chat; "proper letter not email to the
landlord" a letter; "report it on the council's online form" a form. The way a task names
leads its steps: a template for another way never answers it, and a kind's pattern for that
way does (`TaskKind.channel`). The words are data: `[channels]` and `[channel_verbs]` in
`data/tasks/lexicon/reading.toml`.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from ._tasklex import TaskLexicon
from ._taskobject import in_noun

__all__ = ["channel"]


def channel(words: Sequence[str], verb: str, lex: TaskLexicon) -> str:
    """The way of getting in touch a task's main part names, or "" for none.

    A phrase of two words or more first, wherever it is ("by email", "in person", "online
    form"), then the verb's own way ("email", "ring", "whatsapp": `[channel_verbs]`), then a
    word for one ("a letter to the landlord"). A way said not to be taken ("not email") is
    passed over.

    Args:
        words: The main part's words, folded.
        verb: The verb as a base phrase ("email", "ring back").
        lex: The lexicon with the `[channels]` and `[channel_verbs]` tables.

    Returns:
        `"email"`, `"letter"`, `"call"`, `"text"`, `"form"` or `"in-person"`, or "".
    """
    table = lex.maps.get("channels", {})
    phrases = _longest_first(tuple(k for k in table if " " in k))
    for i in range(len(words)):
        for phrase in phrases:
            if tuple(words[i : i + len(phrase)]) == phrase and not _denied(words, i):
                return table[" ".join(phrase)]
    first = verb.split()[0] if verb else ""
    way = lex.maps.get("channel_verbs", {}).get(first, "")
    if way and not (first in words and _denied(words, words.index(first))):
        return way
    for i, word in enumerate(words):
        inside = in_noun(words, i, lex) or (lex.noun_at(words, i) or (0,))[0] > 1
        if word in table and not _denied(words, i) and not inside:  # not a "cover letter"
            return table[word]
    return ""


def _denied(words: Sequence[str], i: int) -> bool:
    """Whether the way at word `i` is one not to take: "not email", "no texts"."""
    return i > 0 and words[i - 1] in ("not", "no", "dont", "without", "never")


@functools.cache
def _longest_first(phrases: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    return tuple(sorted((tuple(p.split()) for p in phrases), key=lambda p: (-len(p), p)))
