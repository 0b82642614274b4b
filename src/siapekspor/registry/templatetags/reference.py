"""`{% load reference %}{% refname kbli_or_hs %}` and `{{ "090111"|hs_dotted }}`."""

from __future__ import annotations

from django import template
from django.utils.html import format_html

from siapekspor.registry import refnames

register = template.Library()


@register.simple_tag
def refname(code) -> str:
    """The name of a KBLI or HS code in the reader's language, or in English with a note."""
    if code is None:
        return "—"
    text, fallback = refnames.name_of(code)
    if fallback is None:
        return format_html("<bdi>{}</bdi>", text)
    return format_html(
        '<bdi lang="{}">{}</bdi> <small class="lang-note">{}</small>',
        fallback,
        text,
        refnames.FALLBACK_NOTES[fallback],
    )


@register.filter
def hs_dotted(code: str) -> str:
    return refnames.hs_dotted(str(code or ""))
