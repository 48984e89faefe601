"""A text as typed: its sentences and the words of each, before any word is read.

Helpers of `_normalise`: the word pattern, the marks that end a sentence, and a quick split
of a text into sentences of words as typed, with `","` where a piece ends and `_OPENS` and
`_CLOSES` where a quotation opens and closes. Most of a text is words of letters alone
between spaces: those are found with `str` methods that run in C, and only the other chunks
go through the regular expressions. Nothing here backtracks, so time stays linear.
"""

from __future__ import annotations

import itertools
import operator
import re
from collections.abc import Iterable, Sequence
from typing import Final

from ._marks import _BULLETS, _CLOSES, _DASHES, _MARKER, _OPENS, _chunk_quotes

__all__: list[str] = []


# Characters that may sit inside a word without ending it: apostrophes, look-alike symbols,
# combining marks, soft hyphens and zero-width characters (which hide words from a plain
# search, so they are read through, never as a break).
_INSIDE: Final = (
    "'\u2018\u2019\u02bc`@$!|*\u00ad\u200b-\u200f\u2060-\u2064\ufeff\u0300-\u036f\ufe00-\ufe0f"
)
_WORD: Final = re.compile(
    rf"[^\W_][\w{_INSIDE}]*|[@$][^\W_][\w{_INSIDE}]*|[\U0001F300-\U0001FAFF\u2620\u26B0\u26B1]"
)
_CHUNK: Final = re.compile(r"\S+")
"""A chunk of text with no space in it, as `_sentences` splits a line."""
_STOPS: Final = re.compile("[.!?;:\n\u2026\u3002\uff01\uff1f]")
_ENDS: Final = frozenset(".!?;:\u2026\u3002\uff01\uff1f")
"""The marks `_STOPS` cuts at that can end a word as typed ("word.")."""
_SPELLED: Final = re.compile(
    r"(?<![^\W_])[^\W\d_](?:(?:[ .\-_*\u00b7]|  )[^\W\d_]){2,}(?![^\W_])"
    r"|(?<![^\W_])[^\W\d_]/[^\W\d_](?![^\W_])"
)
_CLOSING: Final = "),.!?;:\u2026\u3002\uff01\uff1f"
"""What may close a word in `_bracketed`: a bracket, a comma, the marks that end a sentence."""
_APOSTROPHES: Final = ("'", "\u2019")
"""Apostrophes typed inside a word ("don't", "don\u2019t"): the word stays whole."""
_JOINERS: Final = frozenset(" .-_*/\u00b7")
_MARK_TOKENS: Final = frozenset({",", _OPENS, _CLOSES})
"""What `_sentences` puts among the words: where a piece ends, where a quotation opens or closes."""


_KEPT: Final[list[list[int]]] = [[]]
"""The numbers from 0 up as one list, replaced by a longer one as needed (see `_upto`)."""
_MOST_KEPT: Final = 1_000_000


def _upto(count: int) -> Sequence[int]:
    """The numbers 0 to `count` - 1 (and maybe more), as `itertools.compress` picks from them.

    A kept list, as long as the longest text seen: `compress` takes every item of what it
    picks from, and a `range` makes each number past 256 anew (an allocation and a free
    each). A list once made is never changed, only replaced, so threads may share it.
    """
    kept = _KEPT[0]
    if count > len(kept):
        if count > _MOST_KEPT:
            return range(count)
        kept = _KEPT[0] = list(range(min(_MOST_KEPT, max(count, 2 * len(kept)))))
    return kept


def _sentences(text: str) -> list[list[str]]:
    """The words of each sentence as typed: `_WORD` in each part `_STOPS` cuts, quickly.

    The chunks of a line that are not letters or digits alone are found in C (`str.isalnum`
    mapped over them: such a chunk is one `_WORD`); the runs of plain words between them are
    taken whole.
    """
    out: list[list[str]] = []
    for line in text.split("\n"):
        current: list[str] = []
        out.append(current)
        chunks = line.split()
        taken = 0
        plain = map(operator.not_, map(str.isalnum, chunks))
        for at in itertools.compress(_upto(len(chunks)), plain):
            current.extend(chunks[taken:at])
            taken = at + 1
            current = _chunk(chunks[at], current, out)
        current.extend(chunks[taken:])
    return out


def _chunk(chunk: str, current: list[str], out: list[list[str]]) -> list[str]:
    """Add the words of a chunk that is not letters alone; return the sentence it ends in."""
    last = chunk[-1]
    if last in _ENDS and chunk[:-1].isalnum():  # "word." ends a sentence
        current.append(chunk[:-1])
        current = []
        out.append(current)
        return current
    if last == "," and chunk[:-1].isalnum():  # "word," ends a piece
        current.append(chunk[:-1])
        current.append(",")
        return current
    inside = _bracketed(chunk, current, out)
    if inside is not None:  # "(word).", "word!!", "lol)": no regular expression needed
        return inside
    for apostrophe in _APOSTROPHES:
        head, mark, tail = chunk.partition(apostrophe)
        if mark and head.isalpha() and tail.isalpha():  # "don't": one word as typed
            current.append(chunk)
            return current
    return _careful(chunk, current, out)


def _careful(chunk: str, current: list[str], out: list[list[str]]) -> list[str]:
    """Any chunk read the careful way: quotation marks, sentence stops, then `_words_of`."""
    opens, closes = _chunk_quotes(chunk)
    if opens:
        current.append(_OPENS)
    pieces = _STOPS.split(chunk)
    _words_of(pieces[0], current)
    for piece in pieces[1:]:
        current = []
        out.append(current)
        _words_of(piece, current)
    if closes:
        current.append(_CLOSES)
    return current


def _bracketed(chunk: str, current: list[str], out: list[list[str]]) -> list[str] | None:
    """A chunk that is one word between opening brackets and closing marks, or `None`.

    The closing marks are brackets, commas and the marks that end a sentence, in any order
    ("(3).", "why?!", "me,)"): each comma ends a piece and each end mark a sentence, as
    `_words_of` reads them; a list item's number ("2)") begins a piece.
    """
    word = chunk.lstrip("(")
    lead = len(chunk) - len(word)
    word = word.rstrip(_CLOSING)
    if not word.isalnum():
        return None
    tail = chunk[lead + len(word) :]
    if len(word) <= 2 and _MARKER.fullmatch(chunk[: len(chunk) - len(tail.lstrip("),"))]):
        current.append(",")
    current.append(word)
    for mark in tail:
        if mark == ",":
            current.append(",")
        elif mark != ")":
            current = []
            out.append(current)
    return current


def _words_of(chunk: str, into: list[str]) -> None:
    """The words of a chunk of text with no space in it, and `","` where a piece ends."""
    if not chunk:
        return
    if chunk in _DASHES or chunk in _BULLETS:
        into.append(",")
        return
    if (chunk[0] == "(" or chunk[0].isdigit()) and _MARKER.fullmatch(chunk):  # "2)"
        into.append(",")  # a list's item begins
    if "," not in chunk:
        into.extend(_WORD.findall(chunk))
        return
    for k, part in enumerate(chunk.split(",")):
        if k:
            into.append(",")
        into.extend(_WORD.findall(part))


def _letters(match: re.Match[str]) -> str:
    return "".join(c for c in match.group() if c.isalpha())


def _spelled(tokens: Iterable[str]) -> bool:
    """Whether three one-letter words come in a row ("k i l l"): then they are joined.

    Runs of "a" and "i" alone are everyday English ("was i a ..."), not spelling.
    """
    run = 0
    other = False
    for token in tokens:
        if len(token) == 1 and token.isalpha():
            run += 1
            other = other or token not in "aiAI"
            if run >= 3 and other:
                return True
        else:
            run, other = 0, False
    return False


_ONE_LETTERS: Final = frozenset("bcdefghjklmnopqrstuvwxyzBCDEFGHJKLMNOPQRSTUVWXYZ")
"""The letters other than "a" and "i" that may stand alone as a word in an ASCII text."""


def _may_spell(text: str, sentences: list[list[str]]) -> bool:
    """Whether `_spelled` may find letters typed one at a time: `False` only when it cannot.

    It needs a one-letter word other than "a" and "i": in an ASCII text, one of
    `_ONE_LETTERS`, looked for in C.
    """
    return not text.isascii() or not _ONE_LETTERS.isdisjoint(
        itertools.chain.from_iterable(sentences)
    )
