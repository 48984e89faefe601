"""Where the steps shown stop: on the task's key act or a win, and which steps may be timed.

`break_down` shows a few steps at a time. `ending` says how many, so the last one shown
ends something whole (the message sent, the parcel by the door); `durative` says which
steps read well kept to a time box ("Wipe the sink for 2 minutes").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Mapping
from typing import Any, Final

from ._model import Step
from ._vocab import Energy

__all__ = ["REACH", "durative", "ending", "key_acts"]

REACH: Final = {
    Energy.EMPTY: 0, Energy.VERY_LOW: 1, Energy.LOW: 2, Energy.SOME: 2, Energy.GOOD: 2,
}  # fmt: skip
"""How many steps past the usual number a breakdown goes to reach the task's key act."""


def key_acts(words: Mapping[str, Any], texts: tuple[str, ...] = ()) -> Callable[[str], bool] | None:
    """Whether a step does the task's key act, or `None` for no keys.

    A step does it when it holds a word of `[words] key_acts` (the message sent, the
    payment pressed), or is one of `texts`: the key act a kind's pattern names for itself
    (`TaskKind.key_act`: "Take your tablets the way the label shows").
    """
    acts = words.get("key_acts", ())
    keys = tuple(str(a).casefold() for a in acts) if isinstance(acts, list | tuple) else ()
    said = _key_matcher(keys) if keys else None
    if not texts:
        return said
    own = frozenset(texts)
    return lambda text: text in own or (said is not None and said(text))


@functools.cache
def _key_matcher(keys: tuple[str, ...]) -> Callable[[str], bool]:
    """A step holds one of `keys`, or opens with a `^` one: built once for each word list."""
    starts = tuple(k[1:] for k in keys if k[:1] == "^")
    inside = [re.escape(k) for k in keys if k[:1] != "^"]
    pattern = re.compile("|".join(inside)) if inside else None
    return lambda text: (
        text.casefold().startswith(starts)
        or bool(pattern is not None and pattern.search(text.casefold()))
    )


def ending(
    steps: tuple[Step, ...],
    shown: int,
    is_key: Callable[[str], bool] | None = None,
    reach: int = 0,
) -> int:
    """How many steps to show so the last one shown ends a meaningful unit, where one is near.

    The task's key act (a step `is_key` says does it: the message sent, the booking made,
    the payment pressed) up to `reach` steps past the usual number is reached, when no step
    shown has one. Otherwise a step marked `win` (the parcel by the door) one step past the
    usual number is reached, or the usual number stands. At the lowest energy the first step
    is the win, and no more are added.
    """
    if is_key is not None and reach and shown < len(steps):
        opens = [is_key(s.text) for s in steps[: shown + reach]]
        if not any(opens[:shown]) and any(opens):
            return opens.index(True) + 1
    if shown >= len(steps) or shown <= 2 or steps[shown - 1].win:
        return min(shown, len(steps))
    if steps[shown].win:
        return shown + 1
    return shown


def durative(words: Mapping[str, Any]) -> Callable[[str], bool]:
    """Which steps may be kept to a time box: those opening with a verb of a while.

    "Wipe the sink for 2 minutes" reads well; "take a photo of the tap for 30 seconds" does
    not, since a photo is taken once (`[words] durative` in tasks.toml); nor does a step that
    goes somewhere ("walk or drive to the shop", `[words] journey`).
    """
    verbs = tuple(str(v).casefold() for v in words.get("durative", ()))
    return _opens_with(verbs, tuple(str(j).casefold() for j in words.get("journey", ())))


@functools.cache
def _opens_with(verbs: tuple[str, ...], journeys: tuple[str, ...]) -> Callable[[str], bool]:
    known = frozenset(verbs)

    def boxed(text: str) -> bool:
        folded = text.casefold()
        return folded.split(" ", 1)[0] in known and not folded.startswith(journeys)

    return boxed
