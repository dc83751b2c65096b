"""The project's floors: a module imports only from its own floor or lower.

Every module of charity/, programs/, diseases/ and partners/ is parsed, imports inside
functions included, and placed on a floor by its dotted name. The README's "Code layout"
explains the floors; a new module whose package is not listed here fails
``test_every_module_has_a_floor`` until it is given one.
"""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("charity", "programs", "diseases", "partners", "news", "newsletter")

# Lowest first. Inside floor 2 the page apps have an order of their own, so that the
# page models never form a circle: a reference the other way goes through a model
# string ("programs.ProgramPage", apps.get_model) or a reverse relation.
FLOORS = [
    (
        "infrastructure: caching, patches of upstream code, security, search backend",
        ["charity.caching", "charity.patches", "charity.platform"],
    ),
    ("foundations every page app builds with", ["charity.foundations"]),
    ("page models: diseases and partners", ["diseases", "partners", "newsletter"]),
    ("page models: programs", ["programs"]),
    ("page models: news", ["news"]),
    ("page models: the charity's own pages", ["charity.models"]),
    (
        "what visitors, staff and operators use across the apps",
        ["charity.visitors", "charity.staff", "charity.operations"],
    ),
    (
        "the project's wiring",
        [
            "charity.apps",
            "charity.settings",
            "charity.urls",
            "charity.wagtail_hooks",
            "charity.templatetags",
            "charity.management",
            "charity.wsgi",
            "charity.asgi",
        ],
    ),
]
# Django imports the apps' models and hooks when the registry is ready: the one place
# where the wiring imports what it wires inside a function.
DEFERRED_IMPORTS_ALLOWED_IN = {"charity.apps"}


def module_name(path):
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def project_modules():
    """{dotted name: path} of every module, migrations left out: they are history and
    import what they imported when they were written."""
    modules = {}
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            if "migrations" not in path.parts:
                modules[module_name(path)] = path
    return modules


MODULES = project_modules()


def floor_of(module):
    if module in PACKAGES:
        return None  # a package's own __init__: checked to import nothing below
    for number, (_, prefixes) in enumerate(FLOORS):
        if any(module == prefix or module.startswith(prefix + ".") for prefix in prefixes):
            return number
    raise LookupError(module)


def resolve(name):
    """The project module an import statement names: the longest existing prefix."""
    while name and name not in MODULES:
        name = name.rpartition(".")[0]
    return name or None


def imports_of(module, path):
    """(imported module, line, inside a function) for each project import of ``module``."""
    tree = ast.parse(path.read_text(), filename=str(path))
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found = []

    def visit(node, in_function):
        for child in ast.iter_child_nodes(node):
            deferred = in_function or isinstance(
                child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda
            )
            names = []
            if isinstance(child, ast.Import):
                names = [alias.name for alias in child.names]
            elif isinstance(child, ast.ImportFrom):
                base = child.module or ""
                if child.level:
                    anchor = package.split(".")[: len(package.split(".")) - child.level + 1]
                    base = ".".join([*anchor, base] if base else anchor)
                names = [f"{base}.{alias.name}" for alias in child.names]
            for name in names:
                target = resolve(name) if name.split(".")[0] in PACKAGES else None
                if target and target != module:
                    found.append((target, child.lineno, in_function))
            visit(child, deferred)

    visit(tree, False)
    return found


GRAPH = {module: imports_of(module, path) for module, path in MODULES.items()}


def test_every_module_has_a_floor():
    unplaced = []
    for module in MODULES:
        try:
            floor_of(module)
        except LookupError:
            unplaced.append(module)
    assert not unplaced, f"Give these modules a floor in tests/test_floors.py: {unplaced}"


def upward_imports(graph):
    found = []
    for module, imports in graph.items():
        floor = floor_of(module)
        for target, line, _ in imports:
            target_floor = floor_of(target)
            if floor is None or (target_floor is not None and target_floor > floor):
                found.append(
                    f"{MODULES[module].relative_to(ROOT)}:{line}: {module} "
                    f"({FLOORS[floor][0] if floor is not None else 'package marker'}) "
                    f"imports {target} ({FLOORS[target_floor][0]})"
                )
    return found


def test_imports_only_go_down():
    assert upward_imports(GRAPH) == []


def test_no_imports_inside_functions():
    deferred = [
        f"{MODULES[module].relative_to(ROOT)}:{line}: {target}"
        for module, imports in GRAPH.items()
        if module not in DEFERRED_IMPORTS_ALLOWED_IN
        for target, line, in_function in imports
        if in_function
    ]
    assert deferred == [], "Import these at the top of the module (or move the code up a floor)"


def import_circle(graph):
    """One circle of module imports, or None."""
    edges = {module: {target for target, _, _ in imports} for module, imports in graph.items()}
    visiting, done = [], set()

    def visit(module):
        if module in visiting:
            return [*visiting[visiting.index(module) :], module]
        if module in done:
            return None
        visiting.append(module)
        for target in sorted(edges.get(module, ())):
            if circle := visit(target):
                return circle
        visiting.pop()
        done.add(module)
        return None

    for module in sorted(edges):
        if circle := visit(module):
            return circle
    return None


def test_no_import_circle():
    circle = import_circle(GRAPH)
    assert circle is None, " -> ".join(circle)


@pytest.mark.parametrize(
    ("module", "source", "caught"),
    [
        (
            "charity.caching.lifetimes",
            "from charity.models import HomePage\n",
            "imports charity.models",
        ),
        ("diseases.models", "from programs.models import ProgramPage\n", "imports programs"),
        (
            "programs.wagtail_hooks",
            "def euros(amount):\n    from charity.templatetags.charity_tags import euros\n",
            "imports charity.templatetags",
        ),
    ],
)
def test_an_upward_import_is_caught(module, source, caught, tmp_path):
    path = tmp_path / "module.py"
    path.write_text(source)
    graph = {**GRAPH, module: imports_of(module, path)}
    assert any(caught in problem for problem in upward_imports(graph))


def test_a_circle_is_caught():
    graph = {
        "charity.foundations.cards": [("charity.foundations.blocks", 1, False)],
        "charity.foundations.blocks": [("charity.foundations.cards", 1, False)],
    }
    assert import_circle(graph) is not None
