"""Crisis lines, the safety notice's words and the blank safety plan, as data."""

from __future__ import annotations

import datetime as dt
import functools
import os
import re
from collections.abc import Iterable, Mapping
from typing import Any, Final

import attrs

from ._errors import CatalogError, ValidationError, kind_of, listed, must_be, value_shown
from ._locale import Text, as_texts, parse_locale, translated

__all__ = [
    "Resource",
    "ResourceBook",
    "SafetyPlan",
    "SafetyPlanSection",
    "country_of",
    "default_resources",
    "help_pointer",
    "load_resources",
    "notice_words",
    "safety_plan",
]


_TEXT: Final = kind_of(str, "text")


def _texts(values: object) -> None:
    must_be("entries", values, tuple, "a tuple of texts")
    for value in values:  # type: ignore[attr-defined]
        must_be("entries", value, str, "a tuple of texts")


def _languages(values: object) -> None:
    must_be("languages", values, tuple, "a tuple of language codes")
    for value in values:  # type: ignore[attr-defined]
        must_be("languages", value, str, "a tuple of language codes")


@attrs.frozen
class Resource:
    """A crisis line or other place to find help.

    Attributes:
        name: The service's name, in its own language.
        country: The ISO 3166-1 code it serves; empty for the international fallback.
        phone: The number to call as dialled in the country, if any.
        text: How to reach it by text message, if it can be.
        web: Its web address.
        note: One line on when and how.
        last_verified: When these details were last checked against `source`.
        name_en: The service's name in English, when its own name is not English.
        e164: The number in international (E.164) form, when it has one; short codes
            such as 988 or 116 123 have none.
        chat: The address of its web chat, if it has one.
        whatsapp: Its WhatsApp number, if it has one.
        hours: When it answers, as the service says it ("24/7").
        languages: The languages it answers in (ISO 639-1 codes).
        audience: Who it is for: "everyone", "young people", "men", "LGBTQ+" ...
        pair: An id shared by lines shown together or not at all (an adult and a youth
            line, two languages of one country).
        source: Where the details were checked: the service's own site or an official page.
    """

    name: str = attrs.field(validator=_TEXT)
    country: str = attrs.field(default="", validator=_TEXT)
    phone: str = attrs.field(default="", validator=_TEXT)
    text: str = attrs.field(default="", validator=_TEXT)
    web: str = attrs.field(default="", validator=_TEXT)
    note: str = attrs.field(default="", validator=_TEXT)
    last_verified: dt.date | None = attrs.field(
        default=None, validator=kind_of(dt.date | None, "a date or None")
    )
    name_en: str = attrs.field(default="", validator=_TEXT)
    e164: str = attrs.field(default="", validator=_TEXT)
    chat: str = attrs.field(default="", validator=_TEXT)
    whatsapp: str = attrs.field(default="", validator=_TEXT)
    hours: str = attrs.field(default="", validator=_TEXT)
    languages: tuple[str, ...] = attrs.field(default=(), validator=lambda _, a, v: _languages(v))
    audience: str = attrs.field(default="", validator=_TEXT)
    pair: str = attrs.field(default="", validator=_TEXT)
    source: str = attrs.field(default="", validator=_TEXT)

    @property
    def ways(self) -> str:
        """The ways to reach it, as one phrase: "call 988, text 988, https://988lifeline.org"."""
        return self.ways_in(default_resources().notice)

    def ways_in(self, words: Mapping[str, object]) -> str:
        """The ways to reach it in a notice's words (`way_call`, `way_whatsapp`, `way_chat`)."""
        texting = self.text[:1].lower() + self.text[1:]
        return ", ".join(
            w
            for w in (
                _way(words, "way_call", phone=self.phone) if self.phone else "",
                texting,
                _way(words, "way_whatsapp", whatsapp=self.whatsapp) if self.whatsapp else "",
                _way(words, "way_chat", chat=self.chat)
                if self.chat and self.chat != self.web
                else "",
                self.web,
            )
            if w
        )

    @property
    def takes_messages(self) -> bool:
        """Whether a person can reach it by writing: a text line, WhatsApp or a web chat."""
        return bool(self.text or self.whatsapp or self.chat)

    def __str__(self) -> str:
        return f"{self.name}: {self.ways}"


def _way(words: Mapping[str, object], key: str, **value: str) -> str:
    """One way to reach a line, in the notice's words ("call {phone}")."""
    template = words.get(key)
    return template.format(**value) if isinstance(template, str) else " ".join(value.values())


@attrs.frozen
class SafetyPlanSection:
    """One of the six sections of a Stanley-Brown safety plan.

    Attributes:
        title: The section's name.
        prompt: A question to help fill it in.
        entries: What the person wrote; empty in the blank template.
    """

    title: str = attrs.field(validator=_TEXT)
    prompt: str = attrs.field(validator=_TEXT)
    entries: tuple[str, ...] = attrs.field(default=(), validator=lambda _, a, v: _texts(v))


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
            raise ValidationError(
                "index", f"expected 0 to {len(self.sections) - 1}, got {value_shown(index)}"
            )
        items = tuple(listed("entries", entries, "texts"))
        if not all(isinstance(e, str) for e in items):
            raise ValidationError("entries", "expected text for every entry")
        sections = list(self.sections)
        sections[index] = attrs.evolve(sections[index], entries=items)
        return SafetyPlan(tuple(sections))


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
    emergency_numbers: Mapping[str, str] = attrs.field(factory=dict)
    emergency_with_number: str = ""

    def for_country(self, country: str | None) -> tuple[Resource, ...]:
        """Return the lines for an ISO country code (any case), then the fallback."""
        code = _country(country)
        return (*(r for r in self.lines if r.country == code), self.fallback)

    def emergency_for(self, country: str | None, locale: str | None = None) -> str:
        """The reminder to call the emergency number, with the country's number when known.

        With a `locale`, in its language when a translation ships.

        Example:
            >>> book = default_resources()
            >>> book.emergency_for("DE")
            'If you are in immediate danger, call 112 now.'
            >>> book.emergency_for(None) == book.emergency
            True
        """
        number = self.emergency_numbers.get(_country(country))
        words = notice_words(self, locale)
        with_number = words.get("emergency_number")
        if number and isinstance(with_number, str):
            return with_number.format(number=number)
        return str(words.get("emergency", self.emergency))

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
            {**self.emergency_numbers, **other.emergency_numbers},
            other.emergency_with_number or self.emergency_with_number,
        )

    def __repr__(self) -> str:
        countries = sorted({r.country for r in self.lines})
        return f"<ResourceBook {len(self.lines)} lines for {', '.join(countries)}>"


def country_of(country: str | None, locale: str | None) -> str | None:
    """The country to show lines for: `country` when given, else the region of `locale`.

    A locale is a language tag such as "es-MX", "en_GB" or "zh-Hant-TW"; its region is the
    two-letter subtag. A tag without one ("fr", "es-419") gives no country, and the notice
    shows the international fallback.

    Example:
        >>> country_of(None, "pt-BR"), country_of("GB", "en-US"), country_of(None, "fr")
        ('BR', 'GB', None)

    Raises:
        ValidationError: If `locale` is not a language tag, or `country` not a code.
    """
    if country is not None:
        country = _country(country)  # checked, and upper case
    if locale is None:
        return country
    region = parse_locale(locale).region  # checked
    return country if country is not None else region


def _country(country: str | None) -> str:
    if country is None:
        return ""
    if not isinstance(country, str) or not re.fullmatch(r"[A-Za-z]{2}", country):
        raise ValidationError(
            "country", f"expected a two-letter ISO code, got {value_shown(country)}"
        )
    return country.upper()


NOTICE_TEXTS: Final = (
    "message",
    "negated_message",
    "supporter_message",
    "help",
    "help_local",
    "way_call",
    "way_whatsapp",
    "way_chat",
)
"""The notice's sentences in `[notice]`: `message` is needed, the others fall back to it."""

NOTICE_LISTS: Final = ("options", "options_no_text", "supporter_options", "grounding")
"""The notice's lists of sentences (or of activity ids, for `grounding`) in `[notice]`."""


def notice_words(book: ResourceBook, locale: str | None = None) -> dict[str, Text]:
    """The notice's words in a locale: the `notice` document, falling back to the book's.

    Ids: the sentences and lists of `[notice]` (but `grounding`), `emergency` and
    `emergency_number`, and `plan_<n>_title` / `plan_<n>_prompt` for the safety plan. A
    translation stands only where it was written from the book's own English (its `source`
    hash), so a host's own words are never replaced by a translation of others.

    Example:
        >>> notice_words(default_resources(), "es-MX")["way_call"]
        'llama al {phone}'

    Raises:
        ValidationError: If `locale` is not a language tag.
    """
    english = as_texts(book.notice, [k for k in (*NOTICE_TEXTS, *NOTICE_LISTS) if k != "grounding"])
    english["emergency"] = book.emergency
    if book.emergency_with_number:
        english["emergency_number"] = book.emergency_with_number
    for n, section in enumerate(book.plan.sections, start=1):
        english[f"plan_{n}_title"] = section.title
        english[f"plan_{n}_prompt"] = section.prompt
    return translated("notice", english, locale)


def _parse_resources(
    data: Mapping[str, Any], source: str, base: Mapping[str, Any] | None = None
) -> ResourceBook:
    """A resource book from a file's data, checked whole, so the notice cannot break later.

    Words the file's `[notice]` leaves out come from `base` (the shipped words), so a host's
    file with lines alone still gets a whole notice.
    """
    if not isinstance(data, Mapping):
        raise CatalogError(source, [f"expected a table, got {type(data).__name__}"])
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
        wrong = [k for k, v in table.items() if not _of_its_kind(k, v)]
        if wrong:
            names = ", ".join(wrong)
            problems.append(
                f"{where}: expected text (a date for last_verified, a list of language codes "
                f"for languages, +digits for e164) in {names}"
            )
            return None
        given: dict[str, Any] = {
            k: v.upper() if k == "country" else tuple(v) if k == "languages" else v
            for k, v in table.items()
        }
        return Resource(**given)

    found = data.get("line", [])
    if not isinstance(found, list):
        problems.append(f"line: expected a list of tables, got {type(found).__name__}")
        found = []
    lines = [resource(t, f"line #{n}") for n, t in enumerate(found, start=1)]
    fallback = resource(data.get("fallback"), "fallback")
    notice = _notice_words(data.get("notice", {}), base or {}, problems)
    emergency = data.get("emergency", {})
    if not isinstance(emergency, Mapping) or not all(
        isinstance(emergency.get(k, ""), str) for k in ("message", "message_number")
    ):
        problems.append("emergency: expected a table with a message")
        emergency = {}
    numbers = emergency.get("numbers", {})
    if not isinstance(numbers, Mapping) or not all(
        isinstance(k, str)
        and re.fullmatch(r"[A-Za-z]{2}", k)
        and isinstance(v, str)
        and re.fullmatch(r"\d{2,5}", v)
        for k, v in numbers.items()
    ):
        problems.append("emergency.numbers: expected two-letter codes, each with 2 to 5 digits")
        numbers = {}
    with_number = str(emergency.get("message_number", ""))
    if with_number and "{number}" not in with_number:
        problems.append("emergency.message_number: expected {number} in the sentence")
        with_number = ""
    sections = []
    tables = data.get("plan_section", [])
    for n, t in enumerate(tables if isinstance(tables, list) else [None], start=1):
        if not isinstance(t, Mapping) or not all(
            isinstance(t.get(k), str) for k in ("title", "prompt")
        ):
            problems.append(f"plan_section #{n}: expected a table with a title and a prompt")
            continue
        sections.append(SafetyPlanSection(t["title"], t["prompt"]))
    if problems or fallback is None:
        raise CatalogError(source, problems or ["fallback: missing"])
    return ResourceBook(
        tuple(r for r in lines if r),
        fallback,
        str(emergency.get("message", "")),
        notice,
        SafetyPlan(tuple(sections)),
        {k.upper(): v for k, v in numbers.items()},
        with_number,
    )


def _of_its_kind(field: str, value: object) -> bool:
    """Whether a line's field in a file holds what that field takes."""
    if field == "last_verified":
        return isinstance(value, dt.date)
    if field == "languages":
        return isinstance(value, list) and all(isinstance(v, str) for v in value)
    if field == "e164":
        return isinstance(value, str) and re.fullmatch(r"\+[1-9]\d{6,14}", value) is not None
    return isinstance(value, str)


def _notice_words(table: object, base: Mapping[str, Any], problems: list[str]) -> dict[str, Any]:
    """The `[notice]` table checked: sentences are text, lists are lists of text."""
    if not isinstance(table, Mapping):
        problems.append(f"notice: expected a table, got {type(table).__name__}")
        return dict(base)
    words = dict(base)
    for key, value in table.items():
        if key in NOTICE_TEXTS and not (isinstance(value, str) and value.strip()):
            problems.append(f"notice.{key}: expected a sentence")
        elif key in NOTICE_LISTS and not (
            isinstance(value, list) and all(isinstance(v, str) for v in value)
        ):
            problems.append(f"notice.{key}: expected a list of text")
        else:
            words[key] = value
    if not isinstance(words.get("message"), str):
        problems.append("notice.message: missing (the words every crisis notice shows)")
    return words


def _load(path: os.PathLike[str] | str) -> Mapping[str, Any]:
    from ._files import decode, file_path, read_file

    source = file_path(path)
    return decode(read_file(source, source), source, source)


def _package_data(name: str) -> Mapping[str, Any]:
    import tomllib
    from importlib import resources

    return tomllib.loads((resources.files("smallsteps") / "data" / name).read_text("utf-8"))


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
    return _parse_resources(_load(path), os.fspath(path), default_resources().notice)


def safety_plan(resources: ResourceBook | None = None, *, locale: str | None = None) -> SafetyPlan:
    """Return the blank six-section safety plan (Stanley-Brown), to fill in with someone.

    Args:
        resources: The book whose plan to give; `default_resources()` when `None`.
        locale: A language tag: the titles and questions in its language where a
            translation ships (`available_locales()`), else in English.

    Example:
        >>> plan = safety_plan()
        >>> plan.sections[0].title, len(plan.sections)
        ('Warning signs', 6)
        >>> safety_plan(locale="es-MX").sections[0].title
        'Señales de alerta'

    Raises:
        ValidationError: If `resources` is not a ResourceBook or `locale` not a tag.
    """
    if resources is not None and not isinstance(resources, ResourceBook):
        raise ValidationError(
            "resources", f"expected a ResourceBook, got {type(resources).__name__}"
        )
    book = resources or default_resources()
    if locale is None:
        return book.plan
    words = notice_words(book, locale)
    return SafetyPlan(
        tuple(
            SafetyPlanSection(str(words[f"plan_{n}_title"]), str(words[f"plan_{n}_prompt"]))
            for n in range(1, len(book.plan.sections) + 1)
        )
    )


def help_pointer(
    resources: ResourceBook | None = None,
    country: str | None = None,
    *,
    locale: str | None = None,
) -> str:
    """Return the standing, low-key "help is here" line a front end may show on any screen.

    With a country (or a locale's region) whose lines the book knows, the line names the
    first of them: a number close to hand on every screen, beside the international fallback.
    With a locale, the words are in its language where a translation ships.

    Example:
        >>> help_pointer()
        'If things feel like too much, help is here any time: findahelpline.com'
        >>> help_pointer(country="AU").split(": ", 1)[1]
        'Lifeline, call 13 11 14, or findahelpline.com'
    """
    if resources is not None and not isinstance(resources, ResourceBook):
        raise ValidationError(
            "resources", f"expected a ResourceBook, got {type(resources).__name__}"
        )
    book = resources or default_resources()
    code = country_of(country, locale)
    words = notice_words(book, locale)
    general = str(words.get("help", ""))
    local = str(words.get("help_local", ""))
    lines = [r for r in book.for_country(code) if r.country] if code else []
    if not lines or "{line}" not in local:
        return general
    first = lines[0]
    way = _way(words, "way_call", phone=first.phone) if first.phone else first.ways_in(words)
    if first.hours and first.hours != "24/7":
        way = f"{way} ({first.hours})"
    return local.format(line=f"{first.name}, {way}")
