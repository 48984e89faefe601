"""A tiny smallsteps catalog plugin: a few small garden and plant activities.

Installed, it offers its catalog through the `smallsteps.catalogs` entry point group (see
`pyproject.toml`), and `smallsteps.installed_catalog()` merges it with the default catalog.
"""

from __future__ import annotations

import tomllib
from importlib import resources

import smallsteps as ss

__all__ = ["catalog"]


def catalog() -> ss.Catalog:
    """Return the garden catalog, read from the `garden.toml` inside this package.

    Returns:
        The catalog, checked by the same loader as smallsteps' own.

    Raises:
        smallsteps.CatalogError: If the file has a problem (it is tested not to).
    """
    text = resources.files(__name__).joinpath("garden.toml").read_text(encoding="utf-8")
    return ss.parse_catalog(tomllib.loads(text), source="smallsteps_garden/garden.toml")
