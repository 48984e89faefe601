"""Mending a misspelt word to the one key word a slip away, for any reader's key words.

The safety net's lexicon mends its own key words ("sucide", `Lexicon._correct`, which also
mends short ones and allows two edits in long words); the task reader mends its verbs and
nouns ("aplly for", "descale the kettel") with the plainer rule here: a word of five letters
or more, not itself a common English word, one edit from exactly one key word. A swap of two
neighbouring letters is one edit. One edit keeps the index small (about 15,000 entries for
the task reader's 1,900 one-word verbs and nouns).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from typing import Final

from .._errors import ValidationError, listed
from ._lexicon import _deletes, edit_distance

__all__ = ["Speller"]

MIN_LETTERS: Final = 5
"""Words shorter than this are never mended: too many real words lie one letter away."""


class Speller:
    """The key words of one reader, found again from a small slip of the keyboard.

    Args:
        keys: The words to mend towards (one word each; shorter ones are left out).
        known: Common words that are never mended, though a key word is one letter away
            ("fridge" is not a slip of "bridge").

    Example:
        >>> speller = Speller(["apply", "kettle", "cancel"], known={"fridge"})
        >>> speller.mend("aplly"), speller.mend("kettel"), speller.mend("fridge")
        ('apply', 'kettle', '')
    """

    def __init__(self, keys: Iterable[str], known: Collection[str]) -> None:
        words = listed("keys", keys, "words")
        if not all(isinstance(k, str) for k in words):
            raise ValidationError("keys", "expected words, each text")
        if isinstance(known, str) or not isinstance(known, Collection):
            raise ValidationError("known", f"expected a set of words, got {type(known).__name__}")
        self._keys = frozenset(k for k in words if len(k) >= MIN_LETTERS and k.isalpha())
        self._known = known
        self._longest = max((len(k) for k in self._keys), default=0)
        near: dict[str, set[str]] = {}
        for key in self._keys:
            for variant in _deletes(key, 1):
                near.setdefault(variant, set()).add(key)
        self._near = {v: tuple(sorted(keys)) for v, keys in near.items()}
        self._mended: dict[str, str] = {}

    def mend(self, word: str) -> str:
        """The one key word `word` is a slip of, or `""` when none or several are."""
        if not isinstance(word, str):
            raise ValidationError("word", f"expected one word of text, got {type(word).__name__}")
        found = self._mended.get(word)
        if found is None:
            found = self._find(word)
            if len(self._mended) < 50_000:  # a bound: words typed are many
                self._mended[word] = found
        return found

    def _find(self, word: str) -> str:
        if len(word) < MIN_LETTERS or not word.isalpha() or word in self._keys:
            return ""
        if word in self._known:
            return ""
        if len(word) - 1 > self._longest:
            return ""
        near: set[str] = set()
        for variant in _deletes(word, 1):
            near.update(self._near.get(variant, ()))
        scored = sorted((edit_distance(word, key, 1), key) for key in near)
        best = [key for distance, key in scored if distance == scored[0][0] <= 1]
        return best[0] if len(best) == 1 else ""
