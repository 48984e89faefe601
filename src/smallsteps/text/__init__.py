"""Everything that reads a person's words, for the safety net, reframing and task reading.

`read` folds a text (NFKC, case, accents, zero-width characters, look-alike letters and
digits, stretched and spaced-out letters, contractions typed without an apostrophe), splits it
into clauses and words, mends small misspellings of key words, and keeps where every word came
from. Time is linear in the length of the text.
"""

from __future__ import annotations

from ._lexicon import Lexicon, lexicon
from ._normalise import Reading, fold, normalise, read
from ._speller import Speller, edit_distance

__all__ = [
    "Lexicon",
    "Reading",
    "Speller",
    "edit_distance",
    "fold",
    "lexicon",
    "normalise",
    "read",
]
