"""Reading a data file: a regular file of bounded size, TOML or JSON, each failure named.

The catalog, task, routine and resources loaders all read through here, and the loaders of
package data read their shipped files with `package_data`.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Mapping
from typing import Any, Final

from ._errors import CatalogError, ValidationError, value_shown

__all__ = ["MAX_FILE_BYTES", "decode", "file_path", "load_file", "package_data", "read_file"]

MAX_FILE_BYTES: Final = 256 * 1024 * 1024
"""The largest data file read, in bytes: a catalog of 100,000 activities is about 55 MB."""


def file_path(path: object) -> str:
    """A file path as text, or a `ValidationError` naming `path`.

    A path must be text or path-like, with no NUL character and no lone surrogate (neither
    can name a file), so that what the system says about it is the library's own error,
    never a raw `TypeError`, `ValueError` or `UnicodeEncodeError`.
    """
    if not isinstance(path, str | os.PathLike):
        raise ValidationError("path", f"expected a file path, got {value_shown(path)}")
    try:
        text = os.fspath(path)
        if not isinstance(text, str) or "\0" in text:
            raise ValueError(text)
        text.encode("utf-8")
    except (TypeError, ValueError):  # bytes, a NUL, a lone surrogate
        raise ValidationError("path", "expected a path a file can be named by") from None
    return text


def read_file(path: str, source: str) -> str:
    """A data file's text: a regular file, at most `MAX_FILE_BYTES`.

    A FIFO or a device such as /dev/zero would block, or never end.
    """
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            raise CatalogError(source, ["cannot read the file: not a regular file"])
        with open(path, "rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
        if len(data) > MAX_FILE_BYTES:
            raise CatalogError(source, [f"larger than {MAX_FILE_BYTES:,} bytes"])
        return data.decode("utf-8")
    except (OSError, UnicodeDecodeError) as error:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else "unreadable"
        raise CatalogError(source, [f"cannot read the file: {reason}"]) from None


def decode(text: str, name: str, source: str) -> Mapping[str, Any]:
    """Parse catalog text: JSON when the name ends in `.json`, TOML otherwise."""
    import json
    import tomllib

    try:
        if name.endswith(".json"):
            return json.loads(text)  # type: ignore[no-any-return]
        return tomllib.loads(text)
    except RecursionError:
        raise CatalogError(source, ["nested too deeply to read"]) from None
    except tomllib.TOMLDecodeError as error:
        raise CatalogError(source, [f"not valid TOML: {error}"]) from None
    except json.JSONDecodeError as error:
        where = f"(at line {error.lineno}, column {error.colno})"
        raise CatalogError(source, [f"not valid JSON: {error.msg} {where}"]) from None
    except ValueError:  # a number of more digits than Python reads (4,300)
        raise CatalogError(source, ["a number in it is too long to read"]) from None


def load_file(path: os.PathLike[str] | str) -> Mapping[str, Any]:
    """A host's data file read and parsed (TOML, or JSON by its name), each failure named."""
    source = file_path(path)
    return decode(read_file(source, source), source, source)


def package_data(name: str) -> Mapping[str, Any]:
    """A TOML file that ships in `smallsteps/data/`, parsed."""
    import tomllib
    from importlib import resources

    return tomllib.loads((resources.files("smallsteps") / "data" / name).read_text("utf-8"))
