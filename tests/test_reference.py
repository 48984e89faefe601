"""The reference page documents every public name, each with a docstring, and nothing private.

The public names are read from `__all__` at test time, so a name added to `smallsteps` or
`smallsteps.testing` fails here until it has a `::: ` line in docs/reference.md.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import itertools
import pathlib
import re

import pytest

import smallsteps
import smallsteps.testing
import smallsteps.text

ROOT = pathlib.Path(__file__).resolve().parent.parent
REFERENCE = ROOT / "docs" / "reference.md"
PUBLIC = sorted(
    [f"smallsteps.{name}" for name in smallsteps.__all__ if name != "__version__"]
    + [f"smallsteps.testing.{name}" for name in smallsteps.testing.__all__]
    + [f"smallsteps.text.{name}" for name in smallsteps.text.__all__]
)
# The one private path the page may render: the module of the default rules, limited to them.
RULES_MODULE = "smallsteps._rules"


def directives() -> list[str]:
    """The object paths of the `::: path` lines of reference.md, in page order."""
    text = REFERENCE.read_text(encoding="utf-8")
    return re.findall(r"^:::[ \t]*(\S+)[ \t]*$", text, re.MULTILINE)


def rules_members() -> list[str]:
    """The `members:` listed under `::: smallsteps._rules` in reference.md."""
    text = REFERENCE.read_text(encoding="utf-8")
    block = re.search(
        rf"^::: {re.escape(RULES_MODULE)}\n(?:[ \t]+.*\n)*?[ \t]+members:\n((?:[ \t]+- .*\n)+)",
        text,
        re.MULTILINE,
    )
    assert block is not None, f"no members list under ::: {RULES_MODULE}"
    return [line.strip().removeprefix("- ").strip() for line in block[1].splitlines()]


def defining_module(module_name: str, name: str) -> str:
    """Follow `from .x import name` lines (at any depth) to the module that assigns `name`."""
    module = importlib.import_module(module_name)
    tree = ast.parse(pathlib.Path(str(module.__file__)).read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        # The package and its modules import siblings as `from .x import ...`, some of them
        # under `if TYPE_CHECKING:` when the package imports its names lazily.
        if (
            isinstance(node, ast.ImportFrom)
            and node.level == 1
            and any(alias.name == name and alias.asname is None for alias in node.names)
        ):
            return defining_module(f"smallsteps.{node.module}", name)
    return module_name


def assigns(node: ast.stmt, name: str) -> bool:
    """Whether a statement assigns `name` at module level (`NAME = ...` or `NAME: T = ...`)."""
    if isinstance(node, ast.Assign):
        return any(isinstance(t, ast.Name) and t.id == name for t in node.targets)
    return (
        isinstance(node, ast.AnnAssign)
        and isinstance(node.target, ast.Name)
        and (node.target.id == name)
    )


def attribute_docstring(module_name: str, name: str) -> str:
    """The string right after the module-level assignment of `name`, as mkdocstrings reads it."""
    module = importlib.import_module(defining_module(module_name, name))
    tree = ast.parse(pathlib.Path(str(module.__file__)).read_text(encoding="utf-8"))
    for node, after in itertools.pairwise(tree.body):
        if (
            assigns(node, name)
            and isinstance(after, ast.Expr)
            and isinstance(after.value, ast.Constant)
            and isinstance(after.value.value, str)
        ):
            return after.value.value
    return ""


def docstring(path: str) -> str:
    """The docstring the reference shows for a public name: its own, never an inherited one."""
    module_name, _, name = path.rpartition(".")
    obj = getattr(importlib.import_module(module_name), name)
    if inspect.isclass(obj):
        return str(vars(obj).get("__doc__") or "")
    if inspect.isroutine(obj):
        return obj.__doc__ or ""
    return attribute_docstring(module_name, name)


class TestReference:
    def test_reads_the_page(self) -> None:
        """The page parser finds the entries, so the other tests check something real."""
        found = directives()
        assert "smallsteps.recommend" in found
        assert len(found) > len(smallsteps.__all__) // 2

    def test_every_public_name_has_an_entry(self) -> None:
        """Each name in `smallsteps.__all__` and `smallsteps.testing.__all__` has a `:::` line."""
        found = set(directives())
        assert [] == [path for path in PUBLIC if path not in found]

    def test_no_entry_for_a_private_name(self) -> None:
        """Every `:::` line names a public name (or the default rules' module), once."""
        found = directives()
        allowed = {*PUBLIC, RULES_MODULE}
        assert [] == [path for path in found if path not in allowed]
        assert [] == sorted({path for path in found if found.count(path) > 1})

    def test_the_default_rules_are_listed(self) -> None:
        """The rules rendered from the private module are exactly the default rules."""
        expected = sorted(smallsteps.rule_name(rule) for rule in smallsteps.DEFAULT_RULES)
        assert expected == sorted(rules_members())
        homes = {RULES_MODULE, "smallsteps._learning"}  # the rules that learn both ways live there
        assert all(rule.__module__ in homes for rule in smallsteps.DEFAULT_RULES)
        assert [] == [r.__name__ for r in smallsteps.DEFAULT_RULES if not (r.__doc__ or "").strip()]

    @pytest.mark.parametrize("path", PUBLIC)
    def test_public_name_has_a_docstring(self, path: str) -> None:
        """Each public name carries a docstring of its own for the reference to show."""
        assert docstring(path).strip(), f"{path} has no docstring"


class TestDocstringLookup:
    def test_constant_docstring_is_found_in_its_module(self) -> None:
        """A constant's docstring is the string after its assignment, found via the imports."""
        assert "smallsteps._loader" == defining_module("smallsteps", "PLUGIN_GROUP")
        assert "entry point group" in docstring("smallsteps.PLUGIN_GROUP")

    def test_inherited_docstrings_do_not_count(self) -> None:
        """A constant without a docstring attribute gets none, not its type's docstring."""
        assert "" == attribute_docstring("smallsteps", "__all__")
