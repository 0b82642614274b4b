"""Reporting is a leaf: no other app imports it, and it reads the other apps only through
their selectors (and their choices/constants, hooks and signals)."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

from django.db import models

import siapekspor

ROOT = Path(siapekspor.__file__).parent
# The project's URLs and API mount reporting's routes; settings list the app. Tests of other
# apps may drive reporting's pages (they are not the apps' code).
MOUNTS = {"urls.py", "api/api.py", "settings.py"}
# What reporting may import from another app (module → what may be taken from it).
READABLE = {"selectors", "hooks", "reference_hooks", "models", "roles"}


def _imports(path: Path):
    """Every import that runs (those under `if TYPE_CHECKING:` only name types for mypy)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    typing_only = {
        id(inner)
        for node in ast.walk(tree)
        if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING"
        for inner in ast.walk(node)
    }
    for node in ast.walk(tree):
        if id(node) in typing_only:
            continue
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, []
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.module, [alias.name for alias in node.names]


def _app_code():
    for path in ROOT.rglob("*.py"):
        rel = path.relative_to(ROOT).as_posix()
        if "/migrations/" not in rel:
            yield rel, path


def test_no_app_imports_reporting():
    offenders = []
    for rel, path in _app_code():
        if rel.startswith("reporting/") or rel in MOUNTS or "/tests/" in rel:
            continue
        for module, names in _imports(path):
            target = module if module != "siapekspor" else None
            hits = [module] if module.startswith("siapekspor.reporting") else []
            if target is None and "reporting" in names:
                hits = ["siapekspor.reporting"]
            offenders += [(rel, hit) for hit in hits]
        text = path.read_text(encoding="utf-8")
        if 'get_model("reporting"' in text or "rebuild_indicators" in text:
            offenders.append((rel, "reporting by name"))
    assert offenders == []


def test_reporting_reads_other_apps_through_selectors_and_constants():
    offenders = []
    for rel, path in _app_code():
        if not rel.startswith("reporting/") or "/tests/" in rel:
            continue
        for module, names in _imports(path):
            parts = module.split(".")
            if (
                parts[0] != "siapekspor"
                or len(parts) < 3
                or parts[1] in ("reporting", "core", "api")
            ):
                continue
            if parts[2] not in READABLE:
                offenders.append((rel, module))
                continue
            if parts[2] == "models":
                imported = importlib.import_module(module)
                for name in names:
                    obj = getattr(imported, name)
                    if isinstance(obj, type) and issubclass(obj, models.Model):
                        offenders.append((rel, f"{module}.{name}"))
    assert offenders == []
