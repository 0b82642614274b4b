"""/api/v1/translation: engine status, the review queue and corrections, the glossary.

The same services and access rules as the pages (translation/access.py)."""

import datetime as dt

from django.core.exceptions import PermissionDenied
from modeltranslation.utils import build_localized_fieldname
from ninja import Query, Router, Schema, Status
from ninja.pagination import paginate

from siapekspor.api.schemas import ERRORS
from siapekspor.core.pagination import IdFirstPageNumberPagination
from siapekspor.translation import access, selectors, services

router = Router(tags=["translation"])


class PackageOut(Schema):
    pair: str
    from_code: str
    to_code: str
    package_version: str
    size: int
    sha256: str
    installed_at: str


class RouteOut(Schema):
    source: str
    target: str
    route: list[str]


class TranslationStatusOut(Schema):
    is_available: bool
    packages: list[PackageOut]
    routes: list[RouteOut]
    machine: int
    reviewed: int
    error: str


class TranslationOut(Schema):
    id: int
    source_language: str
    target_language: str
    source_text: str
    text: str
    is_machine: bool
    machine_text: str
    engine_version: str
    reviewed_by: str | None
    reviewed_at: dt.datetime | None
    created_at: dt.datetime

    @staticmethod
    def resolve_reviewed_by(obj):
        return obj.reviewed_by.get_username() if obj.reviewed_by else None


class TranslationFilter(Schema):
    q: str = ""
    target_language: str = ""
    status: str = "machine"


class CorrectionIn(Schema):
    text: str
    reason: str = ""


class GlossaryTermOut(Schema):
    id: int
    key: str
    kind: str
    note: str
    is_active: bool
    forms: dict[str, str]

    @staticmethod
    def resolve_forms(obj):
        return {
            lang: getattr(obj, build_localized_fieldname("term", lang)) or ""
            for lang in services.site_languages()
        }


class GlossaryTermIn(Schema):
    key: str
    kind: str
    forms: dict[str, str]
    note: str = ""
    is_active: bool = True


class GlossaryTermPatch(Schema):
    kind: str | None = None
    forms: dict[str, str] | None = None
    note: str | None = None
    is_active: bool | None = None


@router.get(
    "/translation/status",
    response={200: TranslationStatusOut, **ERRORS},
    summary="Translation engine status",
)
def translation_status(request):
    """Installed model packages, the language pairs they can translate (directly or through
    English) and the size of the memory. Officers."""
    if not access.can_see_engine_status(request.auth):
        raise PermissionDenied
    status = services.engine_status()
    return {
        "is_available": status.is_available,
        "packages": [{**p.__dict__, "pair": p.pair} for p in status.packages],
        "routes": [
            {"source": r.source, "target": r.target, "route": list(r.route)} for r in status.routes
        ],
        "machine": status.machine,
        "reviewed": status.reviewed,
        "error": status.error,
    }


@router.get(
    "/translation/translations",
    response={200: list[TranslationOut], **ERRORS},
    summary="List translations (review queue)",
)
@paginate(IdFirstPageNumberPagination)
def list_translations(request, filters: Query[TranslationFilter]):
    """Machine translations to review (`status=machine`, the default), reviewed ones
    (`reviewed`) or `all`, newest first. Province-wide officers."""
    if not access.can_review_translations(request.auth):
        raise PermissionDenied
    return selectors.translation_list(
        selectors.TranslationFilters(
            q=filters.q, target_language=filters.target_language, status=filters.status
        )
    )


@router.get(
    "/translation/translations/{translation_id}",
    response={200: TranslationOut, **ERRORS},
    summary="Get one translation",
)
def get_translation(request, translation_id: int):
    return access.get_translation_for_user(request.auth, translation_id)


@router.post(
    "/translation/translations/{translation_id}/correction",
    response={200: TranslationOut, **ERRORS},
    summary="Correct (or approve) a translation",
)
def correct_translation(request, translation_id: int, payload: CorrectionIn):
    """The officer's text replaces the translation for good and is marked as reviewed
    (sending the same text approves it). Audited."""
    translation = access.get_translation_for_user(request.auth, translation_id)
    return services.translation_correct(
        actor=request.auth, translation=translation, text=payload.text, reason=payload.reason
    )


@router.get(
    "/translation/glossary",
    response={200: list[GlossaryTermOut], **ERRORS},
    summary="List glossary terms",
)
def list_glossary_terms(request, q: str = ""):
    """Every term with its agreed form per language. Officers."""
    if not access.can_view_glossary(request.auth):
        raise PermissionDenied
    return list(selectors.glossary_term_list(q))


@router.post(
    "/translation/glossary",
    response={201: GlossaryTermOut, **ERRORS},
    summary="Add a glossary term",
)
def create_glossary_term(request, payload: GlossaryTermIn):
    """Province-wide officers. The Indonesian form (`forms.id`) is required."""
    if not access.can_edit_glossary(request.auth):
        raise PermissionDenied
    term = services.glossary_term_save(
        actor=request.auth, data=services.GlossaryTermData(**payload.dict())
    )
    return Status(201, term)


@router.patch(
    "/translation/glossary/{term_id}",
    response={200: GlossaryTermOut, **ERRORS},
    summary="Change a glossary term",
)
def update_glossary_term(request, term_id: int, payload: GlossaryTermPatch):
    """Only the fields sent change; `forms` changes only the languages it names."""
    term = access.get_glossary_term_for_user(request.auth, term_id)
    current = GlossaryTermOut.resolve_forms(term)
    data = services.GlossaryTermData(
        key=term.key,
        kind=payload.kind if payload.kind is not None else term.kind,
        forms={**current, **(payload.forms or {})},
        note=payload.note if payload.note is not None else term.note,
        is_active=payload.is_active if payload.is_active is not None else term.is_active,
    )
    return services.glossary_term_save(actor=request.auth, data=data, term=term)
