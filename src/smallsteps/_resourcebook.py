"""The book of crisis lines: a line, the book that holds lines by country, and reading it.

`Resource` and `ResourceBook` are the values; `default_resources()` reads the book that ships
(`smallsteps/data/resources.toml`) and `load_resources()` a host's own, each checked whole so a
notice cannot break later. A line's ways to reach it default to the shipped notice's words,
which is why the values and their loader share this module. The notice's words themselves are
in `_notice`, the safety plan in `_safetyplan`, and what a front end shows in `_resources`.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import re
from collections.abc import Mapping
from typing import Any, Final

import attrs

from ._errors import CatalogError, ValidationError, kind_of, texts_of, value_shown
from ._files import load_file, package_data
from ._locale import parse_locale
from ._notice import check_notice, notice_words, way
from ._safetyplan import SafetyPlan, SafetyPlanSection

__all__ = ["Resource", "ResourceBook", "country_of", "default_resources", "load_resources"]


_TEXT: Final = kind_of(str, "text")


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
    languages: tuple[str, ...] = attrs.field(
        default=(), validator=texts_of("a tuple of language codes")
    )
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
                way(words, "way_call", phone=self.phone) if self.phone else "",
                texting,
                way(words, "way_whatsapp", whatsapp=self.whatsapp) if self.whatsapp else "",
                way(words, "way_chat", chat=self.chat)
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
    notice = check_notice(data.get("notice", {}), base or {}, problems)
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


@functools.cache
def default_resources() -> ResourceBook:
    """Return the crisis lines that ship with smallsteps (`smallsteps/data/resources.toml`)."""
    return _parse_resources(package_data("resources.toml"), "smallsteps/data/resources.toml")


def load_resources(path: os.PathLike[str] | str) -> ResourceBook:
    """Load crisis lines from a file with the structure of `resources.toml`.

    Combine with the defaults, the file's countries replacing the same countries:
    `ss.default_resources() | ss.load_resources(p)`.

    Raises:
        CatalogError: If the file cannot be read or an entry is malformed.
    """
    return _parse_resources(load_file(path), os.fspath(path), default_resources().notice)
