"""Completion certificates as PDF (WeasyPrint, Noto fonts) in the six languages."""

from __future__ import annotations

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation


def verify_path(code: str) -> str:
    with translation.override("id"):
        return reverse("training:verify") + f"?code={code}"


# Fonts per language, first choice first; Noto Sans covers Latin, the others their scripts
# (Debian packages fonts-noto-core and fonts-noto-cjk, installed by `make`).
FONTS = {
    "zh-hans": '"Noto Sans CJK SC", "Noto Sans"',
    "ja": '"Noto Sans CJK JP", "Noto Sans"',
    "ar": '"Noto Sans Arabic", "Noto Naskh Arabic", "Noto Sans"',
}
DEFAULT_FONTS = '"Noto Sans", "Noto Sans Arabic", "Noto Sans CJK SC"'


def language_of(requested: str | None) -> str:
    """One of the site's languages (Indonesian when the request names none of them)."""
    codes = [code for code, _name in settings.LANGUAGES]
    requested = (requested or "").lower()
    return requested if requested in codes else settings.LANGUAGE_CODE


def render_pdf(certificate, *, lang: str = "id", verify_url: str = "") -> bytes:
    from weasyprint import HTML

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
                "fonts": FONTS.get(lang, DEFAULT_FONTS),
                "rtl": translation.get_language_bidi(),
            },
        )
    return HTML(string=html).write_pdf()
