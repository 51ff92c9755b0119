"""The claims package's imports run one way: no two modules import each other, directly or round a loop.

The graph is read from the source with ``ast`` and counts every import, including those inside functions: a
deferred import hides a cycle from the interpreter, not from the reader who must know both modules to change one.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "claims"

# Edges left out of the cycle check, each with why it is harmless.
ALLOWED = {
    # The calculations package re-exports its parts, and two parts call ``current_rules`` through the package
    # at call time so that a test's replacement of ``claims.services.calculations.current_rules`` is the one
    # they use (documented in the package's docstring). Nothing is read from the package while it imports.
    ("claims.services.calculations.changes", "claims.services.calculations"),
    ("claims.services.calculations.computing", "claims.services.calculations"),
    # The same for the courts' calendar: its shipped swaps and closures come with the rule book, which it reads
    # through the calculations package at call time for the same reason.
    ("claims.services.court_calendar", "claims.services.calculations"),
}


def _modules(root: Path = ROOT, package: Path = PACKAGE) -> dict[str, Path]:
    modules = {}
    for path in package.rglob("*.py"):
        parts = list(path.relative_to(root).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        modules[".".join(parts)] = path
    return modules


def import_graph(root: Path = ROOT, package: Path = PACKAGE) -> dict[str, set[str]]:
    """{module: the package's modules it imports}. ``from a.b import c`` counts as importing ``a.b.c`` where that
    is a module, else ``a.b``; a parent package is not counted for its children (Python runs it, but a package's
    ``__init__`` importing its parts is not a cycle with them)."""
    modules = _modules(root, package)

    def known(name: str) -> str | None:
        while name and name not in modules:
            name = name.rpartition(".")[0]
        return name or None

    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        is_package = path.name == "__init__.py"
        targets: set[str | None] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.Import):
                targets.update(known(alias.name) for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    here = name if is_package else name.rpartition(".")[0]
                    for _ in range(node.level - 1):
                        here = here.rpartition(".")[0]
                    base = f"{here}.{base}" if base else here
                for alias in node.names:
                    full = f"{base}.{alias.name}"
                    targets.add(full if full in modules else known(base))
        graph[name] = {t for t in targets if t is not None and t != name}
    return graph


def cycles(graph: dict[str, set[str]], allowed=frozenset()) -> list[list[str]]:
    """One cycle per strongly connected group of modules, as a path that returns to its start."""
    edges = {a: {b for b in targets if (a, b) not in allowed} for a, targets in graph.items()}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[set[str]] = []

    def visit(start: str) -> None:
        # Tarjan's algorithm, iterative so a deep package cannot hit the recursion limit.
        work = [(start, iter(sorted(edges[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                group = set()
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.add(member)
                    if member == node:
                        break
                if len(group) > 1:
                    groups.append(group)

    for module in sorted(edges):
        if module not in index:
            visit(module)
    return [_loop(edges, group) for group in groups]


def _loop(edges: dict[str, set[str]], group: set[str]) -> list[str]:
    start = min(group)
    paths = {start: [start]}
    queue = [start]
    while queue:
        node = queue.pop(0)
        for child in sorted(edges[node] & group):
            if child == start:
                return paths[node] + [start]
            if child not in paths:
                paths[child] = paths[node] + [child]
                queue.append(child)
    raise AssertionError(f"no loop in {group}")  # pragma: no cover (a strongly connected group has one)


def test_no_two_modules_of_the_package_import_each_other():
    found = cycles(import_graph(), ALLOWED)
    assert not found, (
        "import cycles (break them, or allow-list an edge in tests/test_imports.py with why):\n"
        + ("\n".join(" -> ".join(loop) for loop in found))
    )


def test_the_allow_list_names_only_imports_that_exist():
    graph = import_graph()
    stale = [edge for edge in ALLOWED if edge[1] not in graph.get(edge[0], set())]
    assert not stale, f"allow-listed imports no longer made: {stale}"


def test_the_task_queue_imports_nothing_of_the_app():
    # claims/jobs.py is infrastructure: the services declare their tasks on it, never the other way round.
    assert import_graph()["claims.jobs"] == set()


def test_the_layers_import_downwards_only():
    graph = import_graph()
    wrong = sorted(
        f"{module} -> {target}"
        for module, targets in graph.items()
        for target in targets
        for lower, upper in (
            ("claims.models", "claims.services"),
            ("claims.models", "claims.web"),
            ("claims.services", "claims.web"),
            ("claims.services", "claims.cli"),
            ("claims.documents", "claims.services"),
            ("claims.documents", "claims.web"),
        )
        if _within(module, lower) and _within(target, upper)
    )
    assert not wrong, "imports against the layers (web -> services -> models):\n" + "\n".join(wrong)


def _within(module: str, package: str) -> bool:
    return module == package or module.startswith(package + ".")


def _write(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)


def test_a_cycle_through_a_deferred_import_is_found_and_listed(tmp_path):
    _write(
        tmp_path,
        {
            "claims/__init__.py": "",
            "claims/a.py": "from claims import b\n",
            "claims/b.py": "def f():\n    from claims.c import g\n",
            "claims/c.py": "import claims.a\n",
            "claims/d.py": "from claims import a\n",
        },
    )
    graph = import_graph(tmp_path, tmp_path / "claims")
    assert cycles(graph) == [["claims.a", "claims.b", "claims.c", "claims.a"]]
    assert cycles(graph, {("claims.c", "claims.a")}) == []


def test_relative_imports_and_packages_are_resolved(tmp_path):
    _write(
        tmp_path,
        {
            "claims/__init__.py": "",
            "claims/p/__init__.py": "from . import q\nfrom .q import thing\n",
            "claims/p/q.py": "from ..r import x\n",
            "claims/r.py": "from claims.p import q\n",
        },
    )
    graph = import_graph(tmp_path, tmp_path / "claims")
    assert graph == {
        "claims": set(),
        "claims.p": {"claims.p.q"},
        "claims.p.q": {"claims.r"},
        "claims.r": {"claims.p.q"},
    }
    assert cycles(graph) == [["claims.p.q", "claims.r", "claims.p.q"]]
