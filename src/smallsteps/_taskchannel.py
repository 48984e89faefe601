"""The way of getting in touch a task names: an email, a letter, a call, a text, a form.

"email the landlord about the damp" is an email, not a chat; "proper letter not email to the
landlord" a letter; "report it on the council's online form" a form. The way a task names
leads its steps: a template for another way never answers it, and a kind's pattern for that
way does (`TaskKind.channel`). The words are data: `[channels]` and `[channel_verbs]` in
`data/tasks/lexicon/reading.toml`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ._tasklex import TaskLexicon

__all__ = ["channel", "phrase_at"]


def channel(words: Sequence[str], verb: str, lex: TaskLexicon) -> str:
    """The way of getting in touch a task's main part names, or "" for none.

    A phrase of two words or more first, wherever it is ("by email", "in person", "online
    form"), then the verb's own way ("email", "ring", "whatsapp": `[channel_verbs]`), then a
    word for one ("a letter to the landlord"), not inside a longer noun ("a cover letter").
    A way said not to be taken ("not email") is passed over.

    Args:
        words: The main part's words, folded.
        verb: The verb as a base phrase ("email", "ring back").
        lex: The lexicon with the `[channels]` and `[channel_verbs]` tables.

    Returns:
        `"email"`, `"letter"`, `"call"`, `"text"`, `"form"` or `"in-person"`, or "".
    """
    table = lex.maps.get("channels", {})
    for i in range(len(words)):
        phrase = phrase_at(words, i, lex)
        if phrase is not None and not _denied(words, i):
            return table[phrase]
    first = verb.split()[0] if verb else ""
    way = lex.maps.get("channel_verbs", {}).get(first, "")
    if way and not (first in words and _denied(words, words.index(first))):
        return way
    for i, word in enumerate(words):
        if word in table and not _denied(words, i) and not _inside_a_noun(words, i, lex):
            return table[word]  # not a "cover letter", nor "my email address"
    return ""


def phrase_at(words: Sequence[str], at: int, lex: TaskLexicon) -> str | None:
    """The way of getting in touch of two words or more that starts at `at`, or `None`."""
    for phrase in _by_first(lex).get(words[at], ()):
        if tuple(words[at : at + len(phrase)]) == phrase:
            return " ".join(phrase)
    return None


def _inside_a_noun(words: Sequence[str], i: int, lex: TaskLexicon) -> bool:
    """Whether word `i` is part of a noun of several words ("cover letter", "email address")."""
    for start in range(max(0, i - 3), i + 1):
        noun = lex.noun_at(words, start)
        if noun is not None and noun[0] > 1 and start + noun[0] > i:
            return True
    return False


def _denied(words: Sequence[str], i: int) -> bool:
    """Whether the way at word `i` is one not to take: "not email", "no texts"."""
    return i > 0 and words[i - 1] in ("not", "no", "dont", "without", "never")


def _by_first(lex: TaskLexicon) -> Mapping[str, tuple[tuple[str, ...], ...]]:
    """The `[channels]` phrases of several words by their first word, longest first."""
    table = lex.maps.get("channels", {})
    found = _INDEXES.get(id(table))
    if found is None or found[0] is not table:  # built once for each lexicon's table
        found = (table, _index(table))
        _INDEXES[id(table)] = found
    return found[1]


_INDEXES: dict[int, tuple[Mapping[str, str], Mapping[str, tuple[tuple[str, ...], ...]]]] = {}
"""Each lexicon's phrase index, by its table's identity (the table is kept to check it)."""


def _index(table: Mapping[str, str]) -> Mapping[str, tuple[tuple[str, ...], ...]]:
    out: dict[str, list[tuple[str, ...]]] = {}
    phrases = (tuple(k.split()) for k in table if " " in k)
    for phrase in sorted(phrases, key=lambda p: (-len(p), p)):
        out.setdefault(phrase[0], []).append(phrase)
    return {k: tuple(v) for k, v in out.items()}
