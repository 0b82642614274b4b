"""Translated labels of the reporting figures (shared by pages, PDF and xlsx)."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

FUNNEL_LABELS = {
    "registered": _("Registered"),
    "assessed": _("Assessed"),
    "trained": _("Trained"),
    "certified": _("Certified"),
    "assisted": _("Assisted to certify"),
    "improved": _("Capacity or quality improved"),
    "financed": _("Financed"),
    "coached": _("Coached by LPEI"),
    "first_export": _("First export"),
    "lead_export": _("Exported through a forum lead"),
    "repeat": _("Repeat exporter"),
}
