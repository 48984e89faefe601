"""Sizing steps to an energy level: shared by the recommender and by `break_down`.

A step bigger than the level allows is swapped for its written parts, or, with none, kept to a
time box one size smaller. Same steps and energy, same result, always. The box's phrase ("for
2 minutes") is said in a locale from the `energy` document; whether a step takes a box is
decided from its English words, so it is the same in every language.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Final

import attrs

from ._errors import ValidationError, value_shown
from ._locale import Localized, english_of, parse_locale
from ._model import Step, _energy
from ._strings import time_boxed
from ._tone import MAX_STEP_WORDS
from ._vocab import Energy

__all__ = ["FIRST_STEP_SECONDS", "fitting", "size_steps", "split_step"]

_WORD: Final = re.compile(r"[^\W_]+(?:['\u2019-][^\W_]+)*")
"""A word: letters and digits, with inner apostrophes or hyphens."""

FIRST_STEP_SECONDS: Final = 120
"""The longest first step a breakdown gives at any energy level (2 minutes)."""

# ----------------------------------------------------------------------------


def split_step(step: Step, *, locale: str | None = None) -> tuple[Step, ...]:
    """Break one step into smaller ones, like opening a nested to-do.

    A step with written `parts` gives those (the last part keeps the step's win mark). A step
    without them is kept to a time box one size smaller ("Wipe the sink for 2 minutes"). A step
    of 30 seconds or less cannot get smaller and comes back as it is.

    Args:
        step: The step to split.
        locale: A language tag for the time box's phrase ("for 2 minutes"). `None`: the
            language of the step's words (a step of `default_catalog(locale=...)` knows its
            own), else English; an unknown locale is English.

    Returns:
        The smaller steps, in order (the step itself when it cannot be split).

    Example:
        >>> pieces = split_step(Step("Wipe the sink", 300))
        >>> pieces[0].text, pieces[0].seconds
        ('Wipe the sink for 2 minutes', 120)
    """
    if not isinstance(step, Step):
        raise ValidationError("step", f"expected a Step, got {type(step).__name__}")
    tag = _tag(locale)
    if step.parts:
        *first, last = step.parts
        return (*first, attrs.evolve(last, win=last.win or step.win))
    smaller = [cap for cap in _CAPS if cap < step.seconds]
    if not smaller:
        return (step,)
    return (_time_box(step, smaller[-1], tag),)


def size_steps(
    steps: Iterable[Step],
    energy: Energy | int,
    *,
    first_cap: int | None = None,
    boxed: Callable[[str], bool] | None = None,
    locale: str | None = None,
) -> tuple[Step, ...]:
    """Size steps for an energy level: none longer than `energy.step_seconds`.

    A step that is too long is replaced by its parts, recursively; a step with no parts is
    kept to a time box of the cap. So the lower the energy, the smaller each step and the more
    of them. The recommender and `break_down` both size steps with this.

    Args:
        steps: The steps in order.
        energy: The energy level.
        first_cap: A tighter cap for the first step, such as `FIRST_STEP_SECONDS`.
        boxed: Which step texts may be kept to a time box ("Wipe the sink for 2 minutes");
            any other long step with no parts keeps its words, with the cap as its time
            ("Take a photo of the tap" is done once, not for a while). `None`: every step.
            It is given the English of a step in a locale.
        locale: A language tag for the time box's phrase, as for `split_step`.

    Returns:
        The sized steps, in order.

    Example:
        >>> wipe = Step("Wipe the sink", 90, parts=(Step("Wet a cloth", 20), Step("Wipe", 30)))
        >>> " / ".join(s.text for s in size_steps((wipe,), Energy(0)))
        'Wet a cloth / Wipe'
        >>> " / ".join(s.text for s in size_steps((wipe,), Energy(1)))
        'Wipe the sink'
        >>> size_steps((Step("Wipe the sink", 300),), Energy(1), locale="en-XA")[0].text
        '⟦Wipe the sink för ⟦2 mîñûtéš ~~~⟧ ~~~~~⟧'

    Raises:
        ValidationError: If an argument is not of the documented type, or `locale` is not a
            language tag.
    """
    cap = _energy(energy).step_seconds
    tag = _tag(locale)
    if isinstance(steps, str | bytes) or not isinstance(steps, Iterable):
        raise ValidationError("steps", f"expected a list of steps, got {type(steps).__name__}")
    if boxed is not None and not callable(boxed):
        raise ValidationError("boxed", f"expected a callable or None, got {value_shown(boxed)}")
    if first_cap is not None and (
        isinstance(first_cap, bool) or not isinstance(first_cap, int) or first_cap < 1
    ):
        raise ValidationError(
            "first_cap", f"expected whole seconds above 0, got {value_shown(first_cap)}"
        )
    first_cap = None if first_cap is None else int(first_cap)  # a subclass of int as int
    sized: list[Step] = []
    for position, step in enumerate(steps):
        if not isinstance(step, Step):
            raise ValidationError(
                f"steps[{position}]", f"expected a Step, got {type(step).__name__}"
            )
        limit = min(cap, first_cap) if first_cap is not None and not sized else cap
        sized.extend(_fit(step, limit, boxed, tag))
    return tuple(sized)


def fitting(sized: tuple[Step, ...], energy: Energy, minutes: int) -> int:
    """How many of the sized steps to show now.

    The first always; then the next while they fit the minutes, up to the level's
    `steps_shown`.
    """
    budget = minutes * 60
    shown = energy.steps_shown
    used = sized[0].seconds
    count = 1
    while count < len(sized) and count < shown:
        used += sized[count].seconds
        if used > budget:
            break
        count += 1
    return count


def _tag(locale: str | None) -> str | None:
    """The checked tag of a locale (`None` stays `None`: each step's own language)."""
    return None if locale is None else parse_locale(locale).tag


def _fit(
    step: Step, cap: int, boxed: Callable[[str], bool] | None = None, tag: str | None = None
) -> list[Step]:
    if step.seconds <= cap:
        return [step]
    if not step.parts:
        if boxed is None or boxed(english_of(step.text)):  # decided from the English
            return [_time_box(step, cap, tag)]
        return [attrs.evolve(step, seconds=cap)]
    return [small for part in split_step(step) for small in _fit(part, cap, boxed, tag)]


def _time_box(step: Step, seconds: int, tag: str | None = None) -> Step:
    """The step kept to `seconds`: "Wipe the sink for 2 minutes", in `tag`'s language.

    A text that already names a time ("for a minute") or would grow past 15 words stays as
    it is; the shorter duration still says how long. Both are decided from the English, so
    a step is boxed alike in every language. With no `tag`, a `Localized` step's own.
    """
    english = english_of(step.text)
    ends_with_for = english.rstrip().lower().endswith(" for")  # "the papers it asks for"
    comma = "," in english or ends_with_for
    boxed_english = time_boxed(english, seconds, None, comma=comma)
    if len(_WORD.findall(boxed_english)) > MAX_STEP_WORDS or _NAMES_A_TIME.search(english):
        return attrs.evolve(step, seconds=seconds, parts=())
    tag = tag if tag is not None else getattr(step.text, "tag", None)
    text: str = boxed_english
    if tag is not None:
        text = Localized(time_boxed(step.text, seconds, tag, comma=comma), boxed_english, tag)
    return attrs.evolve(step, text=text, seconds=seconds, parts=())


_NAMES_A_TIME: Final = re.compile(r"\b(second|minute|hour)s?\b", re.IGNORECASE)
_CAPS: Final = tuple(sorted(level.step_seconds for level in Energy))
