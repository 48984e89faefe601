"""The docs cannot rot: examples, Markdown code blocks and docstring examples all run."""

from __future__ import annotations

import doctest
import importlib
import pathlib
import pkgutil
import re
import runpy
import sys

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
