"""Catalog plugins: the garden example package, really installed, and installed_catalog's errors."""

from __future__ import annotations

import importlib
import json
import os
import pathlib
import subprocess
import sys
import tomllib
from collections.abc import Callable, Iterator

import pytest

import smallsteps as ss

ROOT = pathlib.Path(__file__).resolve().parent.parent
GARDEN = ROOT / "examples" / "custom_catalog"
GARDEN_TOML = GARDEN / "src" / "smallsteps_garden" / "garden.toml"
VERBS = frozenset((pathlib.Path(__file__).parent / "data" / "verbs.txt").read_text("utf-8").split())
NO_NETWORK = (
    "No matching distribution found",
    "Could not find a version that satisfies",
    "Failed to establish a new connection",
    "Temporary failure in name resolution",
    "Network is unreachable",
    "Max retries exceeded",
    "ProxyError",
)
"""What pip says when it cannot reach a package index for the build backend."""


def garden() -> ss.Catalog:
    """The garden catalog, read straight from the example's data file."""
    data = tomllib.loads(GARDEN_TOML.read_text("utf-8"))
    return ss.parse_catalog(data, source="garden.toml")


class TestGardenData:
    def test_parses_with_builtin_categories(self) -> None:
        """The garden file loads: 4 to 6 activities, built-in categories, new ids."""
        catalog = garden()
        assert 4 <= len(catalog) <= 6
        builtin = {c.id for c in ss.BUILTIN_CATEGORIES}
        assert {a.category for a in catalog} <= builtin
        assert set(catalog.ids).isdisjoint(ss.default_catalog().ids)

    def test_every_text_is_kind(self) -> None:
        """Titles, notes and steps pass ss.lint_text; each step starts with a known verb."""
        problems = [
            f"{a.id}: {text!r}: {problem}"
            for a in garden()
            for text, step in [(a.title, False), (a.note, False)]
            + [(s.text, True) for s in a.steps]
            for problem in ss.lint_text(text, step=step)
        ]
        assert [] == problems
        assert [] == [s.text for a in garden() for s in a.steps if s.text.split()[0] not in VERBS]

    def test_steps_sized_for_their_energy(self) -> None:
        """Each activity has 1 to 6 steps, none longer than its energy's largest step."""
        for activity in garden():
            assert 1 <= len(activity.steps) <= 6
            assert all(s.seconds <= activity.energy.step_seconds for s in activity.steps)

    def test_package_function_reads_the_same_file(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """smallsteps_garden.catalog() returns the catalog in its garden.toml."""
        monkeypatch.syspath_prepend(str(GARDEN / "src"))
        monkeypatch.delitem(sys.modules, "smallsteps_garden", raising=False)
        try:
            package = importlib.import_module("smallsteps_garden")
            assert garden() == package.catalog()
        finally:
            sys.modules.pop("smallsteps_garden", None)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> pathlib.Path:
    """The garden package really installed by pip (built with hatchling) into a folder."""
    target = tmp_path_factory.mktemp("site")
    command = [sys.executable, "-m", "pip", "install", "--no-deps", "--quiet"]
    result = subprocess.run(
        [*command, "--target", str(target), str(GARDEN)],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        if any(marker in result.stderr for marker in NO_NETWORK):
            pytest.skip(f"pip cannot reach a package index to build the plugin: {result.stderr}")
        pytest.fail(f"pip could not install the example plugin:\n{result.stderr}")
    return target


INSPECT = """
import json
import smallsteps as ss

installed = ss.installed_catalog()
checkin = ss.CheckIn(energy=0, minutes=5, posture="lying", time_of_day="morning",
                     likes=["touch-the-soil"])
print(json.dumps({
    "installed": list(installed.ids),
    "default": list(ss.default_catalog().ids),
    "title": installed["touch-the-soil"].title,
    "top": ss.Recommender(installed).recommend(checkin).suggestions[0].activity.id,
}))
"""


def test_installed_plugin_is_merged(site: pathlib.Path) -> None:
    """With the package installed, installed_catalog() holds the defaults and the garden."""
    paths = [str(site), *filter(None, [os.environ.get("PYTHONPATH")])]
    result = subprocess.run(
        [sys.executable, "-c", INSPECT],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(paths)},
    )
    found = json.loads(result.stdout)
    default = ss.default_catalog()
    assert set(default.ids) | set(garden().ids) == set(found["installed"])
    assert list(default.ids) == found["default"]
    assert "Touch the soil of a plant" == found["title"]
    assert "touch-the-soil" == found["top"]


def test_installed_package_files(site: pathlib.Path) -> None:
    """The wheel carries the data file, the py.typed marker and the entry point."""
    package = site / "smallsteps_garden"
    assert (package / "garden.toml").read_text("utf-8") == GARDEN_TOML.read_text("utf-8")
    assert (package / "py.typed").exists()
    (info,) = site.glob("smallsteps_garden_catalog-0.1.0.dist-info")
    entry_points = (info / "entry_points.txt").read_text("utf-8")
    assert "[smallsteps.catalogs]" in entry_points
    assert "garden = smallsteps_garden:catalog" in entry_points


# -- installed_catalog without pip: fake distributions on sys.path ---------------------------

PLUGIN_CODE = """
import smallsteps as ss


def make(activity_id, title):
    step = ss.Step("Take one slow breath", 10)
    return ss.Activity(id=activity_id, title=title, category="rest", energy=0, steps=[step])


def catalog():
    return ss.Catalog([make("{module}-rest", "Rest a moment"), make("shared", "{module}")])


def other():
    return ss.Catalog([make("shared", "{module} other")])


CATALOG = catalog()


def broken():
    raise RuntimeError("the plugin fell over")


def not_a_catalog():
    return ["a list"]
"""

Install = Callable[[str, dict[str, str]], None]


@pytest.fixture
def install(tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Install]:
    """Write fake installed distributions (a module and its dist-info) on sys.path."""
    modules: list[str] = []

    def write(module: str, entry_points: dict[str, str]) -> None:
        (tmp_path / f"{module}.py").write_text(PLUGIN_CODE.replace("{module}", module), "utf-8")
        info = tmp_path / f"{module}-0.0.dist-info"
        info.mkdir()
        (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {module}\nVersion: 0.0\n")
        lines = [f"{name} = {target}" for name, target in entry_points.items()]
        (info / "entry_points.txt").write_text("\n".join(["[smallsteps.catalogs]", *lines, ""]))
        modules.append(module)

    monkeypatch.syspath_prepend(str(tmp_path))
    yield write
    for module in modules:
        sys.modules.pop(module, None)


class TestInstalledCatalog:
    def test_plugin_returning_a_catalog(self, install: Install) -> None:
        """A plugin function's catalog is merged into the default one."""
        install("fake", {"fake": "fake:catalog"})
        catalog = ss.installed_catalog()
        assert "fake-rest" in catalog
        assert set(ss.default_catalog().ids) < set(catalog.ids)
        assert len(ss.default_catalog()) + 2 == len(catalog)

    def test_plugin_naming_a_catalog(self, install: Install) -> None:
        """An entry point may name a Catalog itself rather than a function."""
        install("plain", {"plain": "plain:CATALOG"})
        assert ["plain-rest", "shared"] == list(ss.installed_catalog(base=ss.Catalog()).ids)

    def test_default_catalog_is_unchanged(self, install: Install) -> None:
        """default_catalog() never changes with what is installed."""
        before = ss.default_catalog()
        install("fake", {"fake": "fake:catalog"})
        ss.installed_catalog()
        assert before == ss.default_catalog()
        assert "fake-rest" not in ss.default_catalog()

    def test_plugin_that_raises(self, install: Install) -> None:
        """A plugin's own error becomes a CatalogError naming the entry point."""
        install("oops", {"oops": "oops:broken"})
        with pytest.raises(ss.CatalogError) as info:
            ss.installed_catalog()
        assert "entry point 'oops' (oops:broken)" == info.value.source
        assert ("could not load: RuntimeError: the plugin fell over",) == info.value.problems

    def test_plugin_that_cannot_be_imported(self, install: Install) -> None:
        """An entry point naming a missing module is a CatalogError naming it too."""
        install("lost", {"lost": "lost_and_gone:catalog"})
        with pytest.raises(ss.CatalogError, match="entry point 'lost'") as info:
            ss.installed_catalog()
        assert info.value.problems[0].startswith("could not load: ModuleNotFoundError")

    def test_plugin_returning_something_else(self, install: Install) -> None:
        """A plugin that gives something other than a catalog is a CatalogError."""
        install("odd", {"odd": "odd:not_a_catalog"})
        with pytest.raises(ss.CatalogError) as info:
            ss.installed_catalog()
        assert "entry point 'odd' (odd:not_a_catalog)" == info.value.source
        assert ("expected a Catalog, got list",) == info.value.problems

    def test_plugins_merge_in_name_order(self, install: Install) -> None:
        """Two plugins merge by entry point name, not package name: the later name wins."""
        install("aaa", {"zeta": "aaa:catalog"})
        install("zzz", {"alpha": "zzz:catalog"})
        catalog = ss.installed_catalog()
        assert {"aaa-rest", "zzz-rest"} <= set(catalog.ids)
        assert "aaa" == catalog["shared"].title
        merged = ss.installed_catalog(base=ss.Catalog())
        assert ["aaa-rest", "shared", "zzz-rest"] == list(merged.ids)

    def test_name_order_within_one_distribution(self, install: Install) -> None:
        """Two entry points in one file merge by name too, whatever order the file lists."""
        install("both", {"late": "both:catalog", "early": "both:other"})
        assert "both" == ss.installed_catalog(base=ss.Catalog())["shared"].title
