"""Translated labels of the reporting figures (shared by pages, PDF and xlsx)."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

FUNNEL_LABELS = {
    "registered": _("Registered"),
    "assessed": _("Assessed"),
    "trained": _("Trained"),
    "certified": _("Certified"),
    "first_export": _("First export"),
    "repeat": _("Repeat exporter"),
}

ANCHOR_LABELS = {
    "sumbar-2023": _("West Sumatra export coaching 2023"),
    "lpei-jatim": _("LPEI coaching for new exporters, East Java"),
}


def anchor_label(anchor: dict) -> str:
    return str(ANCHOR_LABELS.get(anchor.get("key", ""), anchor.get("key", "")))
