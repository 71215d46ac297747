"""``desktop_app.ui`` has no import cycle: a page or dialog never imports the window that opens it
(the window hands it what it needs), and shared helpers live in leaf modules (``ui/common.py``).
Function-level imports count too: they are cycles all the same, only deferred."""

from __future__ import annotations

import grimp


def _cycles(graph: grimp.ImportGraph, prefix: str) -> list[list[str]]:
    """Strongly connected components of more than one module among ``prefix``'s modules."""
    mods = sorted(m for m in graph.modules if m == prefix or m.startswith(prefix + "."))
    edges = {
        m: sorted(i for i in graph.find_modules_directly_imported_by(m) if i in mods and i != m)
        for m in mods
    }
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    out: list[list[str]] = []

    def visit(v: str) -> None:  # Tarjan's algorithm
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in edges[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    for m in mods:
        if m not in index:
            visit(m)
    return out


def test_ui_has_no_import_cycle() -> None:
    graph = grimp.build_graph("desktop_app")
    assert _cycles(graph, "desktop_app.ui") == []


def test_the_cycle_check_finds_a_cycle() -> None:
    graph = grimp.ImportGraph()
    for m in ("pkg", "pkg.a", "pkg.b", "pkg.c"):
        graph.add_module(m)
    graph.add_import(importer="pkg.a", imported="pkg.b")
    graph.add_import(importer="pkg.b", imported="pkg.a")
    graph.add_import(importer="pkg.c", imported="pkg.a")
    assert _cycles(graph, "pkg") == [["pkg.a", "pkg.b"]]
