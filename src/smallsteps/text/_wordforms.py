"""How a typed word is folded before a lexicon looks it up, as data and small functions.

Look-alike digits and symbols (`LEET`) but not a number with its unit (`is_measure`), letters
stretched for feeling (`shorten`, `squeeze`), the endings taken off to find a base (`ENDINGS`),
and the short words a run-together word may hold (`SHORT_WORDS`). None of it depends on a
language's files; `_lexicon` applies it.
"""

from __future__ import annotations

from typing import Final

__all__ = ["ENDINGS", "LEET", "SHORT_WORDS", "UNITS", "is_measure", "shorten", "squeeze"]

LEET: Final = str.maketrans("0134578@$!|*", "oieastbasili")
UNITS: Final = frozenset(
    [
        "am",
        "pm",
        "st",
        "nd",
        "rd",
        "th",
        "mg",
        "ml",
        "g",
        "kg",
        "km",
        "h",
        "hr",
        "hrs",
        "min",
        "mins",
        "s",
        "sec",
        "x",
        "k",
        "m",
        "cm",
        "mm",
        "lb",
        "lbs",
        "yo",
        "yr",
        "yrs",
    ]
)

ENDINGS: Final = (("ies", "y"), ("ied", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", ""))
"""Endings taken off a word to find its base, in the order they are tried."""

SHORT_WORDS: Final = frozenset(
    [
        "i",
        "a",
        "an",
        "am",
        "be",
        "is",
        "it",
        "to",
        "of",
        "in",
        "on",
        "at",
        "my",
        "me",
        "do",
        "so",
        "no",
        "not",
        "go",
        "up",
        "we",
        "he",
        "she",
        "the",
        "and",
        "for",
        "now",
        "all",
        "any",
        "one",
        "off",
        "out",
        "how",
        "why",
        "who",
        "you",
        "can",
        "end",
        "die",
    ]
)
"""Short words a run-together word may hold ("wanttodie", "imgoingto")."""


def is_measure(word: str) -> bool:
    """Whether a word is a number with a unit ("4am", "20mg", "2nd"): not look-alike letters."""
    digits = len(word) - len(word.lstrip("0123456789"))
    return digits > 0 and word[digits:] in UNITS


def shorten(word: str) -> str:
    """Runs of three or more of one letter become two: "sooooo" gives "soo", "diiie" "diie"."""
    if len(word) < 3:
        return word
    out: list[str] = []
    for char in word:
        if len(out) >= 2 and out[-1] == char and out[-2] == char:
            continue
        out.append(char)
    return "".join(out)


def squeeze(word: str) -> str:
    """Every run of one letter shortened to one letter: "killl" and "kill" both give "kil"."""
    out: list[str] = []
    for char in word:
        if not out or out[-1] != char:
            out.append(char)
    return "".join(out)
