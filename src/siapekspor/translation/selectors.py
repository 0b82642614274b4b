"""Reads for the translation pages and API (access is checked by the caller, access.py)."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Q, QuerySet
from modeltranslation.utils import build_localized_fieldname

from siapekspor.translation.models import GlossaryTerm, Translation
from siapekspor.translation.services import site_languages


@dataclass(frozen=True)
class TranslationFilters:
    q: str = ""
    target_language: str = ""
    status: str = "machine"  # "machine" | "reviewed" | "all"


def translation_list(filters: TranslationFilters) -> QuerySet[Translation]:
    """The review queue: machine translations first by default, newest first."""
    qs = Translation.objects.select_related("reviewed_by")
    if filters.status == "machine":
        qs = qs.machine()
    elif filters.status == "reviewed":
        qs = qs.reviewed()
    if filters.target_language:
        qs = qs.filter(target_language=filters.target_language)
    if filters.q:
        qs = qs.filter(Q(source_text__icontains=filters.q) | Q(text__icontains=filters.q))
    return qs.order_by("-created_at", "-id")


def glossary_term_list(q: str = "") -> QuerySet[GlossaryTerm]:
    """Glossary terms whose key or any language's form contains `q`."""
    qs = GlossaryTerm.objects.all()
    if q:
        match = Q(key__icontains=q)
        for lang in site_languages():
            match |= Q(**{f"{build_localized_fieldname('term', lang)}__icontains": q})
        qs = qs.filter(match)
    return qs.order_by("kind", "key")
