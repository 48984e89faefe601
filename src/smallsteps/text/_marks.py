"""Marks between words that shape a reading: dashes, bullets, list numbers, quotation marks.

Helpers of `_normalise`: a dash, a bullet or a tick standing alone, or a list item's number
("2)"), ends a piece as a comma does; quotation marks at the edges of words as typed open and
close a quotation (`Reading.quotes`), which `_who` reads to tell who said the words inside.
"""

from __future__ import annotations

import re
from typing import Final

__all__: list[str] = []


_QUOTE_MARKS: Final = frozenset("\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e")
"""Quotation marks, straight and curly."""


_OPENS: Final = "\x01"


_CLOSES: Final = "\x02"
"""Where a quotation opens and closes, among a sentence's words as typed."""


def _chunk_quotes(chunk: str) -> tuple[bool, bool]:
    """Whether a chunk of text with no space opens a quotation, and whether it closes one.

    A mark opens at the chunk's start (after a bracket) and closes at its end (before stops
    and brackets), with a letter or digit beside it: `"i`, `die."`, `("bye")`.
    """
    body = chunk.lstrip("(")
    tail = chunk.rstrip(".,!?;:)\u2026")
    opens = len(body) > 1 and body[0] in _QUOTE_MARKS and body[1].isalnum()
    closes = len(tail) > 1 and tail[-1] in _QUOTE_MARKS and tail[-2].isalnum()
    return opens, closes


def _paired(marks: list[tuple[bool, int]]) -> tuple[tuple[int, int], ...]:
    """Quotations from marks in order (opens, at): each opening with the next closing."""
    out: list[tuple[int, int]] = []
    first: int | None = None
    for opens, at in marks:
        if opens:
            first = at if first is None else first
        elif first is not None:
            if at > first:
                out.append((first, at))
            first = None
    return tuple(out)


_DASHES: Final = frozenset({"-", "--", "\u2013", "\u2014"})
"""A dash standing alone between words ends a piece, as a comma does."""


_BULLETS: Final = frozenset("*\u2022\u00b7\u25aa\u25e6\u2023\u2713\u2714\u2705\u2610\u2611\u2612")
"""A bullet or a tick standing alone between words ends a piece too: a list's items."""


_MARKER: Final = re.compile(r"\(?\d{1,2}[)\]]")
"""A list item's number standing alone ("2)", "(3)"): its item begins a piece."""


def _marks(text: str, start: int, end: int) -> bool:
    """Whether the word at `start` to `end` is a list item's number standing alone ("2)")."""
    low = start - 1 if text[start - 1 : start] == "(" else start
    high = end + 1
    return (
        (low == 0 or text[low - 1].isspace())
        and (high == len(text) or text[high : high + 1].isspace())
        and _MARKER.fullmatch(text[low:high]) is not None
    )
