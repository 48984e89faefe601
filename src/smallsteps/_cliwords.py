"""The command line's words: `data/cli.toml` is the English of two documents, by id.

`cli-crisis` holds the words around a safety notice and the blank safety plan
(`CRISIS_WORDS`): a shipped locale translates them whole, with the notice. `cli` holds every
other sentence the command line shows (its prompts, headings, messages, confirmations, usage
errors and help texts) and the answers the check-in takes (`answer.done`, a list of words).
A locale's overlays (`data/locales/<tag>/cli.toml`, `cli-crisis.toml`) hold the ones it
translates, each with the hash of its English; the pseudo-locale `en-XA` reaches them all.
"""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Iterator, Mapping
from importlib import resources
from typing import Any, Final

from ._errors import word_shown
from ._locale import Text, translated

__all__ = [
    "ANSWERS",
    "CRISIS_WORDS",
    "TEXT",
    "Words",
    "cli_words",
    "crisis_words",
    "shown",
    "words_in",
]


def _data() -> dict[str, Any]:
    return tomllib.loads((resources.files("smallsteps") / "data" / "cli.toml").read_text("utf-8"))


_DATA: Final = _data()

TEXT: Final[dict[str, str]] = _DATA["text"]
"""Every fixed string the command line prints, in English, from `data/cli.toml`."""

ANSWERS: Final[dict[str, tuple[str, ...]]] = {
    key: tuple(words) for key, words in _DATA["answer"].items()
}
"""The words each answer of the check-in may be typed as, in English ("done": "d", "done")."""

CRISIS_WORDS: Final = (
    "notice_options",
    "notice_grounding",
    "notice_plan",
    "notice_supporter_options",
    "notice_supporter_plan",
    "crisis_stop_ask",
    "crisis_stopped",
    "crisis_go_on",
    "plan_intro",
)
"""The command line's own words around a safety notice and the blank safety plan: the
`cli-crisis` document, translated with the notice (`data/locales/<tag>/cli-crisis.toml`)."""

_UNSAID: Final = ("plan_blank",)
"""Fixed strings that hold no words (a line to write on): in no document."""


def cli_words() -> dict[str, Text]:
    """The `cli` document in English: every sentence but the crisis words, and the answers.

    Example:
        >>> cli_words()["answer.done"]
        ('d', 'done')
    """
    said = {k: v for k, v in TEXT.items() if k not in CRISIS_WORDS and k not in _UNSAID}
    return {**said, **{f"answer.{k}": v for k, v in ANSWERS.items()}}


def crisis_words(locale: str | None) -> dict[str, str]:
    """The command line's words around a notice, in the locale's language where they ship."""
    english = {k: TEXT[k] for k in CRISIS_WORDS}
    return {k: str(v) for k, v in translated("cli-crisis", english, locale).items()}


class Words(Mapping[str, str]):
    """The command line's words in one locale: `words["hello"]`, and `answers("done")`."""

    def __init__(self, locale: str | None) -> None:
        said = translated("cli", cli_words(), locale)
        self.locale = locale
        self._text = {
            **TEXT,
            **{k: str(v) for k, v in said.items() if isinstance(v, str)},
            **crisis_words(locale),
        }
        self._own = {key: _folded(tuple(said[f"answer.{key}"])) for key in ANSWERS}

    def __getitem__(self, key: str) -> str:
        return self._text[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._text)

    def __len__(self) -> int:
        return len(self._text)

    def answers(self, key: str, *, english: bool = True) -> tuple[str, ...]:
        """The words an answer may be typed as, folded: the locale's, then the English ones.

        Args:
            key: The answer ("done", "quit").
            english: Whether to add the English words (a person may know them).
        """
        return _folded((*self._own[key], *ANSWERS[key])) if english else self._own[key]


def _folded(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(w.strip().casefold() for w in words))


@functools.lru_cache(maxsize=16)
def words_in(locale: str | None) -> Words:
    """The command line's words in a locale (English for `None` or an unknown locale).

    Raises:
        ValidationError: If `locale` is not a language tag.
    """
    return Words(locale)


def shown(value: str, words: Mapping[str, str]) -> str:
    """A rejected word in a usage error: shown when it is one short word, else only counted.

    A sentence typed in the wrong place is likely a person's own: its length is said, in
    the locale's words, never what it said (as `word_shown` does in English).
    """
    if len(value) > 24 or any(c.isspace() for c in value):
        return words["value_counted"].format(count=len(value))
    return word_shown(value)
