"""Compiling the default catalog's TOML files to the JSON `default_catalog()` reads.

A build-time job (`scripts/compile_catalog.py`, and a test that says when it is due), kept
apart from the loader so that the loader never imports the converter.
"""

from __future__ import annotations

from ._catalog import BUILTIN_CATEGORIES, Catalog
from ._files import decode
from ._loader import _data_file, parse_catalog
from ._model import Activity, Category

__all__ = ["compile_default_catalog"]


def compile_default_catalog() -> str:
    """Check the default catalog's TOML files and return them compiled to JSON (see `COMPILED`).

    Returns:
        The JSON text of the catalog, in the catalog file format.
    """
    import json

    from ._convert import to_dict

    folder = _data_file("catalog")
    activities: list[Activity] = []
    categories: list[Category] = []
    for item in sorted(folder.iterdir(), key=lambda t: t.name):
        if item.name.endswith(".toml"):
            source = f"smallsteps/data/catalog/{item.name}"
            part = parse_catalog(decode(item.read_text("utf-8"), item.name, source), source=source)
            activities.extend(part)
            categories.extend(c for c in part.categories.values() if c not in BUILTIN_CATEGORIES)
    catalog = Catalog(activities, categories, source="smallsteps/data/catalog")
    return json.dumps(to_dict(catalog), ensure_ascii=False, indent=1, sort_keys=True) + "\n"
