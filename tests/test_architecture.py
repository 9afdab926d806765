"""The house rules, read from the code's own imports (ast): imports run one way, no cycle, no private
name crosses a module, no optional import of the project's own code, no module grows past the size a
reader takes in at once. `python -m pytest tests/test_architecture.py -v` shows what breaks a rule."""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("newsfold", "flows", "schemas")
MAX_LINES = 420  # "about 400"; word-list and table modules are exempt
TABLE_MODULES = ("lexicon", "formats")


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def project_modules() -> dict[str, Path]:
    return {module_name(p): p for package in PACKAGES for p in (ROOT / package).rglob("*.py")}


def project_imports(tree: ast.AST, modules: dict[str, Path]) -> list[tuple[str, list[str], ast.AST]]:
    """(imported module, names taken from it, the import node) for imports of the project's modules."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                full = f"{node.module}.{alias.name}"
                if full in modules:  # "from package import module"
                    found.append((full, [], node))
                elif node.module in modules:
                    found.append((node.module, [alias.name], node))
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name in modules:
                    found.append((alias.name, [], node))
    return found


def import_graph() -> dict[str, set[str]]:
    modules = project_modules()
    graph: dict[str, set[str]] = defaultdict(set)
    for name, path in modules.items():
        for target, _, _ in project_imports(ast.parse(path.read_text(encoding="utf-8")), modules):
            if target != name and not name.startswith(target + "."):  # a package's own __init__
                graph[name].add(target)
    return graph


def test_no_import_cycle():
    graph = import_graph()
    state: dict[str, int] = {}
    cycles: list[list[str]] = []

    def visit(node: str, stack: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                cycles.append(stack[stack.index(nxt):] + [nxt] if nxt in stack else [node, nxt])
            elif nxt not in state:
                visit(nxt, stack + [nxt])
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node, [node])
    assert not cycles, f"import cycles: {cycles}"


def test_no_private_name_crosses_a_module():
    modules = project_modules()
    crossing = []
    for name, path in modules.items():
        for target, names, node in project_imports(ast.parse(path.read_text(encoding="utf-8")), modules):
            crossing += [f"{name} imports {target}.{n} (line {node.lineno})" for n in names
                         if n.startswith("_") and not n.endswith("__")]
    assert not crossing, crossing


def test_imports_run_one_way():
    """flows orchestrate newsfold (only the CLI, which starts them, imports them); scorers and training
    use extractors, never the reverse; schemas
    only declare (they may read the vocabularies in newsfold.records)."""
    graph = import_graph()
    wrong = []
    for module, targets in graph.items():
        for target in targets:
            if target.startswith("flows") and not module.startswith(("flows", "newsfold.cli")):
                wrong.append(f"{module} -> {target}")
            if target.startswith("newsfold.eval") and not module.startswith(("newsfold.eval", "newsfold.cli")):
                wrong.append(f"{module} -> {target}")
            if module.startswith("schemas") and target.startswith("newsfold") and target != "newsfold.records":
                wrong.append(f"{module} -> {target}")
    assert not wrong, wrong


def test_no_optional_import_of_the_project():
    modules = project_modules()
    guarded = []
    for name, path in modules.items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Try) and any(
                    isinstance(h.type, ast.Name) and h.type.id in ("ImportError", "ModuleNotFoundError")
                    for h in node.handlers):
                body = ast.Module(body=node.body, type_ignores=[])
                if project_imports(body, modules):
                    guarded.append(f"{name} line {node.lineno}")
    assert not guarded, f"project modules imported inside try/except ImportError: {guarded}"


def test_modules_stay_readable_in_size():
    big = {name: n for name, path in project_modules().items()
           if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
           and name.rsplit(".", 1)[-1] not in TABLE_MODULES}
    assert not big, f"modules over {MAX_LINES} lines: {big}"


# Within a capability, what a part must never read: who speaks is found without what was said, the
# learned parts, or the wiring; a rule that finds missed names and one that drops non-people stay apart.
NEVER_IMPORTS = {
    "newsfold.extract.quotes.speakers": ("newsfold.extract.quotes.attributions", "newsfold.extract.quotes.learned",
                                         "newsfold.extract.quotes.extractor"),
    "newsfold.extract.quotes.attributions": ("newsfold.extract.quotes.learned", "newsfold.extract.quotes.extractor"),
    "newsfold.extract.quotes.learned": ("newsfold.extract.quotes.extractor",),
    "newsfold.extract.people.missed": ("newsfold.extract.people.not_people", "newsfold.extract.people.candidates",
                                       "newsfold.extract.people.extractor"),
    "newsfold.extract.people.not_people": ("newsfold.extract.people.missed", "newsfold.extract.people.candidates",
                                           "newsfold.extract.people.extractor"),
}


def test_subpackages_import_one_way():
    graph = import_graph()
    wrong = [f"{module} -> {target}" for module, targets in graph.items() for target in targets
             for part, banned in NEVER_IMPORTS.items()
             if module.startswith(part + ".") and target.startswith(banned)]
    assert not wrong, wrong
