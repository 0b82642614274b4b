"""Every plural entry of every catalogue has as many forms as its Plural-Forms header says
(Arabic has six: with two, counts from 2 fell back to Indonesian)."""

from __future__ import annotations

import re
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parents[2]


def test_every_plural_entry_has_the_forms_of_its_language():
    problems = []
    catalogues = [p for p in ROOT.glob("*/locale/*/LC_MESSAGES/django.po")]
    assert len(catalogues) > 20
    for path in catalogues:
        po = polib.pofile(str(path))
        match = re.search(r"nplurals\s*=\s*(\d+)", po.metadata.get("Plural-Forms", ""))
        assert match, f"{path}: no Plural-Forms header"
        wanted = int(match.group(1))
        for entry in po:
            if entry.obsolete or not entry.msgid_plural:
                continue
            forms = entry.msgstr_plural
            if sorted(forms) != list(range(wanted)) or not all(forms.values()):
                problems.append(f"{path.relative_to(ROOT)}: {entry.msgid!r} has {len(forms)}")
    assert not problems, "\n".join(problems)
