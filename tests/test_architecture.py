"""The shape of the code, checked: dependencies run one way (components -> services -> plain logic),
the plain-logic packages import neither Scrapy nor each other except through declared interfaces,
nothing imports in a cycle, and no code touches a private attribute of Scrapy or scrapy-redis."""
from __future__ import annotations

import ast
import importlib
import subprocess
import sys
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import scrapy
import scrapy_redis

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "newsspider"

PLAIN = ("discovery", "extract", "stories", "state", "warc", "export")
"""The plain logic: testable without Scrapy or a network."""
SHARED = {"newsspider.charset", "newsspider.dates", "newsspider.langcodes", "newsspider.unicode_classes",
          "newsspider.urls", "newsspider.zone_names"}
"""Leaf modules every layer may use; they import nothing of the project."""
INTERFACES = {
    "state": {
        "newsspider.stories.store",       # StoryStore and its records, declared by the story detector
        "newsspider.extract.cleaning.keys",  # line_key, the text key of a learned line
    },
    "export": {
        "newsspider.stories.store",  # the story store's members and details, read for the story export
        "newsspider.stories.links",  # which stories were joined (read from the store's links), grouped as one
    },
}
"""What a plain package may import from another one: the interfaces it implements or builds on."""
COMPONENT_PACKAGES = ("spiders", "middlewares", "pipelines", "distributed", "commands")
FRAMEWORKS = ("scrapy", "twisted", "scrapy_redis", "itemadapter")


# --- the import graph ------------------------------------------------------------------------------

def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


@cache
def project_modules() -> dict[str, Path]:
    return {module_name(path): path for path in PACKAGE.rglob("*.py")}


def _runtime_nodes(tree: ast.AST) -> Iterator[ast.AST]:
    """Every node, except those under ``if TYPE_CHECKING:`` (annotations only, never imported)."""
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            yield from (n for orelse in node.orelse for n in [orelse, *_runtime_nodes(orelse)])
            continue
        yield node
        yield from _runtime_nodes(node)


@cache
def imports_of(module: str) -> frozenset[str]:
    """What ``module`` imports at run time (at the top or inside a function), as module names."""
    path = project_modules()[module]
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found = set()
    for node in _runtime_nodes(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{anchor}.{base}" if base else anchor
            for alias in node.names:  # ``from package import submodule`` imports the submodule
                found.add(f"{base}.{alias.name}" if f"{base}.{alias.name}" in project_modules() else base)
    return frozenset(found)


def project_imports(module: str) -> set[str]:
    return {name for name in imports_of(module) if name in project_modules()}


def layer(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def test_the_import_graph_has_no_cycle():
    graph = {module: project_imports(module) for module in project_modules()}
    visiting: list[str] = []
    done: set[str] = set()

    def visit(module: str) -> None:
        if module in done:
            return
        assert module not in visiting, "import cycle: " + " -> ".join(visiting[visiting.index(module):] + [module])
        visiting.append(module)
        for imported in sorted(graph[module]):
            visit(imported)
        visiting.pop()
        done.add(module)

    for module in sorted(graph):
        visit(module)


def test_plain_logic_imports_no_framework_and_other_packages_only_through_interfaces():
    offences = []
    for module in sorted(project_modules()):
        own = layer(module)
        if own not in PLAIN and module not in SHARED:
            continue
        for imported in sorted(imports_of(module)):
            if imported.split(".")[0] in FRAMEWORKS:
                offences.append(f"{module} imports {imported}")
            elif imported in project_modules() and layer(imported) != own and imported not in SHARED \
                    and imported not in INTERFACES.get(own, ()):
                offences.append(f"{module} imports {imported}")
    assert not offences, "\n".join(offences)


def test_services_and_shared_modules_do_not_reach_back_into_components():
    offences = [f"{module} imports {imported}" for module in sorted(project_modules())
                if layer(module) in ("extensions", *PLAIN) or module in SHARED
                for imported in project_imports(module) if layer(imported) in COMPONENT_PACKAGES]
    assert not offences, "\n".join(offences)


def test_the_worker_side_imports_no_framework():
    assert not [name for name in imports_of("newsspider.worker_process") if name.split(".")[0] in FRAMEWORKS]


def test_importing_the_worker_pool_loads_neither_the_state_layer_nor_numpy():
    code = ("import sys, newsspider.extensions.worker_pool\n"
            "print(sorted(m for m in sys.modules if m == 'numpy' or m.startswith(('newsspider.state', 'redis'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT,
                         env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}).stdout
    assert out.strip() == "[]"


def test_the_crawl_process_imports_no_extractor():
    """The crawl process sends pages to the workers to extract and never extracts one itself: its
    commands, pipelines and spider import neither trafilatura nor the extraction rules (0.15 s of
    CPU at every start), nor courlan and feedparser before a listing or a feed is read (~35 ms).
    Scrapy imports every command's module at the start of every command."""
    code = ("import sys, newsspider.commands.article, newsspider.commands.crawl, newsspider.spiders.news\n"
            "import newsspider.pipelines.extract, newsspider.pipelines.boilerplate, newsspider.pipelines.stories\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('trafilatura', 'htmldate', 'justext',"
            " 'courlan', 'feedparser')"
            " or m in ('newsspider.extract.article', 'newsspider.extract.metadata')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT,
                         env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}).stdout
    assert out.strip() == "[]"


def test_no_private_name_crosses_a_module_of_the_project():
    """What two modules share is public: ``from newsspider.x import _helper`` hides a dependency."""
    offences = []
    for module, path in sorted(project_modules().items()):
        for node in _runtime_nodes(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.level or (node.module or "").startswith("newsspider")):
                offences += [f"{module} imports {alias.name} from {'.' * node.level}{node.module or ''}"
                             for alias in node.names if _private(alias.name)]
    assert not offences, "\n".join(offences)


def test_the_declared_interfaces_exist():
    for allowed in INTERFACES.values():
        assert allowed <= set(project_modules()), allowed - set(project_modules())


# --- no private attributes of Scrapy or scrapy-redis -------------------------------------------------

def _private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__")


def _defined_private_names(paths: Iterator[Path]) -> set[str]:
    """Private names a body of code defines: functions, classes, class and module attributes, ``self._x = ...``."""
    names = set()
    for path in paths:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and _private(node.name):
                names.add(node.name)
            elif isinstance(node, (ast.Assign, ast.AnnAssign, ast.AugAssign)):
                for target in node.targets if isinstance(node, ast.Assign) else [node.target]:
                    if isinstance(target, ast.Name) and _private(target.id):
                        names.add(target.id)
                    elif isinstance(target, ast.Attribute) and _private(target.attr):
                        names.add(target.attr)
    return names


@cache
def framework_private_names() -> frozenset[str]:
    packages = (Path(scrapy.__file__).parent, Path(scrapy_redis.__file__).parent)
    return frozenset(_defined_private_names(path for package in packages for path in package.rglob("*.py")))


@cache
def our_private_names() -> frozenset[str]:
    return frozenset(_defined_private_names(path for folder in ("newsspider", "tests", "bench")
                                            for path in (ROOT / folder).rglob("*.py")))


def _framework_bases(tree: ast.AST, cls: ast.ClassDef) -> list[type]:
    """The classes of Scrapy / scrapy-redis (or Twisted) that ``cls`` derives from directly."""
    imported: dict[str, object] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] in FRAMEWORKS:
            module = importlib.import_module(node.module)
            imported.update({alias.asname or alias.name: getattr(module, alias.name, None) for alias in node.names})
        elif isinstance(node, ast.Import):
            imported.update({alias.asname or alias.name: importlib.import_module(alias.name) for alias in node.names
                             if alias.name.split(".")[0] in FRAMEWORKS and not alias.asname and "." not in alias.name})
    bases = []
    for base in cls.bases:
        first, *rest = ast.unparse(base).split(".")
        value = imported.get(first)
        for part in rest:
            value = getattr(value, part, None)
        if isinstance(value, type):
            bases.append(value)
    return bases


def private_accesses(source: str, filename: str = "<source>") -> list[str]:
    """Uses of Scrapy's or scrapy-redis' private attributes in ``source``.

    * ``obj._name`` or ``getattr(obj, "_name")`` where only Scrapy/scrapy-redis define ``_name``;
    * ``super()._name``; ``self._name`` in a class built on a Scrapy/scrapy-redis class that
      inherits ``_name`` from it; a method of such a class overriding one of its private methods.
    """
    theirs, ours = framework_private_names(), our_private_names()
    tree = ast.parse(source)
    found = []

    def report(node: ast.AST, what: str) -> None:
        found.append(f"{filename}:{getattr(node, 'lineno', 0)}: {what}")

    for cls in [n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]:
        bases = _framework_bases(tree, cls)
        if not bases:
            continue
        own = _defined_names_of_class(cls)
        for node in cls.body:
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and _private(node.name) \
                    and any(hasattr(base, node.name) for base in bases):
                report(node, f"overrides private {node.name}")
        for node in ast.walk(cls):
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) \
                    and node.value.id in ("self", "cls") and _private(node.attr) and node.attr not in own \
                    and any(hasattr(base, node.attr) for base in bases):
                report(node, f"inherited private {node.value.id}.{node.attr}")
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and _private(node.attr) and node.attr in theirs:
            value = node.value
            if isinstance(value, ast.Call) and ast.unparse(value.func) == "super":
                report(node, f"super().{node.attr}")
            elif not (isinstance(value, ast.Name) and value.id in ("self", "cls")) and node.attr not in ours:
                report(node, f"{ast.unparse(node)}")
        elif isinstance(node, ast.Call) and ast.unparse(node.func) in ("getattr", "hasattr", "setattr") \
                and len(node.args) >= 2 and isinstance(node.args[1], ast.Constant) \
                and isinstance(node.args[1].value, str) and node.args[1].value in theirs - ours:
            report(node, f"{ast.unparse(node.func)}(..., {node.args[1].value!r})")
    return found


def _defined_names_of_class(cls: ast.ClassDef) -> set[str]:
    """What a class defines itself: its methods and the attributes it assigns."""
    names = {node.name for node in cls.body if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))}
    for node in ast.walk(cls):
        if isinstance(node, ast.Assign):
            targets = node.targets
        elif isinstance(node, (ast.AnnAssign, ast.AugAssign)):
            targets = [node.target]
        else:
            continue
        names.update(t.attr if isinstance(t, ast.Attribute) else t.id for t in targets
                     if isinstance(t, (ast.Attribute, ast.Name)))
    return names


def test_no_code_touches_a_private_attribute_of_scrapy_or_scrapy_redis():
    offences = []
    for folder in ("newsspider", "tests", "bench"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            if path.name != "test_architecture.py":
                offences += private_accesses(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))
    assert not offences, "\n".join(offences)


def test_the_private_access_check_finds_what_it_is_for():
    code = '''
from scrapy.commands.crawl import Command
from scrapy_redis.queue import PriorityQueue

class Queue(PriorityQueue):
    def push(self, request):
        return self._encode_request(request)

class Crawl(Command):
    def _create_crawler(self, name):
        return super()._create_crawler(name)

def live(engine):
    return engine._slot.inprogress, getattr(engine, "_slot", None), engine.scraper.slot
'''
    found = "\n".join(private_accesses(code))
    for expected in ("inherited private self._encode_request", "overrides private _create_crawler",
                     "super()._create_crawler", "engine._slot", "getattr(..., '_slot')"):
        assert expected in found, (expected, found)
