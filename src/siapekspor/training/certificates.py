"""Completion certificates as PDF in the six languages (core.pdf: WeasyPrint, Noto fonts)."""

from __future__ import annotations

from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from siapekspor.core import i18n
from siapekspor.core.pdf import render_pdf as render_html_pdf
from siapekspor.readiness.models import Level
from siapekspor.training import signatures


def verify_path(code: str) -> str:
    with translation.override(i18n.default()):
        return reverse("training:verify") + f"?code={code}"


def language_of(requested: str | None) -> str:
    """One of the site's languages (Indonesian when the request names none of them)."""
    return i18n.normalise(requested)


# The level as the certificate words it (not the readiness label "Beginner (pemula)", which
# glosses the Indonesian term and reads twice beside a class named "Kelas Pemula").
LEVEL_PHRASES = {
    Level.PEMULA: _("beginner level"),
    Level.MENENGAH: _("intermediate level"),
    Level.MAHIR: _("proficient level"),
}


def level_phrase(training_class) -> str:
    """The class's level in the active language, or "" when the class's name already says
    it (in Indonesian, the level's own word; in any language, the phrase's own words), so a
    certificate never reads "Kelas Pemula … (Pemula)"."""
    phrase = str(LEVEL_PHRASES.get(training_class.level, ""))
    name = training_class.name.casefold()
    words = [w for w in phrase.casefold().split() if len(w) > 3]
    if any(w in name for w in words):
        return ""
    return phrase[:1].upper() + phrase[1:]


def render_pdf(certificate, *, lang: str = "id", verify_url: str = "") -> bytes:
    """The certificate as PDF in `lang`: the participant (a person, entered at enrollment)
    and the enterprise, the class without repeated words, the date, the signing official's
    name, title and signature, and the verification code."""
    enrollment = certificate.enrollment
    signatory = certificate.signatory
    with translation.override(lang):
        html = render_to_string(
            "training/certificate.html",
            {
                "cert": certificate,
                "enrollment": enrollment,
                "participant_name": enrollment.participant_name,
                "cls": enrollment.training_class,
                "level_phrase": level_phrase(enrollment.training_class),
                "programme": enrollment.training_class.stage.programme,
                "signatory": signatory,
                "signature_uri": signatures.data_uri(
                    signatory.signature_file, signatory.signature_mime
                )
                if signatory
                else "",
                "verify_url": verify_url or verify_path(certificate.code),
                "lang": lang,
                "rtl": translation.get_language_bidi(),
            },
        )
    return render_html_pdf(html, language=lang, stylesheets=["training/certificate.css"])
