"""Phrases compiled into a trie over word keys, and found in a `Reading`.

A phrase word is a base, an exact word, a lexicon class or any word, with alternatives; each
distinct set of alternatives opens one shared trie node. Finding phrases walks the trie from
each word where a phrase may begin (told for two words side by side by `_walk._Openings`);
context families are walked only near an anchor phrase.
"""

from __future__ import annotations

import itertools
import operator
from collections.abc import Iterable, Mapping, Sequence
from typing import Final, NamedTuple

from ._lexicon import Lexicon
from ._normalise import Reading
from ._typed import _upto
from ._walk import _DEAD, _Openings, _State, _States

__all__ = ["Hit", "PhraseBook", "Spec", "compile_phrases"]

_MAX_EXPANSIONS: Final = 512
"""The most phrases one written phrase may expand into through optional words."""

# A phrase word compiles to a set of keys; a word of the text matches when its own keys meet
# them. Keys: "b:" + base, "w:" + exact word, "c:" + class name; "*" matches any word.
Spec = frozenset[str]


class Hit(NamedTuple):
    """One phrase of a family found in a reading: words `start` to `end` (one past)."""

    start: int
    end: int
    family: str


class _Node:
    """A trie node: a word's keys lead on, and `ends` names the families whose phrase ends here.

    `next` maps a key to the nodes it opens.
    Each distinct set of alternatives ("cut|burn|hurt") opens one shared child, so a phrase
    with many alternatives adds a node a word, not a node an alternative: the trie stays
    small, and so does the work of Python's garbage collector over it.
    """

    __slots__ = ("ends", "groups", "next")

    def __init__(self) -> None:
        self.next: dict[str, tuple[_Node, ...]] = {}
        self.ends: tuple[str, ...] = ()
        self.groups: dict[Spec, _Node] | None = {}

    def child(self, spec: Spec) -> _Node:
        """The child for a set of alternative keys, made once (only while building)."""
        assert self.groups is not None
        found = self.groups.get(spec)
        if found is None:
            found = self.groups[spec] = _Node()
            for key in spec:
                self.next[key] = (*self.next.get(key, ()), found)
        return found

    def freeze(self) -> None:
        """Drop what only building needed, in the whole trie below."""
        stack = [self]
        while stack:
            node = stack.pop()
            if node.groups is not None:
                stack.extend(node.groups.values())
                node.groups = None


_MAX_SIGNATURES: Final = 100_000
"""The most distinct sets of used keys numbered for the step caches."""

_CHUNK: Final = 256
"""How many start words `PhraseBook.near` walks between looks at what it found."""


class PhraseBook:
    """Families of phrases compiled against a lexicon into one trie over word keys.

    Reading a text walks the trie from each word: a path goes on only while the words still
    fit a phrase, so most words cost one or two dictionary look-ups.
    """

    def __init__(
        self,
        lex: Lexicon,
        families: Mapping[str, Sequence[str]],
        context: Iterable[str] = (),
        reach: int = 48,
        quiet: Iterable[str] = (),
    ) -> None:
        self.lexicon = lex
        self.context = frozenset(context)
        self.quiet = frozenset(quiet)
        self.reach = reach
        self._root = _Node()
        self._context_root = _Node()
        words: set[str] = set()
        for family, phrases in families.items():
            root = self._context_root if family in self.context else self._root
            for phrase in phrases:
                for specs in compile_phrases(phrase, lex, words):
                    self._insert(root, family, specs)
        self._root.freeze()
        self._context_root.freeze()
        self._states = _States()
        self._last: _Walked | None = None  # the last reading `find` walked, for `near`
        self._start = self._states.start(self._root)
        self._context_start = self._states.start(self._context_root)
        self.words = frozenset(words)
        """The whole words the phrases are made of (the shipped ones are the lexicon's keys)."""
        self._keys_cache: dict[str, tuple[int, tuple[str, ...]]] = {}
        # A word walks the trie only through the keys some phrase uses, so words with the
        # same such keys (most unknown words, every number) walk alike and share a number,
        # the key of the states' step caches. A number always stands for the same keys.
        self._used = _keys_below(self._root) | _keys_below(self._context_root)
        self._signatures: dict[tuple[str, ...], int] = {}
        self._owns: dict[int, tuple[str, ...]] = {}  # the keys each number stands for
        self._openings = _Openings(self._states, self._start, self._owns)
        lex.on_change(self._keys_cache.clear)
        # Numbers no phrase, class or pronoun names ("1000000") all walk as any number does:
        # their keys are found once, not once a number (most numbers are new each time).
        self._named_numbers = frozenset(
            w
            for w in (
                *(k[2:] for k in self._used),
                *lex.as_writer,
                *(w for ws in lex.classes.values() for w in ws),
            )
            if w.isdigit()
        )
        self._any_number: tuple[int, tuple[str, ...]] | None = None

    @staticmethod
    def _insert(root: _Node, family: str, specs: tuple[Spec, ...]) -> None:
        node = root
        for spec in specs:
            node = node.child(spec)
        if family not in node.ends:
            node.ends = (*node.ends, family)

    def _keys(self, word: str, base: str) -> tuple[int, tuple[str, ...]]:
        """The keys of the word that some phrase uses, and their number (see `__init__`)."""
        cached = self._keys_cache.get(word)
        if cached is None and word.isdigit() and word == base and word not in self._named_numbers:
            cached = self._any_number
            if cached is None:
                cached = self._any_number = self._keys_of(word, base)
        if cached is None:
            cached = self._keys_of(word, base)
            if len(self._keys_cache) < 200_000 and word.isalpha():
                self._keys_cache[word] = cached  # numbers and the like: rarely again
        return cached

    def _keys_of(self, word: str, base: str) -> tuple[int, tuple[str, ...]]:
        """The keys of a word, found afresh, and their number (see `_keys`)."""
        classes = self.lexicon.classes_of(word)
        keys = (f"b:{base}", f"w:{word}", *(f"c:{c}" for c in classes), "*")
        mine = self.lexicon.as_writer.get(word)
        if mine is not None:
            keys = (*keys, f"b:{mine}", f"w:{mine}")
        used = tuple(dict.fromkeys(k for k in keys if k in self._used))
        number = self._signatures.get(used)
        if number is None:
            if len(self._signatures) >= _MAX_SIGNATURES:
                return -1, used  # walked, but not kept in the step caches
            number = self._signatures.setdefault(used, len(self._signatures))
            self._owns.setdefault(number, used)
        return number, used

    def find(self, reading: Reading) -> list[Hit]:
        """Return every phrase found, in text order (longest first at each word).

        Anchor families are looked for everywhere; context families (`context`) only within
        `reach` words of an anchor, since a frame needs an anchor to mean anything. Quiet
        families (`quiet`: everyday words that are signs only together) are found
        everywhere but open no context (see `near`).
        """
        keys = self._read(reading)
        hits: set[Hit] = set()
        _walk_from(self._states, self._start, keys, self._opening(keys), hits)
        anchors = [h for h in hits if h.family not in self.quiet]
        walked: list[int] = []
        context: set[Hit] = set()
        if anchors and self.context:
            walked = self._around(anchors, len(keys))
            _walk_from(self._states, self._context_start, keys, walked, context)
            hits |= context
        self._last = _Walked(reading, keys, frozenset(walked), frozenset(context))
        return _in_order(hits)

    def near(
        self, reading: Reading, hits: Iterable[Hit], until: frozenset[str] = frozenset()
    ) -> list[Hit]:
        """The context families' phrases within `reach` words of some hits (quiet ones).

        Right after `find` on the same reading, the words it walked already are not walked
        again. With `until`, the walk stops soon after a phrase of one of those families is
        found (its caller needs to know no more): what it returns then is a part.
        """
        last = self._last
        if last is None or last.reading is not reading:
            last = _Walked(reading, self._read(reading), frozenset(), frozenset())
        wanted = self._around(hits, len(last.keys))
        within = set(wanted)
        found = {h for h in last.context if h.start in within}
        starts = [i for i in wanted if i not in last.walked]
        for at in range(0, len(starts), _CHUNK):
            if until and any(h.family in until for h in found):
                break
            _walk_from(
                self._states, self._context_start, last.keys, starts[at : at + _CHUNK], found
            )
        return _in_order(found)

    def _read(self, reading: Reading) -> list[tuple[int, tuple[str, ...]]]:
        """Each word's keys and number: the cached ones found in C, the others one by one."""
        words, bases = reading.words, reading.bases
        if len(words) != len(bases):
            raise ValueError("a reading's words and bases differ in number")
        keys: list[tuple[int, tuple[str, ...]] | None] = list(map(self._keys_cache.get, words))
        at = -1
        try:
            while True:
                at = keys.index(None, at + 1)
                keys[at] = self._keys(words[at], bases[at])
        except ValueError:
            pass
        return keys  # type: ignore[return-value]  # no None is left

    def _opening(self, keys: list[tuple[int, tuple[str, ...]]]) -> list[int]:
        """The words a walk from the root may find a phrase from (see `_Openings`), in C."""
        numbers = list(map(_NUMBER, keys))
        pairs = zip(numbers, itertools.islice(numbers, 1, None), strict=False)
        starts = list(
            itertools.compress(_upto(len(numbers)), map(self._openings.__getitem__, pairs))
        )
        if numbers:
            starts.append(len(numbers) - 1)  # the last word: a phrase of one word may end there
        return starts

    def _around(self, hits: Iterable[Hit], total: int) -> list[int]:
        near: set[int] = set()
        for hit in hits:
            near.update(range(max(0, hit.start - self.reach), min(total, hit.end + self.reach)))
        return sorted(near)


def _keys_below(root: _Node) -> frozenset[str]:
    """Every key some phrase of a trie uses."""
    keys: set[str] = set()
    stack = [root]
    seen: set[int] = set()
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        keys.update(node.next)
        stack.extend(n for children in node.next.values() for n in children)
    return frozenset(keys)


class _Walked(NamedTuple):
    """A reading `find` walked: its words' keys, and where and what the context walk found."""

    reading: Reading
    keys: list[tuple[int, tuple[str, ...]]]
    walked: frozenset[int]
    context: frozenset[Hit]


def _in_order(hits: Iterable[Hit]) -> list[Hit]:
    """Hits in text order, the longest first at each word, then by family.

    Three stable sorts by one field each, in C (no key function called a hit).
    """
    out = sorted(hits, key=_FAMILY)
    out.sort(key=_END, reverse=True)
    out.sort(key=_START)
    return out


_START: Final = operator.itemgetter(0)
_NUMBER: Final = operator.itemgetter(0)
_END: Final = operator.itemgetter(1)
_FAMILY: Final = operator.itemgetter(2)
_hit: Final = tuple.__new__
"""Makes a `Hit` from a tuple of its fields in C (`Hit(...)` runs a Python `__new__`)."""


def _walk_from(
    states: _States,
    start: _State,
    keys: list[tuple[int, tuple[str, ...]]],
    starts: Iterable[int],
    hits: set[Hit],
) -> None:
    """Walk from `start` at each start word, adding every phrase that ends on the way."""
    total = len(keys)
    first = start.steps  # read inline: most words open nothing
    dead = _DEAD  # local names: looked up once, not at every word
    follow = states.follow
    for i in starts:
        number, own = keys[i]
        state = first.get(number)  # never a step for -1 (a word not numbered)
        if state is dead:
            continue
        if state is None:
            state = follow(start, number, own)
        j = i + 1
        while state is not dead:
            if state.ends:
                for family in state.ends:
                    hits.add(_hit(Hit, (i, j, family)))
            if j == total:
                break
            number, own = keys[j]
            following = state.steps.get(number)
            state = following if following is not None else follow(state, number, own)
            j += 1


def compile_phrases(phrase: str, lex: Lexicon, words: set[str]) -> list[tuple[Spec, ...]]:
    """Compile one written phrase into the key sets of each word, alternatives expanded.

    A phrase word is a base ("cut" also matches "cutting"), `=word` for that exact word,
    `{class}` for a word of a lexicon class, `*` for any one word, and single-word
    alternatives joined by `|` ("cut|burn|hurt"). `(a b|c)` groups alternatives of several
    words. A final `?` makes a word or a group optional. Words typed in a phrase are read as
    the text is ("dont" becomes "do not").
    """
    out = []
    for sequence in itertools.islice(_expand(phrase), _MAX_EXPANSIONS):
        specs: list[Spec] = []
        for token in sequence:
            if "|" not in token and not token.startswith(("=", "{")) and token != "*":
                specs.extend(_spec(w, lex, words) for w in lex.resolve(token))
            else:
                specs.append(
                    frozenset(k for alt in token.split("|") for k in _spec(alt, lex, words))
                )
        if specs:
            out.append(tuple(specs))
    return out


def _expand(phrase: str) -> Iterable[tuple[str, ...]]:
    """Every word sequence a written phrase stands for: groups and optional words expanded."""
    options: list[list[tuple[str, ...]]] = []
    rest = phrase.strip()
    while rest:
        if rest.startswith("("):
            close = rest.find(")")
            if close < 0:
                raise ValueError(f"unclosed group in phrase of {len(phrase)} characters")
            if "(" in rest[1:close]:
                raise ValueError(f"group inside a group in phrase of {len(phrase)} characters")
            choices = [tuple(alt.split()) for alt in rest[1:close].split("|")]
            rest = rest[close + 1 :]
            if rest.startswith("?"):
                choices.append(())
                rest = rest[1:]
        else:
            token, _, rest = rest.partition(" ")
            optional = token.endswith("?") and len(token) > 1
            choices = [(token[:-1],), ()] if optional else [(token,)]
        options.append(choices)
        rest = rest.strip()
    for combo in itertools.product(*options):
        yield tuple(word for part in combo for word in part)


def _spec(alt: str, lex: Lexicon, words: set[str]) -> Spec:
    if alt == "*":
        return frozenset({"*"})
    if alt.startswith("{") and alt.endswith("}"):
        return frozenset({f"c:{alt[1:-1]}"})
    if alt.startswith("="):
        return frozenset({f"w:{alt[1:]}"})
    words.add(alt)
    return frozenset({f"b:{lex.base(alt)}", f"w:{alt}"})
