"""Proposal reasons become codes with parameters (training.reasons), rendered in the reader's
language. Sentences stored before (in Indonesian or English, the languages proposals were
made in) are read back into codes; anything else is kept as {"code": "text"}."""

import re

from django.db import migrations

_NUMBER = r"(\d+(?:[.,]\d+)?)"
_PATTERNS = [
    (re.compile(r"^(?:Level|Tingkat) (.+?) (?:from the latest assessment|menurut penilaian terakhir)$", re.I), "level"),
    (re.compile(r"^(?:Not assessed yet|Belum dinilai)\b", re.I), "not_assessed"),
    (re.compile(r"^(?:Same sector|Sektor sama) \(KBLI (\S*)\)$", re.I), "same_sector"),
    (re.compile(r"^(?:Sector|Sektor): KBLI (\S*)$", re.I), "sector"),
    (re.compile(r"^" + _NUMBER + r" km (?:from the class|dari lokasi kelas)$", re.I), "distance"),
    (re.compile(r"^(?:Waiting|Menunggu) (\d+) (?:days?|hari)$", re.I), "waiting"),
    (re.compile(r"^(?:Moved up|Naik kelas)\b", re.I), "moved_up"),
]
_LEVELS = ("pemula", "menengah", "mahir")


def to_code(text):
    text = " ".join(str(text).split())
    for pattern, code in _PATTERNS:
        m = pattern.match(text)
        if not m:
            continue
        if code == "level":
            word = m.group(1).casefold()
            level = next((lv for lv in _LEVELS if lv in word), None)
            if level is None:
                break
            return {"code": code, "params": {"level": level}}
        if code in ("same_sector", "sector"):
            sector = m.group(1)
            return {"code": code, "params": {"sector": "" if sector == "—" else sector}}
        if code == "distance":
            return {"code": code, "params": {"km": float(m.group(1).replace(",", "."))}}
        if code == "waiting":
            return {"code": code, "params": {"days": int(m.group(1))}}
        return {"code": code, "params": {}}
    return {"code": "text", "params": {"text": text}}


def forwards(apps, schema_editor):
    Enrollment = apps.get_model("training", "Enrollment")
    changed = []
    for e in Enrollment.objects.exclude(reasons=[]).only("pk", "reasons").iterator(chunk_size=2000):
        if any(isinstance(r, str) for r in e.reasons or []):
            e.reasons = [to_code(r) if isinstance(r, str) else r for r in e.reasons]
            changed.append(e)
        if len(changed) >= 2000:
            Enrollment.objects.bulk_update(changed, ["reasons"])
            changed = []
    Enrollment.objects.bulk_update(changed, ["reasons"])


class Migration(migrations.Migration):
    dependencies = [("training", "0002_signatory_and_participant")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
