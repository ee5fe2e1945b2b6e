"""The layout the README promises: data flows one way, each stage is a subpackage, no module
imports a higher stage or another module's private names. Read off the source (every import,
late ones included), so a circle hidden in a function body fails here too."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "assistant"

# Lower layers never import higher ones; within a layer, stages do not import each other.
LAYERS = [
    {"config", "records", "text", "prompts", "safety"},
    {"llm", "ingest", "verify"},
    {"linking"},
    {"store"},
    {"answer", "brief", "contracts"},
    {"app"},
    {"ui"},
    {"cli"},  # the command line is the outermost entry: `minutes serve` starts the web UI
]
MAX_LINES = 600


def _modules() -> dict[str, Path]:
    out = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        out[name] = path
    return out


MODULES = _modules()


def _resolve(module: str, node: ast.ImportFrom) -> str:
    if node.level == 0:
        return node.module or ""
    base = module.split(".")
    if MODULES[module].name != "__init__.py":
        base = base[:-1]
    base = base[: len(base) - (node.level - 1)]
    return ".".join(base + ([node.module] if node.module else []))


def _imports(module: str) -> list[tuple[str, list[str]]]:
    """(imported module, names taken from it) for every import in the module's source."""
    tree = ast.parse(MODULES[module].read_text())
    found: list[tuple[str, list[str]]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(a.name, []) for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            target = _resolve(module, node)
            names = [a.name for a in node.names]
            submodules = [n for n in names if f"{target}.{n}" in MODULES]
            found += [(f"{target}.{n}", []) for n in submodules]
            rest = [n for n in names if n not in submodules]
            if rest or not submodules:
                found.append((target, rest))
    return found


def _edges() -> dict[str, set[str]]:
    edges: dict[str, set[str]] = {m: set() for m in MODULES}
    for module in MODULES:
        for target, _ in _imports(module):
            if target in MODULES and target != module:
                edges[module].add(target)
    return edges


def _stage(module: str) -> str:
    return module.split(".")[1] if "." in module else "assistant"


def _layer(stage: str) -> int:
    return next(i for i, layer in enumerate(LAYERS) if stage in layer)


def test_every_module_belongs_to_a_layer():
    stages = {_stage(m) for m in MODULES} - {"assistant"}
    assert stages <= set().union(*LAYERS), stages - set().union(*LAYERS)
    assert len([s for s in stages if (PACKAGE / s).is_dir()]) >= 5


def test_no_import_circles():
    edges = _edges()
    state: dict[str, int] = {}
    path: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(edges[node]):
            if state.get(nxt) == 1:
                cycle = path[path.index(nxt) :] + [nxt]
                pytest.fail("import circle: " + " -> ".join(cycle))
            if nxt not in state:
                visit(nxt)
        path.pop()
        state[node] = 2

    for module in sorted(MODULES):
        if module not in state:
            visit(module)


@pytest.mark.parametrize("module", sorted(MODULES))
def test_imports_flow_down_the_layers(module):
    stage = _stage(module)
    if stage == "assistant":
        return
    for target in _edges()[module]:
        other = _stage(target)
        if other in ("assistant", stage):
            continue
        assert _layer(other) < _layer(stage), f"{module} imports {target} ({other} is not below)"


@pytest.mark.parametrize("module", sorted(MODULES))
def test_no_private_names_cross_modules(module):
    for target, names in _imports(module):
        if target.startswith("assistant") and target != module:
            private = [n for n in names if n.startswith("_") and not n.startswith("__")]
            assert not private, f"{module} imports private {private} from {target}"


@pytest.mark.parametrize("module", sorted(MODULES))
def test_modules_stay_readable(module):
    lines = len(MODULES[module].read_text().splitlines())
    assert lines <= MAX_LINES, f"{module}: {lines} lines"


def test_only_the_adapters_import_their_frameworks():
    for module in MODULES:
        roots = {t.split(".")[0] for t, _ in _imports(module)}
        if "click" in roots:
            assert _stage(module) == "cli", module
        if "gradio" in roots:
            assert _stage(module) == "ui", module


def test_packages_say_what_they_offer():
    for module, path in MODULES.items():
        if path.name == "__init__.py":
            assert ast.get_docstring(ast.parse(path.read_text())), f"{module} has no docstring"
