"""The one boundary between reporting and the readiness/training apps: reads their models
only when they are installed, and returns plain Python data."""

from __future__ import annotations

import datetime as dt

from django.apps import apps


def readiness_levels() -> dict[int, str]:
    """enterprise id → current readiness level (only assessed enterprises)."""
    if not apps.is_installed("siapekspor.readiness"):
        return {}
    CurrentLevel = apps.get_model("readiness", "CurrentLevel")
    return dict(
        CurrentLevel.objects.values_list("enterprise_id", "level").iterator(chunk_size=20000)
    )


def training_participation() -> list[dict]:
    """One row per enrollment that held a seat: enterprise, class, programme, start, state."""
    if not apps.is_installed("siapekspor.training"):
        return []
    Enrollment = apps.get_model("training", "Enrollment")
    Certificate = apps.get_model("training", "Certificate")
    certified = set(Certificate.objects.values_list("enrollment_id", flat=True))
    rows = []
    for r in (
        Enrollment.objects.filter(state__in=["invited", "accepted", "completed"])
        .values(
            "id",
            "enterprise_id",
            "state",
            "created_at",
            "training_class_id",
            "training_class__name",
            "training_class__regency_id",
            "training_class__starts_on",
            "training_class__stage__starts_on",
            "training_class__stage__programme_id",
            "training_class__stage__programme__name",
            "training_class__stage__programme__year",
            "training_class__stage__programme__is_demo",
        )
        .iterator(chunk_size=5000)
    ):
        start = (
            r["training_class__starts_on"]
            or r["training_class__stage__starts_on"]
            or (r["created_at"].date() if r["created_at"] else None)
        )
        rows.append(
            {
                "enterprise_id": r["enterprise_id"],
                "completed": r["state"] == "completed",
                "certified": r["id"] in certified,
                "class_id": r["training_class_id"],
                "class_name": r["training_class__name"],
                "regency": r["training_class__regency_id"] or "",
                "programme_id": r["training_class__stage__programme_id"],
                "programme_name": f"{r['training_class__stage__programme__name']} "
                f"{r['training_class__stage__programme__year']}",
                "start": start,
            }
        )
    return rows


def classes_started_since(day: dt.date) -> int:
    if not apps.is_installed("siapekspor.training"):
        return 0
    TrainingClass = apps.get_model("training", "TrainingClass")
    return (
        TrainingClass.objects.filter(starts_on__gt=day, is_demo=False).count()
        or TrainingClass.objects.filter(starts_on__gt=day).count()
    )


def published_anchors() -> list[dict]:
    """The published programme results the conversion is compared with."""
    anchors = None
    if apps.is_installed("siapekspor.training"):
        try:
            from siapekspor.training.content.modules import ANCHORS as anchors  # noqa: N811
        except ImportError:
            anchors = None
    if not anchors:
        anchors = [
            {"key": "sumbar-2023", "participants": 30, "first_exporters": 16},
            {"key": "lpei-jatim", "participants": 604, "first_exporters": 50},
        ]
    return [dict(a) for a in anchors]


def level_labels() -> dict[str, str]:
    if not apps.is_installed("siapekspor.readiness"):
        return {}
    from siapekspor.readiness.models import Level

    return {str(k): str(v) for k, v in Level.choices}
