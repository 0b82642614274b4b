"""The glossary's seed: `data/glossary.csv`, one row per term, one column per language.

Read by the data migration that first fills the glossary and by `siapekspor mt
glossary-load` (which adds terms whose key is missing and never changes an existing one).
"""

from __future__ import annotations

import csv
from pathlib import Path

SEED = Path(__file__).resolve().parent / "data" / "glossary.csv"


def read_glossary(path: Path = SEED) -> list[dict]:
    """Rows as {"key", "kind", "note", "forms": {language code: form}}."""
    with open(path, encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        fixed = {"key", "kind", "note"}
        languages = [c for c in reader.fieldnames or [] if c not in fixed]
        return [
            {
                "key": row["key"].strip(),
                "kind": row["kind"].strip(),
                "note": (row.get("note") or "").strip(),
                "forms": {lang: (row.get(lang) or "").strip() for lang in languages},
            }
            for row in reader
        ]
