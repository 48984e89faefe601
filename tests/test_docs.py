"""The docs cannot rot: examples, Markdown code blocks and docstring examples all run."""

from __future__ import annotations

import datetime as dt
import doctest
import importlib
import pathlib
import pkgutil
import re
import runpy
import sqlite3
import sys
import types

import pytest

import smallsteps

ROOT = pathlib.Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*.py"))
PAGES = sorted([ROOT / "README.md", *(ROOT / "docs").rglob("*.md")])
MODULES = sorted(
    ["smallsteps"] + [f"smallsteps.{m.name}" for m in pkgutil.iter_modules(smallsteps.__path__)]
)
FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.name for p in EXAMPLES])
def test_example_runs(
    path: pathlib.Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each example runs as a script, with no arguments, and prints something."""
    monkeypatch.setattr(sys, "argv", [str(path)])
    runpy.run_path(str(path), run_name="__main__")
    assert capsys.readouterr().out.strip()


@pytest.mark.parametrize("path", PAGES, ids=[str(p.relative_to(ROOT)) for p in PAGES])
def test_markdown_examples(path: pathlib.Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every `>>>` example in the README and the docs gives the output shown."""
    monkeypatch.chdir(ROOT)
    blocks = re.findall(r"^```pycon\n(.*?)^```", path.read_text("utf-8"), re.M | re.S)
    text = "\n".join(blocks)
    parser = doctest.DocTestParser()
    test = parser.get_doctest(text, {}, path.name, str(path), 0)
    runner = doctest.DocTestRunner(optionflags=FLAGS)
    runner.run(test)
    assert 0 == runner.failures


PYTHON_BLOCKS = [
    (page, n, block)
    for page in PAGES
    for n, block in enumerate(
        re.findall(r"^```python\n(.*?)^```", page.read_text("utf-8"), re.M | re.S)
    )
]


class _Postgres:
    """Enough of `psycopg.connect` for the how-to's sketch, over SQLite in memory."""

    def __init__(self, *_: object, **__: object) -> None:
        self.db = sqlite3.connect(":memory:")
        self.db.execute("CREATE TABLE journal (user_id, id, at, data, PRIMARY KEY (user_id, id))")

    def execute(self, sql: str, params: tuple[object, ...] = ()) -> sqlite3.Cursor:
        plain = [p.isoformat() if isinstance(p, dt.datetime) else p for p in params]
        return self.db.execute(sql.replace("%s", "?"), plain)


@pytest.mark.parametrize(
    ("page", "number", "block"),
    PYTHON_BLOCKS,
    ids=[f"{p.relative_to(ROOT)}#{n}" for p, n, _ in PYTHON_BLOCKS],
)
def test_python_blocks_run(
    page: pathlib.Path,
    number: int,
    block: str,
    tmp_path: pathlib.Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Every `python` block in the docs runs as written, in a fresh folder and home.

    The names a page sets up in its prose (`now`, `checkin`, `text`, a journal) are given;
    a how-to's sketch for Postgres gets a stand-in for `psycopg` over SQLite, and a block that
    defines a journal class then uses it.
    """
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HOME", str(tmp_path))
    (tmp_path / "my_lines.toml").write_text(
        (ROOT / "docs" / "examples" / "my_resources.toml").read_text("utf-8"), "utf-8"
    )
    monkeypatch.setitem(sys.modules, "psycopg", types.SimpleNamespace(connect=_Postgres))
    now = dt.datetime(2026, 12, 5, 9, 0)
    names: dict[str, object] = {
        "__name__": "docs_block",
        "ss": smallsteps,
        "datetime": dt,
        "text": "i am so tired of everything",
        "now": now,
        "checkin": smallsteps.CheckIn(energy=1, minutes=5, posture="lying", time_of_day="morning"),
        "recommender": smallsteps.Recommender(),
        "journal": smallsteps.MemoryJournal(),
    }
    exec(compile(block, f"{page.name} python block {number}", "exec"), names)
    made = [
        v for v in names.values() if isinstance(v, type) and issubclass(v, smallsteps.JournalBase)
    ]
    for cls in made:
        if cls is not smallsteps.JournalBase:
            mine = cls("postgresql://", "someone")  # type: ignore[call-arg]
            mine.add(smallsteps.Entry("warm-drink-in-a-mug", now, note="a calm walk"))
            assert 1 == len(mine.entries())
            mine.delete_all()
            assert [] == mine.entries()


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    """Every `>>>` example in a docstring gives the output shown."""
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=FLAGS)
    assert 0 == result.failed


def test_the_tutorial_has_examples() -> None:
    """The tutorial is made of executed examples, not prose alone."""
    text = (ROOT / "docs" / "tutorial.md").read_text(encoding="utf-8")
    assert text.count(">>> ") >= 10


@pytest.mark.parametrize(
    ("page", "example"),
    [
        ("docs/how-to/add-task-templates.md", "docs/examples/my_tasks.toml"),
        ("docs/how-to/add-crisis-lines.md", "docs/examples/my_resources.toml"),
        ("docs/how-to/extend-the-catalog.md", "docs/examples/my_activities.toml"),
    ],
)
def test_a_page_shows_its_example_file_as_it_is(page: str, example: str) -> None:
    """Each how-to shows its example file inline, byte for byte.

    An include line showed raw on the repository's page.
    """
    shown = re.findall(r"^```toml\n(.*?)^```", (ROOT / page).read_text("utf-8"), re.M | re.S)
    assert (ROOT / example).read_text("utf-8") in shown
