"""The safety net: crisis-language checks, crisis lines as data, and a blank safety plan.

`check_safety` is a floor, tuned to find crisis language rather than to miss it. It does not
assess risk, and finding nothing never means "no risk": a standing pointer to help (`HELP`)
stays reachable on every path. It reads no clock, opens no socket and logs nothing.
"""

from __future__ import annotations

import functools
import os
import re
import unicodedata
from collections.abc import Iterable, Mapping
from typing import Any, Final

import attrs

from ._errors import CatalogError, ValidationError
from ._model import Activity
from ._resources import (
    Resource,
    ResourceBook,
    SafetyPlan,
    _load,
    _package_data,
    default_resources,
)

__all__ = [
    "SafetyCheck",
    "SafetyNotice",
    "SafetyRules",
    "Signal",
    "check_safety",
    "default_safety_rules",
    "load_safety_rules",
]

_NEGATIONS: Final = frozenset(
    {"not", "never", "no", "dont", "doesnt", "didnt", "wont", "wouldnt", "cant", "cannot"}
    | {"couldnt", "isnt", "arent", "wasnt"}
)
_LOOK_ALIKES: Final = str.maketrans("013457@$", "oieastas")


# -- values --------------------------------------------------------------------------------


@attrs.frozen
class Signal:
    """One kind of crisis language found in a text. It holds no words of the text.

    Attributes:
        id: The rule that matched (`"kill-myself"`, `"never-wake-up"`, `"coded"`).
        kind: `explicit`, `passive`, `plan`, `self-harm` or `coded`.
        negated: Whether a negation came just before it ("I'm not going to...").
    """

    id: str
    kind: str
    negated: bool = False


@attrs.frozen
class SafetyNotice:
    """What to show instead of ordinary output when a text holds crisis language.

    Attributes:
        message: A short, warm message.
        resources: Crisis lines for the person's country, then the international fallback.
        emergency: The reminder to call the local emergency number when in danger.
        options: Ways to get support that need no phone call.
        grounding: One grounding activity from the catalog, if it has one.
        safety_plan: The blank safety-plan template.
    """

    message: str
    resources: tuple[Resource, ...]
    emergency: str
    options: tuple[str, ...]
    grounding: Activity | None
    safety_plan: SafetyPlan

    def __str__(self) -> str:
        """The notice as plain text, for a terminal, a chat or a log the person keeps."""
        lines = [self.message, "", *(str(r) for r in self.resources), "", self.emergency]
        return "\n".join([*lines, *(f"- {option}" for option in self.options)])


@attrs.frozen
class SafetyCheck:
    """The result of `check_safety`.

    Attributes:
        crisis: Whether the text holds crisis language. Show `notice` when it does.
        signals: What was found, for the host app's own logic. smallsteps never logs them.
        notice: The notice to show, when `crisis` is true.
    """

    crisis: bool
    signals: tuple[Signal, ...] = ()
    notice: SafetyNotice | None = None

    @property
    def negated(self) -> bool:
        """Whether every signal was negated ("I'm not going to hurt myself")."""
        return bool(self.signals) and all(s.negated for s in self.signals)


# -- rules -----------------------------------------------------------------------------------


@attrs.frozen(repr=False)
class SafetyRules:
    """The crisis-language rules: spelling fixes, idioms to ignore, and signal patterns.

    Load them with `default_safety_rules` or `load_safety_rules`; combine with `|`, the
    right-hand side's entries replacing same ids.

    Attributes:
        spelling: Word replacements applied after normalising (`"myslef"` to `"myself"`).
        idioms: Everyday phrases blanked out before matching, by id.
        signals: Signal patterns by id, each with its kind.
    """

    spelling: Mapping[str, str]
    idioms: Mapping[str, re.Pattern[str]]
    signals: Mapping[str, tuple[str, tuple[re.Pattern[str], ...]]]
    _respelling: re.Pattern[str] | None = attrs.field(init=False, eq=False)

    @_respelling.default
    def _build_respelling(self) -> re.Pattern[str] | None:
        return _respeller(self.spelling)

    def __or__(self, other: SafetyRules) -> SafetyRules:
        if not isinstance(other, SafetyRules):
            return NotImplemented
        return SafetyRules(
            {**self.spelling, **other.spelling},
            {**self.idioms, **other.idioms},
            {**self.signals, **other.signals},
        )

    def __repr__(self) -> str:
        return f"<SafetyRules {len(self.signals)} signals, {len(self.idioms)} idioms>"

    def normalize(self, text: str) -> str:
        """Return the text as the patterns see it (see the comments in `safety.toml`)."""
        text = unicodedata.normalize("NFKC", text).casefold()
        text = re.sub(r"['\u2018\u2019\u02bc`]", "", text)
        text = re.sub(r"\w+", lambda m: _read_look_alikes(m.group()), text)
        text = re.sub(r"[\W_]+", " ", text)
        text = re.sub(r"(\w)\1{2,}", r"\1", text)
        text = " ".join(text.split())
        if self._respelling is None:
            return text
        return self._respelling.sub(lambda m: self.spelling[m.group()], text)

    def find(self, text: str) -> tuple[Signal, ...]:
        """Return the signals in a text, one per signal id, in the rules' order."""
        clean = self.normalize(text)
        for pattern in self.idioms.values():
            clean = pattern.sub(" ", clean)
        found = []
        for ident, (kind, patterns) in self.signals.items():
            hits = [m for p in patterns for m in p.finditer(clean)]
            if hits:
                negated = all(_negated(clean, m.start()) for m in hits)
                found.append(Signal(ident, kind, negated))
        return tuple(found)


def _respeller(spelling: Mapping[str, str]) -> re.Pattern[str] | None:
    """One pattern for every misspelling and short form, longest first (built once per rules)."""
    if not spelling:
        return None
    words = sorted(spelling, key=lambda k: (-len(k), k))
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b")


def _read_look_alikes(word: str) -> str:
    """Read digits and symbols inside words as letters: "k1ll" is "kill", "988" stays."""
    if word.isdigit() or not any(c.isalpha() for c in word):
        return word
    return word.translate(_LOOK_ALIKES)


def _negated(text: str, start: int) -> bool:
    before = text[:start].split()[-3:]
    return any(word in _NEGATIONS for word in before)


def _compile(pattern: object, where: str, problems: list[str]) -> re.Pattern[str] | None:
    if not isinstance(pattern, str):
        problems.append(f"{where}: expected a pattern as text, got {type(pattern).__name__}")
        return None
    try:
        return re.compile(pattern)
    except re.error as error:
        problems.append(f"{where}: not a valid pattern: {error}")
        return None


def _parse_rules(data: Mapping[str, Any], source: str) -> SafetyRules:
    problems: list[str] = []
    spelling = data.get("spelling", {})
    if not isinstance(spelling, Mapping) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in spelling.items()
    ):
        problems.append("spelling: expected a table of words to replacements")
        spelling = {}
    idioms = {}
    for n, table in enumerate(data.get("idiom", []), start=1):
        ident = str(table.get("id", f"#{n}")) if isinstance(table, Mapping) else f"#{n}"
        if not isinstance(table, Mapping) or "thought_pattern" not in table:
            problems.append(f"idiom {ident}: expected a table with id and thought_pattern")
            continue
        compiled = _compile(table["thought_pattern"], f"idiom {ident}: thought_pattern", problems)
        if compiled:
            idioms[ident] = compiled
    signals = {}
    for n, table in enumerate(data.get("signal", []), start=1):
        ident = str(table.get("id", f"#{n}")) if isinstance(table, Mapping) else f"#{n}"
        raw = table.get("thought_patterns") if isinstance(table, Mapping) else None
        if not isinstance(raw, list) or not raw or not isinstance(table.get("kind"), str):
            problems.append(f"signal {ident}: expected a table with id, kind and thought_patterns")
            continue
        compiled_all = [_compile(p, f"signal {ident}: thought_patterns", problems) for p in raw]
        signals[ident] = (table["kind"], tuple(p for p in compiled_all if p))
    if problems:
        raise CatalogError(source, problems)
    return SafetyRules(dict(spelling), idioms, signals)


@functools.cache
def default_safety_rules() -> SafetyRules:
    """Return the rules that ship with smallsteps (`smallsteps/data/safety.toml`), cached."""
    return _parse_rules(_package_data("safety.toml"), "smallsteps/data/safety.toml")


def load_safety_rules(path: os.PathLike[str] | str) -> SafetyRules:
    """Load extra rules from a TOML or JSON file with the structure of `safety.toml`.

    Combine them with the defaults: `ss.default_safety_rules() | ss.load_safety_rules(p)`.

    Raises:
        CatalogError: If the file cannot be read or a pattern is not valid.
    """
    return _parse_rules(_load(path), os.fspath(path))


# -- the check -------------------------------------------------------------------------------


def _grounding(ids: Iterable[str]) -> Activity | None:
    from ._loader import default_catalog

    catalog = default_catalog()
    return next((catalog[i] for i in ids if i in catalog), None)


def check_safety(
    text: str,
    country: str | None = None,
    *,
    rules: SafetyRules | None = None,
    resources: ResourceBook | None = None,
) -> SafetyCheck:
    """Check a person's text for crisis language, before anything else is done with it.

    Every function in smallsteps that takes a person's own words runs this first. Show the
    notice instead of ordinary output when `crisis` is true. Negated statements ("I'm not going
    to hurt myself") still count: when in doubt, resources are shown.

    Args:
        text: The person's words, any length, any alphabet.
        country: An ISO 3166-1 code (`"GB"`) to put that country's lines first.
        rules: The rules; `default_safety_rules()` when `None`.
        resources: The crisis lines; `default_resources()` when `None`.

    Returns:
        The result; `notice` is set when `crisis` is true.

    Raises:
        ValidationError: If `text` is not text or `country` is not a two-letter code.

    Example:
        >>> check_safety("this traffic is killing me").crisis
        False
    """
    if not isinstance(text, str):
        raise ValidationError("text", f"expected text, got {type(text).__name__}")
    book = resources or default_resources()
    book.for_country(country)  # checks the code before anything else
    signals = (rules or default_safety_rules()).find(text)
    if not signals:
        return SafetyCheck(False)
    words = book.notice
    negated = all(s.negated for s in signals)
    notice = SafetyNotice(
        message=str(words["negated_message" if negated else "message"]),
        resources=book.for_country(country),
        emergency=book.emergency,
        options=tuple(words.get("options", ())),
        grounding=_grounding(words.get("grounding", ())),
        safety_plan=book.plan,
    )
    return SafetyCheck(True, signals, notice)
