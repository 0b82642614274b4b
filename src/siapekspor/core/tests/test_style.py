"""The style enforced (STYLE.md, docs/DEVELOPING.md): writes only in the service layer, an
existing row saved with `update_fields`, a docstring on every public service and selector.

Static checks over the source (ast), so that a violation fails here before it reaches review.
"""

from __future__ import annotations

import ast
from pathlib import Path

APP_ROOT = Path(__file__).resolve().parents[2]

# Where ORM writes live: the services of each app, and these modules of the same layer, each
# for its reason.
WRITE_LAYER = {
    "registry/importing/batch.py": "the import batch service (page and command line)",
    "registry/importing/pipeline.py": "the import service: batch state as it runs",
    "registry/importing/write.py": "the import service: chunked bulk writes",
    "registry/reference.py": "the reference-data loader (load-reference)",
    "registry/rekeying.py": "key rotation over every sealed column (rotate-pii-keys)",
    "registry/demo.py": "the synthetic demo seeder",
    "shipments/demo.py": "the synthetic demo seeder",
    # seed-forum-demo: backdating (expired consents, overdue referrals, actions, requests,
    # inquiries over weeks) and the demo_clearing hooks of these apps.
    "catalogue/demo.py": "the synthetic demo seeder",
    "buyers/demo.py": "the synthetic demo seeder",
    "partners/demo.py": "the synthetic demo seeder",
    "forum/demo.py": "the synthetic demo seeder",
    "shipments/importing.py": "the shipments import service",
    "buyers/importing.py": "the buyers import service (its page's jobs)",
    "reporting/geo.py": "the regency-shape loader",
    "core/audit.py": "the audit log itself",
    "core/worker.py": "the task worker: leases and heartbeats",
    "core/schedule.py": "the periodic-job scheduler",
    "core/tasks.py": "the worker's own housekeeping task",
}
WRITE_CALLS = {"create", "update", "delete", "bulk_create", "bulk_update", "get_or_create"}
WRITE_CALLS |= {"update_or_create"}
# Names under which the code holds openpyxl workbooks, whose save() writes a file, not a row.
WORKBOOKS = {"wb", "workbook", "book"}

# A whole-row save of an existing row, on purpose: loaders that rewrite every column of the
# content they own (no other writer touches those rows).
WHOLE_ROW_SAVES = {
    ("readiness/services.py", "questionnaire_load"): "content loader",
    ("training/services/learning.py", "modules_load"): "content loader",
    ("registry/demo.py", "_demo_users"): "demo seeder",
    # Pillow images written to a buffer (not rows): the demo photos and consent forms.
    ("catalogue/demo.py", "demo_photo"): "a Pillow image, not a row",
    ("partners/demo.py", "demo_form"): "a Pillow image, not a row",
}


def _sources():
    for path in sorted(APP_ROOT.rglob("*.py")):
        rel = path.relative_to(APP_ROOT).as_posix()
        if "/tests/" in rel or "/migrations/" in rel or rel.endswith("conftest.py"):
            continue
        yield rel, ast.parse(path.read_text(encoding="utf-8"))


def _in_write_layer(rel: str) -> bool:
    parts = rel.split("/")
    return (
        parts[-1] == "services.py"
        or "services" in parts[:-1]
        or rel in WRITE_LAYER
        or (
            len(parts) > 2
            and parts[-3:-1] == ["management", "commands"]
            and parts[-1].startswith("seed_")
        )
    )


def _is_orm_write(call: ast.Call) -> bool:
    func = call.func
    if not isinstance(func, ast.Attribute):
        return False
    receiver = ast.unparse(func.value)
    if func.attr in WRITE_CALLS:
        return ".objects" in receiver or receiver.endswith("_set") or "filter(" in receiver
    if func.attr == "save":  # a model instance (openpyxl workbooks aside)
        return receiver not in WORKBOOKS
    return False


def test_orm_writes_happen_only_in_the_service_layer():
    found = []
    for rel, tree in _sources():
        if _in_write_layer(rel):
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _is_orm_write(node):
                found.append(f"{rel}:{node.lineno}: {ast.unparse(node.func)[:70]}")
    assert not found, "ORM writes outside services (move them into a service):\n" + "\n".join(found)


def _new_names(func: ast.AST) -> set[str]:
    """Names bound only to a freshly constructed model (`x = Model(...)`) in the function."""
    bound: dict[str, bool] = {}
    for node in ast.walk(func):
        if isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    value = node.value
                    fresh = (
                        isinstance(value, ast.Call)
                        and isinstance(value.func, ast.Name)
                        and value.func.id[:1].isupper()
                    )
                    bound[target.id] = bound.get(target.id, True) and fresh
        elif isinstance(node, (ast.For, ast.With)) or (
            isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Tuple)
        ):
            for sub in ast.walk(node):
                if isinstance(sub, ast.Name) and isinstance(sub.ctx, ast.Store):
                    bound[sub.id] = False
    return {name for name, fresh in bound.items() if fresh}


def _guarded_new(node: ast.Call, parents: dict[ast.AST, ast.AST]) -> bool:
    """Inside `if creating:` / `if created:` / `if x.pk is None:` (a row being inserted)."""
    child, parent = node, parents.get(node)
    while parent is not None:
        if isinstance(parent, ast.If) and child in parent.body:
            test = ast.unparse(parent.test)
            receiver = ast.unparse(node.func.value) if isinstance(node.func, ast.Attribute) else ""
            if test in {"creating", "created", "is_new", f"{receiver} is None"} or test.endswith(
                ".pk is None"
            ):
                return True
        child, parent = parent, parents.get(parent)
    return False


def test_an_existing_row_is_saved_with_update_fields():
    found = []
    for rel, tree in _sources():
        parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
        for func in ast.walk(tree):
            if not isinstance(func, (ast.FunctionDef, ast.AsyncFunctionDef)):
                continue
            if (rel, func.name) in WHOLE_ROW_SAVES:
                continue
            fresh = _new_names(func)
            for node in ast.walk(func):
                if not (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "save"
                ):
                    continue
                if any(k.arg in {"update_fields", "force_insert"} for k in node.keywords):
                    continue
                receiver = ast.unparse(node.func.value)
                if receiver in WORKBOOKS:
                    continue
                if receiver in fresh or _guarded_new(node, parents):
                    continue
                found.append(f"{rel}:{node.lineno}: {receiver}.save() in {func.name}()")
    assert not found, (
        "save() of an existing row without update_fields (a concurrent change to another "
        "column would be overwritten):\n" + "\n".join(sorted(set(found)))
    )


def _public_functions(rel: str, tree: ast.Module):
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and not node.name.startswith(
            "_"
        ):
            yield node


def test_every_public_service_and_selector_has_a_docstring():
    missing = []
    for rel, tree in _sources():
        parts = rel.split("/")
        if not (
            parts[-1] in {"services.py", "selectors.py"}
            or ("services" in parts[:-1] and parts[-1] != "__init__.py")
        ):
            continue
        for node in _public_functions(rel, tree):
            if not ast.get_docstring(node):
                missing.append(f"{rel}:{node.lineno}: {node.name}()")
    assert not missing, "public services and selectors without a docstring:\n" + "\n".join(missing)
