"""The safety net: crisis-language checks, crisis lines as data, and a blank safety plan.

`check_safety` is a floor, tuned to find crisis language rather than to miss it. It does not
assess risk, and finding nothing never means "no risk": a standing pointer to help (`HELP`)
stays reachable on every path. It reads no clock, opens no socket and logs nothing.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import re
import unicodedata
from collections.abc import Iterable, Mapping
from typing import Any, Final

import attrs

from ._errors import CatalogError, ValidationError
from ._model import Activity

__all__ = [
    "Resource",
    "ResourceBook",
    "SafetyCheck",
    "SafetyNotice",
    "SafetyPlan",
    "SafetyPlanSection",
    "SafetyRules",
    "Signal",
    "check_safety",
    "default_resources",
    "default_safety_rules",
    "help_pointer",
    "load_resources",
    "load_safety_rules",
    "safety_plan",
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
class Resource:
    """A crisis line or other place to find help.

    Attributes:
        name: The service's name.
        country: The ISO 3166-1 code it serves; empty for the international fallback.
        phone: The number to call, if any.
        text: How to reach it by text message, if it can be.
        web: Its web address.
        note: One line on when and how.
        last_verified: When these details were last checked.
    """

    name: str
    country: str = ""
    phone: str = ""
    text: str = ""
    web: str = ""
    note: str = ""
    last_verified: dt.date | None = None


@attrs.frozen
class SafetyPlanSection:
    """One of the six sections of a Stanley-Brown safety plan.

    Attributes:
        title: The section's name.
        prompt: A question to help fill it in.
        entries: What the person wrote; empty in the blank template.
    """

    title: str
    prompt: str
    entries: tuple[str, ...] = ()


@attrs.frozen
class SafetyPlan:
    """A personal safety plan, to be filled in by the person, ideally with someone they trust.

    smallsteps only ever hands it out blank; it never fills it in.

    Attributes:
        sections: The six sections, in order.
    """

    sections: tuple[SafetyPlanSection, ...]

    def fill(self, index: int, entries: Iterable[str]) -> SafetyPlan:
        """Return a copy with one section's entries replaced (for a front end's editor).

        Args:
            index: The section, 0 to 5.
            entries: What the person wrote.

        Returns:
            A new plan; this one is unchanged.

        Raises:
            ValidationError: If `index` is not a section or an entry is not text.
        """
        if isinstance(index, bool) or not isinstance(index, int):
            raise ValidationError("index", f"expected a section number, got {type(index).__name__}")
        if not 0 <= index < len(self.sections):
            raise ValidationError("index", f"expected 0 to {len(self.sections) - 1}, got {index}")
        items = tuple(entries)
        if not all(isinstance(e, str) for e in items):
            raise ValidationError("entries", "expected text for every entry")
        sections = list(self.sections)
        sections[index] = attrs.evolve(sections[index], entries=items)
        return SafetyPlan(tuple(sections))


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
        return _respell(tuple(sorted(self.spelling.items())), " ".join(text.split()))

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


@functools.lru_cache(maxsize=8)
def _respeller(spelling: tuple[tuple[str, str], ...]) -> tuple[re.Pattern[str], dict[str, str]]:
    words = sorted((k for k, _ in spelling), key=lambda k: (-len(k), k))
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b")
    return pattern, dict(spelling)


def _respell(spelling: tuple[tuple[str, str], ...], text: str) -> str:
    """Replace misspellings and short forms, whole words and phrases, longest first."""
    if not spelling:
        return text
    pattern, table = _respeller(spelling)
    return pattern.sub(lambda m: table[m.group()], text)


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
        if not isinstance(table, Mapping) or "pattern" not in table:
            problems.append(f"idiom {ident}: expected a table with id and pattern")
            continue
        compiled = _compile(table["pattern"], f"idiom {ident}: pattern", problems)
        if compiled:
            idioms[ident] = compiled
    signals = {}
    for n, table in enumerate(data.get("signal", []), start=1):
        ident = str(table.get("id", f"#{n}")) if isinstance(table, Mapping) else f"#{n}"
        raw = table.get("patterns") if isinstance(table, Mapping) else None
        if not isinstance(raw, list) or not raw or not isinstance(table.get("kind"), str):
            problems.append(f"signal {ident}: expected a table with id, kind and patterns")
            continue
        compiled_all = [_compile(p, f"signal {ident}: patterns", problems) for p in raw]
        signals[ident] = (table["kind"], tuple(p for p in compiled_all if p))
    if problems:
        raise CatalogError(source, problems)
    return SafetyRules(dict(spelling), idioms, signals)


# -- resources -------------------------------------------------------------------------------


@attrs.frozen(repr=False)
class ResourceBook:
    """Crisis lines by country, the international fallback, and the notice's words.

    Attributes:
        lines: Crisis lines, in file order.
        fallback: The international fallback, always included.
        emergency: The reminder to call the local emergency number.
        notice: The notice's words: `message`, `negated_message`, `options`, `grounding`,
            `help`.
        plan: The blank safety plan.
    """

    lines: tuple[Resource, ...]
    fallback: Resource
    emergency: str
    notice: Mapping[str, Any]
    plan: SafetyPlan

    def for_country(self, country: str | None) -> tuple[Resource, ...]:
        """Return the lines for an ISO country code (any case), then the fallback."""
        code = _country(country)
        return (*(r for r in self.lines if r.country == code), self.fallback)

    def __or__(self, other: ResourceBook) -> ResourceBook:
        if not isinstance(other, ResourceBook):
            return NotImplemented
        replaced = {r.country for r in other.lines}
        return ResourceBook(
            (*(r for r in self.lines if r.country not in replaced), *other.lines),
            other.fallback,
            other.emergency or self.emergency,
            {**self.notice, **other.notice},
            other.plan if other.plan.sections else self.plan,
        )

    def __repr__(self) -> str:
        countries = sorted({r.country for r in self.lines})
        return f"<ResourceBook {len(self.lines)} lines for {', '.join(countries)}>"


def _country(country: str | None) -> str:
    if country is None:
        return ""
    if not isinstance(country, str) or not re.fullmatch(r"[A-Za-z]{2}", country):
        raise ValidationError("country", f"expected a two-letter ISO code, got {country!r:.20}")
    return country.upper()


def _parse_resources(data: Mapping[str, Any], source: str) -> ResourceBook:
    problems: list[str] = []
    fields = {a.name for a in attrs.fields(Resource)}

    def resource(table: object, where: str) -> Resource | None:
        if not isinstance(table, Mapping) or not isinstance(table.get("name"), str):
            problems.append(f"{where}: expected a table with a name")
            return None
        unknown = sorted(set(table) - fields)
        if unknown:
            problems.append(f"{where}: unknown fields {', '.join(unknown)}")
            return None
        return Resource(**{k: v.upper() if k == "country" else v for k, v in table.items()})

    lines = [resource(t, f"line #{n}") for n, t in enumerate(data.get("line", []), start=1)]
    fallback = resource(data.get("fallback"), "fallback")
    sections = [
        SafetyPlanSection(t["title"], t["prompt"])
        for t in data.get("plan_section", [])
        if isinstance(t, Mapping)
    ]
    if problems or fallback is None:
        raise CatalogError(source, problems or ["fallback: missing"])
    return ResourceBook(
        tuple(r for r in lines if r),
        fallback,
        str(data.get("emergency", {}).get("message", "")),
        dict(data.get("notice", {})),
        SafetyPlan(tuple(sections)),
    )


def _load(path: os.PathLike[str] | str) -> Mapping[str, Any]:
    from ._loader import _decode, _read_file

    source = os.fspath(path)
    return _decode(_read_file(source, source), source, source)


def _package_data(name: str) -> Mapping[str, Any]:
    import tomllib
    from importlib import resources

    return tomllib.loads((resources.files("smallsteps") / "data" / name).read_text("utf-8"))


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


@functools.cache
def default_resources() -> ResourceBook:
    """Return the crisis lines that ship with smallsteps (`smallsteps/data/resources.toml`)."""
    return _parse_resources(_package_data("resources.toml"), "smallsteps/data/resources.toml")


def load_resources(path: os.PathLike[str] | str) -> ResourceBook:
    """Load crisis lines from a file with the structure of `resources.toml`.

    Combine with the defaults, the file's countries replacing the same countries:
    `ss.default_resources() | ss.load_resources(p)`.

    Raises:
        CatalogError: If the file cannot be read or an entry is malformed.
    """
    return _parse_resources(_load(path), os.fspath(path))


# -- the check -------------------------------------------------------------------------------


def safety_plan(resources: ResourceBook | None = None) -> SafetyPlan:
    """Return the blank six-section safety plan (Stanley-Brown), to fill in with someone.

    Example:
        >>> plan = safety_plan()
        >>> plan.sections[0].title, len(plan.sections)
        ('Warning signs', 6)
    """
    return (resources or default_resources()).plan


def help_pointer(resources: ResourceBook | None = None) -> str:
    """Return the standing, low-key "help is here" line a front end may show on any screen."""
    return str((resources or default_resources()).notice.get("help", ""))


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
