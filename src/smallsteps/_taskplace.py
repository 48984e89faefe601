"""The shop, service or place a task names, kept as typed so the steps can say it.

"get screws + sandpaper from Bunnings" goes to Bunnings, "nappies + milk + bread from Lidl"
to Lidl, "faulty card reader back to SumUp" back to SumUp: never a person, never dropped.
A place is a shop the lexicon knows (`[sets] shops`), a name typed with a capital or a
business by its owner's name ("at kev's") after a word of `[sets] place_words` ("from",
"at", "to"), for a task of `[sets] place_kinds` (buying, ordering, returning, booking).
The steps then name it in place of "the shop" or "a garage near you" (`[words] at_place`
in `data/tasks.toml`, `_taskwhose.at_the_place`).
"""

from __future__ import annotations

from collections.abc import Sequence

from ._taskcues import Token
from ._tasklex import TaskLexicon

__all__ = ["a_space", "place"]


def _shop_at(words: Sequence[str], i: int, lex: TaskLexicon) -> int:
    """How many words from `i` name a shop the lexicon knows (two-word names first), or 0."""
    shops = lex.sets.get("shops", frozenset())
    generic = lex.sets.get("generic_shops", frozenset())
    for size in (3, 2, 1):
        said = " ".join(words[i : i + size])
        if len(words[i : i + size]) == size and said in shops and said not in generic:
            return size
    return 0


def _a_name(token: Token, lex: TaskLexicon) -> bool:
    """Whether a word typed with a capital is a name: letters, unknown as a thing or a day."""
    typed = token.typed
    return (
        typed[:1].isupper()
        and len(typed) > 1
        and typed.replace("'", "").isalpha()
        and lex.noun_at([token.word], 0) is None
        and token.word not in lex.maps["days"]
        and token.word not in lex.sets.get("not_names", frozenset())
        and token.word not in lex.sets.get("fillers", frozenset())
        and token.word not in lex.sets.get("kin", frozenset())
    )


def _a_business(token: Token, lex: TaskLexicon) -> bool:
    """Whether a word typed with "'s" is a business by its owner's name ("kev's"), not kin's."""
    typed = token.typed.replace("\u2019", "'")
    base = typed[:-2].casefold()
    return (
        typed.casefold().endswith("'s")
        and len(base) > 1
        and base.isalpha()
        and base not in lex.sets.get("kin", frozenset())
        and base not in lex.sets.get("not_names", frozenset())
        and lex.noun_at([base], 0) is None
    )


def _capital(typed: str) -> str:
    return typed[:1].upper() + typed[1:]


def place(tokens: Sequence[Token], kind: str, lex: TaskLexicon) -> str:
    """The shop or service named after "from", "at" or "to", as typed, or ""."""
    if kind not in lex.sets.get("place_kinds", frozenset()):
        return ""
    words = [t.word for t in tokens]
    towards = lex.sets.get("place_words", frozenset())
    for i in range(1, len(tokens)):
        if words[i - 1] not in towards:
            continue
        size = _shop_at(words, i, lex)
        if size:  # "tesco" as its name, "Tesco"
            return " ".join(t.typed[:1].upper() + t.typed[1:] for t in tokens[i : i + size])
        if _a_business(tokens[i], lex):  # "at kev's": someone's business, by its name
            return _capital(tokens[i].typed)
        if _a_name(tokens[i], lex):
            end = i + 1
            while end < len(tokens) and end - i < 3 and _a_name(tokens[end], lex):
                end += 1  # "Canadian Tire", "Home Depot"
            return " ".join(t.typed for t in tokens[i:end])
    return ""


def a_space(obj: Sequence[Token], kind: str, lex: TaskLexicon) -> list[Token] | None:
    """The space a task clears or cleans, when its object opens on where ("under the sink").

    "clear out under the sink" sorts the space under the sink, not the sink: the object
    gains the words of `[spaces]` ("the space") before it, and is a container to empty and
    sort. Only for kinds that sort a space (`[sets] space_kinds`: tidying).
    """
    spaces = lex.maps.get("spaces", {})
    if len(obj) < 2 or obj[0].word not in spaces:
        return None
    if kind not in lex.sets.get("space_kinds", frozenset()):
        return None
    return [Token(w, w) for w in spaces[obj[0].word].split()] + list(obj)
