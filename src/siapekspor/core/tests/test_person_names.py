"""Pages name people by `User.display_label` (full name, else role and place), never by the
login name: a login says nothing to a reader and is half of a credential."""

from __future__ import annotations

import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2]
LOGIN = re.compile(r"\.(?:username|get_username)\b")
# The header shows the reader their own login; the profile page is where they read it.
ALLOWED = {"core/templates/base.html", "accounts/templates/accounts/profile.html"}


def test_no_template_names_a_person_by_login():
    problems = []
    for path in sorted(PACKAGE.glob("*/templates/**/*.html")):
        rel = path.relative_to(PACKAGE).as_posix()
        if rel in ALLOWED:
            continue
        for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if LOGIN.search(line):
                problems.append(f"{rel}:{lineno} {line.strip()[:120]}")
    assert not problems, "\n".join(problems)
