"""Locales: language tags, their fallback chains, and translations as data overlays.

English is the source of truth. A locale is a folder `data/locales/<tag>/` of TOML overlays
named after the English documents they translate (`notice.toml` for the safety notice's
words), keyed by the same ids and holding only the translatable text. Each entry records a
short hash of the English it was written from:

```toml
[message]
text = "Parece que ahora todo pesa mucho..."
source = "3f0c9a1e"
```

A changed English sentence makes its translations *stale*: a stale entry is not used (the
English shows until a translator looks again), so a translation never says something the
English no longer says. The chain for "es-MX" is "es-MX", then "es", then English. The
pseudo-locale `en-XA` rewrites English with accented, lengthened letters, so text that skips
this machinery stands out at once in a test.
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Mapping, Sequence
from importlib import resources
from typing import Final

import attrs

from ._errors import ValidationError, value_shown

__all__ = ["Locale", "available_locales", "parse_locale"]

Text = str | tuple[str, ...]
"""A translatable value: a sentence, or a list of them (kept in order)."""

PSEUDO: Final = "en-XA"
"""The pseudo-locale: English with every letter accented and every sentence lengthened."""

_TAG: Final = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8}){0,4}")
_PLACEHOLDER: Final = re.compile(r"\{[a-z_]+\}")


@attrs.frozen
class Locale:
    """A parsed language tag.

    Attributes:
        language: The language subtag, lower case ("es").
        region: The two-letter region, upper case ("MX"), or `None` ("es", "es-419").
        tag: The tag as smallsteps writes it: language, then region ("es-MX").
    """

    language: str
    region: str | None
    tag: str

    @property
    def chain(self) -> tuple[str, ...]:
        """The tags to look in, most specific first, ending in English."""
        tags = [self.tag, self.language, "en"]
        return tuple(dict.fromkeys(t for t in tags if t))


class Localized(str):
    """A text in a locale that remembers the English it stands for and the locale's tag.

    A step of a catalog or a routine in a locale is one, so what is decided from its words
    (whether a time box fits, "Wipe the sink for 2 minutes") is decided from the English, the
    same in every language, and what is added to it is said in the text's own language.
    """

    __slots__ = ("english", "tag")
    english: str
    tag: str

    def __new__(cls, text: str, english: str, tag: str) -> Localized:
        made = super().__new__(cls, text)
        made.english = str(english)
        made.tag = tag
        return made

    def __reduce__(self) -> tuple[type[Localized], tuple[str, str, str]]:
        return (Localized, (str(self), self.english, self.tag))


def english_of(text: str) -> str:
    """The English a text stands for: its own words unless it is `Localized`."""
    return text.english if isinstance(text, Localized) else text


@functools.lru_cache(maxsize=256)
def _parsed(tag: str) -> Locale:
    parts = re.split(r"[-_]", tag)
    regions = [p.upper() for p in parts[1:] if re.fullmatch(r"[A-Za-z]{2}", p)]
    language = parts[0].lower()
    region = regions[0] if regions else None
    return Locale(language, region, f"{language}-{region}" if region else language)


def parse_locale(tag: str) -> Locale:
    """Parse a language tag ("es-MX", "en_GB", "zh-Hant-TW"); the region is its two letters.

    Example:
        >>> parse_locale("pt_br")
        Locale(language='pt', region='BR', tag='pt-BR')
        >>> parse_locale("es-419").chain
        ('es', 'en')

    Raises:
        ValidationError: If `tag` is not a language tag.
    """
    if not isinstance(tag, str) or not _TAG.fullmatch(tag):
        raise ValidationError(
            "locale", f"expected a language tag such as 'es-MX', got {value_shown(tag)}"
        )
    return _parsed(tag)


def available_locales() -> tuple[str, ...]:
    """The locales that ship: English, the pseudo-locale `en-XA`, and each overlay folder.

    Example:
        >>> available_locales()[:2]
        ('en', 'en-XA')
    """
    return ("en", PSEUDO, *_shipped())


@functools.cache
def _shipped() -> tuple[str, ...]:
    folder = resources.files("smallsteps") / "data" / "locales"
    return tuple(sorted(p.name for p in folder.iterdir() if p.is_dir() and _TAG.fullmatch(p.name)))


@functools.lru_cache(maxsize=4096)
def source_hash(english: Text) -> str:
    """The short hash of an English text that its translations record (8 hex digits)."""
    joined = english if isinstance(english, str) else "\n".join(english)
    return hashlib.blake2b(joined.encode("utf-8"), digest_size=4).hexdigest()


@functools.lru_cache(maxsize=4096)
def _placeholders(text: Text) -> tuple[str, ...]:
    joined = text if isinstance(text, str) else "\n".join(text)
    return tuple(sorted(_PLACEHOLDER.findall(joined)))


def placeholders(text: Text) -> list[str]:
    """The `{name}` placeholders of a text, sorted (a translation keeps the same ones)."""
    return list(_placeholders(text))


@functools.cache
def overlay(tag: str, document: str) -> Mapping[str, tuple[Text, str]]:
    """One locale's overlay of one document: id -> (text, source hash); empty if none ships."""
    import tomllib

    path = resources.files("smallsteps") / "data" / "locales" / tag / f"{document}.toml"
    if not path.is_file():
        return {}
    data = tomllib.loads(path.read_text("utf-8"))
    out: dict[str, tuple[Text, str]] = {}
    for key, entry in data.items():
        text = entry.get("text") if isinstance(entry, Mapping) else None
        source = entry.get("source") if isinstance(entry, Mapping) else None
        if isinstance(text, list):
            text = tuple(str(t) for t in text)
        if isinstance(text, str | tuple) and isinstance(source, str):
            out[key] = (text, source)
    return out


def fits(english: Text, text: Text, source: str) -> bool:
    """Whether a translation may stand for this English: written from it, same placeholders."""
    if source != source_hash(english) or placeholders(english) != placeholders(text):
        return False
    if isinstance(english, str):
        return isinstance(text, str)
    return isinstance(text, tuple) and len(text) == len(english)


def translated(document: str, english: Mapping[str, Text], locale: str | None) -> dict[str, Text]:
    """The document's words in a locale: for each id, the first fitting overlay in the chain.

    Ids with no fitting translation keep their English; an unknown locale is all English.

    Raises:
        ValidationError: If `locale` is not a language tag.
    """
    if locale is None:
        return dict(english)
    parse_locale(locale)  # checked before anything is kept
    return dict(_translated(document, tuple(english.items()), locale))


@functools.lru_cache(maxsize=256)
def _translated(
    document: str, english: tuple[tuple[str, Text], ...], locale: str
) -> tuple[tuple[str, Text], ...]:
    parsed = parse_locale(locale)
    if parsed.tag == PSEUDO:
        return tuple((k, pseudo(v)) for k, v in english)
    chain = parsed.chain[:-1]
    words = []
    for key, source_text in english:
        text = source_text
        for tag in chain:
            found = overlay(tag, document).get(key)
            if found is not None and fits(source_text, *found):
                text = found[0]
                break
        words.append((key, text))
    return tuple(words)


_ACCENTS: Final = str.maketrans("aeiouyAEIOUYcnsz", "áéîöûýÅÉÎÖÛÝçñšž")


def pseudo(text: Text) -> Text:
    """English made visibly foreign: accented letters, a third longer, in ⟦brackets⟧.

    Placeholders, addresses and numbers stay as they are, so the text still works.

    Example:
        >>> pseudo("call {phone} now")
        '⟦çáll {phone} ñöw ~~~~~⟧'
    """
    if not isinstance(text, str):
        return tuple(str(pseudo(t)) for t in text)
    words = [
        w if ("{" in w or "." in w[:-1] or "/" in w) else w.translate(_ACCENTS)
        for w in text.split(" ")
    ]
    padding = "~" * max(1, len(text) // 3)
    return f"⟦{' '.join(words)} {padding}⟧"


def missing_and_stale(
    document: str, english: Mapping[str, Text], tag: str
) -> tuple[list[str], list[str]]:
    """For translators: the ids a locale's overlay lacks, and those that no longer fit."""
    found = overlay(tag, document)
    missing = sorted(k for k in english if k not in found)
    stale = sorted(k for k, v in found.items() if k not in english or not fits(english[k], *v))
    return missing, stale


def entries(document: str, english: Mapping[str, Text], translations: Mapping[str, Text]) -> str:
    """An overlay file's text for `translations`, each entry with the hash of its English.

    What a translator's tool writes (`scripts/translation_status.py --write`).
    """
    out = []
    for key in english:
        if key not in translations:
            continue
        text = translations[key]
        out.append(f"[{toml_key(key)}]")
        if isinstance(text, str):
            out.append(f"text = {quoted(text)}")
        else:
            out.append("text = [")
            out.extend(f"  {quoted(t)}," for t in text)
            out.append("]")
        out.append(f'source = "{source_hash(english[key])}"\n')
    return "\n".join(out)


def toml_key(key: str) -> str:
    """A TOML key: bare when it can be ("message"), else quoted ("a-few-nuts.title")."""
    return key if re.fullmatch(r"[A-Za-z0-9_-]+", key) else quoted(key)


def quoted(text: str) -> str:
    """A TOML basic string."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def as_texts(values: Mapping[str, object], keys: Sequence[str]) -> dict[str, Text]:
    """The translatable values among `values`: sentences, and lists of them as tuples."""
    out: dict[str, Text] = {}
    for key in keys:
        value = values.get(key)
        if isinstance(value, str):
            out[key] = value
        elif isinstance(value, list | tuple) and all(isinstance(v, str) for v in value):
            out[key] = tuple(value)
    return out
