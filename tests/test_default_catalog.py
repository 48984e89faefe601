"""The default catalog: size, coverage of every practice, and the content rules it keeps."""

from __future__ import annotations

import collections
import json

import smallsteps as ss

PRACTICES = frozenset(
    {
        "behavioral-activation", "graded-tasks", "micro-steps", "glimmers", "life-values",
        "mastery-pleasure", "bare-minimum-routine", "micro-movement", "connection", "reframing",
        "identity", "sleep-and-rest", "pmr", "nourishment", "icy-path",
    }
)  # fmt: skip
TAGS = frozenset(
    {
        "wind-down", "energizing", "sleep", "pmr", "breathing", "stretch", "neutral-sensation",
        "savoring", "habit-stack", "bare-minimum", "hygiene", "water", "food", "journaling",
        "proof-list", "looking-ahead", "music", "nature", "tidying", "reaching-out",
        "screen-free", "light",
    }
)  # fmt: skip


def test_size_and_categories(catalog: ss.Catalog) -> None:
    """At least 150 activities, and every built-in category has at least ten."""
    assert len(catalog) >= 150
    counts = collections.Counter(a.category for a in catalog)
    assert {c.id for c in ss.BUILTIN_CATEGORIES} == set(counts)
    assert min(counts.values()) >= 10


def test_enough_for_running_on_empty_lying_down(catalog: ss.Catalog) -> None:
    """At least 20 activities fit energy 0 and can start lying down."""
    fits = [a for a in catalog if a.energy == 0 and ss.Posture.LYING in a.postures]
    assert len(fits) >= 20


def test_every_energy_level_is_used(catalog: ss.Catalog) -> None:
    """The catalog grades from energy 0 to 4, so better days have something fuller."""
    counts = collections.Counter(int(a.energy) for a in catalog)
    assert all(counts[level] >= 5 for level in range(5))


def test_steps_sized_for_their_energy(catalog: ss.Catalog) -> None:
    """Each activity has 1 to 6 steps, each within its energy's largest step."""
    problems = [
        f"{a.id}: {s.text!r} is {s.seconds} s at energy {int(a.energy)}"
        for a in catalog
        for s in a.steps
        if s.seconds > a.energy.step_seconds
    ]
    assert [] == problems
    assert all(1 <= len(a.steps) <= 6 for a in catalog)


def test_metadata_from_the_vocabulary(catalog: ss.Catalog) -> None:
    """Every activity names a known practice and life area, and uses known tags."""
    assert {a.id: a.source for a in catalog if a.source not in PRACTICES} == {}
    assert [a.id for a in catalog if a.life_area is None] == []
    assert {a.id: a.tags for a in catalog if not set(a.tags) <= TAGS} == {}


def test_every_practice_is_covered(catalog: ss.Catalog) -> None:
    """Each practice in CONTENT.md's table has activities behind it."""
    sources = collections.Counter(a.source for a in catalog)
    assert PRACTICES <= set(sources)
    tags = collections.Counter(t for a in catalog for t in a.tags)
    for tag in ["neutral-sensation", "pmr", "wind-down", "proof-list", "looking-ahead"]:
        assert tags[tag] >= 1, tag
    areas = {a.life_area for a in catalog}
    assert set(ss.LifeArea) == areas


def test_movement_for_every_posture(catalog: ss.Catalog) -> None:
    """Micro-movement can start lying, sitting or standing, with several of each."""
    movement = catalog.in_category("movement")
    for posture in ss.Posture:
        assert len([a for a in movement if posture in a.postures]) >= 6, posture


def test_connection_starts_small(catalog: ss.Catalog) -> None:
    """Connection offers something at energy 0, and calls and visits only from energy 2."""
    connection = catalog.in_category("connection")
    assert any(a.energy == 0 for a in connection)
    assert all(a.energy >= 2 for a in connection if a.needs_person)


def test_outdoors_and_night_are_consistent(catalog: ss.Catalog) -> None:
    """Outdoor activities are marked as such; nothing energizing is listed for the night."""
    assert all(a.outdoors for a in catalog.in_category("outdoors"))
    energizing = [a.id for a in catalog if "energizing" in a.tags and "night" in a.times]
    assert [] == energizing


def test_the_compiled_catalog_matches_its_toml_files() -> None:
    """`default_catalog()` reads the compiled JSON; it must say what the TOML files say."""
    from smallsteps import _compile, _loader

    compiled = (_loader._data_file(_loader.COMPILED)).read_text("utf-8")
    assert _compile.compile_default_catalog() == compiled, (
        "The catalog's TOML files changed: run `python scripts/compile_catalog.py`."
    )
    assert ss.parse_catalog(json.loads(compiled)) == ss.default_catalog()
