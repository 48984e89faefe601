"""The shape of the code: no import circles, lazy imports included."""

from __future__ import annotations

import ast
import pathlib

SOURCE = pathlib.Path(__file__).resolve().parent.parent / "src" / "smallsteps"


def import_graph(root: pathlib.Path) -> dict[str, set[str]]:
    """Each module's imports of its siblings, those inside functions too, by AST.

    Imports under `if TYPE_CHECKING:` are left out: they never run.
    """
    graph: dict[str, set[str]] = {}
    for path in sorted([*root.glob("*.py"), *root.glob("text/*.py")]):
        inside = path.parent.name == "text"
        name = ("text." if inside else "") + path.stem
        tree = ast.parse(path.read_text("utf-8"))
        typing_only = {
            id(n)
            for node in ast.walk(tree)
            if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)
            for n in ast.walk(node)
        }
        found: set[str] = set()
        for node in ast.walk(tree):
            if id(node) in typing_only or not isinstance(node, ast.ImportFrom) or node.level < 1:
                continue
            prefix = "text." if inside and node.level == 1 else ""
            names = [node.module] if node.module else [a.name for a in node.names]
            found.update(prefix + n for n in names if prefix + n != name)
        graph[name] = found
    return graph


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every circle a depth-first walk meets."""
    found: list[list[str]] = []
    state: dict[str, int] = {}

    def visit(node: str, path: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(graph.get(node, ())):
            if nxt not in graph:
                continue
            if state.get(nxt) == 1 and nxt in path:
                found.append([*path[path.index(nxt) :], nxt])
            elif nxt not in state:
                visit(nxt, [*path, nxt])
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node, [node])
    return found


def test_the_graph_is_read() -> None:
    """The walk sees real imports (a guard for the test below)."""
    graph = import_graph(SOURCE)
    assert "_loader" in graph["_recommend"]
    assert "_loader" in graph["_convert"]  # lazily, inside a function
    assert "text._normalise" in graph["text._scorer"]


def test_no_import_circles() -> None:
    """The loader never imports the converter (the circle issue 18 found), nor any other."""
    assert [] == circles(import_graph(SOURCE))
