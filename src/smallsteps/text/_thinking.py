"""Thinking patterns in a person's words: the rulebook `reframe` reads a thought with.

Each frame's family is a distortion id (`data/thinking/en.toml`). A match after a negation
is left out, and so is one with a negation between its parts when its frame says
`negation = "inside"` ("i am not an idiot"). What is shown as evidence is the
whole clause the match is in, as the person wrote it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ._normalise import Reading
from ._rulebook import Rulebook, parse_rulebook

__all__ = ["Evidence", "ThinkingRules", "parse_thinking"]

Evidence = tuple[str, int, int]
"""A pattern found: (distortion id, first character, one past the last) of the clause."""


class ThinkingRules(Rulebook):
    """The rules that find thinking patterns, as data."""

    def find(self, text: str) -> list[Evidence]:
        """Return each pattern found with its clause, in the order the clauses come."""
        return self.found_in(self.read(text, spans=True))

    def found_in(self, reading: Reading) -> list[Evidence]:
        """`find` on a text already read with its spans (`read(text, spans=True)`)."""
        found: list[Evidence] = []
        for match in self.matches(reading):
            if match.negated:
                continue
            first, last = reading.clause_of(match.start)
            evidence = (match.frame.family, reading.spans[first][0], reading.spans[last - 1][1])
            if evidence not in found:
                found.append(evidence)
        return found


def parse_thinking(data: Mapping[str, Any], lang: str = "en") -> tuple[ThinkingRules, list[str]]:
    """Build thinking-pattern rules from a data file's tables, with the problems found."""
    return parse_rulebook(data, ThinkingRules, lang)
