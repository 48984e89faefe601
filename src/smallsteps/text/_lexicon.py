"""A language's lexicon: short forms, word bases, word classes and the known-words list.

The lexicon is data (`smallsteps/data/text/<lang>.toml` and `<lang>-words.txt`). This module
reads it once and answers three questions fast: what whole words a typed word stands for
(`resolve`), what its base is (`base`), and which classes it belongs to (`classes`). Answers
are cached per distinct word, so a long text costs one dictionary look-up a word. How a typed
word is folded first is in `_wordforms`; the spelling distance and the slips of a finger are
in `_speller`.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Callable, Iterable, Mapping, Sequence
from importlib import resources
from typing import Final

from .._errors import ValidationError, value_shown
from ._speller import SPLIT_PART, deletes, edit_distance, fewest_parts, short_variants
from ._wordforms import ENDINGS, LEET, SHORT_WORDS, is_measure, shorten, squeeze

__all__ = ["Lexicon", "edit_distance", "lexicon"]

_MIN_FUZZY: Final = 5
"""Key words shorter than this are never corrected: too many real words lie one letter away."""
_SPLIT_LONGEST: Final = 160
"""The longest run-together word split: about a message of thirty words typed without a space."""
_MENDED_SHORTEST: Final = 11
"""The shortest run-together word whose parts may be mended: a few words, not one long name."""
_MENDED_LONGEST: Final = 60
"""The longest run-together word whose parts may be mended: a sentence typed without a space."""
_MENDED: Final = 3
"""What a mended part of a run-together word counts as: a split as typed wins over one that
mends ("toend" is "to end", not "trend")."""
_MENDED_PART: Final = 10
"""The longest part of a run-together word that may be mended towards a key word."""


class Lexicon:
    """One language's reading knowledge. Build it with `lexicon(lang)`.

    Attributes:
        lang: The language tag (`"en"`).
        expand: Short forms and contractions to the whole words they stand for.
        classes: Word classes by name, each a set of whole words.
        known: Common words of the language, never corrected as misspellings.
        as_writer: Someone else's pronouns and the writer's word each matches as ("she" as
            "i"), so one phrase serves both; who is meant is read from the words as written.
        correct_first: Whether a slip of a key word is mended before a run-together word is
            split (`[options] correct_first` in the data): for languages whose common short
            words would otherwise split a misspelt key word ("suisidarme").
        clipped: Endings typed clipped, each to the ending it stands for (`[clipped]` in the
            data: "in" for "ing"): "thinkin" is "thinking" when "thinking" is a word and
            "thinkin" is not, before it could be split ("thin kin").
    """

    def __init__(
        self,
        lang: str,
        expand: Mapping[str, str],
        bases: Mapping[str, str],
        classes: Mapping[str, Iterable[str]],
        known: Iterable[str],
        as_writer: Mapping[str, str] | None = None,
        keys: Iterable[str] = (),
        correct_first: bool = False,
        clipped: Mapping[str, str] | None = None,
    ) -> None:
        self.lang = lang
        self.correct_first = correct_first
        self.clipped = dict(clipped or {})
        self.expand = {k: tuple(v.split()) for k, v in expand.items()}
        self._bases = dict(bases)
        self.classes = {name: frozenset(words) for name, words in classes.items()}
        self._letter_words = self.classes.get("letter_words", frozenset())
        self.known = frozenset(known)
        self.as_writer = dict(as_writer or {})
        self._listeners: list[Callable[[], object]] = []
        self._keys: set[str] = set()
        self._longest = 0  # the longest key word: no longer word can be a slip of one
        self._short_keys: set[str] = set()
        self._fuzzy: dict[str, set[str]] = {}
        self._short_fuzzy: dict[str, set[str]] = {}
        self._by_squeeze: dict[str, str] = {}
        self._class_of: dict[str, tuple[str, ...]] = {}
        for name, words in sorted(self.classes.items()):
            for word in words:
                self._class_of[word] = (*self._class_of.get(word, ()), name)
        self.add_keys(w for words in self.classes.values() for w in words)
        self.add_keys(keys)

    def __repr__(self) -> str:
        return f"<Lexicon {self.lang!r} {len(self._keys)} key words>"

    def add_keys(self, words: Iterable[str]) -> None:
        """Make words key words: run-together text splits into them, misspellings reach them.

        A shipped lexicon holds every key word of the shipped readers from the start (the
        class words, and `data/text/<lang>-keys.txt`: the words of the safety net's and the
        thinking patterns' phrases), so how a text is read never depends on which reader
        was loaded first. Adding keys later changes how every reader reads: a host's own
        rules do not. Caches are cleared, so earlier answers do not go stale.
        """
        for word in words:
            if not word.isalpha() or word in self._keys:
                continue
            self._keys.add(word)
            self._longest = max(self._longest, len(word))
            self._by_squeeze.setdefault(squeeze(word), word)
            if 3 <= len(word) < _MIN_FUZZY:
                self._short_keys.add(word)
                if "typo_target" in self._class_of.get(word, ()):
                    for variant in short_variants(word):
                        self._short_fuzzy.setdefault(variant, set()).add(word)
            if len(word) >= _MIN_FUZZY:
                for variant in deletes(word, 2 if len(word) >= 8 else 1):
                    self._fuzzy.setdefault(variant, set()).add(word)
        self.resolve.cache_clear()
        self.base.cache_clear()  # `forms` depends on no key word: it stays
        for callback in self._listeners:
            callback()

    def on_change(self, callback: Callable[[], object]) -> None:
        """Call `callback` whenever key words are added (readers clear their caches)."""
        self._listeners.append(callback)

    def classes_of(self, word: str) -> tuple[str, ...]:
        """Return the names of the classes a whole word belongs to, in name order.

        A possessive typed without its apostrophe ("husbands coat", "mums pills") is an
        `owner`: a person, but as the owner of what follows, not the one who acts.
        """
        found = self._class_of.get(word)
        if found is not None:
            return found
        if word.endswith("s") and "person" in self._class_of.get(word[:-1], ()):
            return ("owner",)
        return ()

    def is_word(self, word: str) -> bool:
        """Whether the word is a key word or a common word of the language."""
        return word in self._keys or word in self.known

    def is_key(self, word: str) -> bool:
        """Whether the word is a key word: misspellings are mended towards it."""
        return word in self._keys

    @functools.lru_cache(maxsize=65_536)  # noqa: B019 - one lexicon a language, kept for life
    def resolve(self, folded: str) -> tuple[str, ...]:
        """Return the whole words a folded word stands for: one, several, or itself.

        Example: "wanna" gives ("want", "to"), "k1ll" gives ("kill",), "wanttodie" gives
        ("want", "to", "die"), "suicdie" gives ("suicide",).
        """
        word = folded
        if word in self.expand:
            return self.expand[word]
        if not word.isalpha() and any(c.isalpha() for c in word) and not is_measure(word):
            word = word.translate(LEET)
            if word in self.expand:
                return self.expand[word]
        word = shorten(word)
        if word in self.expand:
            return self.expand[word]
        if not word.isalpha() or self.is_word(word):
            return (word,)
        squeezed = self._by_squeeze.get(squeeze(word))
        if squeezed is not None:
            return (squeezed,)
        whole = self._unclipped(word)
        if whole:
            return (whole,)
        if len(word) >= 4:
            fixed = self._correct(word) if self.correct_first else ""
            if fixed:
                return (fixed,)
            if self._spelt_otherwise(word):
                return (word,)  # "realising": "realizing" in the other spelling
            parts = () if self._a_form(word) else self._split(word)
            if parts:
                return parts
        return (self._correct(word) or word,)

    def _unclipped(self, word: str) -> str:
        """The word with a clipped ending made whole ("killin": "killing"), or "" if none."""
        for end, whole in self.clipped.items():
            if len(word) >= len(end) + 2 and word.endswith(end):
                grown = word[: len(word) - len(end)] + whole
                if self.is_word(grown):
                    return grown
        return ""

    def _a_form(self, word: str) -> bool:
        """Whether a word not listed is a form of one that is: never split, only mended.

        "apologising" is "apologise" with its ending; split, "apo log i sing" would put a
        writer in the text who is not there.
        """
        return any(map(self.is_word, self.forms(word)[1:])) or self._spelt_otherwise(word)

    def _spelt_otherwise(self, word: str) -> bool:
        """Whether a word is a listed word in the other of British and American spelling.

        "realising", "paralysed", "organisation": an "s" for the other's "z".
        """
        return any(
            self.is_word(word[: i + 1] + "z" + word[i + 2 :])
            for i in (word.rfind("is"), word.rfind("ys"))
            if i > 1
        )

    @functools.lru_cache(maxsize=65_536)  # noqa: B019 - one lexicon a language, kept for life
    def base(self, word: str) -> str:
        """Return the base of a whole word ("cutting" gives "cut", "hoping" gives "hope").

        A listed base first ("took": "take"), else the first of `forms` that is a word.
        """
        if word in self._bases:
            return self._bases[word]
        return next((w for w in self.forms(word)[1:] if self.is_word(w)), word)

    @functools.lru_cache(maxsize=65_536)  # noqa: B019 - one lexicon a language, kept for life
    def forms(self, word: str) -> tuple[str, ...]:
        """Return every base a word may stand for, in the order they are tried.

        The word itself, a listed base, then its endings taken off: "hoping" gives
        ("hoping", "hope", "hop"), "boxes" ("boxes", "boxe", "box"). A reader that knows its
        own words (the task reader's verbs and nouns) looks each up in turn.
        """
        out = [word]
        if word in self._bases:
            out.append(self._bases[word])
        for suffix, repl in ENDINGS:
            if len(word) - len(suffix) < 3 or not word.endswith(suffix):
                continue
            if suffix == "s" and word.endswith("ss"):
                break
            stem = word[: len(word) - len(suffix)] + repl
            out += [stem + "e", stem] if suffix in ("ing", "ed", "es") else [stem]
            if suffix in ("ing", "ed") and len(stem) > 2 and stem[-1] == stem[-2]:
                out.append(stem[:-1])
        return tuple(dict.fromkeys(out))

    def _split(self, word: str) -> tuple[str, ...]:
        """Split a run-together word into known words, one of them a key word.

        The fewest parts win ("wanttodie": "want to die"); a whole message typed without a
        space ("iwanttokillmyself") splits as far as `_SPLIT_LONGEST` letters, into at most
        a part every three letters, so a long name or a code is not read letter by letter.
        When no split into known words is found, a shorter run (`_MENDED_LONGEST` letters)
        that holds a key word may have parts mended: a stretched or slipped key word
        ("iwanttokillmyslef", "ihatemylifeee"); there, with no letter alone that is not a
        word, a part may come every two letters ("ihatemylifeandiwanttodie"). Each end is
        reached once from the twelve before it: linear in the word's length.
        """
        if len(word) > _SPLIT_LONGEST:
            return ()  # longer than a message typed without a space: not read as words
        parts = fewest_parts(word, self._part_words)
        mendable = _MENDED_SHORTEST <= len(word) <= _MENDED_LONGEST
        if not parts and mendable and self._holds_a_key(word):
            parts = fewest_parts(word, self._mended_part, every=2)  # no stray letters
        if len(parts) < 2 or not any(
            len(typed) > 2 and (typed in self._keys or cost == _MENDED) for typed, _, cost in parts
        ):
            return ()  # no key word of three letters or more, as typed or mended
        return tuple(p for _, words, _ in parts for p in words)

    def _part_words(self, part: str) -> tuple[tuple[str, ...], int] | None:
        """The words a part of a run-together word stands for, if it is a known word."""
        if part in self.expand:
            return self.expand[part], 1
        if part in self._keys or part in self.known or part in SHORT_WORDS:
            return (part,), 1
        return None

    def _mended_part(self, part: str) -> tuple[tuple[str, ...], int] | None:
        """A part as it is, or a key word stretched ("lifeee") or slipped ("myslef").

        A letter alone is a part only when it is a word of one letter (the `letter_words`
        class: "i", not "s": "sertraline" is no "s extra line").

        A mended part counts as `_MENDED` parts.
        """
        found = self._part_words(part)
        if found is not None:
            return found if len(part) > 1 or part in self._letter_words else None
        squeezed = self._by_squeeze.get(squeeze(part))
        if squeezed is not None and len(part) > 2:
            return (squeezed,), _MENDED
        if _MIN_FUZZY <= len(part) <= _MENDED_PART:
            near = {k for v in deletes(part, 1) for k in self._fuzzy.get(v, ())}
            fixed = self._one_of(sorted(k for k in near if edit_distance(part, k, 1) <= 1))
            return ((fixed,), _MENDED) if fixed else None
        return None

    def _holds_a_key(self, word: str) -> bool:
        """Whether a key word of four letters or more lies in a word as it is typed."""
        return any(
            word[start : start + size] in self._keys
            for size in range(4, min(SPLIT_PART, len(word)) + 1)
            for start in range(len(word) - size + 1)
        )

    def _correct(self, word: str) -> str:
        """Return the one key word within a small spelling distance, or "" if none or many."""
        if word in self.known or word in self._keys:
            return ""
        if len(word) < _MIN_FUZZY:
            if len(word) < 3:
                return ""
            swaps = {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1)}
            found = sorted(w for w in swaps if w in self._short_keys)
            if not found:  # a letter missing ("wnt") or a neighbouring key hit ("wanr")
                found = sorted(self._short_fuzzy.get(word, ()))
            return self._one_of(found)
        limit = 2 if len(word) >= 8 else 1
        if len(word) - limit > self._longest:
            return ""  # longer than any key word by more than a slip: no deletes to try
        near: set[str] = set()
        for variant in deletes(word, limit):
            near |= self._fuzzy.get(variant, set())
        scored = sorted(
            (edit_distance(word, key, limit), key) for key in near if len(key) >= _MIN_FUZZY
        )
        scored = [(d, k) for d, k in scored if d <= limit]
        if not scored:
            return ""
        return self._one_of([k for d, k in scored if d == scored[0][0]])

    def _one_of(self, found: Sequence[str]) -> str:
        """The one candidate, or of several that read alike ("myself", "meself") a common one."""
        if len(found) == 1:
            return found[0]
        alike = len({self._class_of.get(w) for w in found}) == 1
        if found and alike and found[0] in self._class_of:
            return min(found, key=lambda w: (w not in self.known, w))
        return ""


def _read(package_path: str) -> str:
    return (resources.files("smallsteps") / "data" / package_path).read_text("utf-8")


def lexicon(lang: str = "en") -> Lexicon:
    """Return the lexicon of a language that ships with smallsteps, loaded once.

    Args:
        lang: A language tag with a file `smallsteps/data/text/<lang>.toml`.

    Raises:
        ValidationError: If no lexicon ships for `lang`.
    """
    if lang != "en" and not (isinstance(lang, str) and _LANG.fullmatch(lang)):
        raise ValidationError(
            "lang", f"expected a language tag such as 'en', got {value_shown(lang)}"
        )
    try:
        return _lexicon(lang)
    except FileNotFoundError:
        raise ValidationError("lang", f"no lexicon ships for {value_shown(lang)}") from None


_LANG: Final = re.compile(r"[a-z]{2,3}(?:-[a-z0-9]{2,8})*")
"""A language tag, lowercase ("en", "pt-br"): the name of a lexicon's files."""


@functools.cache
def _lexicon(lang: str) -> Lexicon:
    data = tomllib.loads(_read(f"text/{lang}.toml"))
    words = [ln for ln in _read(f"text/{lang}-words.txt").splitlines() if ln[:1] != "#"]
    keys = [ln for ln in _read(f"text/{lang}-keys.txt").splitlines() if ln[:1] not in ("#", "")]
    return Lexicon(
        lang,
        data["expand"],
        data["base"],
        data["class"],
        words,
        data.get("as_writer", {}),
        keys,
        bool(data.get("options", {}).get("correct_first", False)),
        data.get("clipped", {}),
    )
