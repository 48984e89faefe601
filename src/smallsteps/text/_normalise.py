"""Reading a person's words: fold, split into words and clauses, keep where each word was.

One pass over the text with one word pattern (no backtracking), then per distinct word a
cached look-up in the language's `Lexicon`, so time stays linear in the length of the text.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import unicodedata
from typing import Final

import attrs

from .._errors import ValidationError, text_got
from ._lexicon import lexicon
from ._marks import (
    _BULLETS,
    _DASHES,
    _OPENS,
    _chunk_quotes,
    _marks,
    _paired,
)
from ._typed import (
    _CHUNK,
    _JOINERS,
    _MARK_TOKENS,
    _SPELLED,
    _STOPS,
    _WORD,
    _letters,
    _may_spell,
    _sentences,
    _spelled,
)

__all__ = ["Reading", "fold", "normalise", "read"]


# Look-alike letters from other scripts, read as the Latin letter they imitate.
_LOOK_ALIKES: Final = str.maketrans(
    "\u0430\u0435\u043e\u0440\u0441\u0443\u0445\u0456\u0458\u0455\u0501\u04bb\u04cf\u0280\u0261\u0251\u03b1\u03bf\u03b9\u03c1"
    "\u03c4\u03bd\u03ba\u03c5\u03b5\u03c7\u0410\u0412\u0415\u041a\u041c\u041d\u041e\u0420\u0421\u0422\u0425\u0406\u0405\u0408",
    "aeopcyxijsdhlrgaaoiptvkuexabekmhopctxisj",
)
_DROP: Final = frozenset({"Mn", "Me", "Cf", "Cc", "Cs", "Co", "Cn"})


def fold(raw: str) -> str:
    """Fold one word: NFKC, case, accents and zero-width characters gone, look-alikes read.

    Example:
        >>> fold("K\u0456\u200bll"), fold("\uff33\uff55icide"), fold("don\u2019t")
        ('kill', 'suicide', 'dont')
    """
    if not isinstance(raw, str):
        raise ValidationError("raw", f"expected one word of text, got {text_got(raw)}")
    return _fold(raw)


@functools.lru_cache(maxsize=65_536)
def _fold(raw: str) -> str:
    if raw.isascii():
        word = raw.lower()
    else:
        decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", raw))
        word = "".join(c for c in decomposed if unicodedata.category(c) not in _DROP)
        word = word.casefold()
        mixed = any("a" <= c <= "z" for c in word)
        translated = word.translate(_LOOK_ALIKES)
        if mixed or translated.isascii():
            word = translated
    word = word.rstrip("@$!|*")
    return word.replace("'", "").replace("`", "").replace("\u2019", "").replace("\u2018", "")


@attrs.frozen(repr=False)
class Reading:
    """A text as the readers see it: whole words, their bases, and clauses.

    Attributes:
        text: The text as it was given.
        words: The words as read: folded, short forms expanded, misspellings mended.
        bases: The base of each word ("cutting" gives "cut").
        spans: Where each word came from in `text`, as (start, end); empty unless asked
            for (`read(text, spans=True)`).
        clauses: The clauses, as (first word, one past the last word) index pairs.
        pieces: The words that begin a piece of a clause: after a comma or a dash
            ("work was fine, ate pasta, wanna sleep": "ate" and "want" begin one).
        quotes: The words inside quotation marks, as (first word, one past the last)
            pairs: `my teen keeps writing "i want to die"`. A mark counts at the edge of
            a word as typed ("don't" holds none), and only an opening one that a closing
            one follows.
    """

    text: str
    words: tuple[str, ...]
    bases: tuple[str, ...]
    spans: tuple[tuple[int, int], ...]
    clauses: tuple[tuple[int, int], ...]
    pieces: tuple[int, ...] = ()
    quotes: tuple[tuple[int, int], ...] = ()

    def __repr__(self) -> str:
        return f"<Reading {len(self.words)} words, {len(self.clauses)} clauses>"

    def parts(self, size: int) -> list[Reading]:
        """Split the reading into parts of whole clauses, each at most `size` words.

        A clause longer than `size` is a part of its own. Each part is a reading of its own
        (`text` is the whole text; `spans`, when kept, are into it), for reading a long text
        a few sentences at a time.
        """
        out: list[Reading] = []
        first = 0
        for start, end in self.clauses:
            if start - first > 0 and end - first > size:
                out.append(self._part(first, start))
                first = start
        if len(self.words) > first:
            out.append(self._part(first, len(self.words)))
        return out

    def _part(self, first: int, last: int) -> Reading:
        clauses = tuple(
            (max(a, first) - first, min(b, last) - first)
            for a, b in self.clauses
            if a < last and b > first
        )
        return Reading(
            self.text,
            self.words[first:last],
            self.bases[first:last],
            self.spans[first:last],
            clauses,
            tuple(i - first for i in self.pieces if first < i < last),
            tuple(
                (max(a, first) - first, min(b, last) - first)
                for a, b in self.quotes
                if a < last and b > first
            ),
        )

    def quote_of(self, index: int) -> tuple[int, int] | None:
        """The quotation (first, one past the last word) that holds word `index`, if any."""
        at = bisect.bisect_right(self.quotes, (index, len(self.words) + 1)) - 1
        if at >= 0 and self.quotes[at][0] <= index < self.quotes[at][1]:
            return self.quotes[at]
        return None

    def segments(self) -> list[Reading]:
        """Each piece of each clause as a reading of its own (see `pieces`), in order.

        "energy low, ate toast, want to die" gives three: what one piece says alone is
        not drowned by the everyday words around it.
        """
        cuts = sorted({*(a for a, _ in self.clauses), *self.pieces, len(self.words)})
        return [self._part(a, b) for a, b in itertools.pairwise(cuts) if a < b]

    def clause_of(self, index: int) -> tuple[int, int]:
        """Return the clause (first, one past last) that holds word `index`."""
        at = bisect.bisect_right(self.clauses, (index, len(self.words) + 1)) - 1
        if at >= 0 and self.clauses[at][0] <= index < self.clauses[at][1]:
            return self.clauses[at]
        return index, index + 1

    def piece_of(self, index: int) -> int:
        """Return the first word of the piece that holds word `index` (see `pieces`).

        A piece never reaches back past the start of its clause.
        """
        first = self.clause_of(index)[0]
        at = bisect.bisect_right(self.pieces, index) - 1
        return max(first, self.pieces[at]) if at >= 0 else first


def _join_spelled(found: list[tuple[str, int, int]], text: str) -> list[tuple[str, int, int]]:
    """Join letters typed one at a time ("k i l l", "s.u.i.c.i.d.e", "s/h") into one word."""
    out: list[tuple[str, int, int]] = []
    run: list[tuple[str, int, int]] = []

    def flush() -> None:
        slashed = len(run) == 2 and text[run[0][2] : run[1][1]] == "/"
        if len(run) >= 3 or slashed:
            out.append(("".join(w for w, _, _ in run), run[0][1], run[-1][2]))
        else:
            out.extend(run)
        run.clear()

    for item in found:
        word, start, _ = item
        joinable = len(word) == 1 and word.isalpha()
        gap = text[run[-1][2] : start] if run else ""
        if joinable and run and (gap in _JOINERS or gap == "  "):
            run.append(item)
            continue
        flush()
        if joinable:
            run.append(item)
        else:
            out.append(item)
    flush()
    return out


def read(text: str, lang: str = "en", *, spans: bool = False) -> Reading:
    """Read a text: words folded and mended, each with its base, in clauses.

    A clause ends at a full stop, question or exclamation mark, semicolon, colon or line
    break, and before a word of the lexicon's `clause_break` class ("but", "though").

    Args:
        text: Any text, any length, any alphabet.
        lang: The lexicon to read with.
        spans: Whether to keep where each word came from (`Reading.spans`); reading is
            quicker without.

    Example:
        >>> r = read("I'm not ok b u t i wanna d i e")
        >>> r.words
        ('i', 'am', 'not', 'ok', 'but', 'i', 'want', 'to', 'die')
        >>> r.clauses
        ((0, 4), (4, 9))
    """
    if not isinstance(text, str):
        raise ValidationError("text", f"expected text, got {text_got(text)}")
    if spans:
        return _read_placed(text, lang)
    sentences = _sentences(text)
    if "/" in text or (
        _may_spell(text, sentences) and _spelled(itertools.chain.from_iterable(sentences))
    ):
        joined = _SPELLED.sub(_letters, text)  # "k i l l" and "s/h" as one word each
        if joined != text:
            sentences = _sentences(joined)
    look = _word_cache(lang).get
    words: list[str] = []
    bases: list[str] = []
    cuts = {0}
    pieces: list[int] = []
    marks: list[tuple[bool, int]] = []
    for tokens in sentences:
        for raw in tokens:  # a mark is never in the cache: it is told apart only on a miss
            parts, part_bases = look(raw) or _unknown(raw, lang, len(words), pieces, marks)
            words.extend(parts)
            bases.extend(part_bases)
        cuts.add(len(words))
    cuts.update(_places(words, lexicon(lang).classes.get("clause_break", frozenset())))
    edges = sorted(cuts | {len(words)})
    clauses = tuple((a, b) for a, b in itertools.pairwise(edges) if b > a)
    starts = tuple(sorted({i for i in pieces if i not in cuts and i < len(words)}))
    return Reading(text, tuple(words), tuple(bases), (), clauses, starts, _paired(marks))


_NO_WORDS: Final[tuple[tuple[str, ...], tuple[str, ...]]] = ((), ())
"""What a mark among the tokens (`_MARK_TOKENS`) reads as: no word."""


def _unknown(
    raw: str, lang: str, at: int, pieces: list[int], marks: list[tuple[bool, int]]
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A token the cache does not hold: a mark, or a word read now (`_learn`).

    A mark reads as no word; where it stands (before word `at`) joins `pieces` or `marks`.
    """
    if raw in _MARK_TOKENS:
        if raw == ",":
            pieces.append(at)
        else:
            marks.append((raw == _OPENS, at))
        return _NO_WORDS
    return _learn(raw, lang)


def _places(words: list[str], wanted: frozenset[str]) -> list[int]:
    """Where the words of a set stand: each one present found again and again by `list.index`."""
    places: list[int] = []
    for word in wanted.intersection(words):
        at = -1
        try:
            while True:
                at = words.index(word, at + 1)
                places.append(at)
        except ValueError:
            pass
    return places


def _learn(raw: str, lang: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Read one word as typed, and keep the answer (the cache is bounded)."""
    if raw.isdigit():
        return (raw,), (raw,)
    lex = lexicon(lang)
    folded = _fold(raw)
    parts = lex.resolve(folded) if folded else ()
    known = (parts, tuple(lex.base(w) for w in parts))
    cache = _word_cache(lang)
    if len(cache) < 100_000 and not any(c.isdigit() for c in raw):
        cache[raw] = known  # numbers are many and rarely come again: read, not kept
    return known


def _read_placed(text: str, lang: str) -> Reading:
    """`read`, keeping each word's place; letters typed one at a time are joined here."""
    lex = lexicon(lang)
    found = _join_spelled([(m.group(), *m.span()) for m in _WORD.finditer(text)], text)
    stops = [m.start() for m in _STOPS.finditer(text)]
    stops.append(len(text) + 1)
    next_stop = previous_end = 0
    words: list[str] = []
    bases: list[str] = []
    places: list[tuple[int, int]] = []
    clauses: list[tuple[int, int]] = []
    pieces: list[int] = []
    first = previous_start = 0
    breaks = lex.classes.get("clause_break", frozenset())
    look = _word_cache(lang).get
    chunks = [(m.start(), m.end()) for m in _CHUNK.finditer(text)]
    chunk_starts = [a for a, _ in chunks]
    marks: list[tuple[bool, int]] = []
    chunk = -1
    closes = False
    for raw, start, end in found:
        at = bisect.bisect_right(chunk_starts, start) - 1
        if at != chunk:  # a new chunk of text: where a quotation closes and opens
            if closes:
                marks.append((False, len(words)))
            chunk = at
            opens, closes = _chunk_quotes(text[slice(*chunks[at])])
            if opens:
                marks.append((True, len(words)))
        parts, part_bases = look(raw) or _learn(raw, lang)
        if not parts:
            continue
        opens = parts[0] in breaks
        while stops[next_stop] < previous_end:  # a full stop inside "k.i.l.l" ends nothing
            next_stop += 1
        previous_end = end
        if start > stops[next_stop]:
            opens = True
            while start > stops[next_stop]:
                next_stop += 1
        if opens and len(words) > first:
            clauses.append((first, len(words)))
            first = len(words)
        elif words and (_ends_piece(text[previous_start:start]) or _marks(text, start, end)):
            pieces.append(len(words))
        previous_start = end
        words.extend(parts)
        bases.extend(part_bases)
        places.extend([(start, end)] * len(parts))
    if closes:
        marks.append((False, len(words)))
    if len(words) > first:
        clauses.append((first, len(words)))
    return Reading(
        text,
        tuple(words),
        tuple(bases),
        tuple(places),
        tuple(clauses),
        tuple(pieces),
        _paired(marks),
    )


def _ends_piece(between: str) -> bool:
    """Whether the text between two words ends a piece: a comma, or a dash standing alone."""
    if "," in between:
        return True
    tokens = between.split()
    if tokens and not between[:1].isspace():
        tokens = tokens[1:]  # a dash typed onto the word before ("well-") stands not alone
    if tokens and not between[-1:].isspace():
        tokens = tokens[:-1]
    return any(t in _DASHES or t in _BULLETS for t in tokens)


@functools.cache
def _word_cache(lang: str) -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """Each word as typed, read once: its whole words and their bases (bounded in size)."""
    cache: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
    lexicon(lang).on_change(cache.clear)
    return cache


def normalise(text: str, lang: str = "en") -> str:
    """Return the text as the readers see it: its words, read and mended, one space apart.

    Example:
        >>> normalise("\uff29\uff2d   s0oooo  t1red of l i v i n g\u200b!!")
        'i am soo tired of living'
    """
    return " ".join(read(text, lang).words)
