"""Roles are named and checked in one place per app (STYLE.md §13, issue 11 item 1).

Only `accounts/roles.py` and the apps' `access.py` modules may name a role or look at a
user's role; services ask the access predicates, views pass their answers to templates.
This test reads every module and template of the project and fails on a role check
anywhere else.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from siapekspor.accounts.roles import Role

ROOT = Path(__file__).resolve().parents[2]  # src/siapekspor

# Where roles may appear, and why.
ALLOWED = {
    "accounts/roles.py": "the roles and what each may do",
    "accounts/models.py": "declares the role column, its choices and its database constraint",
    # Demo seeding creates one account per role.
    "registry/demo.py": "demo seeding",
    # seed-forum-demo finds the demo owner and makes a second (sign-in-less) owner account.
    "forum/demo.py": "demo seeding",
}
ROLE_VALUES = frozenset(Role.values)
LONG_ROLE_VALUES = ROLE_VALUES - {"admin"}  # "admin" is also a URL and an app label
ROLE_MODULES = {"siapekspor.accounts.roles", "siapekspor.accounts"}


def _allowed(relative: str) -> bool:
    parts = relative.split("/")
    return (
        relative in ALLOWED
        or parts[-1] == "access.py"
        or "tests" in parts
        or "migrations" in parts
        or "locale" in parts
    )


QUERY_CALLS = {"filter", "exclude", "get", "Q", "get_or_create", "update_or_create"}


def _query_call(node: ast.Call) -> bool:
    name = getattr(node.func, "attr", None) or getattr(node.func, "id", None)
    return name in QUERY_CALLS


def role_checks_in_python(source: str) -> list[tuple[int, str]]:
    """(line, what) for every role name or role check in a Python module."""
    found = []
    for node in ast.walk(ast.parse(source)):
        line = getattr(node, "lineno", 0)
        if isinstance(node, ast.Constant) and node.value in ROLE_VALUES:
            found.append((line, f"role name {node.value!r}"))
        elif isinstance(node, ast.Attribute) and node.attr in ("role", "is_superuser", "is_staff"):
            found.append((line, f"reads .{node.attr}"))
        elif isinstance(node, ast.Name) and node.id in ("Role", "roles"):
            found.append((line, f"uses {node.id}"))
        elif isinstance(node, ast.Attribute) and node.attr in ("Role", "roles"):
            found.append((line, f"uses .{node.attr}"))
        elif isinstance(node, ast.Call) and _query_call(node):
            found += [
                (line, f"filters on {k.arg}=")
                for k in node.keywords
                if k.arg and k.arg.split("__")[0] == "role"
            ]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names = {a.name for a in node.names}
            if (node.module in ROLE_MODULES and "roles" in names) or (
                node.module.startswith("siapekspor.accounts") and names & {"Role", "roles"}
            ):
                found.append((line, f"imports {', '.join(sorted(names))} from {node.module}"))
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in ("getattr", "hasattr")
            and len(node.args) >= 2
            and isinstance(node.args[1], ast.Constant)
            and node.args[1].value == "role"
        ):
            found.append((line, f"{node.func.id}(…, 'role')"))
    return sorted(set(found))


_TEMPLATE_ROLE = re.compile(
    r"\.role\b|\bis_superuser\b|\b(" + "|".join(sorted(LONG_ROLE_VALUES)) + r")\b"
)


def role_checks_in_template(source: str) -> list[tuple[int, str]]:
    """(line, what) for every role name or role check in a template."""
    return [
        (number, match.group(0))
        for number, text in enumerate(source.splitlines(), 1)
        for match in _TEMPLATE_ROLE.finditer(text)
    ]


def test_roles_are_named_and_checked_only_in_roles_and_access_modules():
    offences = []
    for path in sorted(ROOT.rglob("*")):
        relative = path.relative_to(ROOT).as_posix()
        if not path.is_file() or _allowed(relative):
            continue
        if path.suffix == ".py":
            checks = role_checks_in_python(path.read_text(encoding="utf-8"))
        elif path.suffix == ".html":
            checks = role_checks_in_template(path.read_text(encoding="utf-8"))
        else:
            continue
        offences += [f"{relative}:{line}: {what}" for line, what in checks]
    assert not offences, (
        "Role checks outside accounts/roles.py and the access.py modules; ask the app's "
        "access.py (views pass its answers to templates as flags):\n" + "\n".join(offences)
    )


def test_the_checker_sees_each_kind_of_role_check():
    # The test above is only as good as its checker: each of these must be caught.
    python = [
        'if user.role == "enterprise_owner": pass',
        "if roles.is_officer(user): pass",
        "from siapekspor.accounts import roles",
        "from siapekspor.accounts.models import Role, User",
        "User.objects.filter(role=Role.ADMIN)",
        'getattr(user, "role", "")',
        'kind = "regency_officer"',
        "if request.user.is_superuser: pass",
    ]
    for line in python:
        assert role_checks_in_python(line), line
    assert not role_checks_in_python("from siapekspor.registry import access\naccess.x(user)")
    templates = [
        '{% if user.role != "enterprise_owner" %}',
        "{% if user.is_superuser %}",
        "{% if role == 'partner_officer' %}",
    ]
    for line in templates:
        assert role_checks_in_template(line), line
    assert not role_checks_in_template('<svg role="img">{% if can_edit %}')
