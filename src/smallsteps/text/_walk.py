"""The states of a phrase walk, shared by every walk of one phrase book, and its openings.

A walk over the trie of `_phrases` is in a set of trie nodes at once: a `_State`, made as
walks first need it and kept with the state each word leads to (a lazily built automaton).
`_Openings` tells, for two words side by side, whether a walk from the first may find a
phrase at all, so a text is walked only from the few words where one may begin.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from ._phrases import _Node

__all__: list[str] = []


class _State:
    """A set of trie nodes a walk can be in at once, with the families ending there.

    States are made as walks first need them and shared (`_States`), each with the state
    every word leads to, worked out once per distinct word: a walk then costs one dictionary
    look-up a word, however many phrases it follows (a lazily built automaton).
    """

    __slots__ = ("ends", "nodes", "steps")

    def __init__(self, nodes: tuple[_Node, ...]) -> None:
        self.nodes = nodes
        self.ends = tuple(dict.fromkeys(f for n in nodes for f in n.ends))
        self.steps: dict[int, _State] = {}


_DEAD: Final = _State(())
"""Where a walk ends: no phrase goes on."""


class _States:
    """The states of one phrase book, shared by every walk, within `MAX_STATES`."""

    def __init__(self) -> None:
        self._known: dict[frozenset[_Node], _State] = {}

    def start(self, root: _Node) -> _State:
        """The state a walk from the root starts in."""
        return self._of((root,))

    def follow(self, state: _State, number: int, own: tuple[str, ...]) -> _State:
        """The state one word leads to, kept on `state` for the next time (`number` >= 0)."""
        nodes = tuple(
            dict.fromkeys(n for node in state.nodes for k in own for n in node.next.get(k, ()))
        )
        found = self._of(nodes) if nodes else _DEAD
        if number >= 0 and len(state.steps) < _MAX_STEPS:
            state.steps[number] = found
        return found

    def _of(self, nodes: tuple[_Node, ...]) -> _State:
        key = frozenset(nodes)
        found = self._known.get(key)
        if found is None:
            found = _State(nodes)
            if len(self._known) < _MAX_STATES:
                self._known[key] = found
        return found


_MAX_STATES: Final = 200_000
"""The most states a phrase book keeps; past it, new ones are made for one walk only."""

_MAX_STEPS: Final = 50_000
"""The most distinct words a state remembers where they lead."""

_MAX_PAIRS: Final = 200_000
"""The most pairs of word numbers an `_Openings` table keeps; past it, worked out each time."""


class _Openings(dict[tuple[int, int], bool]):
    """Whether a walk from a word may find a phrase, by the numbers of that word and the next.

    A walk from a word finds nothing when its first step is dead, or when that step ends no
    phrase and the next word's step is dead: then it need not be walked. The answer depends
    on the two words' numbers alone (a number stands for the same keys always), so it is
    worked out once a pair (in `__missing__`, as `dict` look-ups made in C ask for it) and
    kept. A pair with an unnumbered word (-1) is always walked.
    """

    __slots__ = ("_owns", "_start", "_states")

    def __init__(self, states: _States, start: _State, owns: dict[int, tuple[str, ...]]) -> None:
        super().__init__()
        self._states = states
        self._start = start
        self._owns = owns  # the used keys each number stands for

    def __missing__(self, pair: tuple[int, int]) -> bool:
        first, second = pair
        state = self._step(self._start, first)
        if state is None:
            return True
        if state is _DEAD or state.ends:
            opens = state is not _DEAD
        else:
            following = self._step(state, second)
            if following is None:
                return True
            opens = following is not _DEAD
        if len(self) < _MAX_PAIRS:
            self[pair] = opens
        return opens

    def _step(self, state: _State, number: int) -> _State | None:
        """The state a word of a number leads to; `None` when its keys are not known here.

        An unnumbered word (-1), or a number given by another thread a moment ago and not
        yet listed with its keys: such a pair is walked, and not kept.
        """
        found = state.steps.get(number)
        if found is not None:
            return found
        own = self._owns.get(number)
        return None if own is None else self._states.follow(state, number, own)
