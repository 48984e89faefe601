"""What the command line reads from its options and its environment.

Where the journal lives, the country, the locale and the time: nothing else in smallsteps
reads them.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Final

import smallsteps as ss

__all__ = [
    "country_of",
    "default_journal_path",
    "given_locale",
    "journal_path",
    "locale_of",
    "now",
]

_SETTINGS: Final = ("LC_ALL", "LC_MESSAGES", "LANG")
"""The locale settings, the first one set wins (as for any program)."""


def default_journal_path() -> Path:
    """Return where the journal lives when `--journal` is not given.

    `$SMALLSTEPS_JOURNAL` when it is set; else `journal.db` in a `smallsteps` folder in the
    per-user data folder: `$XDG_DATA_HOME` (default `~/.local/share`) on Linux,
    `~/Library/Application Support` on macOS, `%APPDATA%` on Windows.

    Returns:
        The path; the file and its folder may not exist yet.
    """
    chosen = os.environ.get("SMALLSTEPS_JOURNAL")
    if chosen:
        return Path(chosen).expanduser()
    home = Path.home()
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or home / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = home / "Library" / "Application Support"
    else:
        xdg = os.environ.get("XDG_DATA_HOME", "")
        base = Path(xdg) if os.path.isabs(xdg) else home / ".local" / "share"
    return base / "smallsteps" / "journal.db"


def journal_path(args: argparse.Namespace) -> Path:
    """`--journal`, else the default journal."""
    return Path(args.journal).expanduser() if args.journal else default_journal_path()


def country_of(args: argparse.Namespace) -> str | None:
    """`--country`, else the territory of the locale settings (`en_GB.UTF-8` is GB)."""
    if args.country:
        return str(args.country)
    for name in _SETTINGS:
        value = os.environ.get(name)
        if value:
            found = re.match(r"[A-Za-z]{2,3}_([A-Za-z]{2})\b", value)
            return found.group(1).upper() if found else None
    return None


def locale_of(args: argparse.Namespace) -> str | None:
    """`--locale`, else the language and territory of the locale settings (`es_MX.UTF-8`).

    It chooses the language of everything the command line says (English where a sentence
    is not translated) and of the safety notice, and lets the safety net read that language
    too.
    """
    if getattr(args, "locale", None):
        return str(args.locale)
    return _from_settings()


def _from_settings() -> str | None:
    for name in _SETTINGS:
        value = os.environ.get(name)
        if value:
            found = re.match(r"([A-Za-z]{2,3})(?:_([A-Za-z]{2}))?(?:[.@]|$)", value)
            if found is None or found.group(1).upper() in ("C", "POSIX"):
                return None
            return "-".join(p for p in found.groups() if p)
    return None


def given_locale(argv: Sequence[str]) -> str | None:
    """The locale before the arguments are parsed, for the words of the help and the errors.

    The last well-formed `--locale TAG` (or `--locale=TAG`, or a prefix argparse takes,
    `--loc`) before a `--`; else the locale settings. Parsing then says what is wrong with a
    malformed one, in these words.
    """
    found: str | None = None
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        name, equals, value = arg.partition("=")
        if len(name) < 4 or not "--locale".startswith(name):
            continue
        value = value if equals else argv[i + 1] if i + 1 < len(argv) else ""
        try:
            found = ss.parse_locale(value).tag
        except ss.ValidationError:
            continue
    return found if found is not None else _from_settings()


def now() -> dt.datetime:
    """The one clock reading: local time, with its time zone."""
    return dt.datetime.now().astimezone()
