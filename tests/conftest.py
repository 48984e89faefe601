"""Shared test setup: Hypothesis profiles and public fixtures."""

from __future__ import annotations

import os

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
