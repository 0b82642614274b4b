"""Completion certificates as PDF (WeasyPrint, Noto Sans), Indonesian or English."""

from __future__ import annotations

from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation


def verify_path(code: str) -> str:
    with translation.override("id"):
        return reverse("training:verify") + f"?code={code}"


def render_pdf(certificate, *, lang: str = "id", verify_url: str = "") -> bytes:
    from weasyprint import HTML

    enrollment = certificate.enrollment
    with translation.override(lang):
        html = render_to_string("training/certificate.html", {
            "cert": certificate, "enrollment": enrollment, "cls": enrollment.training_class,
            "programme": enrollment.training_class.stage.programme,
            "verify_url": verify_url or verify_path(certificate.code), "lang": lang,
        })
    return HTML(string=html).write_pdf()
