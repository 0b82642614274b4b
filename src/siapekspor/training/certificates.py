"""Completion certificates as PDF in the six languages (core.pdf: WeasyPrint, Noto fonts)."""

from __future__ import annotations

from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from siapekspor.core import i18n
from siapekspor.core.pdf import render_pdf as render_html_pdf


def verify_path(code: str) -> str:
    with translation.override(i18n.default()):
        return reverse("training:verify") + f"?code={code}"


def language_of(requested: str | None) -> str:
    """One of the site's languages (Indonesian when the request names none of them)."""
    return i18n.normalise(requested)


def render_pdf(certificate, *, lang: str = "id", verify_url: str = "") -> bytes:
    enrollment = certificate.enrollment
    with translation.override(lang):
        html = render_to_string(
            "training/certificate.html",
            {
                "cert": certificate,
                "enrollment": enrollment,
                "cls": enrollment.training_class,
                "programme": enrollment.training_class.stage.programme,
                "verify_url": verify_url or verify_path(certificate.code),
                "lang": lang,
                "rtl": translation.get_language_bidi(),
            },
        )
    return render_html_pdf(html, language=lang)
