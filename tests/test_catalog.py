"""The Catalog value and the catalog loader, including malformed files."""

from __future__ import annotations

import json
import pathlib
import shutil

import pytest
from hypothesis import given

import smallsteps as ss

from . import strategies as st

HERE = pathlib.Path(__file__).parent / "catalogs"
BAD_FILES = sorted(HERE.glob("bad_*"))


def _expected(path: pathlib.Path) -> list[str]:
    return [
        line.removeprefix("# expect: ")
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.startswith("# expect: ")
    ]


class TestLoadCatalog:
    def test_toml_and_json_load_the_same(self) -> None:
        """A TOML file and a JSON file with the same structure give equal catalogs."""
        toml = ss.load_catalog(HERE / "good.toml")
        assert toml == ss.load_catalog(str(HERE / "good.json"))
        assert ("favourite-song", "hum-along") == toml.ids
        assert "Music" == toml.categories["music"].title

    @pytest.mark.parametrize("path", BAD_FILES, ids=[p.name for p in BAD_FILES])
    def test_malformed_file(self, path: pathlib.Path) -> None:
        """Each malformed file raises CatalogError naming the file and every expected problem."""
        with pytest.raises(ss.CatalogError) as info:
            ss.load_catalog(path)
        message = str(info.value)
        assert str(path) in message
        for expected in _expected(path) or ["not valid JSON"]:
            assert expected in message
        assert isinstance(info.value, ss.ValidationError)
        assert isinstance(info.value, ValueError)

    def test_every_problem_is_listed(self) -> None:
        """The problems attribute holds one line a problem, in file order."""
        with pytest.raises(ss.CatalogError) as info:
            ss.load_catalog(HERE / "bad_many.toml")
        assert 6 == len(info.value.problems)
        assert info.value.problems[0].startswith("activity 'a': energy")

    def test_missing_file(self, tmp_path: pathlib.Path) -> None:
        """A file that is not there gives a CatalogError, not an OSError."""
        with pytest.raises(ss.CatalogError, match="cannot read the file"):
            ss.load_catalog(tmp_path / "nope.toml")

    def test_not_utf8(self, tmp_path: pathlib.Path) -> None:
        """A file that is not UTF-8 text gives a CatalogError."""
        path = tmp_path / "latin.toml"
        path.write_bytes(b'[[activity]]\nid = "caf\xe9"\n')
        with pytest.raises(ss.CatalogError, match="cannot read the file"):
            ss.load_catalog(path)

    def test_top_level_not_a_table(self) -> None:
        """Data that is not a table at the top is rejected clearly."""
        with pytest.raises(ss.CatalogError, match="expected a table at the top"):
            ss.parse_catalog([1, 2])  # type: ignore[arg-type]

    def test_activity_list_not_tables(self) -> None:
        """An activity entry that is not a table is reported by position."""
        with pytest.raises(ss.CatalogError, match=r"activity #1: expected a table"):
            ss.parse_catalog({"activity": ["sip"]})

    def test_extends_the_default_catalog(self, tmp_path: pathlib.Path) -> None:
        """A user file merges into the default catalog, its activities replacing same ids."""
        default = ss.default_catalog()
        first = default.ids[0]
        path = tmp_path / "mine.toml"
        shutil.copy(HERE / "good.toml", path)
        with path.open("a", encoding="utf-8") as handle:
            handle.write(
                f'\n[[activity]]\nid = "{first}"\ntitle = "My version"\ncategory = "music"\n'
                'energy = 0\nsteps = [{ text = "Hum one note", seconds = 5 }]\n'
            )
        merged = default | ss.load_catalog(path)
        assert len(default) + 2 == len(merged)
        assert "My version" == merged[first].title
        assert "music" in merged.categories
        assert default[first].title != "My version"


class TestCatalog:
    def test_mapping_behaviour(self, catalog: ss.Catalog) -> None:
        """len, iteration in id order, indexing and membership all agree."""
        ids = [a.id for a in catalog]
        assert ids == sorted(ids)
        assert len(ids) == len(catalog)
        assert all(catalog[i].id == i and i in catalog for i in ids)
        assert "no-such-thing" not in catalog
        assert catalog.get("no-such-thing") is None

    def test_unknown_id(self, catalog: ss.Catalog) -> None:
        """An unknown id raises an error that is a ValidationError and a KeyError."""
        some = catalog.ids[0]
        with pytest.raises(ss.UnknownActivityError) as info:
            catalog[some + "x"]
        assert isinstance(info.value, KeyError)
        assert isinstance(info.value, ss.ValidationError)
        assert f"did you mean {some!r}" in str(info.value)

    def test_repr_is_short(self, catalog: ss.Catalog) -> None:
        """A catalog's repr is one line with the count, never a dump."""
        assert f"<Catalog {len(catalog)} activities>" == repr(catalog)

    def test_constructor_rejects_duplicates_and_unknown_categories(self) -> None:
        """Building a catalog from values checks ids and categories too."""
        step = ss.Step("Take one sip", 5)
        a = ss.Activity(id="a", title="A", category="home", energy=0, steps=[step])
        b = ss.Activity(id="b", title="B", category="drinks", energy=0, steps=[step])
        with pytest.raises(ss.CatalogError) as info:
            ss.Catalog([a, a, b])
        assert 2 == len(info.value.problems)

    def test_merge_rejects_other_types(self, catalog: ss.Catalog) -> None:
        """Merging with something that is not a catalog is a clear error."""
        with pytest.raises(ss.CatalogError, match="expected a Catalog"):
            catalog.merge([])  # type: ignore[arg-type]
        with pytest.raises(TypeError):
            catalog | []  # type: ignore[operator]

    @given(left=st.catalogs, right=st.catalogs)
    def test_merge_keeps_every_id(self, left: ss.Catalog, right: ss.Catalog) -> None:
        """A merge holds every id of both sides, and the right side wins on the same id."""
        merged = left | right
        assert set(left.ids) | set(right.ids) == set(merged.ids)
        assert all(merged[a.id] == a for a in right)
        assert all(merged[a.id] == a for a in left if a.id not in right)

    @given(catalog=st.catalogs)
    def test_to_dict_round_trip(self, catalog: ss.Catalog) -> None:
        """A catalog survives the converter and JSON unchanged."""
        assert catalog == ss.from_dict(ss.to_dict(catalog), ss.Catalog)
        assert catalog == ss.parse_catalog(json.loads(ss.to_json(catalog)))


class TestDefaultCatalog:
    def test_cached(self) -> None:
        """The default catalog loads once; later calls return the same object."""
        assert ss.default_catalog() is ss.default_catalog()


def test_loading_leaves_the_garbage_collector_as_it_was(tmp_path: pathlib.Path) -> None:
    """`load_catalog` pauses the collector while it builds, and puts it back as it was."""
    import gc

    path = tmp_path / "mine.toml"
    path.write_text(
        '[[activity]]\nid = "a"\ntitle = "A"\ncategory = "rest"\nenergy = 0\n'
        'steps = [{ text = "Sit", seconds = 10 }]\n',
        "utf-8",
    )
    assert gc.isenabled()
    assert ["a"] == list(ss.load_catalog(path).ids)
    assert gc.isenabled()
    gc.disable()
    try:
        ss.load_catalog(path)
        assert not gc.isenabled()
    finally:
        gc.enable()
