"""KBLI and HS names in the reader's language.

The official lists come in Indonesian and English; our curated codes carry six languages. A
name missing in the reader's language is shown in English (or, failing that, Indonesian)
and marked as such — never silently in Indonesian only (`{% refname code %}`).
"""

from __future__ import annotations

from django.utils import translation
from django.utils.translation import gettext_lazy as _

from siapekspor.core import i18n
from siapekspor.registry.models import HsCode, KbliCode

FALLBACK_NOTES = {"en": _("(English)"), "id": _("(Indonesian)")}


def name_of(code: KbliCode | HsCode, language: str | None = None) -> tuple[str, str | None]:
    """(name, the language it is in when that is not the reader's, else None)."""
    field = "title" if isinstance(code, KbliCode) else "description"
    reader = i18n.normalise(language or translation.get_language() or i18n.default())
    for candidate in dict.fromkeys([reader, "en", i18n.default()]):
        text = getattr(code, i18n.column(field, candidate), None)
        if text:
            return text, None if candidate == reader else candidate
    return getattr(code, field), None


def hs_dotted(code: str) -> str:
    """`090119` → `0901.19` (chapters and headings unchanged)."""
    return f"{code[:4]}.{code[4:]}" if len(code) == 6 else code
