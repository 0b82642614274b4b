"""bandit (security linter) over the code: no medium or high finding that nobody reviewed.

A finding is either fixed, marked on its line with `# nosec BXXX` and the reason, or listed
in REVIEWED below (by file or folder and test id) with the reason it is safe. A REVIEWED
entry that no longer matches anything fails too, so the list cannot rot.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[2]  # src/siapekspor

REVIEWED: dict[tuple[str, str], str] = {
    ("markets/engine/", "B608"): (
        "DuckDB SQL over our own Parquet store: table, view and file names are the engine's "
        "own constants; user values are bound parameters (ruff S608 has the same exception)."
    ),
    ("core/bulk.py", "B608"): (
        "Table and column names come from model _meta, quoted with connection.ops.quote_name; "
        "row values are bound parameters or COPY rows."
    ),
    ("readiness/services.py", "B608"): (
        "Set-based rescoring: table names from model _meta, quoted; the questionnaire id is "
        "a bound parameter."
    ),
    ("core/panels.py", "B308"): (
        "mark_safe of render_to_string output: a template rendered with autoescape on."
    ),
    ("core/panels.py", "B703"): "The same mark_safe of an autoescaped template (B308).",
}


def _findings() -> list[dict]:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "bandit",
            "--recursive",
            str(SRC),
            "--exclude",
            "*/tests/*,*/migrations/*",
            "--severity-level",
            "medium",
            "--format",
            "json",
            "--quiet",
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode in (0, 1), result.stderr  # 1: findings reported
    return json.loads(result.stdout)["results"]


def _key(finding: dict) -> tuple[str, str] | None:
    path = Path(finding["filename"]).resolve().relative_to(SRC).as_posix()
    for prefix, test_id in REVIEWED:
        if test_id == finding["test_id"] and path.startswith(prefix):
            return prefix, test_id
    return None


def test_no_unreviewed_medium_or_high_bandit_finding():
    findings = _findings()
    unreviewed = [
        f"{f['filename']}:{f['line_number']} {f['test_id']} {f['issue_text']}"
        for f in findings
        if _key(f) is None
    ]
    assert not unreviewed, "\n".join(unreviewed)
    used = {_key(f) for f in findings}
    assert set(REVIEWED) <= used, f"REVIEWED entries that match nothing: {set(REVIEWED) - used}"
