"""Shared test setup: Hypothesis profiles and public fixtures."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

import smallsteps as ss

settings.register_profile(
    "ci",
    max_examples=60,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("dev", max_examples=40, deadline=None)
settings.register_profile("thorough", max_examples=1000, deadline=None)
settings.register_profile("fuzz", max_examples=3000, deadline=None)  # tests/test_fuzz.py
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))


@pytest.fixture(scope="session")
def catalog() -> ss.Catalog:
    """The default catalog."""
    return ss.default_catalog()


@pytest.fixture(scope="session")
def recommender(catalog: ss.Catalog) -> ss.Recommender:
    """A recommender over the default catalog with the default rules."""
    return ss.Recommender(catalog)


@pytest.fixture
def translator(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[tuple[str, str], Any]]:
    """Overlays a test ships as a translator would: `{(tag, document): {id: (text, hash)}}`.

    Every cache of a locale's words is emptied before and after, so nothing a test ships
    outlives it.
    """
    from smallsteps import _cliwords, _locale, _routines, _routinewords, _say, _strings

    shipped: dict[tuple[str, str], Any] = {}
    real = _locale.overlay

    def overlay(tag: str, document: str) -> Any:
        return shipped.get((tag, document)) or real(tag, document)

    caches = (
        _locale._translated, _say._said_again, _strings.document_in, _strings.words_in,
        _cliwords.words_in, _routinewords.words_in, _routines._defaults_in,
    )  # fmt: skip
    for cache in caches:
        cache.cache_clear()
    monkeypatch.setattr(_locale, "overlay", overlay)
    yield shipped
    for cache in caches:
        cache.cache_clear()
