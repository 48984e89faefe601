"""The key words of a task for matching templates, and the person's words made into a phrase.

`keywords("Washing the dishes!")` gives `("wash", "dish")`: little words dropped, a rough base
form, the same for the task and a template's phrases. `_phrase` turns "my" into "your" and
keeps a line readable whatever was typed.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import Final

from ._sizing import _WORD

__all__ = ["keywords"]

OBJECT_WORDS: Final = 5
"""The most words of the person's object a step repeats."""

TASK_WORDS: Final = 6
"""The most words of the person's task a step or title repeats."""

PHRASE_CHARS: Final = 40
"""The most characters of the person's words a step repeats."""

# -- reading a task ------------------------------------------------------------------------


def _wordset(*lines: str) -> frozenset[str]:
    return frozenset(word for line in lines for word in line.split())


_FILLER: Final = _wordset(
    "a an the my our your his her their its some this that these those any all whole entire",
    "of i im ive we need needs to have has had got gotta want wanna should must really",
    "finally today tonight tomorrow please try going gonna will can could would bit little",
    "lot lots sort kind stuff maybe",
)
_PARTICLES: Final = _wordset(
    "to with for at on up out off back in about down through into over away round"
)
_TRAILING: Final = _PARTICLES | _wordset("a an the and or but of so my your")
_PRONOUNS: Final = {"my": "your", "me": "you", "myself": "yourself", "mine": "yours", "i": "you"}
_IRREGULAR: Final = {
    "did": "do",
    "done": "do",
    "made": "mak",
    "went": "go",
    "gone": "go",
    "ate": "eat",
    "wrote": "writ",
    "written": "writ",
    "bought": "buy",
    "paid": "pay",
    "sent": "send",
    "rang": "ring",
    "teeth": "tooth",
}


def _plain(word: str) -> str:
    """Case-folded, apostrophes and hyphens gone: `"Don't"` becomes `"dont"`."""
    folded = unicodedata.normalize("NFKC", word).casefold()
    return folded.replace("'", "").replace("\u2019", "").replace("-", "")


def _stem(word: str) -> str:
    """A rough base form, the same for "wash", "washes", "washing" and "washed".

    It only has to be consistent: templates' phrases and the task go through the same steps.
    """
    w = _IRREGULAR.get(word, word)
    if len(w) > 4 and w.endswith(("ies", "ied")):
        return w[:-3] + "y"
    if len(w) > 5 and w.endswith("ing"):
        w = _undouble(w[:-3])
    elif len(w) > 4 and w.endswith("ed") and not w.endswith("eed"):
        w = _undouble(w[:-2])
    elif len(w) > 3 and (w.endswith(("ches", "shes")) or (w.endswith("es") and w[-3] in "sxz")):
        w = w[:-2]
    elif len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    if len(w) > 3 and w.endswith("e"):
        w = w[:-1]
    return w


def _undouble(w: str) -> str:
    return w[:-1] if len(w) > 2 and w[-1] == w[-2] and w[-1] not in "lsz" else w


def keywords(text: str) -> tuple[str, ...]:
    """The words that matter for matching, in base form: `"Washing the dishes"` -> wash, dish."""
    return tuple(_stem(p) for p in map(_plain, _WORD.findall(text)) if p and p not in _FILLER)


def _phrase(words: Sequence[str], limit: int) -> str:
    """Up to `limit` words, first person turned to second, no loose word at the end.

    Very long words are cut, so a line stays readable whatever was typed.
    """
    kept = [_PRONOUNS.get(w.casefold(), w)[:PHRASE_CHARS] for w in words[:limit]]
    while kept and _plain(kept[-1]) in _TRAILING:
        kept.pop()
    while len(kept) > 1 and len(" ".join(kept)) > PHRASE_CHARS:
        kept.pop()
    return " ".join(kept)
