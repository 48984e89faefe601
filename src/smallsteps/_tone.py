"""The tone rules every shipped string follows, as a check catalog authors can run too."""

from __future__ import annotations

import re
from typing import Final

__all__ = ["BANNED_PHRASES", "MAX_STEP_WORDS", "lint_text"]

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


def lint_text(text: str, *, step: bool = False) -> tuple[str, ...]:
    """Check a string against smallsteps' tone rules.

    Every string: none of `BANNED_PHRASES`, no exclamation marks. A micro-step (`step=True`)
    also starts with a capital letter (a verb, in an invitation), has at most
    `MAX_STEP_WORDS` words and no final full stop. Reading grade and "starts with a verb" need
    a dictionary, so the test suite checks those.

    Args:
        text: The string to check.
        step: Whether it is a micro-step.

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
