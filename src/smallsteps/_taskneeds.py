"""The object's class vetoing a kind that cannot act on it, and steering to one that can.

A verb picks a family of acts, and a word model reads a task by its words; neither always
fits the thing the task is about. Money is never packed into boxes ("move savings into the
isa"), iron tablets are never ironed ("iron tabs"), a budget is never cooked. A kind may list
the classes of thing it can act on (`reading.toml [kind_needs]`); a kind whose task names no
such thing is vetoed, and a kind that does fit takes its place: the thing's usual act (a
skill is practised), else the rules' own kind, else the word model's best that fits.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ._tasklex import TaskLexicon

__all__ = ["fits", "fitting_kind"]

_ANY_CLASS = ("", "other", "person")
"""Classes that say nothing sure of the thing: no kind is vetoed for them (a name or a role
is as often who the task is for, or a word misread as a name, as what it acts on)."""


def fits(kind: str, classes: Iterable[str], lex: TaskLexicon) -> bool:
    """Whether a kind can act on one of these classes (a kind that lists none acts on any).

    Args:
        kind: An action kind.
        classes: The classes of the task's object and of the other things it names.
        lex: The lexicon with the `[kind_needs]` table.

    Returns:
        `True` unless the kind lists the classes it needs and none of these is one; a thing
        of no known class (`"other"`) may be the one it acts on.
    """
    needs = lex.maps.get("kind_needs", {}).get(kind, "").split()
    return not needs or not set(needs).isdisjoint(classes) or "other" in classes


def fitting_kind(
    kind: str,
    head: str,
    classes: Sequence[str],
    preferred: Iterable[tuple[str, float]],
    ranked: Sequence[tuple[str, float]],
    lex: TaskLexicon,
) -> tuple[str, float] | None:
    """The kind that takes the place of one the object's class vetoes, or `None` to keep it.

    Args:
        kind: The kind read so far.
        head: The class of the task's object; a task whose object has no sure class
            (`_ANY_CLASS`) keeps its kind.
        classes: Every class the task names (its object's first).
        preferred: Candidates tried first, in order, each with its chance (the thing's
            usual act, the rules' kind).
        ranked: The word model's kinds, likeliest first, each with its probability; the
            first that fits answers (`other`, which says no act, only when none else
            does), its chance among the kinds that fit.
        lex: The lexicon with the `[kind_needs]` table.

    Returns:
        The first candidate that fits, with its chance; `None` when the kind fits, or the
        object's class is not sure, or no candidate fits.
    """
    if head in _ANY_CLASS or fits(kind, classes, lex):
        return None
    found = next(((k, p) for k, p in preferred if k and fits(k, classes, lex)), None)
    if found:
        return found
    fitting = [(k, p) for k, p in ranked if k and fits(k, classes, lex)]
    fitting.sort(key=lambda found: found[0] == "other")  # a kind that says what to do first
    total = sum(p for _, p in fitting)
    return (fitting[0][0], fitting[0][1] / total) if fitting and total > 0 else None
