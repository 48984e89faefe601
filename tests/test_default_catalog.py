"""The default catalog: size, coverage of every practice, and the content rules it keeps."""

from __future__ import annotations

import collections
import json
from types import ModuleType

import pytest

import smallsteps as ss

from .helpers import load_script

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
    """At least 250 activities, and every built-in category has at least ten."""
    assert len(catalog) >= 250
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


def test_better_days_have_room_in_every_category(catalog: ss.Catalog) -> None:
    """At least 45 activities at energies 3 and 4, and two or more in every category."""
    better = [a for a in catalog if a.energy >= 3]
    assert len(better) >= 45
    counts = collections.Counter(a.category for a in better)
    assert {c.id: counts[c.id] for c in ss.BUILTIN_CATEGORIES if counts[c.id] < 2} == {}


def test_every_life_area_has_fifteen(catalog: ss.Catalog) -> None:
    """A plan led by what a person values has something in each of the five life areas."""
    counts = collections.Counter(a.life_area for a in catalog)
    assert {area: counts[area] for area in ss.LifeArea if counts[area] < 15} == {}


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


@pytest.fixture(scope="module")
def report() -> ModuleType:
    return load_script("content_report")


def test_every_practice_of_the_source_articles_is_covered(report: ModuleType) -> None:
    """Each of the practices in scripts/practices.toml has something real behind it."""
    table = report.practices()
    exists = report.resolver(report.catalog())
    assert len(table) >= 118
    assert len({p["id"] for p in table}) == len(table)
    assert [p["id"] for p in table if not p["covered_by"] or p.get("loose")] == []
    assert [(p["id"], r) for p in table for r in p["covered_by"] if not exists(r)] == []


@pytest.mark.parametrize(
    "ref",
    [
        "activity:no-such-activity",
        "routine:bare-minimum/no-such-item",
        "task:no-such-task",
        "selftalk:affirmation:words nobody wrote",
        "words:tasks.toml:words nobody wrote",
        "tool-we-do-not-have",
    ],
)
def test_a_ref_to_nothing_is_caught(report: ModuleType, ref: str) -> None:
    """The resolver is not a yes-machine: a ref to something missing fails."""
    exists = report.resolver(report.catalog())
    assert not exists(ref)
    assert exists("activity:smell-the-street-after-rain")


def test_the_content_report_counts_the_catalog(report: ModuleType, catalog: ss.Catalog) -> None:
    """The report's totals are the catalog's, and a gap would show in it."""
    text = report.report()
    better = sum(1 for a in catalog if a.energy >= 3)
    assert f"{len(catalog)} activities; {better} at energies 3 and 4" in text
    assert "0 with nothing, 0 broken refs" in text
    careers = sum(1 for a in catalog if a.life_area is ss.LifeArea.EDUCATION_CAREER)
    assert f"education-career {careers}," in text
