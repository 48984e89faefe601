"""Two verbs joined on one object: "sign and send back the consent form".

The first verb's object is the second verb's: what follows "and" is no thing of its own but
another act on the same thing, so the object is read after the second verb ("the consent
form"), never left empty ("Post it").
"""

from __future__ import annotations

from collections.abc import Sequence

from ._tasklex import TaskLexicon

__all__ = ["after_a_second_verb"]


def after_a_second_verb(words: Sequence[str], at: int, lex: TaskLexicon) -> int:
    """Where the object starts when a joined verb comes first at `at`; else `at`.

    Args:
        words: The task's main part, folded.
        at: Where the first verb's object would start.
        lex: The lexicon, with `[sets] list_joins` ("and", "n").

    Returns:
        The index after "and" and the second verb ("sign and send back | the consent
        form"), or `at` when no verb follows a join there.
    """
    if at >= len(words) or words[at] not in lex.sets.get("list_joins", frozenset()):
        return at
    second = lex.verb_at(words, at + 1)
    if second is None or lex.noun_at(words, at + 1) is not None:
        return at  # "bread and milk": a thing, not an act
    return at + 1 + second[0]
