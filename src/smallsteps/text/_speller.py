"""Mending a misspelt word to the one key word a slip away, for any reader's key words.

The safety net's lexicon mends its own key words ("sucide", `Lexicon._correct`, which also
mends short ones and allows two edits in long words); the task reader mends its verbs and
nouns ("aplly for", "descale the kettel") with the plainer rule here: a word of five letters
or more, not itself a common English word, one edit from exactly one key word. A swap of two
neighbouring letters is one edit. One edit keeps the index small (about 15,000 entries for
the task reader's 1,900 one-word verbs and nouns).

The measures both rest on are here too: the spelling distance (`edit_distance`), the words a
few deleted letters reach (`deletes`, the index both look slips up in) and a finger's slips on
a short key word (`short_variants`); and the split of a word typed without a space into the
fewest parts a reader knows (`fewest_parts`, linear in the word's length).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from typing import Final

from .._errors import ValidationError, listed, text_got, value_shown

__all__ = [
    "NEIGHBOURS",
    "SPLIT_PART",
    "SPLIT_PARTS",
    "Speller",
    "deletes",
    "edit_distance",
    "fewest_parts",
    "short_variants",
]

SPLIT_PART: Final = 12
"""The longest part a run-together word is split into."""
SPLIT_PARTS: Final = 4
"""The most parts a short run-together word is split into (a long one: one every three letters)."""

MIN_LETTERS: Final = 5
"""Words shorter than this are never mended: too many real words lie one letter away."""


def edit_distance(a: str, b: str, limit: int) -> int:
    """Return the optimal-string-alignment distance of `a` and `b`, or `limit + 1` past it.

    A swap of two neighbouring letters counts as one edit ("suicdie"), as a missing, extra or
    wrong letter does. Work stops as soon as the distance must exceed `limit`.
    """
    if not (isinstance(a, str) and isinstance(b, str)):
        raise ValidationError("text", f"expected two texts, got {text_got(a)} and {text_got(b)}")
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 0:
        raise ValidationError(
            "limit", f"expected a whole number, 0 or more, got {value_shown(limit)}"
        )
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        row = [i] + [0] * len(b)
        for j, cb in enumerate(b, start=1):
            cost = ca != cb
            row[j] = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                row[j] = min(row[j], previous2[j - 2] + 1)
        if min(row) > limit:
            return limit + 1
        previous2, previous = previous, row
    return previous[-1]


_KEYBOARD: Final = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
NEIGHBOURS: Final = {
    row[i]: row[max(0, i - 1) : i] + row[i + 1 : i + 2]
    for row in _KEYBOARD
    for i in range(len(row))
}
"""Each letter's neighbours on its row of a QWERTY keyboard, for a finger that slipped."""


def short_variants(word: str) -> set[str]:
    """A short key word typed with one letter missing, or one later letter's neighbour hit.

    The first letter is kept: "wnt" and "wanr" reach "want"; "ant" would not (a word itself).
    """
    out = {word[:i] + word[i + 1 :] for i in range(1, len(word))}
    for i in range(1, len(word)):
        out |= {word[:i] + n + word[i + 1 :] for n in NEIGHBOURS.get(word[i], "")}
    out.discard(word)
    return {w for w in out if len(w) >= 3}


def deletes(word: str, depth: int) -> set[str]:
    """The word and every word made from it by deleting up to `depth` letters."""
    found = {word}
    frontier = {word}
    for _ in range(depth):
        frontier = {w[:i] + w[i + 1 :] for w in frontier for i in range(len(w))}
        found |= frontier
    return found


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
            for variant in deletes(key, 1):
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
        for variant in deletes(word, 1):
            near.update(self._near.get(variant, ()))
        scored = sorted((edit_distance(word, key, 1), key) for key in near)
        best = [key for distance, key in scored if distance == scored[0][0] <= 1]
        return best[0] if len(best) == 1 else ""


def fewest_parts(
    word: str, words_of: Callable[[str], tuple[tuple[str, ...], int] | None], every: int = 3
) -> list[tuple[str, tuple[str, ...], int]]:
    """The fewest parts a word splits into, or none.

    Each part as typed, as `words_of` reads it, and what it counts as (`words_of` gives a
    part's words and its count). At most `SPLIT_PARTS` parts, or a part every `every`
    letters of a longer word.
    """
    most = max(SPLIT_PARTS, len(word) // every)
    worst = 3 * most + 1
    count = [0] + [worst] * len(word)  # the fewest parts that reach each end
    begin = [0] * (len(word) + 1)
    read: list[tuple[tuple[str, ...], int]] = [((), 0)] * (len(word) + 1)
    for end in range(1, len(word) + 1):
        for start in range(max(0, end - SPLIT_PART), end):
            if count[start] + 1 < count[end]:
                found = words_of(word[start:end])
                if found is not None and count[start] + found[1] < count[end]:
                    count[end], begin[end], read[end] = count[start] + found[1], start, found
    parts: list[tuple[str, tuple[str, ...], int]] = []
    if count[-1] >= worst:
        return parts
    end = len(word)
    while end:
        parts.append((word[begin[end] : end], *read[end]))
        end = begin[end]
    parts.reverse()
    return parts if len(parts) <= most else []
